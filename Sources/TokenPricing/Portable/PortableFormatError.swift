/// A portable pricing document (or a price lockfile) that does not have the documented form:
/// where (the file and the key path, e.g. `models[3].rule.factors[0].kind`) and what was
/// expected. Decoding never guesses and never skips a field it does not know.
public struct PortableFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file, when the document was read from one.
    public var file: String?
    /// Where in the document, JSON style: `models[3].rule.basis.rows[0].price`; empty for the
    /// document itself.
    public var keyPath: String
    /// What is wrong and what was expected.
    public var message: String

    /// Creates an error.
    public init(file: String? = nil, keyPath: String, message: String) {
        self.file = file
        self.keyPath = keyPath
        self.message = message
    }

    /// `pricing.json: models[3].rule.factors[0].kind: unknown kind 'multipler'; expected one of …`.
    public var description: String {
        var text = ""
        if let file { text += "\(file): " }
        if !keyPath.isEmpty { text += "\(keyPath): " }
        return text + message
    }

    /// The same error, naming `file`.
    public func inFile(_ file: String?) -> PortableFormatError {
        var copy = self
        copy.file = file
        return copy
    }
}
