/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, seedable generator. The benchmark's
/// synthetic registry must be the same on every run and every machine, so it never uses the
/// system generator.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform integer in `range` (modulo bias is irrelevant here).
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let width = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % width)
    }

    /// `true` with probability `p`.
    mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    /// One element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[Int(next() % UInt64(items.count))]
    }

    /// `count` distinct elements of `items`, in their original order.
    mutating func sample<T>(_ items: [T], count: Int) -> [T] {
        var indices = Array(items.indices)
        var chosen: [Int] = []
        for _ in 0..<min(count, items.count) {
            let j = Int(next() % UInt64(indices.count))
            chosen.append(indices.remove(at: j))
        }
        return chosen.sorted().map { items[$0] }
    }

    /// A deterministic UUID-shaped string (version 4 layout).
    mutating func uuid() -> String {
        let a = next(), b = next()
        func hex(_ v: UInt64, _ digits: Int) -> String {
            let s = String(v, radix: 16)
            return String(repeating: "0", count: max(0, digits - s.count)) + s
        }
        let p1 = hex(a >> 32, 8)
        let p2 = hex((a >> 16) & 0xFFFF, 4)
        let p3 = hex(0x4000 | (a & 0x0FFF), 4)
        let p4 = hex(0x8000 | ((b >> 48) & 0x3FFF), 4)
        let p5 = hex(b & 0xFFFF_FFFF_FFFF, 12)
        return "\(p1)-\(p2)-\(p3)-\(p4)-\(p5)"
    }
}
