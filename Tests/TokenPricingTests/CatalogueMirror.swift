import TokenPricing

// The 26 models Site/templates.json uses, mirrored from /work/shared/catalog/models.json (base
// cost, schema, pricing rule), because TokenPricingTests depends on TokenPricing only. The
// values were copied with a throwaway script, not typed, and checked against the registry's
// port: the same schema fields and the same price for every combination of priced enum
// values. Each multiplier keeps the catalogue's table and `whenAbsent`; a table that misses
// enum values gets the catalogue's "valueNotInTable": 1 as its `otherwise`. If ModelRegistry
// ever becomes a dependency of this test target, these tests should price against
// `ModelRegistry.standard` instead.
enum Mirror {
    /// ChatGPT 4o-Image (prompt_to_image), base 3.
    static let chatgpt4OImagePromptToImage = PricedModel(
        recordId: "3b83cee8-6164-4d98-aebe-f4eadcb3da1d", name: "ChatGPT 4o-Image", baseTokenCost: "3",
        schema: InputSchema(properties: [
            SchemaProperty("nVariants", type: .integer, default: 1, enum: [1, 2, 4]),
            SchemaProperty("prompt", type: .string),
            SchemaProperty("size", type: .string, default: "1:1", enum: ["1:1", "2:3", "3:2"]),
        ], required: ["size", "prompt"]),
        rule: PricingRule(factors: [.multiplier("nVariants", ["1": "1", "2": "1.16666", "4": "1.3333"], whenAbsent: 1)], rounding: .cents))

