import Foundation

/// The site's settings, read from `Site/site.json`.
///
/// ```json
/// {
///   "title": "Model Registry",
///   "baseURL": "https://admin.example.com/registry/",
///   "repositoryURL": "https://github.com/acme/models",
///   "defaultBranch": "main",
///   "allowRawHTMLInDocs": false,
///   "maxPriceCombinations": 4096,
///   "token": {"name": "token", "moneyValue": "0.01", "currency": "USD"}
/// }
/// ```
/// Only `title` is required. Unknown keys are errors (a misspelt key must not be ignored).
public struct SiteConfig: Codable, Sendable, Hashable {
    /// The site's name: header brand and the end of every `<title>`.
    public var title: String
    /// A line under the dashboard heading.
    public var tagline: String?
    /// The absolute URL the site is published at, for `sitemap.xml` and
    /// `<link rel="canonical">`. Pages link relatively whatever it is. Without it there is no
    /// sitemap and no canonical links. `--base-url` overrides it.
    public var baseURL: String?
    /// The repository's web URL; model pages link their source file to
    /// `\(repositoryURL)/blob/\(commit or defaultBranch)/\(sourcePath)`.
    public var repositoryURL: String?
    /// The branch source links use when the build has no commit.
    public var defaultBranch: String
    /// Whether docs may contain raw HTML and `javascript:`-style links (off: libcmark drops
    /// them). Read by whoever loads the docs (`MarkdownOptions.allowRawHTML`).
    public var allowRawHTMLInDocs: Bool
    /// The most parameter combinations priced per model for cost ranges and `api/pricing.json`;
    /// beyond it ranges are marked as partial.
    public var maxPriceCombinations: Int
    /// The unit prices are in (`token` by default) and, when known, its money value.
    public var token: TokenUnit

    /// Creates a configuration.
    public init(
        title: String = "Model Registry", tagline: String? = nil, baseURL: String? = nil, repositoryURL: String? = nil,
        defaultBranch: String = "main", allowRawHTMLInDocs: Bool = false, maxPriceCombinations: Int = 4096,
        token: TokenUnit = TokenUnit()
    ) {
        self.title = title
        self.tagline = tagline
        self.baseURL = baseURL
        self.repositoryURL = repositoryURL
        self.defaultBranch = defaultBranch
        self.allowRawHTMLInDocs = allowRawHTMLInDocs
        self.maxPriceCombinations = maxPriceCombinations
        self.token = token
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case title, tagline, baseURL, repositoryURL, defaultBranch, allowRawHTMLInDocs, maxPriceCombinations, token
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decode(String.self, forKey: .title)
        tagline = try c.decodeIfPresent(String.self, forKey: .tagline)
        baseURL = try c.decodeIfPresent(String.self, forKey: .baseURL)
        repositoryURL = try c.decodeIfPresent(String.self, forKey: .repositoryURL)
        defaultBranch = try c.decodeIfPresent(String.self, forKey: .defaultBranch) ?? "main"
        allowRawHTMLInDocs = try c.decodeIfPresent(Bool.self, forKey: .allowRawHTMLInDocs) ?? false
        maxPriceCombinations = try c.decodeIfPresent(Int.self, forKey: .maxPriceCombinations) ?? 4096
        token = try c.decodeIfPresent(TokenUnit.self, forKey: .token) ?? TokenUnit()
    }

