import ModelRegistry
import TokenPricing

/// Makes a registry of `count` models in memory, deterministic for a seed: realistic input
/// schemas per content type (prompt, aspect_ratio, duration 5/10, resolution, num_images 1–4,
/// seed…) and pricing rules (multiplier tables, per-unit rates, now and then an absolute
/// price table, a minimum charge, a surcharge or a rounding step), spread over providers,
/// content types and families.
///
/// Every rule is valid against its schema (no integrity errors): tables cover every enum
/// value or state an "otherwise", per-unit factors read numbers, price tables list every
/// combination.
struct SyntheticRegistry {
    /// Providers: the three real ones and three more (a new provider is one value).
    static let providers: [Provider] = [
        .kieAI, .runware, .lovableAISync,
        Provider("fal_ai", displayName: "fal.ai"),
        Provider("replicate", displayName: "Replicate"),
        Provider("together_ai", displayName: "Together AI"),
    ]

    /// Content types with the real catalogue's proportions (27 : 15 : 12 : 13 : 3).
    static let contentTypeWeights: [(ContentType, Int)] = [
        (.promptToImage, 27), (.imageEditing, 15), (.promptToVideo, 12), (.imageToVideo, 13), (.promptToAudio, 3),
    ]

    static let familyStems = [
        "Aurora", "Nimbus", "Quasar", "Helix", "Zephyr", "Orion", "Lumen", "Vertex", "Cobalt", "Prism",
        "Mosaic", "Sable", "Tundra", "Ember", "Halcyon", "Juniper", "Kestrel", "Lyra", "Meridian", "Nova",
        "Onyx", "Pulsar", "Quill", "Raven", "Sirius", "Talon", "Umbra", "Vesper", "Wren", "Yarrow",
    ]
    static let variants = ["Lite", "Standard", "Pro", "Ultra", "Fast", "HD", "Turbo", "Max"]

    let models: [ModelDefinition]

    init(count: Int, seed: UInt64 = 0x5EED_0001) {
        var rng = SplitMix64(seed: seed)
        let totalWeight = Self.contentTypeWeights.reduce(0) { $0 + $1.1 }
        var models: [ModelDefinition] = []
        models.reserveCapacity(count)
        var familyIndex = 0
        var left = count
        while left > 0 {
            // A family: 1–6 variants of one model line, one provider, one content type.
            var roll = rng.int(0...(totalWeight - 1))
            var contentType = ContentType.promptToImage
            for (type, weight) in Self.contentTypeWeights {
                if roll < weight { contentType = type; break }
                roll -= weight
            }
            let provider = rng.pick(Self.providers)
            let stem = Self.familyStems[familyIndex % Self.familyStems.count]
            let family = "\(stem) \(familyIndex / Self.familyStems.count + 1)"
            let size = min(left, rng.int(1...6))
            let variantNames = rng.sample(Self.variants, count: size)
            for (order, variant) in variantNames.enumerated() {
                models.append(Self.makeModel(
                    index: count - left, family: family, variant: variant, order: order + 1,
                    provider: provider, contentType: contentType, rng: &rng))
                left -= 1
            }
            familyIndex += 1
        }
        self.models = models
    }

    // MARK: One model

    static func makeModel(
        index: Int, family: String, variant: String, order: Int, provider: Provider, contentType: ContentType,
        rng: inout SplitMix64
    ) -> ModelDefinition {
        let name = "\(family) \(variant)"
        let slug = slug(name)
        let (schema, rule, baseCost, time) = makeSchemaAndRule(contentType: contentType, provider: provider, rng: &rng)
        let config = ModelConfig(
            recordId: rng.uuid(),
            // Now and then two entries share a provider model id, as in the real catalogue.
            modelId: rng.chance(0.03) ? "\(slug)-shared" : "\(slug)-\(index)",
            modelName: name,
            provider: provider,
            contentType: contentType,
            baseTokenCost: baseCost,
            estimatedTimeSeconds: time,
            isActive: rng.chance(0.9),
            modelFamily: family,
            variantName: variant,
            displayOrderInFamily: order,
            maxImages: contentType == .imageEditing || contentType == .imageToVideo ? rng.int(1...4) : 0,
            defaultOutputs: 1,
            apiEndpoint: provider == .runware ? "https://api.runware.ai/v1" : "/api/v1/jobs/createTask",
            payloadStructure: rng.pick([.flat, .wrapper, .wrapper]),
            logoUrl: "/logos/\(provider.rawValue).svg"
        )
        let typeName = contentType.rawValue.split(separator: "_").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        let fileName = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined() + typeName
        return ModelDefinition(
            config: config, inputSchema: schema, pricing: rule,
            notes: rng.chance(0.05) ? "Synthetic model \(index): the price list was read from the provider's page." : nil,
            // A path shaped like the real ones (the file does not exist: models made in memory).
            sourceFile: "/synthetic/Sources/ModelRegistry/Models/\(contentType.rawValue)/\(fileName).swift")
    }

