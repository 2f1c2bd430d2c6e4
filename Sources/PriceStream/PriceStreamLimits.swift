/// What one line of the price stream may hold. Every request costs time linear in its size,
/// so bounding the size bounds the time one line can hold up the lines after it.
public struct PriceStreamLimits: Sendable, Hashable {
    /// The longest line accepted, in bytes (without its newline). A longer line is answered
    /// with a `limitExceeded` error and skipped without being held in memory.
    public var maxLineBytes: Int
    /// The deepest nesting of JSON arrays and objects in one line.
    public var maxDepth: Int

    /// Creates limits.
    public init(maxLineBytes: Int = PriceStreamLimits.standard.maxLineBytes, maxDepth: Int = PriceStreamLimits.standard.maxDepth) {
        self.maxLineBytes = maxLineBytes
        self.maxDepth = maxDepth
    }

    /// 1 MiB per line and 64 levels of nesting: a real request is a few hundred bytes, and
    /// an inline workflow with a 100,000-option select still fits; at these sizes the worst
    /// line is answered in milliseconds.
    public static let standard = PriceStreamLimits(maxLineBytes: 1 << 20, maxDepth: 64)
}
