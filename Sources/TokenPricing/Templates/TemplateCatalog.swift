import Foundation

/// A catalogue file: `{"contentTemplates": [...], "workflowTemplates": [...]}` (SPEC).
public struct TemplateCatalog: Sendable, Hashable, Codable {
    /// The content templates, in file order.
    public var contentTemplates: [ContentTemplate]
    /// The workflow templates, in file order.
    public var workflowTemplates: [WorkflowTemplate]

    /// Creates a catalogue.
    public init(contentTemplates: [ContentTemplate] = [], workflowTemplates: [WorkflowTemplate] = []) {
        self.contentTemplates = contentTemplates
        self.workflowTemplates = workflowTemplates
    }

    /// An empty catalogue.
    public static let empty = TemplateCatalog()

    /// The content template with this id.
    public func contentTemplate(id: String) -> ContentTemplate? { contentTemplates.first { $0.id == id } }

    /// The workflow with this id.
    public func workflowTemplate(id: String) -> WorkflowTemplate? { workflowTemplates.first { $0.id == id } }

    /// Reads a catalogue file.
    /// - Throws: `CatalogLoadError` naming the file, the template (by id when it has one,
    ///   else by index) and the key path of the first problem.
    public static func load(from url: URL) throws(CatalogLoadError) -> TemplateCatalog {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw CatalogLoadError(file: url.path, keyPath: "", message: "cannot read the file (\(error.localizedDescription))")
        }
        return try decode(data, file: url.path)
    }

    /// Decodes catalogue JSON; `file` names the source in errors. Numbers are read exactly
    /// from their text (`ExactJSONReader`): one that cannot be held exactly is an error at
    /// its key path, never a nearby value.
    public static func decode(_ data: Data, file: String) throws(CatalogLoadError) -> TemplateCatalog {
        do {
            let tree = try data.withUnsafeBytes { raw throws(ExactJSONError) in
                try ExactJSONReader.parse(raw.bindMemory(to: UInt8.self))
            }
            return try ParameterValueDecoder.decode(TemplateCatalog.self, from: tree)
        } catch let error as ExactJSONError {
            throw CatalogLoadError(
                file: file, templateId: Self.templateId(at: error.keyPath, in: data), keyPath: error.keyPath,
                message: error.keyPath.isEmpty ? "not valid JSON (\(error.message) at byte \(error.offset))" : error.message)
        } catch let error as DecodingError {
            throw CatalogLoadError(decoding: error, file: file, data: data)
        } catch {
            throw CatalogLoadError(file: file, keyPath: "", message: "\(error)")
        }
    }

    /// The id of the template a key path such as `workflowTemplates[2].steps` falls in.
    static func templateId(at keyPath: String, in data: Data) -> String? {
        for list in ["contentTemplates", "workflowTemplates"] where keyPath.hasPrefix(list + "[") {
            let digits = keyPath.dropFirst(list.count + 1).prefix { $0.isNumber }
            guard let index = Int(digits),
                  let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                  let templates = root[list] as? [[String: Any]], index < templates.count else { return nil }
            return templates[index]["id"] as? String
        }
        return nil
    }

    enum CodingKeys: String, CodingKey { case contentTemplates, workflowTemplates }

    /// Both arrays are optional in the file.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        contentTemplates = try c.decodeIfPresent([ContentTemplate].self, forKey: .contentTemplates) ?? []
        workflowTemplates = try c.decodeIfPresent([WorkflowTemplate].self, forKey: .workflowTemplates) ?? []
    }
}

/// Why a catalogue file could not be read: the file, the template, the key path, and what
/// was expected.
public struct CatalogLoadError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The id of the template concerned, when it could be found.
    public var templateId: String?
    /// The key path, e.g. `workflowTemplates[2].steps[0].stepNumber`.
    public var keyPath: String
    /// What was wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(file: String, templateId: String? = nil, keyPath: String, message: String) {
        self.file = file
        self.templateId = templateId
        self.keyPath = keyPath
        self.message = message
    }

    /// Translates a `DecodingError` into file + template + key path terms.
    init(decoding error: DecodingError, file: String, data: Data) {
        func path(_ keys: [any CodingKey]) -> String {
            var text = ""
            for key in keys {
                if let i = key.intValue { text += "[\(i)]" } else { text += text.isEmpty ? key.stringValue : ".\(key.stringValue)" }
            }
            return text
        }
        let keys: [any CodingKey]
        let message: String
        switch error {
        case .typeMismatch(let type, let ctx):
            keys = ctx.codingPath
            message = "expected \(Self.describe(type)); \(ctx.debugDescription)"
        case .valueNotFound(let type, let ctx):
            keys = ctx.codingPath
            message = "expected \(Self.describe(type)), found null"
        case .keyNotFound(let key, let ctx):
            keys = ctx.codingPath + [key]
            message = "missing required key '\(key.stringValue)'"
        case .dataCorrupted(let ctx):
            keys = ctx.codingPath
            message = ctx.codingPath.isEmpty ? "not valid JSON (\(ctx.underlyingError.map { "\($0)" } ?? ctx.debugDescription))" : ctx.debugDescription
        @unknown default:
            keys = []
            message = "\(error)"
        }
        var templateId: String?
        if keys.count >= 2, let index = keys[1].intValue,
           let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
           let list = root[keys[0].stringValue] as? [[String: Any]], index < list.count {
            templateId = list[index]["id"] as? String
        }
        self.init(file: file, templateId: templateId, keyPath: path(keys), message: message)
    }

    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Bool.Type: return "a boolean"
        case is Double.Type, is Decimal.Type: return "a number"
        default:
            let name = "\(type)"
            if name.hasPrefix("Array") { return "an array" }
            if name.hasPrefix("Dictionary") { return "an object" }
            return name
        }
    }

    /// `Site/templates.json: workflowTemplates[2].steps[0].stepNumber (template 'promo-video'): expected an integer…`.
    public var description: String {
        let which = templateId.map { " (template '\($0)')" } ?? ""
        return "\(file): \(keyPath.isEmpty ? "(root)" : keyPath)\(which): \(message)"
    }
}