    static let aspectRatios: [ParameterValue] = ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9"]
    static let imageResolutions: [ParameterValue] = ["1K", "2K", "4K"]
    static let videoResolutions: [ParameterValue] = ["480p", "720p", "1080p"]
    static let outputFormats: [ParameterValue] = ["png", "jpeg", "webp"]
    static let voices: [ParameterValue] = ["alloy", "echo", "fable", "onyx", "nova", "shimmer"]

    static func decimal(_ text: String) -> ExactDecimal { ExactDecimal(text)! }

    /// A price with up to two decimals in `range` tokens.
    static func cost(_ range: ClosedRange<Int>, rng: inout SplitMix64) -> ExactDecimal {
        ExactDecimal(significand: Int128(rng.int((range.lowerBound * 100)...(range.upperBound * 100))), scale: 2)
    }

    static func makeSchemaAndRule(
        contentType: ContentType, provider: Provider, rng: inout SplitMix64
    ) -> (InputSchema, PricingRule, ExactDecimal, Int) {
        var properties: [SchemaProperty] = []
        var required = ["prompt"]
        var imageField: String?
        var factors: [PriceFactor] = []
        var basis = PriceBasis.baseTokenCost
        var minimum: ExactDecimal?
        var rounding: RoundingRule?
        let base: ExactDecimal
        let time: Int

        let prompt = SchemaProperty(
            "prompt", type: .string, maxLength: rng.pick([2000, 5000, 10000]), title: "Prompt",
            description: "What to make, in words", renderer: "prompt")
        let seed = SchemaProperty(
            "seed", type: .integer, minimum: 0, maximum: 2_147_483_647, title: "Seed",
            description: "Same seed, same result", showToUser: rng.chance(0.5))

        switch contentType {
        case .promptToImage, .imageEditing:
            base = cost(1...12, rng: &rng)
            time = rng.int(5...60)
            properties.append(prompt)
            if contentType == .imageEditing {
                imageField = "image_urls"
                required.append("image_urls")
                properties.append(SchemaProperty(
                    "image_urls", type: .array, title: "Input images", renderer: "image",
                    items: ItemsSchema(type: .string, format: "uri")))
                properties.append(SchemaProperty("strength", type: .number, default: "0.8", minimum: 0, maximum: 1, title: "Strength"))
            }
            let ratios = rng.sample(aspectRatios, count: rng.int(3...6))
            properties.append(SchemaProperty("aspect_ratio", type: .string, default: ratios[0], enum: ratios, title: "Aspect ratio"))
            let pricesResolution = rng.chance(0.45)
            if pricesResolution || rng.chance(0.3) {
                properties.append(SchemaProperty("resolution", type: .string, default: "1K", enum: imageResolutions, title: "Resolution"))
            }
            properties.append(SchemaProperty(
                "num_images", type: .integer, default: 1, minimum: 1, maximum: 4, title: "Number of images"))
            properties.append(SchemaProperty("output_format", type: .string, default: "png", enum: rng.sample(outputFormats, count: rng.int(2...3)).sorted { $0.plainText > $1.plainText }))
            if rng.chance(0.5) { properties.append(SchemaProperty("negative_prompt", type: .string, maxLength: 2000, title: "Negative prompt")) }
            if rng.chance(0.4) {
                properties.append(SchemaProperty("guidance_scale", type: .number, default: "3.5", minimum: 1, maximum: 20, title: "Guidance scale"))
            }
            if rng.chance(0.3) { properties.append(SchemaProperty("enhance_prompt", type: .boolean, default: true, enum: [true, false])) }
            properties.append(seed)
            if pricesResolution {
                factors.append(.multiplier("resolution", ["1K": 1, "2K": "1.5", "4K": 2]))
            }
            if rng.chance(0.7) { factors.append(.perUnit("num_images", unitName: "image", whenAbsent: 1)) }
            if rng.chance(0.15) { rounding = .cents }
        case .promptToVideo, .imageToVideo:
            base = cost(10...120, rng: &rng)
            time = rng.int(60...600)
            properties.append(prompt)
            if contentType == .imageToVideo {
                imageField = "image_url"
                required.append("image_url")
                properties.append(SchemaProperty("image_url", type: .string, title: "First frame", renderer: "image", format: "uri"))
            }
            let ratios = rng.sample(aspectRatios, count: 3)
            properties.append(SchemaProperty("aspect_ratio", type: .string, default: ratios[0], enum: ratios, title: "Aspect ratio"))
            let durationAsString = rng.chance(0.6)
            let durations: [ParameterValue] = durationAsString ? ["5", "10"] : [5, 10]
            properties.append(SchemaProperty(
                "duration", type: durationAsString ? .string : .integer, default: durations[0], enum: durations,
                title: "Duration (seconds)"))
            let resolutions = rng.chance(0.5) ? videoResolutions : Array(videoResolutions.dropFirst())
            properties.append(SchemaProperty("resolution", type: .string, default: "720p", enum: resolutions, title: "Resolution"))
            if rng.chance(0.4) { properties.append(SchemaProperty("generate_audio", type: .boolean, default: false, enum: [false, true], title: "Generate audio")) }
            if rng.chance(0.3) { properties.append(SchemaProperty("camera_fixed", type: .boolean, default: false, showToUser: false)) }
            properties.append(seed)
            switch rng.int(0...9) {
            case 0...1:
                // An absolute price list over resolution × duration.
                var rows: [(String, String, ExactDecimal)] = []
                var price = cost(5...20, rng: &rng)
                for r in resolutions {
                    for d in durations {
                        rows.append((r.plainText, d.plainText, price))
                        price = price.adding(cost(5...20, rng: &rng))!
                    }
                }
                basis = .priceTable(PriceTable("resolution", "duration", rows: rows, whenAbsent: ["resolution": "720p", "duration": durations[0]]))
            case 2...5:
                // Only the 10-second entry is listed; other values cost × 1 ("otherwise").
                factors.append(.multiplier("duration", ["10": 2], otherwise: 1))
                if rng.chance(0.5) {
                    var table: [(String, ExactDecimal)] = []
                    for r in resolutions { table.append((r.plainText, r.plainText == "1080p" ? decimal("1.5") : r.plainText == "480p" ? decimal("0.6") : 1)) }
                    factors.append(.multiplier("resolution", ValueTable(table), whenAbsent: "720p"))
                }
            case 6...8:
                // Priced per second.
                factors.append(.perUnit("duration", unitName: "second", whenAbsent: durations[0]))
                if rng.chance(0.5) { minimum = cost(20...60, rng: &rng) }
            default:
                factors.append(.surcharge("duration", included: 5, ratePerUnit: cost(1...5, rng: &rng), unitName: "second", whenAbsent: durations[0]))
            }
            if rng.chance(0.2) {
                factors.append(.multiplier("generate_audio", ["true": "1.5", "false": 1]))
                if !properties.contains(where: { $0.name == "generate_audio" }) {
                    properties.insert(SchemaProperty("generate_audio", type: .boolean, default: false, enum: [false, true], title: "Generate audio"), at: properties.count - 1)
                }
            }
        default:
            // Audio: text to speech or music.
            base = cost(1...5, rng: &rng)
            time = rng.int(5...90)
            let tts = rng.chance(0.6)
            if tts {
                required = ["text"]
                properties.append(SchemaProperty("text", type: .string, maxLength: 10000, title: "Text", renderer: "prompt"))
                properties.append(SchemaProperty("voice", type: .string, default: "alloy", enum: rng.sample(voices, count: 4), title: "Voice"))
                properties.append(SchemaProperty("speed", type: .number, default: 1, minimum: "0.5", maximum: 2, title: "Speed"))
                factors.append(.perUnit("text", measure: .characters, unitSize: 1000, roundUnitsUp: true, unitName: "1,000 characters"))
                minimum = base
            } else {
                properties.append(prompt)
                properties.append(SchemaProperty("duration_seconds", type: .integer, default: 30, minimum: 5, maximum: 300, title: "Length (seconds)"))
                properties.append(SchemaProperty("instrumental", type: .boolean, default: false))
                factors.append(.perUnit("duration_seconds", unitSize: 10, roundUnitsUp: true, unitName: "10 seconds", whenAbsent: 30))
                if rng.chance(0.5) { rounding = RoundingRule(places: 1, mode: .halfAwayFromZero) }
            }
            properties.append(SchemaProperty("output_format", type: .string, default: "mp3", enum: ["mp3", "wav"]))
        }
        if provider == .runware {
            properties.append(SchemaProperty("includeCost", type: .boolean, default: true, showToUser: false))
        }
        let schema = InputSchema(properties: properties, required: required, imageInputField: imageField)
        let rule = PricingRule(basis: basis, factors: factors, minimumCharge: minimum, rounding: rounding)
        return (schema, rule, base, time)
    }
}

/// `name` lower-cased with spaces as dashes (Foundation's `replacingOccurrences` took a seventh
/// of making the inputs).
func slug(_ name: String) -> String {
    String(name.lowercased().map { $0 == " " ? "-" : $0 })
}
