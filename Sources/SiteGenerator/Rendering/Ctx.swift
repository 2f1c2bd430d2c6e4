/// A value a template may show or loop over: text, a number, a flag, a frame, a list, lazily
/// made rows.
///
/// `SafeHTML` is deliberately not one, and neither is `Optional` nor a `[String: Any]`
/// literal: markup goes only into a frame's raw-HTML slots (`Ctx.html`), an absent value must
/// be spelled out (`false`, `""`, `[]`), and a nested frame must be a `Ctx`. The compiler
/// refuses the rest.
protocol CtxValue {
    /// What the renderer does with the value, said by its type: the renderer switches over
    /// this instead of trying a dynamic cast per kind (casts were a tenth of its time).
    var rendering: CtxRendering { get }
    /// How a list of this type renders, so that `Array: CtxValue` needs no cast either.
    static func rendering(ofList items: [Self]) -> CtxRendering
}

extension CtxValue {
    static func rendering(ofList items: [Self]) -> CtxRendering { .values(items) }
}

/// A context value as the renderer sees it.
enum CtxRendering {
    /// Text, escaped in a tag; a section over it pushes it as the frame `.`.
    case text(String)
    case number(Int)
    /// A section runs once when `true`.
    case flag(Bool)
    /// A section runs once with it as the innermost frame.
    case frame(Ctx)
    /// A section runs once per frame, or per lazily made row.
    case frames([Ctx])
    case rows(LazyRows)
    /// A section runs once per item, the item being `.`.
    case texts([String])
    case values([any CtxValue])
}

extension String: CtxValue {
    var rendering: CtxRendering { .text(self) }
    static func rendering(ofList items: [String]) -> CtxRendering { .texts(items) }
}
extension Int: CtxValue {
    var rendering: CtxRendering { .number(self) }
}
extension Bool: CtxValue {
    var rendering: CtxRendering { .flag(self) }
}
extension Array: CtxValue where Element: CtxValue {
    var rendering: CtxRendering { Element.rendering(ofList: self) }
}

/// The names that `{{{name}}}` (or `{{&name}}`) tags may use: the only places where a page
/// writes markup without escaping it. Each holds a `SafeHTML`, never a `String`, so text can
/// reach a page unescaped only through `SafeHTML(trusted:)` (markup the generator built from
/// escaped parts, or libcmark's output). The template lint refuses any other unescaped tag,
/// and any escaped tag or section that names one of these.
enum HTMLSlot: String, CaseIterable, Sendable {
    /// A doc page's body (libcmark).
    case bodyHtml
    /// The docs index's landing page body (libcmark).
    case landingHtml
    /// The dashboard's charts (`BarChart`).
    case providerChartHtml, typeChartHtml, costChartHtml
    /// A model page's price history chart (`StepChart`).
    case historyChartHtml
    /// The compare page's embedded index of models (`ComparePage.indexScript`: JSON whose
    /// `<`, `>` and `&` are escaped as `\u003c`…, so it cannot close its script element).
    case compareDataHtml
}

/// One frame of a Mustache context: the values escaped tags and sections read, and the
/// raw-HTML slots unescaped tags read.
///
/// Written as a dictionary literal (`["name": text, "rows": rows]`); markup goes in with
/// `ctx[html: .bodyHtml] = SafeHTML(...)`. Why two stores: a `[CtxKey: Any]` frame would let a
/// `String` reach a `{{{…}}}` tag, and only a test over fixture data could notice.
///
/// The values are a flat list searched by each key's precomputed 64-bit hash, not a
/// `Dictionary`: a frame holds a few dozen names, a scan of their hashes is cheaper than
/// running a `Hasher` for every lookup and insert, and the literal's own array is the storage.
struct Ctx: CtxValue, ExpressibleByDictionaryLiteral {
    /// What `{{name}}` and `{{#name}}` read, in insertion order; names are unique.
    private(set) var entries: [(CtxKey, any CtxValue)]
    /// What `{{{name}}}` reads.
    private(set) var html: [HTMLSlot: SafeHTML] = [:]

