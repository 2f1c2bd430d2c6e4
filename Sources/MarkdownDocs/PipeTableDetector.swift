/// Spots GFM pipe tables that libcmark (which has no table extension) renders as paragraphs.
///
/// A paragraph counts as a table when one of its lines is a GFM delimiter row (`|---|:--:|`,
/// `--- | ---`) directly below a line containing a pipe, which is what GFM requires of a header.
enum PipeTableDetector {
    /// The 1-based line of the table header inside the paragraph spanning `firstLine...lastLine`,
    /// or `nil` when the paragraph does not look like a table.
    static func tableHeaderLine(firstLine: Int, lastLine: Int, in lines: SourceLines) -> Int? {
        guard lastLine > firstLine else { return nil }
        var previousHasPipe = lines.line(firstLine).contains(pipe)
        for number in (firstLine + 1)...lastLine {
            let line = lines.line(number)
            if previousHasPipe, isDelimiterRow(line) { return number - 1 }
            previousHasPipe = line.contains(pipe)
        }
        return nil
    }

    private static let pipe = UInt8(ascii: "|")
    private static let dash = UInt8(ascii: "-")
    private static let colon = UInt8(ascii: ":")

    /// Whether `line` is a GFM delimiter row: pipe-separated cells that are each `:?-+:?`.
    static func isDelimiterRow(_ line: ArraySlice<UInt8>) -> Bool {
        let content = stripContainerPrefix(line)
        guard content.contains(pipe) else { return false }
        var cells = content.split(separator: pipe, omittingEmptySubsequences: false)
        // Leading and trailing pipes are optional in GFM and leave empty edge cells behind.
        if let first = cells.first, trimmed(first).isEmpty { cells.removeFirst() }
        if let last = cells.last, trimmed(last).isEmpty { cells.removeLast() }
        guard !cells.isEmpty else { return false }
        return cells.allSatisfy { isDelimiterCell(trimmed($0)) }
    }

    /// Whether `cell` is `:?-+:?`.
    private static func isDelimiterCell(_ cell: ArraySlice<UInt8>) -> Bool {
        var body = cell
        if body.first == colon { body = body.dropFirst() }
        if body.last == colon { body = body.dropLast() }
        return !body.isEmpty && body.allSatisfy { $0 == dash }
    }

    /// Drops indentation and block-quote markers, which belong to containers, not to the row.
    private static func stripContainerPrefix(_ line: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        line.drop { $0 == 0x20 || $0 == 0x09 || $0 == UInt8(ascii: ">") }
    }

    /// `slice` without leading and trailing spaces and tabs.
    private static func trimmed(_ slice: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isBlank: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 }
        guard let start = slice.firstIndex(where: { !isBlank($0) }),
              let end = slice.lastIndex(where: { !isBlank($0) })
        else { return slice[slice.startIndex..<slice.startIndex] }
        return slice[start...end]
    }
}
