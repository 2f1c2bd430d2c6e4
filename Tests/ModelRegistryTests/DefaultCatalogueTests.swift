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
        // Nano Banana 2 × number_of_images (1…4, default 1): 2, 2, 8.
        Expected(id: "social-square-post", min: "2", atDefaults: "2", max: "8"),
        // Midjourney, flat 3.
        Expected(id: "story-vertical-cover", min: "3", atDefaults: "3", max: "3"),
        // Ultra Detail 3.5 × quality: standard → otherwise 1 = 3.5; high (default) → 1.2 = 4.2; ultra → 1.5 = 5.25.
        Expected(id: "detailed-event-poster", min: "3.5", atDefaults: "4.2", max: "5.25"),
        // Ideogram Character 6 × num_images "2" (preset) × rendering_speed: TURBO 1 → 12, QUALITY 2 → 24.
        Expected(id: "character-turnaround", min: "12", atDefaults: "12", max: "24"),
        // FLUX.1 Kontext Pro, flat 2.5.
        Expected(id: "product-photo-restyle", min: "2.5", atDefaults: "2.5", max: "2.5"),
        // runware Remove Background, flat 0.07.
        Expected(id: "background-removal", min: "0.07", atDefaults: "0.07", max: "0.07"),
        // runware upscale 20 × upscaleFactor: 2 → 1 = 20; 4 (default) → 2 = 40.
        Expected(id: "print-ready-upscale", min: "20", atDefaults: "40", max: "40"),
        // Kling V2 Standard (text) 18 × duration: "5" (preset) → otherwise 1 = 18; "10" → 2 = 36.
        Expected(id: "vertical-teaser-clip", min: "18", atDefaults: "18", max: "36"),
        // Veo 3.1 Fast (text) 30 × duration: default "5" → 30; "10" → 60.
        Expected(id: "cinematic-establishing-shot", min: "30", atDefaults: "30", max: "60"),
        // Seedance V1 Lite 2 × duration × resolution: 3 s, 480p → 2 × 1 × 1 = 2; 12 s, 1080p → 2 × 4 × 5 = 40.
        Expected(id: "animated-product-photo", min: "2", atDefaults: "2", max: "40"),
        // Eleven Labs TTS, flat 3 (voice and speed do not move the price).
        Expected(id: "voiceover-narration", min: "3", atDefaults: "3", max: "3"),
        // Suno, flat 6.
        Expected(id: "brand-jingle", min: "6", atDefaults: "6", max: "6"),
        // Ideogram V3, flat 1.75.
        Expected(id: "logo-concepts", min: "1.75", atDefaults: "1.75", max: "1.75"),
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
        // Remove Background 0.07 + Kontext Pro 2.5 + Kling V2 Standard (image) 6 × duration + Eleven Labs Fast 1.25.
        // Duration "5" → 6: 0.07 + 2.5 + 6 + 1.25 = 9.82; "10" → 12: 15.82.
        Expected(id: "product-launch-video", min: "9.82", atDefaults: "9.82", max: "15.82"),
        // Seedream V4 1.75 + Seedance V1 Lite 2 × length × resolution + Suno 6.
        // Defaults ("5", "720p"): 2 × 1.66 × 2.5 = 8.3 → 1.75 + 8.3 + 6 = 16.05.
        // Min ("5", "480p"): 2 × 1.66 × 1 = 3.32 → 11.07. Max ("10", "1080p"): 2 × 3.33 × 5 = 33.3 → 41.05.
        Expected(id: "storyboard-to-trailer", min: "11.07", atDefaults: "16.05", max: "41.05"),
        // One clip_length feeds both video steps: Kling V2 Pro 12 × {1, 2} + Seedream V1 Pro 8 × {1.66, 3.33} + Suno 6.
        // "5": 12 + 13.28 + 6 = 31.28; "10": 24 + 26.64 + 6 = 56.64.
        Expected(id: "two-angle-product-reel", min: "31.28", atDefaults: "31.28", max: "56.64"),
        // Nano Banana 2 × image_count (1…4) + Crisp Upscale 0.25 + Eleven Labs Fast 1.25: 3.5 … 9.5.
        Expected(id: "social-carousel-with-voice", min: "3.5", atDefaults: "3.5", max: "9.5"),
        // ChatGPT 4o-Image 3 × variants {1 → 3, 2 → 3.50, 4 → 4.00} + Ideogram V3 Reframe 1.75 × quality {1, 2, 3}
        // + Veo 3.1 Fast (image) 30 + Eleven Labs TTS 3. Defaults (1, TURBO): 3 + 1.75 + 30 + 3 = 37.75.
        // Max (4, QUALITY): 4 + 5.25 + 30 + 3 = 42.25.
        Expected(id: "cinematic-ad", min: "37.75", atDefaults: "37.75", max: "42.25"),
        // Ideogram V3 1.75 + Eleven Labs TTS 3 + Suno 6 = 10.75, nothing moves it.
        Expected(id: "podcast-promo-kit", min: "10.75", atDefaults: "10.75", max: "10.75"),
        // Qwen Text to Image 0.5 + WAN 2.2 Turbo (image) 15 = 15.5 (inactive workflow).
        Expected(id: "quick-idea-to-clip", min: "15.5", atDefaults: "15.5", max: "15.5"),
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
        // 0.07 + 2.5 + 6 × 2 + 1.25
        ("product-launch-video", ["product_photo": "https://cdn/p.png", "product_name": "Aurora Lamp", "script": "Meet Aurora.", "duration": "10"], "15.82"),
        // 0.07 + 2.5 + 6 × 1 + 1.25; voice does not move the price.
        ("product-launch-video", ["product_photo": "https://cdn/p.png", "product_name": "Aurora Lamp", "script": "Meet Aurora.", "duration": "5", "voice": "Roger"], "9.82"),
        // 1.75 + 2 × 3.33 × 2.5 (= 16.65) + 6
        ("storyboard-to-trailer", ["story": "A lighthouse keeper finds a map.", "length": "10", "resolution": "720p"], "24.4"),
        // 1.75 + 2 × 1.66 × 5 (= 16.6) + 6; the select accepts the number 5 for the option "5".
        ("storyboard-to-trailer", ["story": "A lighthouse keeper finds a map.", "length": 5, "resolution": "1080p", "music_style": "lo-fi"], "24.35"),
        // 24 + 26.64 + 6
        ("two-angle-product-reel", ["product_photo": "https://cdn/p.png", "clip_length": "10"], "56.64"),
        // 2 × 3 + 0.25 + 1.25
        ("social-carousel-with-voice", ["topic": "Five tips for better sleep", "image_count": 3], "7.5"),
        // 3 × 1.16666 = 3.49998 → 3.50, + 1.75 × 2 = 3.5, + 30 + 3
        ("cinematic-ad", ["concept": "A watch on a glacier", "voiceover_script": "Time, frozen.", "variants": 2, "quality": "BALANCED"], "40"),
        // Nothing moves it: the required inputs are all that is needed.
        ("podcast-promo-kit", ["show_name": "Deep Work", "trailer_script": "This week…"], "10.75"),
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
        ("social-square-post", ["prompt": "Autumn sale", "number_of_images": 3], "6"),  // 2 × 3
        ("animated-product-photo", ["prompt": "Steam rising", "image_url": "https://cdn/m.png", "duration": "8", "resolution": "720p"], "13.3"),  // 2 × 2.66 × 2.5
        ("print-ready-upscale", ["inputImage": "https://cdn/i.png", "upscaleFactor": 2], "20"),
        ("vertical-teaser-clip", ["prompt": "Sneakers in the rain", "duration": "10"], "36"),
        ("story-vertical-cover", ["prompt": "A fox in the snow"], "3"),
    ] as [(String, [String: ParameterValue], String)])
    func contentTotals(_ id: String, _ inputs: [String: ParameterValue], _ expected: String) throws {
        let t = DefaultCatalogue.content(id)
        #expect(try pricer.cost(of: t, userInputs: inputs).total == ExactDecimal(expected)!)
        #expect(try pricer.prepare(t).total(userInputs: inputs) == ExactDecimal(expected)!)
    }

    @Test("missing and invalid inputs on the default catalogue")
    func inputErrors() throws {
        let launch = DefaultCatalogue.workflow("product-launch-video")
        // The price is fixed by duration, but a run needs the photo, the name and the script.
        let missing = try #require(throws: PricingError.self) { try pricer.cost(of: launch, userInputs: ["duration": "10"]) }
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
        #expect(cost.steps.map(\.modelName) == ["Kling V2 Pro", "Seedream V1 Pro", "Suno"])
        #expect(cost.steps.map(\.userChosenParameters) == [["duration"], ["duration"], []])
        #expect(cost.steps[0].effectiveParameters == ["duration": "5"])  // image_url comes from the user's file, not priced
        #expect(cost.steps.map(\.min) == [12, "13.28", 6])
        #expect(cost.steps.map(\.max) == [24, "26.64", 6])
    }
}
