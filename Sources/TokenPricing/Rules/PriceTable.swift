/// An absolute price list over one or more parameters: the price is read from the table
/// instead of starting from the model's base cost ("720p, 5 s: 20 tokens; 1080p, 10 s: 60";
/// with a third parameter, "with audio" chooses between two such grids).
///
/// The tuple initialisers fix the number of keys per row at compile time; the general
/// `init(parameters:rows:whenAbsent:otherwise:)` checks it and throws `PriceTableError`.
public struct PriceTable: Sendable, Hashable {
    /// The parameters that select a row, at least one.
    public let parameters: [String]
    /// Rows: one key per parameter (as written), and the price.
    public let rows: [PriceTableRow]
    /// Per parameter, the value assumed when the call does not give it.
    public var whenAbsent: [String: ParameterValue]
    /// The price for a combination the table does not list; `nil` makes it an error.
    public var otherwise: ExactDecimal?

    /// Creates a price table, checking its shape.
    /// - Throws: `PriceTableError` when there is no parameter, a parameter is named twice, a
    ///   row's key count differs from the parameter count, or `whenAbsent` names another parameter.
    public init(
        parameters: [String], rows: [PriceTableRow], whenAbsent: [String: ParameterValue] = [:], otherwise: ExactDecimal? = nil
    ) throws(PriceTableError) {
        guard !parameters.isEmpty else { throw PriceTableError(.noParameters, "a price table reads at least one parameter") }
        if let twice = parameters.enumerated().first(where: { parameters.firstIndex(of: $0.element) != $0.offset }) {
            throw PriceTableError(.repeatedParameter, "the price table names '\(twice.element)' twice")
        }
        if let (i, row) = rows.enumerated().first(where: { $0.element.keys.count != parameters.count }) {
            throw PriceTableError(
                .wrongArity,
                "row \(i) has \(row.keys.count) key\(row.keys.count == 1 ? "" : "s") for \(parameters.count) parameter\(parameters.count == 1 ? "" : "s") (\(parameters.joined(separator: ", ")))",
                row: i)
        }
        if let stray = whenAbsent.keys.sorted().first(where: { !parameters.contains($0) }) {
            throw PriceTableError(.strayAssumption, "whenAbsent names '\(stray)', which is not one of the table's parameters (\(parameters.joined(separator: ", ")))")
        }
        self.init(checked: parameters, rows: rows, whenAbsent: whenAbsent, otherwise: otherwise)
    }

    private init(checked parameters: [String], rows: [PriceTableRow], whenAbsent: [String: ParameterValue], otherwise: ExactDecimal?) {
        self.parameters = parameters
        self.rows = rows
        self.whenAbsent = whenAbsent
        self.otherwise = otherwise
    }

    /// A table over one parameter: `PriceTable("quality", rows: [("medium", "4"), ("high", "11")])`.
    public init(
        _ parameter: String, rows: [(String, ExactDecimal)], whenAbsent: [String: ParameterValue] = [:], otherwise: ExactDecimal? = nil
    ) {
        self.init(checked: [parameter], rows: rows.map { PriceTableRow([$0.0], $0.1) }, whenAbsent: whenAbsent, otherwise: otherwise)
    }

    /// A table over two parameters: rows are (first key, second key, price).
    public init(
        _ first: String, _ second: String, rows: [(String, String, ExactDecimal)],
        whenAbsent: [String: ParameterValue] = [:], otherwise: ExactDecimal? = nil
    ) {
        self.init(
            checked: [first, second], rows: rows.map { PriceTableRow([$0.0, $0.1], $0.2) }, whenAbsent: whenAbsent, otherwise: otherwise)
    }

    /// A table over three parameters: rows are (first key, second key, third key, price).
    public init(
        _ first: String, _ second: String, _ third: String, rows: [(String, String, String, ExactDecimal)],
        whenAbsent: [String: ParameterValue] = [:], otherwise: ExactDecimal? = nil
    ) {
        self.init(
            checked: [first, second, third], rows: rows.map { PriceTableRow([$0.0, $0.1, $0.2], $0.3) },
            whenAbsent: whenAbsent, otherwise: otherwise)
    }

    /// What a call's values give: the price and the values it was read with (empty when
    /// `otherwise` answered for a parameter without an assumption), a parameter that is
    /// neither given nor assumed, or a combination no row lists.
    enum Lookup {
        case price(ExactDecimal, values: [ParameterValue])
        case missing(String)
        case noRow([ParameterValue])
    }

    /// The price for a call whose value of each parameter is `given(name)`, else its
    /// `whenAbsent`; `otherwise` stands in for a missing parameter or an unlisted
    /// combination. The general evaluator and the fast path's tabulation both read this.
    func lookup(_ given: (String) -> ParameterValue?) -> Lookup {
        var values: [ParameterValue] = []
        for name in parameters {
            guard let v = given(name) ?? whenAbsent[name] else {
                return otherwise.map { .price($0, values: []) } ?? .missing(name)
            }
            values.append(v)
        }
        if let price = price(for: values) ?? otherwise { return .price(price, values: values) }
        return .noRow(values)
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

/// Why a price table could not be built.
public struct PriceTableError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The kinds of malformed table.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// The table names no parameter.
        case noParameters
        /// A parameter is named twice.
        case repeatedParameter
        /// A row has more or fewer keys than the table has parameters.
        case wrongArity
        /// `whenAbsent` names a parameter the table does not read.
        case strayAssumption
    }

    /// What is wrong.
    public var kind: Kind
    /// A sentence naming the row or parameter.
    public var message: String
    /// The offending row's index, for `wrongArity`.
    public var row: Int?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, row: Int? = nil) {
        self.kind = kind
        self.message = message
        self.row = row
    }

    /// The message.
    public var description: String { message }
}
