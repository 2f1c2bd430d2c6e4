@testable import ModelRegistry
import Testing
import TokenPricing

/// The registry's display names: unique over the real registry, and the disambiguation rule
/// on hand-made collisions.
@Suite("Unique display names")
struct ModelDisplayNamesTests {
    /// A config with only what the names depend on.
    static func config(
        _ name: String, _ type: ContentType = .promptToImage, _ provider: Provider = .kieAI,
        id: String? = nil, modelId: String = "m", variant: String? = nil
    ) -> ModelConfig {
        ModelConfig(
            recordId: id ?? "\(name)|\(type.rawValue)|\(provider.rawValue)|\(modelId)", modelId: modelId, modelName: name,
            provider: provider, contentType: type, baseTokenCost: 1, estimatedTimeSeconds: 1, variantName: variant)
    }

    @Test("no two models of the real registry share a display name, even ignoring case and punctuation")
    func uniqueOverTheRealRegistry() {
        let registry = ModelRegistry.standard
        let names = registry.displayNames
        #expect(names.count == registry.models.count)
        let keys = Dictionary(grouping: names, by: ModelDisplayNames.comparisonKey)
        let clashes = keys.filter { $0.value.count > 1 }
        #expect(clashes.isEmpty, "\(clashes)")
    }

    /// Every model of the real registry whose plain name another model shares (by key): its
    /// display name must say more than the plain name.
    static let sharedNames: [String] = {
        let registry = ModelRegistry.standard
        let counts = Dictionary(grouping: registry.models, by: { ModelDisplayNames.comparisonKey($0.config.displayName) })
        return registry.models.filter { counts[ModelDisplayNames.comparisonKey($0.config.displayName)]!.count > 1 }.map(\.recordId)
    }()

    @Test("a shared name is qualified, an unshared one kept", arguments: ModelRegistry.standard.models.map(\.recordId))
    func sharedNamesAreQualified(recordId: String) throws {
        let registry = ModelRegistry.standard
        let model = try #require(registry.model(recordId: recordId))
        let name = try #require(registry.displayName(recordId: recordId))
        if Self.sharedNames.contains(recordId) {
            #expect(name != model.config.displayName)
            #expect(name.hasPrefix(String(model.config.displayName.dropLast(model.config.displayName.hasSuffix(")") ? 1 : 0))))
        } else {
            #expect(name == model.config.displayName)
        }
    }

    @Test("the content type tells apart one name across content types")
    func byContentType() {
        let names = ModelDisplayNames.unique(for: [
            Self.config("Grok Imagine", .promptToImage), Self.config("Grok Imagine", .promptToVideo),
            Self.config("Grok Imagine", .imageToVideo), Self.config("Midjourney"),
        ])
        #expect(names == ["Grok Imagine (prompt to image)", "Grok Imagine (prompt to video)", "Grok Imagine (image to video)", "Midjourney"])
    }

    @Test("the provider tells apart one name and content type at two providers")
    func byProvider() {
        let names = ModelDisplayNames.unique(for: [
            Self.config("Remove Background", .imageEditing, .kieAI), Self.config("Remove Background", .imageEditing, .runware),
        ])
        #expect(names == ["Remove Background (Kie.ai)", "Remove Background (Runware)"])
    }

    @Test("a group that neither tells apart alone gets both, for every member")
    func byBoth() {
        let names = ModelDisplayNames.unique(for: [
            Self.config("X", .promptToImage, .kieAI), Self.config("X", .promptToImage, .runware), Self.config("X", .imageEditing, .kieAI),
        ])
        #expect(names == ["X (prompt to image, Kie.ai)", "X (prompt to image, Runware)", "X (image editing, Kie.ai)"])
    }

    @Test("names that differ only in case or punctuation collide, and the model id tells them apart")
    func nearCollisionsByModelId() {
        let names = ModelDisplayNames.unique(for: [
            Self.config("FLUX.1 Schnell", .promptToImage, .runware, modelId: "runware:flux-schnell"),
            Self.config("Flux.1 Schnell", .promptToImage, .runware, modelId: "runware:100@1"),
        ])
        #expect(names == ["FLUX.1 Schnell (runware:flux-schnell)", "Flux.1 Schnell (runware:100@1)"])
    }

    @Test("identical but for the record id: the record id's first characters, then a position")
    func lastResorts() {
        let names = ModelDisplayNames.unique(for: [
            Self.config("X", id: "aaaaaaaa-1"), Self.config("X", id: "bbbbbbbb-2"),
            Self.config("Y", id: "same"), Self.config("Y", id: "same"),
        ])
        #expect(names == ["X (id aaaaaaaa)", "X (id bbbbbbbb)", "Y (id same)", "Y (id same) #2"])
    }