    init() { entries = [] }

    init(dictionaryLiteral elements: (CtxKey, any CtxValue)...) {
        entries = elements
        assert(Set(elements.map(\.0.name)).count == elements.count, "a Ctx literal repeats a name")
    }

    private typealias Entry = (CtxKey, any CtxValue)
    /// Where an entry's key, its hash and its value sit in its bytes. The scan below reads
    /// them through typed pointers: `entries[i].0.hash`, `entries[i].0.name` and
    /// `entries[i].1` each copied the whole entry (the name's retain, and the value's copy
    /// through its type's witnesses: some 150 instructions, twice per lookup).
    private static let keyOffset = MemoryLayout<Entry>.offset(of: \Entry.0)!
    private static let hashOffset = MemoryLayout<Entry>.offset(of: \Entry.0.hash)!
    private static let valueOffset = MemoryLayout<Entry>.offset(of: \Entry.1)!

    /// The index of `key` in `entries`.
    @inline(__always)
    private func index(of key: CtxKey) -> Int? {
        let hash = key.hash, stride = MemoryLayout<Entry>.stride
        return entries.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = UnsafeRawPointer(buffer.baseAddress) else { return nil }
            for i in 0..<buffer.count {
                let entry = base + i * stride
                if entry.load(fromByteOffset: Ctx.hashOffset, as: UInt64.self) == hash,
                   (entry + Ctx.keyOffset).assumingMemoryBound(to: CtxKey.self).pointee.name == key.name {
                    return i
                }
            }
            return nil
        }
    }

    /// The value of `key`, read in place: only the value is copied, not its entry.
    @inline(__always)
    func value(for key: CtxKey) -> (any CtxValue)? {
        guard let i = index(of: key) else { return nil }
        return entries.withUnsafeBufferPointer { buffer in
            (UnsafeRawPointer(buffer.baseAddress!) + i * MemoryLayout<Entry>.stride + Ctx.valueOffset)
                .assumingMemoryBound(to: (any CtxValue).self).pointee
        }
    }

    subscript(key: CtxKey) -> (any CtxValue)? {
        get { value(for: key) }
        set {
            let i = index(of: key)
            switch (i, newValue) {
            case (let i?, let value?): entries[i].1 = value
            case (let i?, nil): entries.remove(at: i)
            case (nil, let value?): entries.append((key, value))
            case (nil, nil): break
            }
        }
    }

    /// A raw-HTML slot: only `SafeHTML` fits.
    subscript(html slot: HTMLSlot) -> SafeHTML? {
        get { html[slot] }
        set { html[slot] = newValue }
    }

    /// Adds `other`'s values and slots; this frame's own win when both have a name.
    mutating func merge(_ other: Ctx) {
        entries.reserveCapacity(entries.count + other.entries.count)
        for (key, value) in other.entries where index(of: key) == nil { entries.append((key, value)) }
        html.merge(other.html) { own, _ in own }
    }

    /// Adds `other`'s values and slots, which must not share a name with this frame's (checked
    /// in debug builds): no scan for each name, where `merge` looks every one up first. The
    /// layout's keys, which no page may shadow, go into every page this way.
    mutating func mergeDisjoint(_ other: Ctx) {
        assert(names.isDisjoint(with: other.names), "mergeDisjoint: the frames share a name")
        entries.append(contentsOf: other.entries)
        html.merge(other.html) { own, _ in own }
    }

    var rendering: CtxRendering { .frame(self) }
    static func rendering(ofList items: [Ctx]) -> CtxRendering { .frames(items) }

    /// Every name, values and slots, for the layout's shadowing check.
    var names: Set<String> {
        Set(entries.map(\.0.name)).union(html.keys.map(\.rawValue))
    }
}
