/// A key of a Mustache context (`Ctx`): a name with its hash worked out once.
///
/// Why not `String`: the view models build some 20 frames per page and the renderer looks
/// each tag up through the context stack, so at 20,000 pages hashing `String` keys for every
/// insert and lookup took a tenth of the build. A `CtxKey` hashes its bytes once, when made
/// (the templates' keys once per build), and `Ctx` finds a name by comparing that number (and
/// then the name). Equal names give equal keys.
struct CtxKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name, as written in the templates.
    let name: String
    /// FNV-1a over the UTF-8 bytes.
    let hash: UInt64
    /// Whether the name is `.`, the innermost value itself (worked out once, not per lookup).
    let isDot: Bool

    init(_ name: String) {
        self.name = name
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var copy = name
        copy.withUTF8 { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        hash = h
        // By its bytes: `==` on strings was a call into the runtime for every key made.
        isDot = name.utf8.count == 1 && name.utf8.first == UInt8(ascii: ".")
    }

    init(stringLiteral value: String) { self.init(value) }

    var description: String { name }

    static func == (a: CtxKey, b: CtxKey) -> Bool { a.hash == b.hash && a.name == b.name }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}
