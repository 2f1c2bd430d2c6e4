import Foundation
import Testing
import TokenPricing

@testable import ModelRegistry

/// The scaffolded file, compiled: whatever the flags hold, it parses to exactly one
/// `extension Models` with one `static let`, and it type-checks against the real module.
///
/// The scaffolds here skip `write`'s validation on purpose: escaping is the second line of
/// defence and must hold on its own.
@Suite struct ScaffoldCompileTests {
    static let injection = "\nstatic let injectedByProvider = { print(\"pwned\"); return 1 }()\n"

    /// Hostile scaffolds, each with its own name so they compile side by side.
    static let hostile: [ModelScaffold] = [
        scaffold("Newline One", provider: "kie_ai" + injection),
        scaffold("CR Two" + injection.replacingOccurrences(of: "\n", with: "\r")),
        scaffold("LS Three\u{2028}static let x = 1\u{2029}static let y = 2\u{85}static let z = 3"),
        scaffold(#"Quote Four ") ; static let q = ("#, modelId: #"\"); let w = ("\\"#),
        scaffold(##"Interp Five \(print("x")) """ #"raw"# */ /*"##, family: "\u{202E}evil\u{0}", variant: "\u{7F}\u{1B}[31m"),
        scaffold("Content Six", contentType: "prompt_to_image\n}\nstatic let c = 1\nextension Models {"),
        scaffold("Id Seven", recordId: "a\"\n)\nstatic let r = 1 //"),
    ]

    static func scaffold(
        _ name: String, provider: String = "kie_ai", contentType: String = "prompt_to_image", modelId: String = "m",
        recordId: String = "0f7a3c52-1111-4c3e-9d1e-2b1c0e5a7f10", family: String? = nil, variant: String? = nil
    ) -> ModelScaffold {
        ModelScaffold(
            modelName: name, modelId: modelId, provider: provider, contentType: contentType, baseTokenCost: "1",
            recordId: recordId, modelFamily: family, variantName: variant)
    }

    /// The folder holding `ModelRegistry.swiftmodule`, found from the test bundle
    /// (`.build/<config>/`), as `swift build` left it.
    static var modulesFolder: URL? {
        var dir = Bundle.main.bundleURL
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("Modules")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("ModelRegistry.swiftmodule").path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return nil
    }

    static func swiftc(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["swiftc"] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    static func writeSources(_ scaffolds: [ModelScaffold], prefix: String = "") throws -> (URL, [URL]) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scaffold-compile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let files = try scaffolds.enumerated().map { i, s in
            let url = folder.appendingPathComponent("S\(i).swift")
            try Data((prefix + s.source).utf8).write(to: url)
            return url
        }
        return (folder, files)
    }

    @Test("each hostile scaffold parses to exactly the one declaration", arguments: 0..<hostile.count)
    func parsesToOneDeclaration(index: Int) throws {
        let scaffold = Self.hostile[index]
        let (folder, files) = try Self.writeSources([scaffold])
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, ast) = try Self.swiftc(["-dump-parse", files[0].path])
        #expect(status == 0, "\(ast)")
        #expect(!ast.contains("error:"), "\(ast)")
        // Every declaration in the file, by kind: the import, the extension, and the one
        // `static let` (a pattern binding and its variable). Nothing else: no second
        // `static let`, no closure, no function, no top-level code.
        let kinds = ast.components(separatedBy: "(").dropFirst()
            .map { String($0.prefix { $0.isLetter || $0 == "_" }) }.filter { $0.hasSuffix("_decl") }
        #expect(kinds.sorted() == ["extension_decl", "import_decl", "pattern_binding_decl", "var_decl"], "\(ast)")
        #expect(ast.contains(#"(var_decl"#) && ast.contains(#""\#(scaffold.identifier)" let static"#), "\(ast)")
        #expect(ast.contains(#"module="TokenPricing""#))
        #expect(ast.contains(#"unbound "Models""#))
        #expect(!ast.contains("closure_expr"), "\(ast)")
        // The config holds exactly the expected arguments.
        var labels = "recordId:modelId:modelName:provider:contentType:baseTokenCost:estimatedTimeSeconds:isActive:"
        if scaffold.modelFamily != nil { labels += "modelFamily:" }
        if scaffold.variantName != nil { labels += "variantName:" }
        #expect(ast.contains(#"labels="\#(labels)""#), "\(ast)")
    }

    @Test func theHostileScaffoldsTypeCheckAgainstTheRealModule() throws {
        let modules = try #require(Self.modulesFolder, "ModelRegistry.swiftmodule not found near \(Bundle.main.bundleURL.path)")
        // The file lives inside ModelRegistry; compiled beside it, it imports the module.
        let (folder, files) = try Self.writeSources(Self.hostile, prefix: "import ModelRegistry\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output) = try Self.swiftc(["-typecheck", "-I", modules.path] + files.map(\.path))
        #expect(status == 0, "\(output)")
    }

    @Test func aValidScaffoldTypeChecksToo() throws {
        let modules = try #require(Self.modulesFolder)
        let valid = Self.scaffold("Kling V3 Pro", contentType: "image_to_video", family: "Kling", variant: "V3 Pro")
        _ = try valid.validatedConfig()
        let (folder, files) = try Self.writeSources([valid], prefix: "import ModelRegistry\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let (status, output) = try Self.swiftc(["-typecheck", "-I", modules.path] + files.map(\.path))
        #expect(status == 0, "\(output)")
    }
}
