/// One price matrix as pages show it: the model page renders it (`context`), the model's
/// compare data script carries it as JSON (`Encodable`: captions, labels and the cells'
/// display text and exact value), so both show the same prices.
struct MatrixView: Encodable {
    /// One cell: a price, or why the combination cannot be priced.
    struct Cell: Encodable {
        var cost: CostText
        /// The pricing error, or empty.
        var error: String

        enum CodingKeys: String, CodingKey { case error, raw, text }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(error, forKey: .error)
            try c.encode(cost.raw, forKey: .raw)
            try c.encode(cost.text, forKey: .text)
        }
    }

    /// One row: its value's label and a cell per column.
    struct Row: Encodable {
        var cells: [Cell]
        var label: String
    }

    /// "Cost in tokens by duration (seconds) (rows) and resolution (columns)…".
    var caption: String
    /// The column parameter with its unit, or `nil` for a one-parameter table.
    var columnAxis: String?
    /// The column headers (values, "(default)" marked), or `["Cost"]`.
    var columns: [String]
    /// The row parameter with its unit ("duration (seconds)").
    var corner: String
    var rows: [Row]
    /// `matrix-1`…, unique on the page.
    var tableId: String

    /// The Mustache view of `model.mustache`'s matrix block.
    var context: Ctx {
        [
            "caption": caption, "corner": corner, "hasColumnAxis": columnAxis != nil, "columnAxis": columnAxis ?? "",
            "columnSpan": columns.count, "columns": columns.map { ["label": $0] as Ctx },
            "rows": rows.map { row -> Ctx in
                ["label": row.label, "cells": row.cells.map { cell -> Ctx in
                    var ctx = cell.cost.context
                    ctx["ok"] = cell.error.isEmpty
                    ctx["error"] = cell.error
                    return ctx
                }]
            },
            "tableId": tableId,
        ]
    }
}
