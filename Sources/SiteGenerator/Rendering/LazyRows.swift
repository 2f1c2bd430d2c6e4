/// A list section's rows, made one at a time while the page renders and dropped after it.
///
/// Why: the big list pages (the catalogue, the template list, the provider and content-type
/// pages) have a row per model or template, and a row is a few dictionaries. Built up front,
/// 10,000 rows held tens of megabytes until the page was done; made on demand, only the row
/// being written is in memory. The renderer treats it like the `[Ctx]` it stands for.
struct LazyRows {
    /// How many rows.
    let count: Int
    /// Row `i` (called once per render, in order).
    let row: (Int) -> Ctx

    init(count: Int, row: @escaping (Int) -> Ctx) {
        self.count = count
        self.row = row
    }

    /// Every row, made now (for the swift-mustache oracle in the tests).
    var all: [Ctx] { (0..<count).map(row) }
}

extension LazyRows: CtxValue {
    var rendering: CtxRendering { .rows(self) }
}