    /// Nano Banana by Google (prompt_to_image), base 2.
    static let nanoBananaByGooglePromptToImage = PricedModel(
        recordId: "09b03fa3-e648-4d42-8494-b91bd2e609b8", name: "Nano Banana by Google", baseTokenCost: "2",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]),
            SchemaProperty("number_of_images", type: .integer, default: 1, minimum: "1", maximum: "4"),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
            SchemaProperty("seed", type: .integer),
        ], required: ["prompt"]),
        rule: PricingRule(factors: [.perUnit("number_of_images", whenAbsent: 1)]))

    /// Midjourney (prompt_to_image), base 3.
    static let midjourneyPromptToImage = PricedModel(
        recordId: "eff6c62e-c20e-4eed-9f5b-81e1a7f01529", name: "Midjourney", baseTokenCost: "3",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "16:9", "9:16", "4:3", "3:4", "21:9", "3:2", "2:3"]),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
        ], required: ["prompt"]),
        rule: .flat)

    /// Ultra Detail V0 (prompt_to_image), base 3.5.
    static let ultraDetailV0PromptToImage = PricedModel(
        recordId: "f8c5a7e9-9d4b-6f2c-8a1e-5d7b3c9f4a6e", name: "Ultra Detail V0", baseTokenCost: "3.5",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
            SchemaProperty("quality", type: .string, default: "high", enum: ["standard", "high", "ultra"]),
            SchemaProperty("seed", type: .integer),
        ], required: ["prompt"]),
        rule: PricingRule(factors: [.multiplier("quality", ["high": "1.2", "ultra": "1.5"], otherwise: "1")]))

    /// Ideogram Character (image_editing), base 6.
    static let ideogramCharacterImageEditing = PricedModel(
        recordId: "4a421ed9-ed0c-40bf-b06d-892871506124", name: "Ideogram Character", baseTokenCost: "6",
        schema: InputSchema(properties: [
            SchemaProperty("expand_prompt", type: .boolean, default: true, enum: [true, false]),
            SchemaProperty("image_size", type: .string, default: "square", enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]),
            SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
            SchemaProperty("num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"]),
            SchemaProperty("prompt", type: .string),
            SchemaProperty("reference_image_urls", type: .array),
            SchemaProperty("rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"]),
            SchemaProperty("seed", type: .integer),
            SchemaProperty("style", type: .string, default: "AUTO", enum: ["AUTO", "REALISTIC", "FICTION"]),
        ], required: ["prompt", "reference_image_urls"]),
        rule: PricingRule(factors: [.multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1"), .multiplier("rendering_speed", ["BALANCED": "1.5", "QUALITY": "2", "TURBO": "1"], whenAbsent: "TURBO")]))

    /// FLUX.1 Kontext Pro (image_editing), base 2.5.
    static let flux1KontextProImageEditing = PricedModel(
        recordId: "d0ef1f83-a613-47d4-82f8-10e41da3e2a0", name: "FLUX.1 Kontext Pro", baseTokenCost: "2.5",
        schema: InputSchema(properties: [
            SchemaProperty("aspectRatio", type: .string, default: "16:9", enum: ["1:1", "3:4", "4:3", "9:16", "16:9", "21:9"]),
            SchemaProperty("enableTranslation", type: .boolean, default: true, enum: [true, false]),
            SchemaProperty("inputImage", type: .string),
            SchemaProperty("outputFormat", type: .string, default: "jpeg", enum: ["jpeg", "png"]),
            SchemaProperty("prompt", type: .string),
        ], required: ["prompt", "inputImage"], imageInputField: "inputImage"),
        rule: .flat)

    /// Remove Background (image_editing), base 0.07.
    static let removeBackgroundImageEditing = PricedModel(
        recordId: "d1d8b152-e123-4375-8f55-c0d0a699009b", name: "Remove Background", baseTokenCost: "0.07",
        schema: InputSchema(properties: [
            SchemaProperty("includeCost", type: .boolean, default: true),
            SchemaProperty("inputImage", type: .string),
            SchemaProperty("outputFormat", type: .string, default: "PNG", enum: ["PNG", "JPEG", "WEBP"]),
            SchemaProperty("outputType", type: .array, default: ["URL"]),
            SchemaProperty("taskType", type: .string, default: "imageBackgroundRemoval"),
        ], required: ["inputImage"], imageInputField: "inputImage"),
        rule: .flat)

    /// runware upscale (image_editing), base 20.
    static let runwareUpscaleImageEditing = PricedModel(
        recordId: "de96f11c-bc91-4cdd-ae71-0308e7584f8a", name: "runware upscale", baseTokenCost: "20",
        schema: InputSchema(properties: [
            SchemaProperty("includeCost", type: .boolean, default: true),
            SchemaProperty("inputImage", type: .string),
            SchemaProperty("outputFormat", type: .string, default: "PNG", enum: ["PNG", "JPEG", "WEBP"]),
            SchemaProperty("outputType", type: .array, default: ["URL"]),
            SchemaProperty("taskType", type: .string, default: "imageUpscale"),
            SchemaProperty("upscaleFactor", type: .number, default: 4, enum: [2, 4]),
        ], required: ["inputImage"], imageInputField: "inputImage"),
        rule: PricingRule(factors: [.multiplier("upscaleFactor", ["2": "1", "3": "1.5", "4": "2"], whenAbsent: "4")]))

    /// Kling V2 Standard (prompt_to_video), base 18.
    static let klingV2StandardPromptToVideo = PricedModel(
        recordId: "e1f2a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b", name: "Kling V2 Standard", baseTokenCost: "18",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
            SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
        ], required: ["prompt"]),
        rule: PricingRule(factors: [.multiplier("duration", ["10": "2"], otherwise: "1")]))

    /// Google Veo 3.1 Fast (prompt_to_video), base 30.
    static let googleVeo31FastPromptToVideo = PricedModel(
        recordId: "a96af675-b780-4879-a61f-7285be8766c2", name: "Google Veo 3.1 Fast", baseTokenCost: "30",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
            SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
        ], required: ["prompt"]),
        rule: PricingRule(factors: [.multiplier("duration", ["10": "2"], otherwise: "1")]))

    /// Seedance V1 Lite (image_to_video), base 2.
    static let seedanceV1LiteImageToVideo = PricedModel(
        recordId: "d7df81f6-dc86-4e04-9f75-d4e8c9b03fb2", name: "Seedance V1 Lite", baseTokenCost: "2",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "3:4", enum: ["1:1", "3:4", "4:3", "9:16", "16:9", "9:21"]),
            SchemaProperty("duration", type: .string, default: "3", enum: ["3", "4", "5", "6", "7", "8", "9", "10", "11", "12"]),
            SchemaProperty("image_url", type: .string),
            SchemaProperty("prompt", type: .string),
            SchemaProperty("resolution", type: .string, default: "480p", enum: ["480p", "720p", "1080p"]),
        ], required: ["prompt", "image_url"]),
        rule: PricingRule(factors: [.multiplier("duration", ["10": "3.33", "11": "3.66", "12": "4", "3": "1", "4": "1.33", "5": "1.66", "6": "2", "7": "2.33", "8": "2.66", "9": "3"], whenAbsent: "3"), .multiplier("resolution", ["1080p": "5", "480p": "1", "720p": "2.5"], whenAbsent: "480p")]))

    /// Eleven Labs TTS (prompt_to_audio), base 3.
    static let elevenLabsTtsPromptToAudio = PricedModel(
        recordId: "45fc7e71-0174-48eb-998d-547e8d2476db", name: "Eleven Labs TTS", baseTokenCost: "3",
        schema: InputSchema(properties: [
            SchemaProperty("similarity_boost", type: .number, default: .number("0.75"), minimum: "0", maximum: "1"),
            SchemaProperty("speed", type: .number, default: 1, minimum: "0", maximum: "1.2"),
            SchemaProperty("stability", type: .number, default: .number("0.5"), minimum: "0", maximum: "1"),
            SchemaProperty("style", type: .number, default: 0, minimum: "0", maximum: "1"),
            SchemaProperty("text", type: .string, maxLength: 5000),
            SchemaProperty("timestamps", type: .boolean, default: false, enum: [true, false]),
            SchemaProperty("voice", type: .string, default: "Rachel", enum: ["Rachel", "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River", "Liam", "Charlotte", "Alice", "Matilda", "Will", "Jessica", "Eric", "Chris", "Brian", "Daniel", "Lily", "Bill"]),
        ], required: ["text"]),
        rule: .flat)

    /// Suno (prompt_to_audio), base 6.
    static let sunoPromptToAudio = PricedModel(
        recordId: "5c544c90-9344-4acb-9129-0acb9a6a915a", name: "Suno", baseTokenCost: "6",
        schema: InputSchema(properties: [
            SchemaProperty("audioWeight", type: .number, default: .number("0.5"), minimum: "0.1", maximum: "1"),
            SchemaProperty("customMode", type: .boolean, default: false, enum: [true, false]),
            SchemaProperty("instrumental", type: .boolean, default: false, enum: [true, false]),
            SchemaProperty("model", type: .string, default: "V5", enum: ["V3_5", "V4", "V4_5", "V4_5PLUS", "V5"]),
            SchemaProperty("negativeTags", type: .string, maxLength: 500),
            SchemaProperty("prompt", type: .string, maxLength: 500),
            SchemaProperty("tags", type: .string, maxLength: 120),
            SchemaProperty("title", type: .string, maxLength: 80),
        ], required: ["prompt"]),
        rule: .flat)

    /// Ideogram V3 (prompt_to_image), base 1.75.
    static let ideogramV3PromptToImage = PricedModel(
        recordId: "94c0e508-226a-4e3d-8229-3820a61faa88", name: "Ideogram V3", baseTokenCost: "1.75",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]),
            SchemaProperty("magic_prompt_option", type: .string, default: "AUTO", enum: ["AUTO", "ON", "OFF"]),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
            SchemaProperty("seed", type: .integer),
            SchemaProperty("style_type", type: .string, default: "AUTO", enum: ["AUTO", "GENERAL", "REALISTIC", "DESIGN", "RENDER_3D", "ANIME"]),
        ], required: ["prompt"]),
        rule: .flat)

    /// Ideogram Image Remix (image_editing), base 1.75.
    static let ideogramImageRemixImageEditing = PricedModel(
        recordId: "922ca567-5aa1-4fd3-86ba-587b723a5dbf", name: "Ideogram Image Remix", baseTokenCost: "1.75",
        schema: InputSchema(properties: [
            SchemaProperty("expand_prompt", type: .boolean, default: true, enum: [true, false]),
            SchemaProperty("image_size", type: .string, default: "square", enum: ["square", "square_hd", "portrait_4_3", "portrait_16_9", "landscape_4_3", "landscape_16_9"]),
            SchemaProperty("image_url", type: .string),
            SchemaProperty("image_weight", type: .integer, default: 50, minimum: "0", maximum: "100"),
            SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
            SchemaProperty("num_images", type: .string, default: "1", enum: ["1", "2", "3", "4"]),
            SchemaProperty("prompt", type: .string),
            SchemaProperty("rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"]),
            SchemaProperty("seed", type: .integer),
            SchemaProperty("style", type: .string, default: "AUTO", enum: ["AUTO", "REALISTIC", "FICTION"]),
        ], required: ["prompt", "image_url"], imageInputField: "image_url"),
        rule: PricingRule(factors: [.multiplier("num_images", ["1": "1", "2": "2", "3": "3", "4": "4"], whenAbsent: "1"), .multiplier("rendering_speed", ["BALANCED": "2", "QUALITY": "3", "TURBO": "1"], whenAbsent: "TURBO")]))

    /// Sora 2 by OpenAI (Watermarked) (prompt_to_video), base 50.
    static let sora2ByOpenaiWatermarkedPromptToVideo = PricedModel(
        recordId: "5f8a9b3c-d1e2-4a7b-9c6d-3e8f1a2b5c7d", name: "Sora 2 by OpenAI (Watermarked)", baseTokenCost: "50",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
            SchemaProperty("loop", type: .boolean, default: false, enum: [true, false]),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
        ], required: ["prompt"]),
        rule: .flat)

    /// Kling V2 Standard (image_to_video), base 6.
    static let klingV2StandardImageToVideo = PricedModel(
        recordId: "88e09730-07e0-4481-bda8-d9d9bde9fec6", name: "Kling V2 Standard", baseTokenCost: "6",
        schema: InputSchema(properties: [
            SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
            SchemaProperty("image_url", type: .string),
            SchemaProperty("negative_prompt", type: .string, default: "blur, distort, and low quality"),
            SchemaProperty("prompt", type: .string),
        ], required: ["prompt", "image_url"]),
        rule: PricingRule(factors: [.multiplier("duration", ["10": "2", "5": "1"], whenAbsent: "5")]))

    /// Eleven Labs Fast (prompt_to_audio), base 1.25.
    static let elevenLabsFastPromptToAudio = PricedModel(
        recordId: "379f8945-bd7f-48f3-a1bb-9d2e2413234c", name: "Eleven Labs Fast", baseTokenCost: "1.25",
        schema: InputSchema(properties: [
            SchemaProperty("similarity_boost", type: .number, default: .number("0.75"), minimum: "0", maximum: "1"),
            SchemaProperty("speed", type: .number, default: 1, minimum: "0", maximum: "1.2"),
            SchemaProperty("stability", type: .number, default: .number("0.5"), minimum: "0", maximum: "1"),
            SchemaProperty("style", type: .number, default: 0, minimum: "0", maximum: "1"),
            SchemaProperty("text", type: .string, maxLength: 5000),
            SchemaProperty("timestamps", type: .boolean, default: false, enum: [true, false]),
            SchemaProperty("voice", type: .string, default: "Rachel", enum: ["Rachel", "Aria", "Roger", "Sarah", "Laura", "Charlie", "George", "Callum", "River", "Liam", "Charlotte", "Alice", "Matilda", "Will", "Jessica", "Eric", "Chris", "Brian", "Daniel", "Lily", "Bill"]),
        ], required: ["text"]),
        rule: .flat)

    /// Seedream V4 (prompt_to_image), base 1.75.
    static let seedreamV4PromptToImage = PricedModel(
        recordId: "c0e4f338-683a-4b5d-8289-518f2b5ea983", name: "Seedream V4", baseTokenCost: "1.75",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
            SchemaProperty("seed", type: .integer),
        ], required: ["prompt"]),
        rule: .flat)

    /// Kling V2 Pro (image_to_video), base 12.
    static let klingV2ProImageToVideo = PricedModel(
        recordId: "84084ca4-4153-46bc-8d01-cd4e37d1da68", name: "Kling V2 Pro", baseTokenCost: "12",
        schema: InputSchema(properties: [
            SchemaProperty("duration", type: .string, default: "5", enum: ["5", "10"]),
            SchemaProperty("image_url", type: .string),
            SchemaProperty("negative_prompt", type: .string, default: "blur, distort, and low quality"),
            SchemaProperty("prompt", type: .string),
        ], required: ["prompt", "image_url"]),
        rule: PricingRule(factors: [.multiplier("duration", ["10": "2", "5": "1"], whenAbsent: "5")]))

    /// Seedream V1 Pro (image_to_video), base 8.
    static let seedreamV1ProImageToVideo = PricedModel(
        recordId: "50eb3f02-1e58-4b85-a535-e8391a5623c4", name: "Seedream V1 Pro", baseTokenCost: "8",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "3:4", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]),
            SchemaProperty("duration", type: .string, default: "3", enum: ["3", "4", "5", "6", "7", "8", "9", "10"]),
            SchemaProperty("image_url", type: .string),
            SchemaProperty("prompt", type: .string),
        ], required: ["prompt", "image_url"]),
        rule: PricingRule(factors: [.multiplier("duration", ["10": "3.33", "3": "1", "4": "1.33", "5": "1.66", "6": "2", "7": "2.33", "8": "2.66", "9": "3"], whenAbsent: "3")]))

    /// Crisp Image Upscale (image_editing), base 0.25.
    static let crispImageUpscaleImageEditing = PricedModel(
        recordId: "00ef3f28-4fab-4244-b93f-0ba48641fcbd", name: "Crisp Image Upscale", baseTokenCost: "0.25",
        schema: InputSchema(properties: [
            SchemaProperty("image", type: .string),
        ], required: ["image"], imageInputField: "image"),
        rule: .flat)

    /// Ideogram V3 Reframe (image_editing), base 1.75.
    static let ideogramV3ReframeImageEditing = PricedModel(
        recordId: "2c4802d0-f805-4c31-bab1-a07675e003eb", name: "Ideogram V3 Reframe", baseTokenCost: "1.75",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]),
            SchemaProperty("expand_prompt", type: .boolean, default: true, enum: [true, false]),
            SchemaProperty("image_url", type: .string),
            SchemaProperty("negative_prompt", type: .string, maxLength: 5000),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
            SchemaProperty("rendering_speed", type: .string, default: "TURBO", enum: ["TURBO", "BALANCED", "QUALITY"]),
            SchemaProperty("seed", type: .integer),
        ], required: ["image_url"], imageInputField: "image_url"),
        rule: PricingRule(factors: [.multiplier("rendering_speed", ["BALANCED": "2", "QUALITY": "3", "TURBO": "1"], whenAbsent: "TURBO")]))

    /// Google Veo 3.1 Fast (image_to_video), base 30.
    static let googleVeo31FastImageToVideo = PricedModel(
        recordId: "8aac94cb-5625-47f4-880c-4f0fd8bd83a1", name: "Google Veo 3.1 Fast", baseTokenCost: "30",
        schema: InputSchema(properties: [
            SchemaProperty("aspectRatio", type: .string, default: "16:9", enum: ["16:9", "9:16", "1:1"]),
            SchemaProperty("endFrame", type: .string),
            SchemaProperty("generationType", type: .string, default: "FIRST_AND_LAST_FRAMES_2_VIDEO"),
            SchemaProperty("model", type: .string, default: "veo3_fast"),
            SchemaProperty("prompt", type: .string, maxLength: 1000),
            SchemaProperty("seeds", type: .number, minimum: "10000", maximum: "99999"),
            SchemaProperty("startFrame", type: .string),
        ], required: ["prompt", "startFrame", "model", "generationType"]),
        rule: .flat)

    /// Qwen Text to Image (prompt_to_image), base 0.5.
    static let qwenTextToImagePromptToImage = PricedModel(
        recordId: "36246bd4-f2e5-472b-bcf8-3dd99bc313d8", name: "Qwen Text to Image", baseTokenCost: "0.5",
        schema: InputSchema(properties: [
            SchemaProperty("aspect_ratio", type: .string, default: "1:1", enum: ["1:1", "3:4", "4:3", "9:16", "16:9"]),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
            SchemaProperty("seed", type: .integer),
        ], required: ["prompt"]),
        rule: .flat)

    /// WAN 2.2 Turbo (image_to_video), base 15.
    static let wan22TurboImageToVideo = PricedModel(
        recordId: "e4ae6c36-dfcb-4fe4-94f3-46962df720b1", name: "WAN 2.2 Turbo", baseTokenCost: "15",
        schema: InputSchema(properties: [
            SchemaProperty("image_url", type: .string),
            SchemaProperty("prompt", type: .string, maxLength: 5000),
        ], required: ["prompt", "image_url"]),
        rule: .flat)

    /// Every mirrored model.
    static let all: [PricedModel] = [chatgpt4OImagePromptToImage, nanoBananaByGooglePromptToImage, midjourneyPromptToImage, ultraDetailV0PromptToImage, ideogramCharacterImageEditing, flux1KontextProImageEditing, removeBackgroundImageEditing, runwareUpscaleImageEditing, klingV2StandardPromptToVideo, googleVeo31FastPromptToVideo, seedanceV1LiteImageToVideo, elevenLabsTtsPromptToAudio, sunoPromptToAudio, ideogramV3PromptToImage, ideogramImageRemixImageEditing, sora2ByOpenaiWatermarkedPromptToVideo, klingV2StandardImageToVideo, elevenLabsFastPromptToAudio, seedreamV4PromptToImage, klingV2ProImageToVideo, seedreamV1ProImageToVideo, crispImageUpscaleImageEditing, ideogramV3ReframeImageEditing, googleVeo31FastImageToVideo, qwenTextToImagePromptToImage, wan22TurboImageToVideo]
}

/// A catalogue over the mirrored models.
struct MirrorCatalog: ModelCatalog {
    let byId: [String: PricedModel]
    init(_ models: [PricedModel] = Mirror.all) {
        byId = Dictionary(models.map { ($0.recordId, $0) }, uniquingKeysWith: { a, _ in a })
    }
    func pricedModel(recordId: String) -> PricedModel? { byId[recordId] }
}
