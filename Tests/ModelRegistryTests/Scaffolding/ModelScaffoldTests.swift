import Foundation
import Testing
import TokenPricing

@testable import ModelRegistry

/// A throwaway package root holding only what the scaffolder touches.
private struct ScratchPackage {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("scaffold-\(UUID().uuidString)")
        let models = root.appendingPathComponent("Sources/ModelRegistry/Models")
        try FileManager.default.createDirectory(at: models.appendingPathComponent("image_to_video"), withIntermediateDirectories: true)
        try Data("""
            extension Models {
                public static let all: [ModelDefinition] = [
                    existingModel,
                ]
            }

            """.utf8).write(to: models.appendingPathComponent("AllModels.swift"))
        try Data("""
            extension Models {
                public static let existingModel = ModelDefinition(
                    config: ModelConfig(recordId: "taken-on-disk", modelId: "x", modelName: "X", provider: .kieAI,
                        contentType: .imageToVideo, baseTokenCost: "1", estimatedTimeSeconds: 1),
                    inputSchema: InputSchema(properties: []))
            }
            """.utf8).write(to: models.appendingPathComponent("image_to_video/Existing.swift"))
    }

    func read(_ relative: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)
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
        #expect(listing.contains("        existingModel,\n        klingV3ProImageToVideo,\n    ]"))
    }

    @Test func refusesToOverwriteAFile() throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        _ = try scaffold.write(into: package.root, existingRecordIds: [])
        var again = scaffold
        again.recordId = "another-id"
        let error = #expect(throws: ScaffoldError.self) { try again.write(into: package.root, existingRecordIds: []) }
        #expect(error?.message.contains("already exists; refusing to overwrite") == true)
    }

    @Test func refusesARecordIdOfTheCompiledRegistry() throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        let error = #expect(throws: ScaffoldError.self) {
            try scaffold.write(into: package.root, existingRecordIds: [scaffold.recordId])
        }
        #expect(error?.message.contains("already used by a registered model") == true)
        #expect(!FileManager.default.fileExists(atPath: package.root.appendingPathComponent(scaffold.relativePath).path))
    }

    @Test func refusesARecordIdFoundInAModelFileOnDisk() throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        var reuse = scaffold
        reuse.recordId = "taken-on-disk"
        let error = #expect(throws: ScaffoldError.self) { try reuse.write(into: package.root, existingRecordIds: []) }
        #expect(error?.message.contains("'taken-on-disk' is already used in") == true)
        let listing = try package.read("Sources/ModelRegistry/Models/AllModels.swift")
        #expect(!listing.contains("klingV3Pro"))
    }

    @Test func refusesAnUnknownContentType() throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        var odd = scaffold
        odd.contentType = "prompt_to_smell"
        let error = #expect(throws: ScaffoldError.self) { try odd.write(into: package.root, existingRecordIds: []) }
        #expect(error?.message.contains("unknown content type 'prompt_to_smell'") == true)
    }

    @Test func refusesAZeroBaseCost() throws {
        let package = try ScratchPackage()
        defer { package.cleanUp() }
        var free = scaffold
        free.baseTokenCost = 0
        #expect(throws: ScaffoldError.self) { try free.write(into: package.root, existingRecordIds: []) }
    }
}
