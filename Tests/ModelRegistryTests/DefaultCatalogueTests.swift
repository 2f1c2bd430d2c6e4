import Foundation
import ModelRegistry
import Testing
import TokenPricing

/// The default catalogue, Site/templates.json, priced against the registry's models.
enum DefaultCatalogue {
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Site/templates.json")

    static let catalog: TemplateCatalog = {
        do { return try TemplateCatalog.load(from: url) } catch { fatalError("\(error)") }
    }()

    static let pricer = TemplatePricer(models: ModelRegistry.standard)

    static func content(_ id: String) -> ContentTemplate { catalog.contentTemplate(id: id)! }
    static func workflow(_ id: String) -> WorkflowTemplate { catalog.workflowTemplate(id: id)! }
}

/// Expected min / at defaults / max, as text.
struct Expected: Sendable, CustomStringConvertible {
    let id: String
    let min: String, atDefaults: String, max: String
    var description: String { id }
}

@Suite("Default catalogue (Site/templates.json)")
struct DefaultCatalogueTests {
    let pricer = DefaultCatalogue.pricer

    @Test("the file loads with at least 12 content templates and 5 workflows, ids unique")
    func shape() throws {
        let catalog = try TemplateCatalog.load(from: DefaultCatalogue.url)
        #expect(catalog.contentTemplates.count >= 12)
        #expect(catalog.workflowTemplates.count >= 5)
        let ids = catalog.contentTemplates.map(\.id) + catalog.workflowTemplates.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(catalog.workflowTemplates.allSatisfy { (2...4).contains($0.steps.count) })
        #expect(catalog.contentTemplates.filter { !$0.isActive }.count + catalog.workflowTemplates.filter { !$0.isActive }.count == 2)
        for t in catalog.contentTemplates { #expect(t.thumbnailUrl == "/thumbnails/\(t.id).webp") }
        for w in catalog.workflowTemplates { #expect(w.thumbnailUrl == "/thumbnails/\(w.id).webp") }
    }

    @Test("every template uses a known model, and every required schema field is editable or given")
    func requiredFields() throws {
        let models = ModelRegistry.standard
        for t in DefaultCatalogue.catalog.contentTemplates {
            let model = try #require(models.pricedModel(recordId: t.modelRecordId), "\(t.id)")
            for name in model.schema.required {
                #expect(t.userEditableFields.contains(name) || t.presetParameters[name] != nil || t.hiddenFieldDefaults[name] != nil, "\(t.id): \(name)")
            }
            for name in t.userEditableFields { #expect(model.schema[name] != nil, "\(t.id): \(name)") }
        }
    }

    @Test("content templates: min, at defaults and max", arguments: [
        // ChatGPT 4o-Image, nVariants editable: 1 → 3; 2 → 3 × 1.16666 = 3.49998 → 3.50; 4 → 3 × 1.3333 = 3.9999 → 4.00.
        Expected(id: "product-hero-shot", min: "3", atDefaults: "3", max: "4"),
        // Nano Banana by Google, flat 2 (it takes no image count any more).
        Expected(id: "social-square-post", min: "2", atDefaults: "2", max: "2"),
        // Midjourney 1.5 × speed, not editable, taking fast (×2.66667) = 4.000005 → 4.00.
        Expected(id: "story-vertical-cover", min: "4", atDefaults: "4", max: "4"),
        // Ultra Detail 3.5 × quality: standard → 1 = 3.5; high (default) → 1.2 = 4.2; ultra → 1.5 = 5.25.
        Expected(id: "detailed-event-poster", min: "3.5", atDefaults: "4.2", max: "5.25"),
        // Ideogram Character 6 × num_images "2" (preset) × rendering_speed: TURBO 1 → 12, BALANCED (default) 1.5 → 18,
        // QUALITY 2 → 24.
        Expected(id: "character-turnaround", min: "12", atDefaults: "18", max: "24"),
        // FLUX.1 Kontext Pro, flat 2.5.
        Expected(id: "product-photo-restyle", min: "2.5", atDefaults: "2.5", max: "2.5"),
        // runware Remove Background, flat 0.06.
        Expected(id: "background-removal", min: "0.06", atDefaults: "0.06", max: "0.06"),
        // runware upscale 20 × upscaleFactor: 2 → 1 = 20; 4 (default) → 2 = 40.
        Expected(id: "print-ready-upscale", min: "20", atDefaults: "40", max: "40"),
        // Kling V2.1 Standard (text) 12.5 × duration: "5" (preset) → otherwise 1 = 12.5; "10" → 2 = 25.
        Expected(id: "vertical-teaser-clip", min: "12.5", atDefaults: "12.5", max: "25"),
        // Veo 3.1 Fast (text), flat 30.
        Expected(id: "cinematic-establishing-shot", min: "30", atDefaults: "30", max: "30"),
        // Seedance V1 Lite 5 × duration × resolution: the schema's defaults 5 s, 480p → 5; 10 s, 1080p → 5 × 2 × 5 = 50.
        Expected(id: "animated-product-photo", min: "5", atDefaults: "5", max: "50"),
        // ElevenLabs Multilingual V2: 6 per started 1,000 characters of text (up to 5,000), at least 6.
        Expected(id: "voiceover-narration", min: "6", atDefaults: "6", max: "30"),
        // Suno, flat 6.
        Expected(id: "brand-jingle", min: "6", atDefaults: "6", max: "6"),
        // Ideogram V3 1.75 × rendering_speed, not set, taking BALANCED (×2) = 3.5.
        Expected(id: "logo-concepts", min: "3.5", atDefaults: "3.5", max: "3.5"),
        // Ideogram Image Remix 1.75 × num_images × rendering_speed: "1", TURBO → 1.75; "4", QUALITY → 1.75 × 4 × 3 = 21.
        Expected(id: "image-remix", min: "1.75", atDefaults: "1.75", max: "21"),
        // Sora 2 (text, watermarked), flat 50; the template is inactive but still prices.
        Expected(id: "looping-watermarked-clip", min: "50", atDefaults: "50", max: "50"),
    ])
    func contentRanges(_ r: Expected) throws {
        let cost = try pricer.cost(of: DefaultCatalogue.content(r.id))
        #expect(cost.min == ExactDecimal(r.min)!)
        #expect(cost.atDefaults == ExactDecimal(r.atDefaults)!)
        #expect(cost.max == ExactDecimal(r.max)!)
        #expect(cost.steps.count == 1)
        // A template whose price nothing moves has its total without any input.
        #expect((cost.total != nil) == (cost.min == cost.max))
    }

    @Test("every content template of the file is covered above")
    func allContentCovered() {
        #expect(DefaultCatalogue.catalog.contentTemplates.count == 16)
    }

    @Test("workflows: min, at defaults and max over joint choices", arguments: [
        // Remove Background 0.06 + Kontext Pro 2.5 + Kling V2.1 Standard (image) 12.5 × duration
        // + ElevenLabs Turbo V2.5 3 per started 1,000 characters of the script (at least 3, at most 15).
        // "5", short script: 0.06 + 2.5 + 12.5 + 3 = 18.06; "10", 5,000 characters: 0.06 + 2.5 + 25 + 15 = 42.56.
        Expected(id: "product-launch-video", min: "18.06", atDefaults: "18.06", max: "42.56"),
        // Seedream V4 2.5 + Seedance V1 Lite 5 × length × resolution + Suno 6.
        // Defaults ("5", "720p"): 5 × 1 × 2.25 = 11.25 → 2.5 + 11.25 + 6 = 19.75.
        // Min ("5", "480p"): 5 → 13.5. Max ("10", "1080p"): 5 × 2 × 5 = 50 → 58.5.
        Expected(id: "storyboard-to-trailer", min: "13.5", atDefaults: "19.75", max: "58.5"),
        // One clip_length feeds both video steps: Kling V2.1 Pro 25 × {1, 2} + Seedance V1 Pro 7 × {1, 2} × 2.14285
        // (720p assumed) = 14.99995 → 15.00 or 29.9999 → 30.00, + Suno 6. "5": 25 + 15 + 6 = 46; "10": 50 + 30 + 6 = 86.
        Expected(id: "two-angle-product-reel", min: "46", atDefaults: "46", max: "86"),
        // Nano Banana 2 + Crisp Upscale 0.25 + ElevenLabs Turbo V2.5 3 … 15 by the topic's characters.
        Expected(id: "social-carousel-with-voice", min: "5.25", atDefaults: "5.25", max: "17.25"),
        // ChatGPT 4o-Image 3 × variants {1 → 3, 2 → 3.50, 4 → 4.00} + Ideogram V3 Reframe 1.75 × quality {1, 2, 3}
        // + Veo 3.1 Fast (image) 30 + ElevenLabs Multilingual V2 6 … 30 by the script's characters.
        // Defaults (1, TURBO, short script): 3 + 1.75 + 30 + 6 = 40.75. Max (4, QUALITY, 5,000 characters): 4 + 5.25 + 30 + 30 = 69.25.
        Expected(id: "cinematic-ad", min: "40.75", atDefaults: "40.75", max: "69.25"),
        // Ideogram V3 1.75 × BALANCED (assumed) = 3.5 + ElevenLabs Multilingual V2 6 … 30 + Suno 6.
        Expected(id: "podcast-promo-kit", min: "15.5", atDefaults: "15.5", max: "39.5"),
        // Qwen 0.5 × landscape_16_9 (×2) = 1 + WAN 2.2 Turbo (image) 15 = 16 (inactive workflow).
        Expected(id: "quick-idea-to-clip", min: "16", atDefaults: "16", max: "16"),
    ])
    func workflowRanges(_ r: Expected) throws {
        let w = DefaultCatalogue.workflow(r.id)
        let cost = try pricer.cost(of: w)
        #expect(cost.min == ExactDecimal(r.min)!)
        #expect(cost.atDefaults == ExactDecimal(r.atDefaults)!)
        #expect(cost.max == ExactDecimal(r.max)!)
        #expect(cost.steps.count == w.steps.count)
        // The workflow is the sum of all its steps at defaults.
        #expect(cost.steps.map(\.subtotal).reduce(ExactDecimal.zero, +) == cost.atDefaults)
        let prepared = try pricer.prepare(w)
        #expect(prepared.rangeIsExact)
        #expect(prepared.min == cost.min && prepared.atDefaults == cost.atDefaults && prepared.max == cost.max)
    }

    @Test("every workflow of the file is covered above")
    func allWorkflowsCovered() {
        #expect(DefaultCatalogue.catalog.workflowTemplates.count == 7)
    }

    @Test("exact totals for given inputs", arguments: [
        // 0.06 + 2.5 + 12.5 × 2 + 3 (12 characters of script: one started 1,000)
        ("product-launch-video", ["product_photo": "https://cdn/p.png", "product_name": "Aurora Lamp", "script": "Meet Aurora.", "duration": "10"], "30.56"),
        // 0.06 + 2.5 + 12.5 × 1 + 3; voice does not move the price.
        ("product-launch-video", ["product_photo": "https://cdn/p.png", "product_name": "Aurora Lamp", "script": "Meet Aurora.", "duration": "5", "voice": "Roger"], "18.06"),
        // 2.5 + 5 × 2 × 2.25 (= 22.5) + 6
        ("storyboard-to-trailer", ["story": "A lighthouse keeper finds a map.", "length": "10", "resolution": "720p"], "31"),
        // 2.5 + 5 × 1 × 5 (= 25) + 6; the select accepts the number 5 for the option "5".
        ("storyboard-to-trailer", ["story": "A lighthouse keeper finds a map.", "length": 5, "resolution": "1080p", "music_style": "lo-fi"], "33.5"),
        // 50 + 30 + 6
        ("two-angle-product-reel", ["product_photo": "https://cdn/p.png", "clip_length": "10"], "86"),
        // 2 + 0.25 + 3 (26 characters of topic)
        ("social-carousel-with-voice", ["topic": "Five tips for better sleep"], "5.25"),
        // 3 × 1.16666 = 3.49998 → 3.50, + 1.75 × 2 = 3.5, + 30 + 6
        ("cinematic-ad", ["concept": "A watch on a glacier", "voiceover_script": "Time, frozen.", "variants": 2, "quality": "BALANCED"], "43"),
        // 3.5 + 6 (a short script) + 6.
        ("podcast-promo-kit", ["show_name": "Deep Work", "trailer_script": "This week…"], "15.5"),
    ] as [(String, [String: ParameterValue], String)])
    func exactTotals(_ id: String, _ inputs: [String: ParameterValue], _ expected: String) throws {
        let w = DefaultCatalogue.workflow(id)
        let cost = try pricer.cost(of: w, userInputs: inputs)
        #expect(cost.total == ExactDecimal(expected)!)
        #expect(try pricer.prepare(w).total(userInputs: inputs) == ExactDecimal(expected)!)
    }

    @Test("exact totals for content templates", arguments: [
        ("product-hero-shot", ["prompt": "A ceramic mug", "nVariants": 2], "3.5"),  // 3 × 1.16666 → 3.50
        ("product-hero-shot", ["prompt": "A ceramic mug", "nVariants": 4, "size": "2:3"], "4"),  // 3 × 1.3333 → 4.00
        ("social-square-post", ["prompt": "Autumn sale"], "2"),  // flat 2
        ("animated-product-photo", ["prompt": "Steam rising", "image_url": "https://cdn/m.png", "duration": "10", "resolution": "720p"], "22.5"),  // 5 × 2 × 2.25
        ("print-ready-upscale", ["inputImage": "https://cdn/i.png", "upscaleFactor": 2], "20"),
        ("vertical-teaser-clip", ["prompt": "Sneakers in the rain", "duration": "10"], "25"),  // 12.5 × 2
        ("story-vertical-cover", ["prompt": "A fox in the snow"], "4"),  // 1.5 × 2.66667 → 4.00
    ] as [(String, [String: ParameterValue], String)])
    func contentTotals(_ id: String, _ inputs: [String: ParameterValue], _ expected: String) throws {
        let t = DefaultCatalogue.content(id)
        #expect(try pricer.cost(of: t, userInputs: inputs).total == ExactDecimal(expected)!)
        #expect(try pricer.prepare(t).total(userInputs: inputs) == ExactDecimal(expected)!)
    }

    @Test("missing and invalid inputs on the default catalogue")
    func inputErrors() throws {
        let launch = DefaultCatalogue.workflow("product-launch-video")
        // The price is fixed by duration and the script, but a run also needs the photo and the name.
        let missing = try #require(throws: PricingError.self) {
            try pricer.cost(of: launch, userInputs: ["duration": "10", "script": "Meet Aurora.", "product_name": "Aurora Lamp"])
        }
        #expect(missing.kind == .missingRequiredInput && missing.templateId == "product-launch-video" && missing.keyPath == "userInputs.product_photo")
        let invalid = try #require(throws: PricingError.self) { try pricer.cost(of: launch, userInputs: ["duration": "15"]) }
        #expect(invalid.kind == .invalidUserInput && invalid.keyPath == "userInputs.duration")
        let unknown = try #require(throws: PricingError.self) { try pricer.cost(of: launch, userInputs: ["resolution": "1080p"]) }
        #expect(unknown.kind == .unknownUserInput && unknown.keyPath == "userInputs.resolution")
        let hero = DefaultCatalogue.content("product-hero-shot")
        let badValue = try #require(throws: PricingError.self) { try pricer.cost(of: hero, userInputs: ["nVariants": 3, "prompt": "x"]) }
        #expect(badValue.kind == .invalidParameter && badValue.templateId == "product-hero-shot" && badValue.keyPath == "userInputs.nVariants")
    }

    @Test("step costs name the real models and the parameters users choose")
    func stepDetails() throws {
        let cost = try pricer.cost(of: DefaultCatalogue.workflow("two-angle-product-reel"))
        #expect(cost.steps.map(\.modelName) == ["Kling V2.1 Pro", "Seedance V1 Pro", "Suno"])
        #expect(cost.steps.map(\.userChosenParameters) == [["duration"], ["duration"], []])
        #expect(cost.steps[0].effectiveParameters == ["duration": "5"])  // image_url comes from the user's file, not priced
        #expect(cost.steps.map(\.min) == [25, 15, 6])
        #expect(cost.steps.map(\.max) == [50, 30, 6])
    }
}
