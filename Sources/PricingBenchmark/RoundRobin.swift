import TokenPricing

/// Prices `items` round-robin, `iterations` times in all. Each total is folded into a
/// checksum with wrapping integer arithmetic (a few instructions; an exact `ExactDecimal`
/// sum would cost a third of a fast price and be measured as if it were pricing), which goes
/// into the sink. Items are read unretained (the array keeps them alive): reading a model
/// and its parameters out of an array retains both, about 10 ns that a caller holding them in
/// its own variables never pays, and that is not pricing.
@inline(__always)
func roundRobin<Item: AnyObject>(
    _ items: [Item], iterations: Int, _ price: (Item) throws -> ExactDecimal
) throws -> ExactDecimal {
    var checksum: Int128 = 0
    let unretained = items.map { Unmanaged.passUnretained($0) }
    try withExtendedLifetime(items) {
        var i = 0
        for _ in 0..<iterations {
            let total = try unretained[i]._withUnsafeGuaranteedRef { try price($0) }
            checksum = checksum &* 31 &+ total.significand &+ Int128(total.scale)
            i += 1
            if i == unretained.count { i = 0 }
        }
    }
    return ExactDecimal(Int(truncatingIfNeeded: checksum))
}