    /// Reads and validates a configuration file.
    /// - Throws: `SiteConfigError` naming the file and the key.
    public static func load(from url: URL) throws(SiteConfigError) -> SiteConfig {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SiteConfigError(file: url.path, keyPath: "", message: "cannot read the file (\(error.localizedDescription))")
        }
        return try decode(data, file: url.path)
    }

    /// Decodes and validates configuration JSON; `file` names the source in errors.
    public static func decode(_ data: Data, file: String) throws(SiteConfigError) -> SiteConfig {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: data) } catch {
            throw SiteConfigError(file: file, keyPath: "", message: "not valid JSON (\(error.localizedDescription))")
        }
        guard let dict = object as? [String: Any] else {
            throw SiteConfigError(file: file, keyPath: "", message: "expected a JSON object")
        }
        let known = Set(CodingKeys.allCases.map(\.rawValue))
        for key in dict.keys.sorted() where !known.contains(key) {
            let hint = known.first { $0.lowercased() == key.lowercased() }.map { " (did you mean '\($0)'?)" } ?? ""
            throw SiteConfigError(file: file, keyPath: key, message: "unknown key\(hint); known keys: \(known.sorted().joined(separator: ", "))")
        }
        if let token = dict["token"] as? [String: Any] {
            let knownToken = Set(TokenUnit.CodingKeys.allCases.map(\.rawValue))
            for key in token.keys.sorted() where !knownToken.contains(key) {
                throw SiteConfigError(file: file, keyPath: "token.\(key)", message: "unknown key; known keys: \(knownToken.sorted().joined(separator: ", "))")
            }
        }
        let config: SiteConfig
        do {
            config = try JSONDecoder().decode(SiteConfig.self, from: data)
        } catch let error as DecodingError {
            switch error {
            case .typeMismatch(let type, let ctx):
                throw SiteConfigError(file: file, keyPath: path(ctx.codingPath), message: "expected \(describe(type))")
            case .valueNotFound(let type, let ctx):
                throw SiteConfigError(file: file, keyPath: path(ctx.codingPath), message: "expected \(describe(type)), found null")
            case .keyNotFound(let key, let ctx):
                throw SiteConfigError(file: file, keyPath: path(ctx.codingPath + [key]), message: "missing required key")
            case .dataCorrupted(let ctx):
                throw SiteConfigError(file: file, keyPath: path(ctx.codingPath), message: ctx.debugDescription)
            @unknown default:
                throw SiteConfigError(file: file, keyPath: "", message: "\(error)")
            }
        } catch {
            throw SiteConfigError(file: file, keyPath: "", message: "\(error)")
        }
        try config.validate(file: file)
        return config
    }

    /// Checks the values: a non-empty title, http(s) URLs, a positive combination cap.
    public func validate(file: String = "site configuration") throws(SiteConfigError) {
        if title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw SiteConfigError(file: file, keyPath: "title", message: "must not be empty")
        }
        if let baseURL, WebURL.safe(baseURL) == nil {
            throw SiteConfigError(file: file, keyPath: "baseURL", message: "expected an absolute http(s) URL, found '\(baseURL)'")
        }
        if let repositoryURL, WebURL.safe(repositoryURL) == nil {
            throw SiteConfigError(file: file, keyPath: "repositoryURL", message: "expected an absolute http(s) URL, found '\(repositoryURL)'")
        }
        if defaultBranch.isEmpty || defaultBranch.contains(where: { $0.isWhitespace }) {
            throw SiteConfigError(file: file, keyPath: "defaultBranch", message: "expected a branch name, found '\(defaultBranch)'")
        }
        if maxPriceCombinations < 1 || maxPriceCombinations > 1_000_000 {
            throw SiteConfigError(file: file, keyPath: "maxPriceCombinations", message: "expected 1…1000000, found \(maxPriceCombinations)")
        }
        if let problem = token.problems().first {
            throw SiteConfigError(file: file, keyPath: "token.\(problem.key)", message: problem.message)
        }
    }

    /// `baseURL` ending in exactly one `/`, or `nil`.
    var normalizedBaseURL: String? {
        guard let baseURL else { return nil }
        var s = baseURL
        while s.hasSuffix("/") { s.removeLast() }
        return s + "/"
    }

    private static func path(_ keys: [any CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "an integer"
        case is Bool.Type: return "a boolean (true or false)"
        case is [String: Any].Type: return "an object"
        default: return "\(type)"
        }
    }
}

/// Why a site configuration could not be used: the file, the key and what was expected.
public struct SiteConfigError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file.
    public var file: String
    /// The key concerned (empty for the whole file).
    public var keyPath: String
    /// What was wrong.
    public var message: String

    /// Creates an error.
    public init(file: String, keyPath: String, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    /// `Site/site.json: baseURL: expected an absolute http(s) URL, found 'ftp://x'`.
    public var description: String {
        "\(file): \(keyPath.isEmpty ? "" : keyPath + ": ")\(message)"
    }
}
