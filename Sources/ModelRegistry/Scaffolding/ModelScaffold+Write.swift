import Foundation
import TokenPricing

extension ModelScaffold {
    /// The command-line flag of each config field, so problems name what to change.
    static let flagOfField: [String: String] = [
        "recordId": "--record-id", "modelId": "--model-id", "modelName": "--name", "provider": "--provider",
        "contentType": "--content-type", "baseTokenCost": "--base-cost", "estimatedTimeSeconds": "--estimated-time",
        "modelFamily": "--family", "variantName": "--variant",
    ]

    /// The config this scaffold declares, checked against `ModelInvariants` (the rules the
    /// registry's invariants test applies to every model).
    /// - Throws: `ScaffoldError` listing every broken rule, by flag.
    public func validatedConfig() throws(ScaffoldError) -> ModelConfig {
        var problems: [String] = []
        let provider: Provider?
        do { provider = try Provider.parse(self.provider) } catch {
            problems.append("--provider: \(error) (add a new one as a static let in Sources/ModelRegistry/Config/Provider.swift)")
            provider = nil
        }
        let contentType: ContentType?
        do { contentType = try ContentType.parse(self.contentType) } catch {
            problems.append("--content-type: \(error) (add a new one as a static let in Sources/ModelRegistry/Config/ContentType.swift)")
            contentType = nil
        }
        let config = ModelConfig(
            recordId: recordId, modelId: modelId, modelName: modelName, provider: provider ?? .kieAI,
            contentType: contentType ?? .promptToImage, baseTokenCost: baseTokenCost, estimatedTimeSeconds: estimatedTimeSeconds,
            isActive: isActive, modelFamily: modelFamily, variantName: variantName)
        for problem in ModelInvariants.problems(of: config) where problem.field != "provider" && problem.field != "contentType" {
            problems.append("\(Self.flagOfField[problem.field] ?? problem.field): \(problem.message)")
        }
        guard problems.isEmpty else { throw ScaffoldError(problems.joined(separator: "\n")) }
        return config
    }

    /// Writes the model file into the package at `packageRoot` and registers it in
    /// `Models/AllModels.swift`.
    /// - Parameters:
    ///   - packageRoot: the folder holding the package's `Package.swift`.
    ///   - existingRecordIds: record ids already taken (the compiled registry's); the model
    ///     files on disk are searched too, for models not yet compiled. Ids are compared by
    ///     `ModelInvariants.recordIdKey` (case and surrounding spaces ignored).
    /// - Returns: the relative path of the new file.
    /// - Throws: `ScaffoldError` when a flag breaks a registry invariant, the record id,
    ///   file name (anywhere in the target) or identifier is taken, or the files cannot be
    ///   written. Nothing is written when it throws.
    public func write(into packageRoot: URL, existingRecordIds: Set<String>) throws(ScaffoldError) -> String {
        _ = try validatedConfig()
        let fm = FileManager.default
        let modelsDir = packageRoot.appendingPathComponent(Self.modelsFolder)
        let allModels = modelsDir.appendingPathComponent("AllModels.swift")
        guard let listing = try? String(contentsOf: allModels, encoding: .utf8) else {
            throw ScaffoldError("cannot read \(allModels.path): run new-model from the package root or pass --package-root")
        }
        let file = packageRoot.appendingPathComponent(relativePath)
        if fm.fileExists(atPath: file.path) { throw ScaffoldError("\(relativePath) already exists; refusing to overwrite it") }

        let key = ModelInvariants.recordIdKey(recordId)
        if let taken = existingRecordIds.first(where: { ModelInvariants.recordIdKey($0) == key }) {
            throw ScaffoldError("record id '\(recordId)' is already used by a registered model ('\(taken)'; ids are compared ignoring case and spaces)")
        }
        let target = packageRoot.appendingPathComponent(Self.targetFolder)
        let sources = Self.swiftFiles(under: target)
        for url in sources {
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            if let taken = Self.recordIds(in: text).first(where: { ModelInvariants.recordIdKey($0) == key }) {
                throw ScaffoldError("record id '\(recordId)' is already used in \(url.path) ('\(taken)'; ids are compared ignoring case and spaces)")
            }
            if url.lastPathComponent.lowercased() == fileName.lowercased() {
                throw ScaffoldError("\(fileName) would be a second file named '\(url.lastPathComponent)' in the ModelRegistry target (\(url.path)); SwiftPM refuses that: choose another --name")
            }
            if Self.declares(identifier, in: text) {
                throw ScaffoldError("Models.\(identifier) is already declared in \(url.path); choose another --name")
            }
        }
        let entry = "        \(identifier),"
        var lines = listing.components(separatedBy: "\n")
        if lines.contains(entry) { throw ScaffoldError("Models.\(identifier) is already registered; choose another --name") }
        guard let close = lines.lastIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "]" }) else {
            throw ScaffoldError("cannot find the end of the list in \(allModels.path)")
        }
        lines.insert(entry, at: close)
        do {
            try fm.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(source.utf8).write(to: file, options: .withoutOverwriting)
        } catch {
            throw ScaffoldError("cannot write \(file.path): \(error.localizedDescription)")
        }
        do {
            try Data(lines.joined(separator: "\n").utf8).write(to: allModels, options: .atomic)
        } catch {
            try? fm.removeItem(at: file)
            throw ScaffoldError("cannot update \(allModels.path): \(error.localizedDescription)")
        }
        return relativePath
    }

    /// Every `.swift` file under `folder`, at any depth (a file name must be unique in the
    /// whole target, not just in its content type's folder).
    static func swiftFiles(under folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        var files: [URL] = []
        for case let url as URL in walker where url.pathExtension == "swift" { files.append(url) }
        return files.sorted { $0.path < $1.path }
    }

    /// The values of the `recordId: "…"` literals in a model file (simple escapes undone).
    static func recordIds(in text: String) -> [String] {
        var ids: [String] = []
        var rest = text[...]
        while let label = rest.range(of: "recordId:") {
            rest = rest[label.upperBound...]
            let value = rest.drop { $0 == " " || $0 == "\t" }
            guard value.first == "\"" else { continue }
            var id = ""
            var escaped = false
            for ch in value.dropFirst() {
                if escaped { id.append(ch == "n" ? "\n" : ch == "t" ? "\t" : ch == "r" ? "\r" : ch); escaped = false; continue }
                if ch == "\\" { escaped = true; continue }
                if ch == "\"" || ch == "\n" { break }
                id.append(ch)
            }
            ids.append(id)
        }
        return ids
    }

    /// Whether `text` declares `identifier` (`let`, `var`, `func` or `case`), as a whole word.
    static func declares(_ identifier: String, in text: String) -> Bool {
        for keyword in ["let ", "var ", "func ", "case "] {
            var rest = text[...]
            while let hit = rest.range(of: keyword + identifier) {
                rest = rest[hit.upperBound...]
                if let next = rest.first, next.isLetter || next.isNumber || next == "_" { continue }
                return true
            }
        }
        return false
    }
}
