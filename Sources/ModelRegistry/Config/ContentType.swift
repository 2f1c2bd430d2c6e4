/// What a model makes from what. Typed like `Provider`: a new content type is one
/// `static let` here plus a folder under `Models/`.
public struct ContentType: RawRepresentable, Sendable, Hashable, Comparable, Codable {
    /// The platform's id, e.g. `prompt_to_image`.
    public let rawValue: String
    /// The name admins read.
    public let displayName: String
    /// The kind of output: image, video, audio or text.
    public let outputKind: String
    /// The position among content types on the site.
    public let sortOrder: Int

    /// Creates a content type.
    public init(_ rawValue: String, displayName: String, outputKind: String, sortOrder: Int) {
        self.rawValue = rawValue
        self.displayName = displayName
        self.outputKind = outputKind
        self.sortOrder = sortOrder
    }

    /// The known content type with this id, or `nil` (a misspelt id must not match nothing
    /// silently).
    public init?(rawValue: String) {
        guard let known = ContentType.known.first(where: { $0.rawValue == rawValue }) else { return nil }
        self = known
    }

    /// The known content type with this id.
    /// - Throws: `UnknownIdentifierError` naming the known ids.
    public static func parse(_ id: String) throws(UnknownIdentifierError) -> ContentType {
        guard let contentType = ContentType(rawValue: id) else {
            throw UnknownIdentifierError(kind: "content type", value: id, known: known.map(\.rawValue))
        }
        return contentType
    }

    /// Text prompt to image.
    public static let promptToImage = ContentType("prompt_to_image", displayName: "Prompt to image", outputKind: "image", sortOrder: 0)
    /// Editing an input image.
    public static let imageEditing = ContentType("image_editing", displayName: "Image editing", outputKind: "image", sortOrder: 1)
    /// Text prompt to video.
    public static let promptToVideo = ContentType("prompt_to_video", displayName: "Prompt to video", outputKind: "video", sortOrder: 2)
    /// Animating an input image.
    public static let imageToVideo = ContentType("image_to_video", displayName: "Image to video", outputKind: "video", sortOrder: 3)
    /// Text prompt to audio.
    public static let promptToAudio = ContentType("prompt_to_audio", displayName: "Prompt to audio", outputKind: "audio", sortOrder: 4)

    /// Making a talking or moving video from a portrait and a voice or motion track.
    public static let lipSync = ContentType("lip_sync", displayName: "Lip sync", outputKind: "video", sortOrder: 5)
    /// Transforming an input video (upscaling, restyling, motion transfer).
    public static let videoToVideo = ContentType("video_to_video", displayName: "Video to video", outputKind: "video", sortOrder: 6)
    /// Transforming an input audio (isolating speech).
    public static let audioToAudio = ContentType("audio_to_audio", displayName: "Audio to audio", outputKind: "audio", sortOrder: 7)
    /// Transcribing an input audio.
    public static let speechToText = ContentType("speech_to_text", displayName: "Speech to text", outputKind: "text", sortOrder: 8)
    /// A sound effect from a text description.
    public static let textToAudio = ContentType("text_to_audio", displayName: "Text to audio", outputKind: "audio", sortOrder: 9)

    /// The content types this code knows by name, in site order.
    public static let known: [ContentType] = [
        .promptToImage, .imageEditing, .promptToVideo, .imageToVideo, .promptToAudio,
        .lipSync, .videoToVideo, .audioToAudio, .speechToText, .textToAudio,
    ]

    /// Sorts by `sortOrder`, then id.
    public static func < (lhs: ContentType, rhs: ContentType) -> Bool {
        (lhs.sortOrder, lhs.rawValue) < (rhs.sortOrder, rhs.rawValue)
    }
    /// Equal when the ids are.
    public static func == (lhs: ContentType, rhs: ContentType) -> Bool { lhs.rawValue == rhs.rawValue }
    /// Hashes the id.
    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// Decodes from the id of a known content type.
    /// - Throws: `DecodingError.dataCorrupted` naming the known ids for any other.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let id = try container.decode(String.self)
        do { self = try ContentType.parse(id) } catch { throw DecodingError.dataCorruptedError(in: container, debugDescription: "\(error)") }
    }
    /// Encodes as the id.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(rawValue)
    }
}
