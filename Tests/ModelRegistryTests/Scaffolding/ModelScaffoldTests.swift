import Foundation
import Testing
import TokenPricing

@testable import ModelRegistry

/// A throwaway package root holding only what the scaffolder touches: the namespace, the
/// list and two model files, in two folders.
struct ScratchPackage {
    let root: URL
    static let onDiskRecordId = "5c544c90-9344-4acb-9129-0acb9a6a915a"

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("scaffold-\(UUID().uuidString)")
        let models = root.appendingPathComponent("Sources/ModelRegistry/Models")
        for folder in ["image_to_video", "prompt_to_audio"] {
            try FileManager.default.createDirectory(at: models.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        try Data("public enum Models {}\n".utf8).write(to: models.appendingPathComponent("Models.swift"))
        try Data("""
            extension Models {
                public static let all: [ModelDefinition] = [
                    existingModel,
                    suno,
                ]
            }

            """.utf8).write(to: models.appendingPathComponent("AllModels.swift"))
        try Data("""
            extension Models {
                public static let existingModel = ModelDefinition(
                    config: ModelConfig(recordId: "0a0a0a0a-0000-4000-8000-000000000001", modelId: "x", modelName: "X", provider: .kieAI,
                        contentType: .imageToVideo, baseTokenCost: "1", estimatedTimeSeconds: 1),
                    inputSchema: InputSchema(properties: []))
            }
            """.utf8).write(to: models.appendingPathComponent("image_to_video/Existing.swift"))
        try Data("""
            extension Models {
                public static let suno = ModelDefinition(
                    config: ModelConfig(recordId: "\(Self.onDiskRecordId.uppercased())", modelId: "V5", modelName: "Suno", provider: .kieAI,
                        contentType: .promptToAudio, baseTokenCost: "6", estimatedTimeSeconds: 180),
                    inputSchema: InputSchema(properties: []))
            }
            """.utf8).write(to: models.appendingPathComponent("prompt_to_audio/Suno.swift"))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
    }

    /// Every file under the root with its contents: to prove a refusal wrote nothing.
    func snapshot() throws -> [String: Data] {
        var files: [String: Data] = [:]
        let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)
        while let url = walker?.nextObject() as? URL {
            if let data = FileManager.default.contents(atPath: url.path) { files[url.path] = data }
        }
        return files
    }

    func cleanUp() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct ModelScaffoldTests {
    let scaffold = ModelScaffold(
        modelName: "Kling V3 Pro", modelId: "kling/v3-pro", provider: "kie_ai", contentType: "image_to_video",
        baseTokenCost: "12.5", recordId: "0f7a3c52-1111-4c3e-9d1e-2b1c0e5a7f10", estimatedTimeSeconds: 240,
        modelFamily: "Kling", variantName: "V3 Pro")

    @Test func namesFollowTheModel() {
        #expect(scaffold.identifier == "klingV3ProImageToVideo")
        #expect(scaffold.fileName == "KlingV3Pro.swift")
        #expect(scaffold.relativePath == "Sources/ModelRegistry/Models/image_to_video/KlingV3Pro.swift")
    }

    @Test func sourceDeclaresTheConfigExactly() {
        let source = scaffold.source
        #expect(source.contains(#"public static let klingV3ProImageToVideo = ModelDefinition("#))
        #expect(source.contains(#"recordId: "0f7a3c52-1111-4c3e-9d1e-2b1c0e5a7f10""#))
        #expect(source.contains(#"baseTokenCost: "12.5""#))
        #expect(source.contains("provider: .kieAI"))
        #expect(source.contains("contentType: .imageToVideo"))
        #expect(source.contains(#"modelFamily: "Kling""#))
    }

    @Test func hostileNamesAreEscapedInSwiftLiterals() {
        let hostile = ModelScaffold(
            modelName: #"Evil "Quote" \ Model"#, modelId: "e", provider: "new_provider", contentType: "prompt_to_image",
            baseTokenCost: "1", recordId: "r")
        #expect(hostile.source.contains(#"modelName: "Evil \"Quote\" \\ Model""#))
        #expect(hostile.source.contains(#"provider: Provider("new_provider", displayName: "new_provider")"#))
    }

    @Test func writesTheFileAndRegistersIt() throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        let path = try scaffold.write(into: package.root, existingRecordIds: [])
        #expect(path == scaffold.relativePath)
        #expect(try package.read(path) == scaffold.source)
        let listing = try package.read("Sources/ModelRegistry/Models/AllModels.swift")
        #expect(listing.contains("        suno,\n        klingV3ProImageToVideo,\n    ]"))
    }

