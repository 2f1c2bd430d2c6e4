/// A Mustache template, parsed for the generator's renderer (`TemplateProgram`,
/// `CompiledRenderer`).
///
/// Why its own renderer rather than swift-mustache: swift-mustache resolves every name through
/// dynamic protocol casts (`as? MustacheParent`, `as? MustacheCustomRenderable`, …) on each
/// frame of the context stack, which cost 1–3 µs per tag, and a 10,000-model site has millions
/// of tags; Docs/PERFORMANCE.md has the measurements. This parser reads the subset the lint
/// allows (variables, `{{{…}}}` raw-HTML slots, sections, inverted sections, partials,
/// comments) with Mustache's rules (standalone lines, partial indentation, truthiness). The
/// tokens are made once per template: the lint (`TemplateSet.lint`) reads the same tokens.
/// swift-mustache stays in the tests as an oracle: they render the fixture site with both and
/// compare the bytes.
struct CompiledTemplate: Sendable {
    indirect enum Node: Sendable {
        case text([UInt8])
        case variable(String, escaped: Bool)
        case section(String, [Node], inverted: Bool)
        case partial(String, indentation: [UInt8])
    }

    let nodes: [Node]

    struct ParseError: Error, CustomStringConvertible {
        var line: Int
        var message: String
        var description: String { "line \(line): \(message)" }
    }

    /// Parses Mustache source with the default delimiters.
    init(_ source: String) throws(ParseError) {
        try self.init(tokens: CompiledTemplate.tokenize(Array(source.utf8)))
    }

    /// Builds the template from `tokenize`'s tokens (which the lint has read).
    init(tokens: [Token]) throws(ParseError) {
        var tokens = tokens
        CompiledTemplate.stripStandalone(&tokens)
        var index = 0
        nodes = try CompiledTemplate.build(tokens, &index, closing: nil)
    }

    // MARK: - Tokens

    enum TokenKind {
        case text, newline, variable, unescaped, open, inverted, close, partial, comment
        /// `{{%…}}`, `{{=…=}}`, `{{<…}}`, `{{$…}}`: pragmas, delimiter changes, parents and
        /// blocks, which this renderer does not implement (the lint refuses them).
        case unsupported
    }

    struct Token {
        var kind: TokenKind
        var text: [UInt8] = []
        /// A tag's name, trimmed, without its sigil.
        var name: String = ""
        /// A tag's sigil (`#`, `^`, `/`, `>`, `!`, `&`, `{` for a triple mustache, …), or nil.
        var sigil: Character? = nil
        /// The line the token starts on (1-based).
        var line: Int
        var indentation: [UInt8] = []
        var removed = false
    }

    static func tokenize(_ b: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        var i = 0, line = 1
        var text: [UInt8] = []
        func flush() {
            if !text.isEmpty { tokens.append(Token(kind: .text, text: text, line: line)); text = [] }
        }
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        while i < b.count {
            let c = b[i]
            if c == 0x0A {
                flush()
                tokens.append(Token(kind: .newline, text: [0x0A], line: line))
                line += 1
                i += 1
                continue
            }
            if c == 0x0D && i + 1 < b.count && b[i + 1] == 0x0A {
                flush()
                tokens.append(Token(kind: .newline, text: [0x0D, 0x0A], line: line))
                line += 1
                i += 2
                continue
            }
            guard c == open, i + 1 < b.count, b[i + 1] == open else { text.append(c); i += 1; continue }
            let triple = i + 2 < b.count && b[i + 2] == open
            let start = i + (triple ? 3 : 2)
            var end = start
            var found = false
            while end + 1 < b.count {
                if b[end] == close && b[end + 1] == close && (!triple || (end + 2 < b.count && b[end + 2] == close)) { found = true; break }
                end += 1
            }
            guard found else { text.append(c); i += 1; continue }
            flush()
            var body = String(decoding: b[start..<end], as: UTF8.self).trimmingWhitespace()
            var kind: TokenKind = triple ? .unescaped : .variable
            var sigil: Character? = triple ? "{" : nil
            if !triple, let first = body.first {
                switch first {
                case "#": kind = .open
                case "^": kind = .inverted
                case "/": kind = .close
                case ">": kind = .partial
                case "!": kind = .comment
                case "&": kind = .unescaped
                case "%", "=", "<", "$": kind = .unsupported
                default: break
                }
                if kind != .variable {
                    sigil = first
                    body = String(body.dropFirst()).trimmingWhitespace()
                }
            }
            tokens.append(Token(kind: kind, name: body, sigil: sigil, line: line))
            for k in i..<end where b[k] == 0x0A { line += 1 }
            i = end + (triple ? 3 : 2)
        }
        flush()
        return tokens
    }

    /// Mustache's standalone rule: a line holding only whitespace and one section, inverted,
    /// close, partial, comment or pragma tag disappears (a partial keeps the whitespace as the
    /// indentation of every line it renders).
    static func stripStandalone(_ tokens: inout [Token]) {
        var lineStart = 0
        var i = 0
        while i <= tokens.count {
            if i == tokens.count || tokens[i].kind == .newline {
                let end = i
                var tag: Int?
                var ok = true
                var indentation: [UInt8] = []
                for k in lineStart..<end {
                    switch tokens[k].kind {
                    case .text:
                        if tokens[k].text.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                            if tag == nil { indentation += tokens[k].text }
                        } else { ok = false }
                    case .open, .inverted, .close, .partial, .comment:
                        if tag != nil { ok = false }
                        tag = k
                    default:
                        ok = false
                    }
                    if !ok { break }
                }
                if ok, let tag {
                    for k in lineStart..<end where k != tag { tokens[k].removed = true }
                    if end < tokens.count { tokens[end].removed = true }
                    if tokens[tag].kind == .partial { tokens[tag].indentation = indentation }
                }
                lineStart = i + 1
            }
            i += 1
        }
        tokens.removeAll { $0.removed }
    }

    static func build(_ tokens: [Token], _ index: inout Int, closing: (String, Int)?) throws(ParseError) -> [Node] {
        var nodes: [Node] = []
        while index < tokens.count {
            let t = tokens[index]
            index += 1
            switch t.kind {
            case .text, .newline:
                if case .text(let previous)? = nodes.last {
                    nodes[nodes.count - 1] = .text(previous + t.text)
                } else {
                    nodes.append(.text(t.text))
                }
            case .variable: nodes.append(.variable(t.name, escaped: true))
            case .unescaped: nodes.append(.variable(t.name, escaped: false))
            case .open, .inverted:
                let children = try build(tokens, &index, closing: (t.name, t.line))
                nodes.append(.section(t.name, children, inverted: t.kind == .inverted))
            case .close:
                guard let closing, closing.0 == t.name else {
                    throw ParseError(line: t.line, message: "{{/\(t.name)}} closes no open section" + (closing.map { " (open: \($0.0))" } ?? ""))
                }
                return nodes
            case .partial: nodes.append(.partial(t.name, indentation: t.indentation))
            case .comment, .unsupported: continue
            }
        }
        if let closing { throw ParseError(line: closing.1, message: "section '\(closing.0)' is never closed") }
        return nodes
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" || f == "\n" || f == "\r" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\n" || l == "\r" { s = s.dropLast() }
        return String(s)
    }
}
