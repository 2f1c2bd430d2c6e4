/// A key of a Mustache context (`Ctx`): a name with its hash worked out once.
///
/// Why not `String`: the view models build some 20 dictionaries per page and the renderer
/// looks each tag up through the context stack, so at 20,000 pages the seeded SipHash of
/// `String` keys took a tenth of the build. A `CtxKey` hashes its bytes once, when made (the
/// templates' keys once per build), and a dictionary then only mixes that number with its
/// seed. Equal names give equal keys, so lookups behave exactly as with `String` keys.
struct CtxKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The name, as written in the templates.
    let name: String
    /// FNV-1a over the UTF-8 bytes.
    private let hash: UInt64

    init(_ name: String) {
        self.name = name
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        var copy = name
        copy.withUTF8 { bytes in
            for b in bytes { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01b3 }
        }
        hash = h
    }

    init(stringLiteral value: String) { self.init(value) }

    var description: String { name }

    static func == (a: CtxKey, b: CtxKey) -> Bool { a.hash == b.hash && a.name == b.name }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }

    /// What `Dictionary` calls: the stored hash mixed with the dictionary's seed (murmur3's
    /// finaliser), instead of a full SipHash of the bytes.
    func _rawHashValue(seed: Int) -> Int {
        var x = hash ^ UInt64(bitPattern: Int64(seed))
        x ^= x >> 33
        x &*= 0xff51_afd7_ed55_8ccd
        x ^= x >> 33
        x &*= 0xc4ce_b9fe_1a85_ec53
        x ^= x >> 33
        return Int(bitPattern: UInt(x))
    }
}