    @Test func refusesToOverwriteAFile() throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        _ = try scaffold.write(into: package.root, existingRecordIds: [])
        var again = scaffold
        again.recordId = "0f7a3c52-2222-4c3e-9d1e-2b1c0e5a7f10"
        let error = #expect(throws: ScaffoldError.self) { try again.write(into: package.root, existingRecordIds: []) }
        #expect(error?.message.contains("already exists; refusing to overwrite") == true)
    }

    @Test("a record id of the compiled registry is refused in any case or padding",
          arguments: ["0f7a3c52-1111-4c3e-9d1e-2b1c0e5a7f10", "0F7A3C52-1111-4C3E-9D1E-2B1C0E5A7F10"])
    func refusesARecordIdOfTheCompiledRegistry(taken: String) throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        let before = try package.snapshot()
        let error = #expect(throws: ScaffoldError.self) {
            try scaffold.write(into: package.root, existingRecordIds: [taken])
        }
        #expect(error?.message.contains("already used by a registered model") == true)
        #expect(try package.snapshot() == before)
    }

    @Test func refusesARecordIdFoundInAModelFileOnDisk() throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        var reuse = scaffold
        // On disk in upper case (a file not yet compiled), reused in lower case.
        reuse.recordId = ScratchPackage.onDiskRecordId
        let error = #expect(throws: ScaffoldError.self) { try reuse.write(into: package.root, existingRecordIds: []) }
        #expect(error?.message.contains("is already used in") == true)
        let listing = try package.read("Sources/ModelRegistry/Models/AllModels.swift")
        #expect(!listing.contains("klingV3Pro"))
    }

    @Test("names whose file name the target already has are refused (SwiftPM allows one per target)",
          arguments: ["Models", "All Models", "Suno", "suno", "all-models"])
    func refusesAFileNameTheTargetHas(name: String) throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        var clash = scaffold
        clash.modelName = name
        let before = try package.snapshot()
        let error = #expect(throws: ScaffoldError.self) { try clash.write(into: package.root, existingRecordIds: []) }
        #expect(error?.message.contains("would be a second file named") == true, "\(error?.message ?? "")")
        #expect(try package.snapshot() == before)
    }

    /// Flags that break a registry invariant, and the flag the error must name.
    static let invalid: [(String, @Sendable (inout ModelScaffold) -> Void, String)] = [
        ("newline in the name", { $0.modelName = "Evil\nstatic let x = 1" }, "--name"),
        ("CR in the name", { $0.modelName = "Evil\rstatic let x = 1" }, "--name"),
        ("U+2028 in the name", { $0.modelName = "Evil\u{2028}x" }, "--name"),
        ("a bidi override in the family", { $0.modelFamily = "Kling\u{202E}" }, "--family"),
        ("newline in the provider", { $0.provider = "kie_ai\nstatic let injectedByProvider = { print(\"pwned\"); return 1 }()" }, "--provider"),
        ("an empty provider", { $0.provider = "" }, "--provider"),
        ("a new provider", { $0.provider = "replicate" }, "--provider"),
        ("an unknown content type", { $0.contentType = "prompt_to_smell" }, "--content-type"),
        ("a content type that climbs out", { $0.contentType = "../../../tmp" }, "--content-type"),
        ("a negative time", { $0.estimatedTimeSeconds = -5 }, "--estimated-time"),
        ("a zero time", { $0.estimatedTimeSeconds = 0 }, "--estimated-time"),
        ("a zero cost", { $0.baseTokenCost = 0 }, "--base-cost"),
        ("an empty name", { $0.modelName = "  " }, "--name"),
        ("a name with no ASCII letter", { $0.modelName = "日本" }, "--name"),
        ("a padded record id", { $0.recordId = " 0f7a3c52-1111-4c3e-9d1e-2b1c0e5a7f10" }, "--record-id"),
        ("an upper-case record id", { $0.recordId = "0F7A3C52-1111-4C3E-9D1E-2B1C0E5A7F10" }, "--record-id"),
        ("a record id that is no UUID", { $0.recordId = "my-model" }, "--record-id"),
        ("an empty model id", { $0.modelId = "" }, "--model-id"),
        ("a tab in the variant", { $0.variantName = "V3\tPro" }, "--variant"),
    ]

    @Test("every flag is checked with the registry's invariants; nothing is written", arguments: 0..<invalid.count)
    func refusesWhatTheInvariantsRefuse(index: Int) throws {
        let (what, change, flag) = Self.invalid[index]
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        var bad = scaffold
        change(&bad)
        let before = try package.snapshot()
        let error = #expect(throws: ScaffoldError.self, "\(what)") { try bad.write(into: package.root, existingRecordIds: []) }
        #expect(error?.message.contains(flag) == true, "\(what): \(error?.message ?? "")")
        #expect(try package.snapshot() == before, "\(what): something was written")
    }

    @Test func theScaffoldKeepsTheSameInvariantsAsTheRegistry() throws {
        let config = try scaffold.validatedConfig()
        #expect(ModelInvariants.problems(of: config).isEmpty)
        #expect(config.provider == .kieAI)
        #expect(config.contentType == .imageToVideo)
    }
}
