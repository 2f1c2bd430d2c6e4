import TokenPricing

/// Writes answers as compact JSON straight into a byte buffer: keys in sorted order, money
/// as decimal strings with every digit, parameter numbers as JSON numbers with their exact
/// digits. The output is the same, byte for byte, as `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` gives for the same answer (a test holds it to that), several
/// times faster, since no intermediate containers are built.
struct AnswerWriter {
    var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    @inline(__always) mutating func raw(_ s: StaticString) {
        s.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inline(__always) mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func int(_ n: Int) {
        var text = String(n)
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// A JSON string, escaped as `JSONEncoder` escapes it.
    mutating func string(_ s: String) {
        byte(0x22)
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b < 0x20 || b == 0x22 || b == 0x5C else { continue }
                if start < i { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                switch b {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x0A: raw("\\n")
                case 0x0D: raw("\\r")
                case 0x09: raw("\\t")
                case 0x08: raw("\\b")
                case 0x0C: raw("\\f")
                default:
                    raw("\\u00")
                    let hex: [UInt8] = Array("0123456789abcdef".utf8)
                    byte(hex[Int(b >> 4)])
                    byte(hex[Int(b & 0xF)])
                }
                start = i + 1
            }
            if start < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<utf8.count])) }
        }
        byte(0x22)
    }

    /// An exact decimal as a JSON string: money is never a JSON number.
    mutating func money(_ d: ExactDecimal) { string(d.description) }

    /// A parameter value as its natural JSON; object keys sorted.
    mutating func value(_ v: ParameterValue) {
        switch v {
        case .string(let s): string(s)
        case .number(let n):
            var text = n.description
            text.withUTF8 { bytes.append(contentsOf: $0) }
        case .bool(let b): b ? raw("true") : raw("false")
        case .null: raw("null")
        case .array(let items):
            byte(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { byte(0x2C) }
                value(item)
            }
            byte(0x5D)
        case .object(let members): object(members)
        }
    }

    mutating func object(_ members: [String: ParameterValue]) {
        byte(0x7B)
        for (i, key) in members.keys.sorted().enumerated() {
            if i > 0 { byte(0x2C) }
            string(key)
            byte(0x3A)
            value(members[key]!)
        }
        byte(0x7D)
    }

    // MARK: Answers (keys in sorted order)

    mutating func lineItem(_ item: PriceLineItem) {
        byte(0x7B)
        if let added = item.added { raw("\"added\":"); money(added); byte(0x2C) }
        if let factor = item.factor { raw("\"factor\":"); money(factor); byte(0x2C) }
        raw("\"kind\":"); string(item.kind.rawValue)
        raw(",\"label\":"); string(item.label)
        if let parameter = item.parameter { raw(",\"parameter\":"); string(parameter) }
        raw(",\"subtotal\":"); money(item.subtotal)
        if let v = item.value { raw(",\"value\":"); value(v) }
        raw(",\"valueAssumed\":"); item.valueAssumed ? raw("true") : raw("false")
        byte(0x7D)
    }

    mutating func lineItems(_ items: [PriceLineItem]) {
        byte(0x5B)
        for (i, item) in items.enumerated() {
            if i > 0 { byte(0x2C) }
            lineItem(item)
        }
        byte(0x5D)
    }

    /// A quote's members without braces (a model answer adds `line` among them).
    mutating func quoteMembers(_ q: PriceQuote, line: Int?) {
        if let line { raw("\"line\":"); int(line); byte(0x2C) }
        raw("\"lineItems\":"); lineItems(q.lineItems)
        raw(",\"modelRecordId\":"); string(q.modelRecordId)
        raw(",\"total\":"); money(q.total)
        raw(",\"unrounded\":"); money(q.unrounded)
    }

    mutating func step(_ s: StepCost) {
        raw("{\"effectiveParameters\":"); object(s.effectiveParameters)
        raw(",\"max\":"); money(s.max)
        raw(",\"min\":"); money(s.min)
        raw(",\"modelName\":"); string(s.modelName)
        raw(",\"modelRecordId\":"); string(s.modelRecordId)
        raw(",\"quote\":{"); quoteMembers(s.quote, line: nil); byte(0x7D)
        raw(",\"rule\":"); string(s.rule)
        if let name = s.stepName { raw(",\"stepName\":"); string(name) }
        raw(",\"stepNumber\":"); int(s.stepNumber)
        raw(",\"userChosenParameters\":[")
        for (i, p) in s.userChosenParameters.enumerated() {
            if i > 0 { byte(0x2C) }
            string(p)
        }
        raw("]}")
    }

    mutating func cost(_ c: TemplateCost, line: Int) {
        raw("{\"atDefaults\":"); money(c.atDefaults)
        raw(",\"line\":"); int(line)
        raw(",\"max\":"); money(c.max)
        raw(",\"min\":"); money(c.min)
        raw(",\"steps\":[")
        for (i, s) in c.steps.enumerated() {
            if i > 0 { byte(0x2C) }
            step(s)
        }
        raw("],\"templateId\":"); string(c.templateId)
        if let total = c.total { raw(",\"total\":"); money(total) }
        byte(0x7D)
    }

    mutating func quote(_ q: PriceQuote, line: Int) {
        byte(0x7B)
        quoteMembers(q, line: line)
        byte(0x7D)
    }

    mutating func error(_ e: PricingError, line: Int) {
        raw("{\"error\":{\"issues\":[")
        for (i, issue) in e.issues.enumerated() {
            if i > 0 { byte(0x2C) }
            raw("{\"expected\":"); string(issue.expected)
            raw(",\"found\":"); string(issue.found)
            raw(",\"keyPath\":"); string(issue.keyPath)
            raw(",\"kind\":"); string(issue.kind.rawValue)
            byte(0x7D)
        }
        byte(0x5D)
        if let keyPath = e.keyPath { raw(",\"keyPath\":"); string(keyPath) }
        raw(",\"kind\":"); string(e.kind.rawValue)
        raw(",\"message\":"); string(e.message)
        if let m = e.modelRecordId { raw(",\"modelRecordId\":"); string(m) }
        if let n = e.stepNumber { raw(",\"stepNumber\":"); int(n) }
        if let t = e.templateId { raw(",\"templateId\":"); string(t) }
        raw("},\"line\":"); int(line)
        byte(0x7D)
    }
}
