import TokenPricing

/// Writes answers as compact JSON through the package's one JSON writer
/// (`TokenPricing.JSONWriter`): keys in sorted order, money as decimal strings with every
/// digit, parameter numbers as JSON numbers with their exact digits. The output is the same,
/// byte for byte, as `JSONEncoder` with `.sortedKeys` and `.withoutEscapingSlashes` gives for
/// the same answer (a test holds it to that), several times faster, since no intermediate
/// containers are built.
struct AnswerWriter {
    private(set) var json: JSONWriter

    init(capacity: Int = 1 << 16) {
        json = JSONWriter(capacity: capacity, compact: true)
    }

    /// The answers written so far.
    var bytes: [UInt8] { json.bytes }

    /// Ends an answer's line.
    mutating func newline() { json.newline() }

    /// Forgets the answers written (after they were sent), keeping the buffer.
    mutating func clear() { json.removeAll(keepingCapacity: true) }

    // MARK: Answers (keys in sorted order)

    mutating func lineItem(_ item: PriceLineItem) {
        json.beginObject()
        if let added = item.added { json.key(static: "added"); json.money(added) }
        if let factor = item.factor { json.key(static: "factor"); json.money(factor) }
        json.key(static: "kind"); json.string(item.kind.rawValue)
        json.key(static: "label"); json.string(item.label)
        if let parameter = item.parameter { json.key(static: "parameter"); json.string(parameter) }
        json.key(static: "subtotal"); json.money(item.subtotal)
        if let usage = item.usage { json.key(static: "usage"); json.string(usage) }
        if let v = item.value { json.key(static: "value"); json.value(v) }
        json.key(static: "valueAssumed"); json.bool(item.valueAssumed)
        json.endObject()
    }

    mutating func lineItems(_ items: [PriceLineItem]) {
        json.beginArray()
        for item in items {
            json.element()
            lineItem(item)
        }
        json.endArray()
    }

    /// A quote's members, in an object the caller opened (a model answer adds `line`).
    mutating func quoteMembers(_ q: PriceQuote, line: Int?) {
        if let line { json.key(static: "line"); json.int(line) }
        json.key(static: "lineItems"); lineItems(q.lineItems)
        json.key(static: "modelRecordId"); json.string(q.modelRecordId)
        json.key(static: "total"); json.money(q.total)
        json.key(static: "unrounded"); json.money(q.unrounded)
    }

    mutating func step(_ s: StepCost) {
        json.beginObject()
        json.key(static: "effectiveParameters"); json.object(s.effectiveParameters)
        json.key(static: "max"); json.money(s.max)
        json.key(static: "min"); json.money(s.min)
        json.key(static: "modelName"); json.string(s.modelName)
        json.key(static: "modelRecordId"); json.string(s.modelRecordId)
        json.key(static: "quote"); json.beginObject(); quoteMembers(s.quote, line: nil); json.endObject()
        json.key(static: "rule"); json.string(s.rule)
        if let name = s.stepName { json.key(static: "stepName"); json.string(name) }
        json.key(static: "stepNumber"); json.int(s.stepNumber)
        json.key(static: "userChosenParameters")
        json.beginArray()
        for p in s.userChosenParameters {
            json.element()
            json.string(p)
        }
        json.endArray()
        json.endObject()
    }

    mutating func cost(_ c: TemplateCost, line: Int) {
        json.beginObject()
        json.key(static: "atDefaults"); json.money(c.atDefaults)
        json.key(static: "line"); json.int(line)
        json.key(static: "max"); json.money(c.max)
        json.key(static: "min"); json.money(c.min)
        json.key(static: "steps")
        json.beginArray()
        for s in c.steps {
            json.element()
            step(s)
        }
        json.endArray()
        json.key(static: "templateId"); json.string(c.templateId)
        if let total = c.total { json.key(static: "total"); json.money(total) }
        json.endObject()
    }

    mutating func quote(_ q: PriceQuote, line: Int) {
        json.beginObject()
        quoteMembers(q, line: line)
        json.endObject()
    }

    mutating func error(_ e: PricingError, line: Int) {
        json.beginObject()
        json.key(static: "error")
        json.beginObject()
        json.key(static: "issues")
        json.beginArray()
        for issue in e.issues {
            json.element()
            json.beginObject()
            json.key(static: "expected"); json.string(issue.expected)
            json.key(static: "found"); json.string(issue.found)
            json.key(static: "keyPath"); json.string(issue.keyPath)
            json.key(static: "kind"); json.string(issue.kind.rawValue)
            json.endObject()
        }
        json.endArray()
        if let keyPath = e.keyPath { json.key(static: "keyPath"); json.string(keyPath) }
        json.key(static: "kind"); json.string(e.kind.rawValue)
        json.key(static: "message"); json.string(e.message)
        if let m = e.modelRecordId { json.key(static: "modelRecordId"); json.string(m) }
        if let n = e.stepNumber { json.key(static: "stepNumber"); json.int(n) }
        if let t = e.templateId { json.key(static: "templateId"); json.string(t) }
        json.endObject()
        json.key(static: "line"); json.int(line)
        json.endObject()
    }
}
