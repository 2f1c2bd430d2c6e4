/// Every compiled template of a `TemplateSet` flattened into one list of plain instructions.
///
/// Why flat: walking the `CompiledTemplate.Node` tree copies each node's payload (a string, an
/// array of children) and so retains and releases it, once per node per page; at 20,000 pages
/// that was a fifth of the render time. Here an instruction is four integers, text lives in one
/// byte buffer, and a section's children are the instructions that follow it up to `end`.
struct TemplateProgram: Sendable {
    enum Kind: UInt8, Sendable {
        /// `bytes[start..<end]`.
        case text
        /// `{{key}}`, HTML-escaped.
        case escaped
        /// `{{{key}}}` / `{{&key}}`: a raw-HTML slot (`slots[key]`).
        case raw
        /// `{{#key}}`: the children are `ops[index + 1 ..< end]`.
        case section
        /// `{{^key}}`: the children are `ops[index + 1 ..< end]`.
        case inverted
        /// `{{>name}}`: renders `ops[start..<end]`, indented by `indentations[key]`; `start`
        /// is -1 when no template has that name (`partialNames[index]` says which).
        case partial
    }

    struct Op: Sendable {
        var kind: Kind
        /// The key (`keys`) of a variable or section; the indentation of a partial.
        var key: Int32
        var start: Int32
        var end: Int32
    }

    private(set) var ops: [Op] = []
    private(set) var bytes: [UInt8] = []
    /// The names the templates look up, each once.
    private(set) var keys: [CtxKey] = []
    /// The raw-HTML slot each key names, if any (by key index).
    private(set) var slots: [HTMLSlot?] = []
    private(set) var indentations: [[UInt8]] = [[]]
    /// Partial instructions' template names, by instruction index (for the missing-partial error).
    private(set) var partialNames: [Int: String] = [:]
    /// Each template's instructions.
    private(set) var entries: [String: Range<Int>] = [:]

    init(_ templates: [String: CompiledTemplate]) {
        var keyIndex: [String: Int32] = [:]
        var pending: [(op: Int, name: String)] = []
        func key(_ name: String) -> Int32 {
            if let k = keyIndex[name] { return k }
            let k = Int32(keys.count)
            keys.append(CtxKey(name))
            slots.append(HTMLSlot(rawValue: name))
            keyIndex[name] = k
            return k
        }
        func emit(_ nodes: [CompiledTemplate.Node]) {
            for node in nodes {
                switch node {
                case .text(let text):
                    ops.append(Op(kind: .text, key: 0, start: Int32(bytes.count), end: Int32(bytes.count + text.count)))
                    bytes += text
                case .variable(let name, let escaped):
                    ops.append(Op(kind: escaped ? .escaped : .raw, key: key(name), start: 0, end: 0))
                case .section(let name, let children, let inverted):
                    let at = ops.count
                    ops.append(Op(kind: inverted ? .inverted : .section, key: key(name), start: 0, end: 0))
                    emit(children)
                    ops[at].end = Int32(ops.count)
                case .partial(let name, let indentation):
                    var indent: Int32 = 0
                    if !indentation.isEmpty {
                        indent = Int32(indentations.count)
                        indentations.append(indentation)
                    }
                    pending.append((ops.count, name))
                    partialNames[ops.count] = name
                    ops.append(Op(kind: .partial, key: indent, start: -1, end: -1))
                }
            }
        }
        for name in templates.keys.sorted() {
            let start = ops.count
            emit(templates[name]!.nodes)
            entries[name] = start..<ops.count
        }
        for (op, name) in pending {
            guard let range = entries[name] else { continue }
            ops[op].start = Int32(range.lowerBound)
            ops[op].end = Int32(range.upperBound)
        }
    }
}
