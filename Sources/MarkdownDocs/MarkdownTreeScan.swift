import CCMark

/// One pass over a parsed document that collects what the renderer and the docs checker need:
/// headings (with anchors), links and images (with positions), and pipe-table look-alikes.
struct MarkdownTreeScan {
    /// Headings in document order.
    private(set) var headings: [DocHeading] = []
    /// The heading nodes, parallel to ``headings``; owned by the document tree.
    private(set) var headingNodes: [OpaquePointer] = []
    /// Links and images in document order.
    private(set) var links: [DocLink] = []
    /// The link and image nodes, parallel to ``links``; owned by the document tree.
    private(set) var linkNodes: [OpaquePointer] = []
    /// Lines where a paragraph looks like a GFM pipe table.
    private(set) var pipeTableLines: [Int] = []

    /// Scans the tree under `root`; `source` is the exact input that was parsed, with smart
    /// punctuation on or off as `smartPunctuation` says.
    init(root: OpaquePointer, source: [UInt8], smartPunctuation: Bool) {
        // Built only when a multi-line block needs it; most short docs never pay for it.
        var lines: SourceLines?
        func sourceLines() -> SourceLines {
            if let lines { return lines }
            let built = SourceLines(source)
            lines = built
            return built
        }

        var slugger = HeadingSlugger()
        // Links live in exactly one leaf block (paragraph or heading); leaf blocks do not nest.
        var blockLine = 0
        var blockColumn = 0

        guard let iterator = cmark_iter_new(root) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch type {
            case CMARK_NODE_PARAGRAPH:
                blockLine = Int(cmark_node_get_start_line(node))
                blockColumn = Int(cmark_node_get_start_column(node))
                let lastLine = Int(cmark_node_get_end_line(node))
                if lastLine > blockLine,
                   let header = PipeTableDetector.tableHeaderLine(
                       firstLine: blockLine, lastLine: lastLine, in: sourceLines())
                {
                    pipeTableLines.append(header)
                }
            case CMARK_NODE_HEADING:
                blockLine = Int(cmark_node_get_start_line(node))
                blockColumn = Int(cmark_node_get_start_column(node))
                let text = NodePlainText.of(node)
                var slugText = text
                if smartPunctuation, text.unicodeScalars.contains(where: Self.isDash),
                   !Self.hasLiteralDash(from: blockLine, to: Int(cmark_node_get_end_line(node)), in: sourceLines())
                {
                    // GitHub slugs `a -- b` as `a----b`, but smart punctuation has made the
                    // hyphens an en dash, which the slugger drops. Slug the hyphens as written.
                    // A dash typed as a dash stays one (GitHub drops it too); only a heading
                    // holding both kinds keeps the smart dashes, as there is no telling them apart.
                    slugText = NodePlainText.of(node, smartDashesAsHyphens: true)
                }
                headings.append(DocHeading(
                    level: Int(cmark_node_get_heading_level(node)),
                    text: text,
                    anchor: slugger.anchor(for: slugText),
                    line: blockLine
                ))
                headingNodes.append(node)
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                let isImage = type == CMARK_NODE_IMAGE
                let line = Int(cmark_node_get_start_line(node))
                var column = Int(cmark_node_get_start_column(node))
                if line > blockLine {
                    column = LinkColumnCorrection.column(
                        reportedColumn: column, line: line,
                        blockLine: blockLine, blockColumn: blockColumn,
                        isImage: isImage, lines: sourceLines())
                }
                let destination = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                links.append(DocLink(destination: destination, line: line, column: column, isImage: isImage))
                linkNodes.append(node)
            default:
                break
            }
        }
    }

    /// En dash or em dash: what smart punctuation makes of `--` and `---`.
    static func isDash(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{2013}" || scalar == "\u{2014}" }

    /// Whether lines `first...last` of the source hold an en or em dash typed as such (UTF-8
    /// `E2 80 93` or `E2 80 94`).
    static func hasLiteralDash(from first: Int, to last: Int, in lines: SourceLines) -> Bool {
        guard first <= last else { return false }
        for number in first...last {
            let line = lines.line(number)
            var index = line.startIndex
            while index + 2 < line.endIndex {
                if line[index] == 0xE2, line[index + 1] == 0x80, line[index + 2] == 0x93 || line[index + 2] == 0x94 { return true }
                index += 1
            }
        }
        return false
    }
}
