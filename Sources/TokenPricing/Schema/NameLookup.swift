/// The index of a name in a fixed list of names (a model's parameters, a template's fields),
/// for the fast paths that look up every name a call or a run gives.
///
/// A call's names are nearly always bit-for-bit copies of the schema's (short strings are
/// stored inline), so the lookup first compares each entry's `StringBits`: two words per
/// name, no call. When none matches, the name is compared as text: for a short list the
/// UTF-8 length first and then the few names of that length, which beats hashing; past 16
/// names a dictionary is built.
struct NameLookup: Sendable {
    /// A name with its length in UTF-8 bytes and its bits, side by side so a scan reads one
    /// array.
    struct Entry: Sendable {
        let bits: StringBits
        let length: Int
        let name: String
    }

    /// The names, in order; a repeated name is shadowed by its first occurrence (its bits
    /// are `.none`, so the quick scan cannot find it first).
    let entries: [Entry]
    /// Name → index of its first occurrence, for long lists only.
    let dictionary: [String: Int]?

    /// A lookup over `names`.
    init(_ names: [String]) {
        var seen = Set<String>()
        entries = names.map { Entry(bits: seen.insert($0).inserted ? StringBits($0) : .none, length: $0.utf8.count, name: $0) }
        dictionary = names.count > 16 ? Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a }) : nil
    }

    /// The index of the first occurrence of `name`, or `nil` when the list lacks it.
    @inline(__always)
    func index(of name: String) -> Int? {
        quickIndex(StringBits(name)) ?? indexComparingText(name)
    }

    /// The index of the name with these bits, or `nil`: the name may still be in the list
    /// as another copy of its text (see `indexComparingText`).
    @inline(__always)
    func quickIndex(_ bits: StringBits) -> Int? {
        var i = 0
        while i < entries.count {
            if entries[i].bits == bits { return i }
            i += 1
        }
        return nil
    }

    /// The slow half of `index(of:)`: the same answer by comparing text.
    @inline(never)
    func indexComparingText(_ name: String) -> Int? {
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
