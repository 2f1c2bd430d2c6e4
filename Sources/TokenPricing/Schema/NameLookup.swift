/// The index of a name in a fixed list of names (a model's parameters, a template's fields),
/// for the fast paths that look up every name a call or a run gives.
///
/// Such lists are short, and for a short list comparing the UTF-8 length first and then the
/// few names of that length beats hashing the name. Past 16 names hashing wins, so a
/// dictionary is built.
struct NameLookup: Sendable {
    /// A name with its length in UTF-8 bytes, side by side so a scan reads one array.
    struct Entry: Sendable {
        let length: Int
        let name: String
    }

    /// The names, in order; a repeated name is shadowed by its first occurrence.
    let entries: [Entry]
    /// Name → index of its first occurrence, for long lists only.
    let dictionary: [String: Int]?

    /// A lookup over `names`.
    init(_ names: [String]) {
        entries = names.map { Entry(length: $0.utf8.count, name: $0) }
        dictionary = names.count > 16 ? Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }) : nil
    }

    /// The index of the first occurrence of `name`, or `nil` when the list lacks it.
    @inline(__always)
    func index(of name: String) -> Int? {
        if let dictionary { return dictionary[name] }
        let length = name.utf8.count
        var i = 0
        while i < entries.count {
            if entries[i].length == length && entries[i].name == name { return i }
            i += 1
        }
        return nil
    }
}
