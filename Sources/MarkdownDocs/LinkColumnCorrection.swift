/// Repairs libcmark 0.30's inline source columns on continuation lines.
///
/// libcmark computes an inline's column as "block start column + offset in the stripped line",
/// but a paragraph's continuation lines have their own indentation (and any `>` markers) removed
/// first, so links on those lines come out shifted. The real column is "offset in the stripped
/// line + where that line's content actually starts".
enum LinkColumnCorrection {
    /// The best 1-based column for an inline reported at `reportedColumn` on `line`, inside a
    /// leaf block starting at `blockLine`/`blockColumn`.
    ///
    /// The correction is only taken when the source byte there really opens a link or image;
    /// otherwise libcmark's value is kept, so the result is never worse than the raw report.
    static func column(
        reportedColumn: Int,
        line: Int,
        blockLine: Int,
        blockColumn: Int,
        isImage: Bool,
        lines: SourceLines
    ) -> Int {
        // The first line of a block is reported correctly.
        guard line > blockLine else { return reportedColumn }
        let text = lines.line(line)
        let contentStart = text.firstIndex { !isContainerPrefix($0) } ?? text.endIndex
        let corrected = reportedColumn - blockColumn + (contentStart - text.startIndex) + 1
        if opensInline(at: corrected, in: text, isImage: isImage) { return corrected }
        return reportedColumn
    }

    /// Indentation and block-quote markers precede a continuation line's inline content.
    private static func isContainerPrefix(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == UInt8(ascii: ">")
    }

    /// Whether the byte at 1-based `column` can start a link (`[`, `<`) or an image (`!`).
    private static func opensInline(at column: Int, in text: ArraySlice<UInt8>, isImage: Bool) -> Bool {
        guard column >= 1, column <= text.count else { return false }
        let byte = text[text.startIndex + column - 1]
        if isImage { return byte == UInt8(ascii: "!") }
        return byte == UInt8(ascii: "[") || byte == UInt8(ascii: "<")
    }
}
