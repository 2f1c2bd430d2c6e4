/// The 16 bytes of a `String` value, compared as two words: the quick half of an equality
/// test on the fast paths.
///
/// Equal bits mean equal strings: a string of up to 15 UTF-8 bytes keeps its bytes, length
/// and flags in these words (and equal small strings have equal bits), a longer one a
/// pointer to immutable storage and its length. The standard library's `==` starts with
/// the same comparison. The converse does not hold (two heap copies of one long text differ),
/// so a caller that finds no equal bits must fall back to `==` before it says "different".
/// The parameter names and enum values of real schemas are short, so the first test nearly
/// always decides, without a call into the runtime.
struct StringBits: Sendable, Equatable {
    let low: UInt64
    let high: UInt64

    /// Bits no `String` has (a string's discriminator or length is never zero): for entries
    /// that must never match, such as a shadowed duplicate name or a non-string enum value.
    static let none = StringBits(low: 0, high: 0)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The bits of `text`, read without copying its storage.
    @inline(__always)
    init(_ text: String) {
        self = unsafeBitCast(text, to: StringBits.self)
    }
}
