import Foundation
import ModelRegistry
import Testing

/// Every Swift file under `Sources/ModelRegistry/Models/` declares a model listed in
/// `Models.all`, in the folder of its content type, and every listed model comes from one.
@Suite("Every model file is registered")
struct ModelFileTests {
    /// The package root, found from this file's path (`Tests/ModelRegistryTests/<file>`).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ModelRegistryTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let modelsFolder = "Sources/ModelRegistry/Models"
    /// The namespace and the list, which declare no model.
    static let infrastructure: Set<String> = ["Models.swift", "AllModels.swift"]

    /// The model files, as paths relative to the package root.
    static func modelFiles() throws -> [String] {
        let folder = packageRoot.appendingPathComponent(modelsFolder, isDirectory: true)
        let keys: [URLResourceKey] = [.isRegularFileKey]
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: keys) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        var files: [String] = []
        let rootPath = packageRoot.standardizedFileURL.path
        for case let url as URL in walker where url.pathExtension == "swift" {
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(rootPath + "/") else { continue }
            let relative = String(path.dropFirst(rootPath.count + 1))
            if relative.split(separator: "/").count == 4, infrastructure.contains(url.lastPathComponent) { continue }
            files.append(relative)
        }
        return files.sorted()
    }

    @Test("the package root is found")
    func packageRootFound() {
        let manifest = Self.packageRoot.appendingPathComponent("Package.swift").path
        #expect(FileManager.default.fileExists(atPath: manifest))
    }

    @Test("every model file is the source of a registered model, and every model has a file")
    func filesAndModelsMatch() throws {
        let files = try Self.modelFiles()
        #expect(files.count == Models.all.count)
        #expect(files.count == 140)
        let sources = Models.all.compactMap(\.sourcePath)
        #expect(sources.count == Models.all.count, "a model without a source file")
        let unregistered = Set(files).subtracting(sources)
        let missing = Set(sources).subtracting(files)
        #expect(unregistered.isEmpty, "model files not in Models.all: \(unregistered.sorted())")
        #expect(missing.isEmpty, "models whose file is not under \(Self.modelsFolder): \(missing.sorted())")
        #expect(Set(sources).count == sources.count, "a file declares several models")
    }

    @Test("each model's file exists where #filePath says", arguments: Models.all)
    func sourceFileExists(model: ModelDefinition) {
        #expect(FileManager.default.fileExists(atPath: model.sourceFile), "\(model.sourceFile)")
    }

    @Test("each model file sits in the folder of its content type", arguments: Models.all)
    func folderMatchesContentType(model: ModelDefinition) throws {
        let path = try #require(model.sourcePath)
        let components = path.split(separator: "/").map(String.init)
        #expect(components.count == 5, "\(path)")
        #expect(Array(components.prefix(3)) == ["Sources", "ModelRegistry", "Models"], "\(path)")
        #expect(components.dropFirst(3).first == model.config.contentType.rawValue, "\(path)")
    }

    @Test("each model file declares exactly one model")
    func oneModelPerFile() throws {
        for file in try Self.modelFiles() {
            let text = try String(contentsOf: Self.packageRoot.appendingPathComponent(file), encoding: .utf8)
            let declarations = text.components(separatedBy: "public static let ").count - 1
            #expect(declarations == 1, "\(file) declares \(declarations) models")
            #expect(text.contains("ModelDefinition("), "\(file)")
        }
    }

    @Test("model file names are unique ignoring case (Swift and case-insensitive file systems need it)")
    func uniqueFileNames() throws {
        let names = try Self.modelFiles().map { ($0 as NSString).lastPathComponent.lowercased() }
        #expect(Set(names).count == names.count)
    }
}
