import CCMark
import Foundation

/// A libcmark document tree plus what was learned from it, owned (and freed) by this object.
///
/// Parsing and rendering are separate steps so a docs collection can learn every document's
/// anchors before it rewrites links between documents, without parsing anything twice.
final class ParsedMarkdown {
    /// The document root; `nil` only if libcmark could not allocate one.
    private let root: OpaquePointer?
    /// The options used for parsing, reused for rendering.
    private let options: MarkdownOptions
    /// Headings in document order, with unique anchors.
    let headings: [DocHeading]
    /// Links and images in document order, destinations as written.
    let links: [DocLink]
    /// Lines where a paragraph looks like a GFM pipe table.
    let pipeTableLines: [Int]
    /// The line of the first invalid UTF-8 sequence, if any.
    let invalidUTF8Line: Int?
    /// Heading nodes still to be given `id`s; emptied once they are replaced (the nodes are freed).
    private var pendingHeadingNodes: [OpaquePointer]
    /// Link and image nodes, parallel to ``links``; they survive heading replacement.
    private let linkNodes: [OpaquePointer]

    /// Parses `source` with `options`.
    init(source: [UInt8], options: MarkdownOptions) {
        self.options = options
        let flags = options.cmarkOptions
        let root: OpaquePointer? = source.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return cmark_parse_document("", 0, flags) }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                cmark_parse_document($0, buffer.count, flags)
            }
        }
        self.root = root
        if let offset = UTF8Validation.firstInvalidOffset(in: source) {
            invalidUTF8Line = SourceLines(source).lineNumber(ofOffset: offset)
        } else {
            invalidUTF8Line = nil
        }
        guard let root else {
            headings = []; links = []; pipeTableLines = []; pendingHeadingNodes = []; linkNodes = []
            return
        }
        let scan = MarkdownTreeScan(root: root, source: source, smartPunctuation: options.smartPunctuation)
        headings = scan.headings
        links = scan.links
        pipeTableLines = scan.pipeTableLines
        pendingHeadingNodes = scan.headingNodes
        linkNodes = scan.linkNodes
    }

    deinit {
        if let root { cmark_node_free(root) }
    }

    /// The plain text of the first level-1 heading, else of the first heading with any text.
    var title: String? {
        let titled = headings.filter { !$0.text.isEmpty }
        return (titled.first { $0.level == 1 } ?? titled.first)?.text
    }

    /// Renders the document to HTML after rewriting link and image destinations.
    ///
    /// May be called more than once: every call rewrites from the original destinations.
    /// - Parameter linkRewriter: Returns the new destination for a destination as written, or
    ///   `nil` to keep it unchanged.
    func render(linkRewriter: (String) -> String?) -> RenderedMarkdown {
        var html = ""
        if let root {
            for (node, link) in zip(linkNodes, links) {
                if let rewritten = linkRewriter(link.destination), rewritten != link.destination {
                    cmark_node_set_url(node, rewritten)
                } else if cmark_node_get_url(node).map({ String(cString: $0) }) != link.destination {
                    // An earlier render rewrote it; restore so rewriters always see the original.
                    cmark_node_set_url(node, link.destination)
                }
            }
            giveHeadingsIDs()
            if let buffer = cmark_render_html(root, options.cmarkOptions) {
                html = String(cString: buffer)
                free(buffer)
            }
        }
        return RenderedMarkdown(
            html: html,
            title: title,
            headings: headings,
            links: links,
            pipeTableLines: pipeTableLines,
            invalidUTF8Line: invalidUTF8Line
        )
    }

    /// Replaces each heading node with custom nodes that print `<hN id="…">…</hN>`.
    ///
    /// Done in the tree rather than by editing the HTML afterwards, so raw HTML that merely looks
    /// like a heading can never be mistaken for one. The custom block prints nothing itself (it
    /// only supplies block line breaks); the custom inline inside it prints the tags, so the
    /// output matches libcmark's own `<hN>` markup byte for byte apart from the `id`.
    private func giveHeadingsIDs() {
        defer { pendingHeadingNodes = [] }
        for (node, heading) in zip(pendingHeadingNodes, headings) {
            guard let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK) else { continue }
            guard let inline = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else {
                cmark_node_free(block)
                continue
            }
            // Anchors only hold letters, digits, marks, `-` and `_`, so no attribute escaping
            // is needed; the level comes from libcmark and is always 1...6.
            cmark_node_set_on_enter(inline, "<h\(heading.level) id=\"\(heading.anchor)\">")
            cmark_node_set_on_exit(inline, "</h\(heading.level)>")
            cmark_node_append_child(block, inline)
            while let child = cmark_node_first_child(node) {
                cmark_node_append_child(inline, child)
            }
            cmark_node_replace(node, block)
            cmark_node_free(node)
        }
    }
}
