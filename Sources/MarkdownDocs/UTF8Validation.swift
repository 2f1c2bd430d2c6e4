/// Locates invalid UTF-8 so a problem can point at the line that libcmark silently repaired.
enum UTF8Validation {
    /// The byte offset of the first invalid UTF-8 sequence in `bytes`, or `nil` when all valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        // The standard library validator is fast; only walk scalar by scalar once we know there
        // is something to find.
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let scalar):
                offset += scalar.count
            case .error:
                return offset
            case .emptyInput:
                return nil
            }
        }
    }
}
