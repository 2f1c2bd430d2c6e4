extension CompiledPricing {
    /// A rule's every price, when it reads nothing but enum indices: the slots it reads,
    /// each one's number of enum values, and the price of every combination (each index
    /// 0..<count, or `count` for "not given"; last slot fastest), `nil` where `price` defers to
    /// the general path; or, when it reads no slot at all, its one price.
    struct WholePrices {
        var slots: [Int] = []
        var counts: [Int] = []
        var prices: [ExactDecimal?] = []
        var constant: ExactDecimal?
    }

    /// Most combinations tabulated per model (48 KB of prices at most).
    static let wholePricesLimit = 1024

    /// Every price this form can give, computed by `price` itself, so a lookup in the table
    /// answers exactly what the steps would; `nil` when a factor reads a number or a length,
    /// when there is nothing to save, or past `wholePricesLimit` combinations.
    func wholePrices() -> WholePrices? {
        guard usable, operations.allSatisfy({ $0.kind == .multiplier || $0.kind == .constant }) else { return nil }
        guard !(operations.isEmpty && tableSlots.isEmpty && minimum == nil && rounding == nil) else { return nil }
        var whole = WholePrices()
        for (k, slot) in tableSlots.enumerated() where !whole.slots.contains(slot) {
            whole.slots.append(slot)
            whole.counts.append(tableCounts[k])
        }
        for op in operations where op.kind == .multiplier && !whole.slots.contains(op.slot) {
            whole.slots.append(op.slot)
            whole.counts.append(op.amountCount)
        }
        let combinations = whole.counts.reduce(1) { $0 * ($1 + 1) }
        guard combinations <= Self.wholePricesLimit else { return nil }
        return withUnsafeTemporaryAllocation(of: Slot.self, capacity: max(slotCount, 1)) { slots in
            slots.initialize(repeating: Slot())
            var index = [Int](repeating: 0, count: whole.slots.count)
            for _ in 0..<combinations {
                var given: UInt64 = 0
                for (k, slot) in whole.slots.enumerated() where index[k] < whole.counts[k] {
                    slots[slot].enumIndex = index[k]
                    given |= 1 << UInt64(slot)
                }
                whole.prices.append(price(slots: slots.baseAddress!, given: given))
                var k = index.count - 1
                while k >= 0 { index[k] += 1; if index[k] <= whole.counts[k] { break }; index[k] = 0; k -= 1 }
            }
            if whole.slots.isEmpty {
                guard let only = whole.prices[0] else { return nil }
                return WholePrices(constant: only)
            }
            return whole
        }
    }
}
