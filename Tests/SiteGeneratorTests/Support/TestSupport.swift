import Foundation
import MarkdownDocs
import ModelRegistry
import Testing
import TokenPricing

@testable import SiteGenerator

/// Paths of the package, found from this file.
enum Package {
    /// The package root (three levels above `Tests/SiteGeneratorTests/Support/`).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let templates = root.appendingPathComponent("Templates").resolvingSymlinksInPath()
    static let assets = root.appendingPathComponent("Site/assets").resolvingSymlinksInPath()
    static let snapshots = root.appendingPathComponent("Tests/SiteGeneratorTests/__Snapshots__").resolvingSymlinksInPath()
}

/// A small hand-made registry and catalogue, stable whatever the real registry holds.
enum Fixture {
    static let image = ModelDefinition(
        config: ModelConfig(
            recordId: "11111111-aaaa-4bbb-8ccc-000000000001", modelId: "flux-pro", modelName: "Flux Pro",
            provider: .kieAI, contentType: .promptToImage, baseTokenCost: 3, estimatedTimeSeconds: 20,
            modelFamily: "Flux", variantName: "Pro", displayOrderInFamily: 1, maxImages: 0, defaultOutputs: 1,
            apiEndpoint: "/api/v1/flux/generate", payloadStructure: .wrapper, logoUrl: "https://example.com/flux.png"),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("prompt", type: .string, maxLength: 2000, title: "Prompt", description: "What to draw", renderer: "prompt"),
                SchemaProperty("num_images", type: .integer, default: 1, enum: [1, 2, 4], title: "Images"),
                SchemaProperty("quality", type: .string, default: "standard", enum: ["standard", "hd"]),
            ],
            required: ["prompt"]),
        pricing: PricingRule(factors: [
            .multiplier("num_images", ["1": 1, "2": "1.8", "4": "3.5"], whenAbsent: 1),
            .multiplier("quality", ["standard": 1, "hd": "1.5"], whenAbsent: "standard"),
        ]),
        notes: "Ported from the catalogue.",
        sourceFile: "/repo/Sources/ModelRegistry/Models/prompt_to_image/FluxPro.swift")

    static let video = ModelDefinition(
        config: ModelConfig(
            recordId: "11111111-aaaa-4bbb-8ccc-000000000002", modelId: "veo-fast", modelName: "Veo Fast",
            provider: .kieAI, contentType: .promptToVideo, baseTokenCost: 20, estimatedTimeSeconds: 120,
            modelFamily: "Google Veo", variantName: "Fast", displayOrderInFamily: 1),
        inputSchema: InputSchema(
            properties: [
                SchemaProperty("prompt", type: .string),
                SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
            ],
            required: ["prompt"]),
        pricing: PricingRule(factors: [.multiplier("duration", ["5": 1, "10": 2], whenAbsent: "5")]),
        sourceFile: "/repo/Sources/ModelRegistry/Models/prompt_to_video/VeoFast.swift")

    static let upscale = ModelDefinition(
        config: ModelConfig(
            recordId: "100@1", modelId: "upscale", modelName: "Upscale", provider: .runware,
            contentType: .imageEditing, baseTokenCost: "0.5", estimatedTimeSeconds: 8, isActive: false),
        inputSchema: InputSchema(properties: [SchemaProperty("image", type: .string, format: "uri")], required: ["image"]),
        sourceFile: "/repo/Sources/ModelRegistry/Models/image_editing/Upscale.swift")

    static var registry: ModelRegistry { ModelRegistry(models: [image, video, upscale]) }

    static var catalog: TemplateCatalog {
        TemplateCatalog(
            contentTemplates: [
                ContentTemplate(
                    id: "product-shot", category: "Marketing", name: "Product shot", description: "A clean product photo.",
                    modelRecordId: image.recordId, presetParameters: ["quality": "hd"], userEditableFields: ["prompt", "num_images"],
                    estimatedTimeSeconds: 25, displayOrder: 1),
            ],
            workflowTemplates: [
                WorkflowTemplate(
                    id: "promo-video", name: "Promo video", description: "An image, then a video from it.", category: "Marketing",
                    displayOrder: 1, estimatedTimeSeconds: 150,
                    userInputFields: [
                        UserInputField(name: "subject", type: .text, label: "Subject", required: true),
                        UserInputField(name: "length", type: .select, label: "Length", options: ["5", "10"]),
                    ],
                    steps: [
                        WorkflowStep(stepNumber: 1, stepName: "Draw", modelRecordId: image.recordId,
                                     promptTemplate: "A poster of {{user.subject}}", parameters: ["num_images": 1], outputKey: "image"),
                        WorkflowStep(stepNumber: 2, stepName: "Animate", modelRecordId: video.recordId,
                                     promptTemplate: "Animate {{step1.image}}", inputMappings: ["duration": "user.length"], outputKey: "video"),
                    ]),
            ])
    }

    /// A registry and catalogue full of markup, quotes, script URLs and unsafe ids.
    static var hostile: (ModelRegistry, TemplateCatalog) {
        let evilProvider = Provider("evil<b>", displayName: "<b>Evil</b> & \"co\"")
        let evilType = ContentType("x\"><script>", displayName: "<i>Type</i>", outputKind: "image", sortOrder: 9)
        let evil = ModelDefinition(
            config: ModelConfig(
                recordId: "\"><img src=x onerror=alert(1)>", modelId: "m&m", modelName: "<script>alert(1)</script>",
                provider: evilProvider, contentType: evilType, baseTokenCost: 1, estimatedTimeSeconds: 1,
                modelFamily: "\"'&<>", variantName: "javascript:alert(1)", apiEndpoint: "<iframe src=x>",
                logoUrl: "javascript:alert(1)"),
            inputSchema: InputSchema(properties: [
                SchemaProperty("size", type: .string, default: "<svg onload=alert(1)>", enum: ["<svg onload=alert(1)>", "a&b"],
                               description: "<img src=x onerror=alert(2)>"),
            ]),
            pricing: PricingRule(factors: [.multiplier("size", ["<svg onload=alert(1)>": 2, "a&b": 1])]),
            notes: "<iframe src=\"javascript:alert(3)\"></iframe>",
            sourceFile: "/x/Sources/ModelRegistry/Models/<evil>.swift")
        let catalog = TemplateCatalog(
            contentTemplates: [
                ContentTemplate(id: "<script>", category: "\"'", name: "</script><script>alert(4)</script>",
                                description: "=HYPERLINK(\"http://x\")", modelRecordId: evil.recordId,
                                presetParameters: ["size": "a&b"], thumbnailUrl: " JavaScript:alert(5)"),
            ],
            workflowTemplates: [
                WorkflowTemplate(id: "../../etc/passwd", name: "=cmd|' /C calc'!A0", category: "<b>",
                                 thumbnailUrl: "data:text/html,<script>alert(6)</script>",
                                 userInputFields: [UserInputField(name: "<x>", type: .select, label: "<o>", options: ["<svg onload=alert(1)>", "a&b"])],
                                 steps: [WorkflowStep(stepNumber: 1, stepName: "<s>", modelRecordId: evil.recordId,
                                                      promptTemplate: "{{user.<x>}}", inputMappings: ["size": "user.<x>"])]),
            ])
        return (ModelRegistry(models: [evil, image]), catalog)
    }

    static var config: SiteConfig {
        SiteConfig(title: "Model Registry", baseURL: "https://admin.example.invalid/registry/",
                   repositoryURL: "https://github.com/example/models")
    }

    static func inputs(
        registry: ModelRegistry = registry, catalog: TemplateCatalog = catalog, docs: DocsCollection? = nil,
        config: SiteConfig = config, templates: URL = Package.templates, commit: String? = "0123456789abcdef0123"
    ) -> SiteInputs {
        SiteInputs(
            registry: registry, catalog: catalog, catalogFile: "Site/templates.json", docs: docs, config: config,
            templatesDirectory: templates, assetsDirectory: Package.assets, buildInfo: BuildInfo(gitCommit: commit))
    }

    /// The repository's `Docs/`, rendered (the doc pages fill the raw-HTML slots).
    static func docs() throws -> DocsCollection {
        try DocsCollection.load(root: Package.root.appendingPathComponent("Docs"))
    }

    /// Generates into memory.
    static func site(_ inputs: SiteInputs = inputs()) throws -> InMemoryPageWriter {
        let writer = InMemoryPageWriter()
        try SiteGenerator(inputs: inputs).generate(into: writer)
        return writer
    }
}

