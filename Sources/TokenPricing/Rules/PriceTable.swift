/// An absolute price list over one or two parameters: the price is read from the table
/// instead of starting from the model's base cost ("720p, 5 s: 20 tokens; 1080p, 10 s: 60").
public struct PriceTable: Sendable, Hashable {
    /// The parameters that select a row, one or two.
    public var parameters: [String]
    /// Rows: one key per parameter (as written), and the price.
    public var rows: [PriceTableRow]
    /// Per parameter, the value assumed when the call does not give it.
    public var whenAbsent: [String: ParameterValue]
    /// The price for a combination the table does not list; `nil` makes it an error.
    public var otherwise: ExactDecimal?

    /// Creates a price table.
    public init(parameters: [String], rows: [PriceTableRow], whenAbsent: [String: ParameterValue] = [:], otherwise: ExactDecimal? = nil) {
        precondition((1...2).contains(parameters.count), "a price table reads one or two parameters")
        self.parameters = parameters
        self.rows = rows
        self.whenAbsent = whenAbsent
        self.otherwise = otherwise
    }

    /// The price of the first row whose keys match `values` (one per parameter), or `nil`.
    public func price(for values: [ParameterValue]) -> ExactDecimal? {
        for row in rows where row.keys.count == values.count {
            var all = true
            for i in 0..<values.count where !ValueTable.key(row.keys[i], matches: values[i]) { all = false; break }
            if all { return row.price }
        }
        return nil
    }
}

/// One row of a `PriceTable`.
public struct PriceTableRow: Sendable, Hashable {
    /// One key per table parameter, written as strings.
    public var keys: [String]
    /// The price in tokens.
    public var price: ExactDecimal

    /// Creates a row.
    public init(_ keys: [String], _ price: ExactDecimal) {
        self.keys = keys
        self.price = price
    }
}
