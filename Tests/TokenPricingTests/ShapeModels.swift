import TokenPricing

/// Hand-written models for the pricing shapes the platform's current registry needs: a rate
/// that differs from the base cost, measured usage, limits (one depending on another
/// parameter), a table over three parameters, a parameter fallback and characters summed
/// over a list. Their numbers are the platform's, so each test reads as a known price.
enum Shapes {
    /// ElevenLabs Audio Isolation: base 1, 0.1 per second of audio (30 s assumed), at least 1,
    /// rounded up to one decimal.
    static let audioIsolation = PricedModel(
        recordId: "isolation", name: "Audio isolation", baseTokenCost: 1,
        schema: InputSchema(properties: [SchemaProperty("audio_url", type: .string, format: "uri")]),
        rule: PricingRule(
            basis: .rate("0.1"), factors: [.usage(.audioDurationSeconds, assumed: 30)],
            minimumCharge: 1, rounding: RoundingRule(places: 1, mode: .up)))

    /// Kling Motion Control: a per-second rate by mode, times the driving video's duration
    /// (5 s assumed), at least 3 s and at most 10 s (character from an image) or 30 s (from a video).
    static let motionControl = PricedModel(
        recordId: "motion", name: "Motion control", baseTokenCost: 1,
        schema: InputSchema(properties: [
            SchemaProperty("mode", type: .string, default: "720p", enum: ["720p", "1080p"]),
            SchemaProperty("character_orientation", type: .string, default: "video", enum: ["image", "video"]),
        ]),
        rule: PricingRule(
            basis: .priceTable(PriceTable("mode", rows: [("720p", 3), ("1080p", "4.5")], whenAbsent: ["mode": "720p"])),
            factors: [.usage(.videoDuration, assumed: 5, limits: QuantityLimits(
                minimum: 3, maximumBy: LimitTable("character_orientation", ["image": 10, "video": 30], whenAbsent: "video")))],
            rounding: RoundingRule(places: 1, mode: .up)))

    /// Seedance 1.5 Pro: with audio or without chooses between two resolution × duration grids.
    static let seedanceAudio = PricedModel(
        recordId: "seedance", name: "Seedance", baseTokenCost: 8,
        schema: InputSchema(properties: [
            SchemaProperty("generate_audio", type: .boolean, default: false),
            SchemaProperty("resolution", type: .string, default: "480p", enum: ["480p"]),
            SchemaProperty("duration", type: .string, default: "4", enum: ["4", "8"]),
        ]),
        rule: PricingRule(basis: .priceTable(PriceTable(
            "generate_audio", "resolution", "duration",
            rows: [("false", "480p", "4", 8), ("false", "480p", "8", 14), ("true", "480p", "4", 14), ("true", "480p", "8", 28)],
            whenAbsent: ["generate_audio": false, "resolution": "480p", "duration": "4"]))))

    /// ElevenLabs text to speech: 3 per started 1,000 characters of `text`, else of `prompt`, at least 3.
    static let textElsePrompt = PricedModel(
        recordId: "tts", name: "TTS", baseTokenCost: 3,
        schema: InputSchema(properties: [
            SchemaProperty("text", type: .string, maxLength: 5000),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
        ]),
        rule: PricingRule(
            factors: [.perUnit("text", fallbacks: ["prompt"], measure: .characters, unitSize: 1000, roundUnitsUp: true, unitName: "1,000 characters", whenAbsent: "")],
            minimumCharge: 3))

    /// ElevenLabs Dialogue: 7 per 1,000 characters across every line's `text`, ceiled, at least 7.
    static let dialogue = PricedModel(
        recordId: "dialogue", name: "Dialogue", baseTokenCost: 7,
        schema: InputSchema(properties: [
            SchemaProperty("dialogue", type: .array, items: ItemsSchema(type: .object, properties: [
                SchemaProperty("text", type: .string, maxLength: 5000),
                SchemaProperty("voice", type: .string, enum: ["Adam", "Alice"]),
            ], required: ["text", "voice"])),
        ]),
        rule: PricingRule(
            basis: .rate(7),
            factors: [.perUnit("dialogue", measure: .characters, itemField: "text", unitSize: 1000, unitName: "1,000 characters", whenAbsent: [])],
            minimumCharge: 7, rounding: RoundingRule(places: 0, mode: .up)))

    /// Seedream V4 editing: the base cost per image, the count clamped to 1…4.
    static let clampedImages = PricedModel(
        recordId: "seedream", name: "Seedream", baseTokenCost: "2.5",
        schema: InputSchema(properties: [SchemaProperty("max_images", type: .integer, default: 1, minimum: 1, maximum: 10)]),
        rule: PricingRule(factors: [.perUnit("max_images", whenAbsent: 1, limits: QuantityLimits(minimum: 1, maximum: 4))]))
}