    @Test("a qualified name that meets another model's plain name is told apart again")
    func qualifiedMeetsPlain() {
        let names = ModelDisplayNames.unique(for: [
            Self.config("X", .promptToImage, .kieAI, id: "11111111"), Self.config("X", .imageEditing, .kieAI, id: "22222222"),
            Self.config("X (prompt to image)", .promptToVideo, .runware, id: "33333333"),
        ])
        #expect(Set(names.map(ModelDisplayNames.comparisonKey)).count == 3, "\(names)")
        #expect(names[1] == "X (image editing)")
    }

    @Test("a name in parentheses takes its qualifier inside them; the variant is kept")
    func parenthesesAndVariant() {
        let names = ModelDisplayNames.unique(for: [
            Self.config("Sora 2 (Watermarked)", .promptToVideo), Self.config("Sora 2 (Watermarked)", .imageToVideo),
            Self.config("Veo", .promptToVideo, variant: "Fast"), Self.config("Veo", .imageToVideo, variant: "Fast"),
        ])
        #expect(names == ["Sora 2 (Watermarked, prompt to video)", "Sora 2 (Watermarked, image to video)",
                          "Veo — Fast (prompt to video)", "Veo — Fast (image to video)"])
    }

    @Test("a group no qualifier tells wholly apart takes the one that tells most, plus the record id where needed")
    func partlySeparable() {
        let names = ModelDisplayNames.unique(for: [
            Self.config("WAN 2.2 Turbo", .promptToVideo, id: "7d29fe4e-1", modelId: "wan/turbo-t2v"),
            Self.config("Wan 2.2 Turbo", .promptToVideo, id: "d3e8f9a0-2", modelId: "wan/a14b-t2v"),
            Self.config("WAN 2.2 Turbo", .imageToVideo, id: "e4ae6c36-3", modelId: "wan/a14b-i2v"),
            Self.config("Wan 2.2 Turbo", .imageToVideo, id: "e4f9a0b1-4", modelId: "wan/a14b-i2v"),
        ])
        #expect(names == ["WAN 2.2 Turbo (wan/turbo-t2v)", "Wan 2.2 Turbo (wan/a14b-t2v)",
                          "WAN 2.2 Turbo (wan/a14b-i2v, id e4ae6c36)", "Wan 2.2 Turbo (wan/a14b-i2v, id e4f9a0b1)"])
    }

    @Test("a variant whose words the name already has is not repeated", arguments: [
        ("Flux.1 [Dev]", "Flux 1 Dev", "Flux.1 [Dev]"), ("HiDream-i1 Fast", "HiDream Fast", "HiDream-i1 Fast"),
        ("Google Veo 3.1 Fast", "Fast", "Google Veo 3.1 Fast"), ("Ideogram V3", "Text-to-Image", "Ideogram V3 — Text-to-Image"),
        ("Veo", "Fast", "Veo — Fast"),
    ])
    func variantWords(name: String, variant: String, expected: String) {
        #expect(Self.config(name, variant: variant).displayName == expected)
    }

    @Test("the comparison key", arguments: [
        ("FLUX.1 Schnell", "flux 1 schnell"), ("Flux.1  schnell", "flux 1 schnell"), ("KIE AI", "kie ai"), ("Kie-Ai", "kie ai"),
        ("ChatGPT 4o-Image", "chatgpt 4o image"), ("  (x) ", "x"), ("Kling V21", "kling v21"), ("Kling V2.1", "kling v2 1"),
        ("Suno V4.5+", "suno v4 5+"), ("Flux.1 [Schnell]", "flux 1 schnell"),
    ])
    func comparisonKey(name: String, key: String) {
        #expect(ModelDisplayNames.comparisonKey(name) == key)
    }

    @Test("the ASCII key made from bytes is the key made by Character, for every printable ASCII text tried")
    func asciiKeyAgreesWithUnicodeKey() {
        // Every printable character and the control characters a name might carry, in random
        // texts of up to 24 characters (a fixed seed, so a failure repeats).
        let alphabet = Array((0x20...0x7E).map { Character(Unicode.Scalar(UInt8($0))) }) + ["\t", "\n", "\r\n"]
        var seed: UInt64 = 0x5EED_1234
        func next() -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int(truncatingIfNeeded: seed >> 33)
        }
        var texts = ModelRegistry.standard.models.map(\.config.displayName).filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        for _ in 0..<3000 { texts.append(String((0..<(next() % 25)).map { _ in alphabet[next() % alphabet.count] })) }
        for text in texts {
            #expect(ModelDisplayNames.asciiComparisonKey(text) == ModelDisplayNames.unicodeComparisonKey(text), "\(text.debugDescription)")
        }
        #expect(ModelDisplayNames.comparisonKey("Ünïcode Módel") == ModelDisplayNames.unicodeComparisonKey("Ünïcode Módel"))
    }

    @Test("the registry's names follow its order, whatever the order of the definitions")
    func deterministic() {
        let expected = ModelRegistry.standard.displayNames
        #expect(ModelRegistry(models: Models.all.reversed()).displayNames == expected)
    }
}
