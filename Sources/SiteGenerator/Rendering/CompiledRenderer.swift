/// Renders a `TemplateProgram` against `Ctx` frames into UTF-8 bytes.
///
/// Names resolve from the innermost frame outwards with plain lookups, and each value says
/// how it renders (`CtxValue.rendering`) instead of being cast; a name no frame has is recorded in `missing` (the strict check of `TemplateSet`).
/// Escaped tags and sections read the frames' values; unescaped tags read only their
/// raw-HTML slots (`Ctx.html`, `SafeHTML`), so no `String` is ever written unescaped.
struct CompiledRenderer {
    let program: TemplateProgram
    var out: [UInt8] = []
    /// The context stack; `dicts` holds the same frames as dictionaries (empty for frames
    /// that are not), looked up in place.
    var frames: [any CtxValue] = []
    var dicts: [Ctx] = []
    var missing: [String] = []

    init(program: TemplateProgram) {
        self.program = program
        out.reserveCapacity(32 * 1024)
    }

    /// The bytes of template `name` (which must exist) with `context` as the root frame.
    mutating func render(_ name: String, context: Ctx) -> [UInt8] {
        frames = [context]
        dicts = [context]
        if let range = program.entries[name] { run(range.lowerBound, range.upperBound, indentation: []) }
        return out
    }

    func lookup(_ key: CtxKey) -> (any CtxValue)? {
        if key.isDot { return frames.last }
        // Through the buffer, each frame is searched where it lies: reading `dicts[i]`
        // copied the frame (two retains and releases) for every frame passed on the way out.
        return dicts.withUnsafeBufferPointer { frames in
            var i = frames.count - 1
            while i >= 0 {
                if let v = frames[i].value(for: key) { return v }
                i -= 1
            }
            return nil
        }
    }

    /// The innermost frame's markup for `slot`.
    func lookup(_ slot: HTMLSlot) -> SafeHTML? {
        var i = dicts.count - 1
        while i >= 0 {
            if let v = dicts[i].html[slot] { return v }
            i -= 1
        }
        return nil
    }

    mutating func push(_ value: any CtxValue) {
        frames.append(value)
        if case .frame(let frame) = value.rendering { dicts.append(frame) } else { dicts.append([:]) }
    }

    mutating func pop() {
        frames.removeLast()
        dicts.removeLast()
    }

    /// Runs instructions `start..<end`.
    mutating func run(_ start: Int, _ end: Int, indentation: [UInt8]) {
        var i = start
        while i < end {
            let op = program.ops[i]
            switch op.kind {
            case .text:
                text(Int(op.start), Int(op.end), indentation: indentation)
                i += 1
            case .escaped:
                let key = program.keys[Int(op.key)]
                if let value = lookup(key) {
                    if !indentation.isEmpty && out.last == 0x0A { out += indentation }
                    write(value)
                } else {
                    missing.append(key.name)
                }
                i += 1
            case .raw:
                if let slot = program.slots[Int(op.key)], let markup = lookup(slot) {
                    if !indentation.isEmpty && out.last == 0x0A { out += indentation }
                    appendRaw(markup.html)
                } else {
                    missing.append(program.keys[Int(op.key)].name)
                }
                i += 1
            case .section, .inverted:
                let childEnd = Int(op.end)
                section(op, children: i + 1, childEnd, indentation: indentation)
                i = childEnd
            case .partial:
                if op.start < 0 {
                    missing.append(">" + (program.partialNames[i] ?? "?"))
                } else {
                    let inner = op.key == 0 ? indentation : indentation + program.indentations[Int(op.key)]
                    if !inner.isEmpty && (out.isEmpty || out.last == 0x0A) { out += inner }
                    run(Int(op.start), Int(op.end), indentation: inner)
                }
                i += 1
            }
        }
    }

    mutating func section(_ op: TemplateProgram.Op, children start: Int, _ end: Int, indentation: [UInt8]) {
        let key = program.keys[Int(op.key)]
        guard let value = lookup(key) else { missing.append(key.name); return }
        if op.kind == .inverted {
            if !CompiledRenderer.truthy(value) { run(start, end, indentation: indentation) }
            return
        }
        switch value.rendering {
        case .flag(let b):
            if b { run(start, end, indentation: indentation) }
        case .frames(let list):
            for item in list { row(item, start, end, indentation: indentation) }
        case .rows(let lazy):
            for i in 0..<lazy.count { row(lazy.row(i), start, end, indentation: indentation) }
        case .texts(let list):
            for item in list { push(item); run(start, end, indentation: indentation); pop() }
        case .values(let list):
            for item in list { push(item); run(start, end, indentation: indentation); pop() }
        case .frame(let frame):
            row(frame, start, end, indentation: indentation)
        case .text, .number:
            push(value); run(start, end, indentation: indentation); pop()
        }
    }

    /// Runs instructions `start..<end` with `item` as the innermost frame.
    private mutating func row(_ item: Ctx, _ start: Int, _ end: Int, indentation: [UInt8]) {
        frames.append(item)
        dicts.append(item)
        run(start, end, indentation: indentation)
        pop()
    }

    /// Appends `program.bytes[start..<end]`, indenting every line that starts inside it.
    mutating func text(_ start: Int, _ end: Int, indentation: [UInt8]) {
        program.bytes.withUnsafeBufferPointer { all in
            let bytes = UnsafeBufferPointer(rebasing: all[start..<end])
            if indentation.isEmpty {
                out.append(contentsOf: bytes)
                return
            }
            // Indentation goes before every byte that starts a line (the line may be empty).
            if !bytes.isEmpty && out.last == 0x0A { out += indentation }
            var from = 0
            for k in 0..<bytes.count where bytes[k] == 0x0A && k + 1 < bytes.count {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...k]))
                out += indentation
                from = k + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[from...]))
        }
    }

    /// Mustache truthiness as swift-mustache applies it: `false`, an empty list and a missing
    /// value are false; anything else (even `""` or `0`) is true.
    static func truthy(_ value: any CtxValue) -> Bool {
        switch value.rendering {
        case .flag(let b): return b
        case .frames(let list): return !list.isEmpty
        case .rows(let lazy): return lazy.count > 0
        case .texts(let list): return !list.isEmpty
        case .values(let list): return !list.isEmpty
        case .text, .number, .frame: return true
        }
    }

    /// A value in an escaped tag.
    mutating func write(_ value: any CtxValue) {
        switch value.rendering {
        case .text(let s): appendEscaped(s)
        case .number(let i): appendRaw(String(i))
        case .flag(let b): appendRaw(b ? "true" : "false")
        default: appendEscaped(String(describing: value))
        }
    }

    mutating func appendRaw(_ s: String) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    mutating func appendEscaped(_ s: String) {
        var s = s
        s.withUTF8 { buffer in
            var clean = true
            for b in buffer where b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 { clean = false; break }
            if clean { out.append(contentsOf: buffer); return }
            for b in buffer {
                switch b {
                case 0x26: out += [0x26, 0x61, 0x6D, 0x70, 0x3B]              // &amp;
                case 0x3C: out += [0x26, 0x6C, 0x74, 0x3B]                    // &lt;
                case 0x3E: out += [0x26, 0x67, 0x74, 0x3B]                    // &gt;
                case 0x22: out += [0x26, 0x71, 0x75, 0x6F, 0x74, 0x3B]        // &quot;
                case 0x27: out += [0x26, 0x23, 0x33, 0x39, 0x3B]              // &#39;
                default: out.append(b)
                }
            }
        }
    }
}