/// A temporary folder, removed when the value is dropped.
final class TemporaryFolder {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("site-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }

    /// A copy of the page templates to tamper with (files copied one by one, never a link
    /// back to the real ones).
    func templatesCopy() throws -> URL {
        let fm = FileManager.default
        let copy = url.appendingPathComponent("Templates")
        let source = Package.templates.resolvingSymlinksInPath()
        for case let relative as String in fm.enumerator(atPath: source.path)! where relative.hasSuffix(".mustache") {
            let target = copy.appendingPathComponent(relative)
            try fm.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contentsOf: source.appendingPathComponent(relative)).write(to: target)
        }
        return copy
    }
}

/// Exact-text snapshots under `Tests/SiteGeneratorTests/__Snapshots__/`. A mismatch fails
/// with a line diff; `SNAPSHOT_RECORD=1` rewrites the snapshot instead; a missing snapshot
/// is recorded and fails, so a new snapshot is always looked at once.
enum Snapshot {
    static var recording: Bool { ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1" }

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Package.snapshots.appendingPathComponent(name)
        let existing = try? String(contentsOf: url, encoding: .utf8)
        if recording || existing == nil {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            if existing == nil && !recording {
                Issue.record("recorded new snapshot \(name); check it and re-run", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = existing, expected != actual else { return }
        Issue.record("snapshot \(name) differs (SNAPSHOT_RECORD=1 re-records):\n\(diff(expected, actual))", sourceLocation: sourceLocation)
    }

    /// A JSON file compared byte for byte; on a mismatch the diff is of both files indented
    /// with sorted keys (the files themselves may be one line).
    static func assertJSONMatches(_ actual: [UInt8], named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = Package.snapshots.appendingPathComponent(name)
        let existing = try? Data(contentsOf: url)
        if recording || existing == nil {
            try Data(actual).write(to: url)
            if existing == nil && !recording {
                Issue.record("recorded new golden file \(name); check it and re-run", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = existing, expected != Data(actual) else { return }
        func indented(_ data: Data) -> String {
            guard let value = try? JSONSerialization.jsonObject(with: data),
                  let pretty = try? JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
            else { return String(decoding: data, as: UTF8.self) }
            return String(decoding: pretty, as: UTF8.self)
        }
        let d = diff(indented(expected), indented(Data(actual)))
        Issue.record("golden file \(name) differs (SNAPSHOT_RECORD=1 re-records):\n\(d.isEmpty ? "same values, different bytes (order, spacing or number text)" : d)", sourceLocation: sourceLocation)
    }

    /// A line diff: `-` lines only in the snapshot, `+` lines only in the output, with line numbers.
    static func diff(_ old: String, _ new: String, limit: Int = 60) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines: [(Int, String)] = []
        for change in b.difference(from: a) {
            switch change {
            case .remove(let offset, let element, _): lines.append((offset * 2, "-\(offset + 1): \(element)"))
            case .insert(let offset, let element, _): lines.append((offset * 2 + 1, "+\(offset + 1): \(element)"))
            }
        }
        let shown = lines.sorted { $0.0 < $1.0 }.prefix(limit).map(\.1)
        return shown.joined(separator: "\n") + (lines.count > limit ? "\n… \(lines.count - limit) more" : "")
    }
}

extension InMemoryPageWriter {
    /// Every HTML page's text, by path.
    var htmlPages: [String: String] {
        var pages: [String: String] = [:]
        for (path, bytes) in files where path.hasSuffix(".html") { pages[path] = String(decoding: bytes, as: UTF8.self) }
        return pages
    }
}
