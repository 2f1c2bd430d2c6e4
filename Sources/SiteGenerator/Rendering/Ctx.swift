/// A value a template may show or loop over: text, a number, a flag, a frame, a list, lazily
/// made rows.
///
/// `SafeHTML` is deliberately not one, and neither is `Optional` nor a `[String: Any]`
/// literal: markup goes only into a frame's raw-HTML slots (`Ctx.html`), an absent value must
/// be spelled out (`false`, `""`, `[]`), and a nested frame must be a `Ctx`. The compiler
/// refuses the rest.
protocol CtxValue {}

extension String: CtxValue {}
extension Int: CtxValue {}
extension Bool: CtxValue {}
extension Array: CtxValue where Element: CtxValue {}

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
}

/// One frame of a Mustache context: the values escaped tags and sections read, and the
/// raw-HTML slots unescaped tags read.
///
/// Written as a dictionary literal (`["name": text, "rows": rows]`); markup goes in with
/// `ctx[html: .bodyHtml] = SafeHTML(...)`. Why two stores: a `[CtxKey: Any]` frame would let a
/// `String` reach a `{{{…}}}` tag, and only a test over fixture data could notice.
struct Ctx: CtxValue, ExpressibleByDictionaryLiteral {
    /// What `{{name}}` and `{{#name}}` read.
    private(set) var values: [CtxKey: any CtxValue]
    /// What `{{{name}}}` reads.
    private(set) var html: [HTMLSlot: SafeHTML] = [:]

    init() { values = [:] }

    init(dictionaryLiteral elements: (CtxKey, any CtxValue)...) {
        values = Dictionary(uniqueKeysWithValues: elements)
    }

    subscript(key: CtxKey) -> (any CtxValue)? {
        get { values[key] }
        set { values[key] = newValue }
    }

    /// A raw-HTML slot: only `SafeHTML` fits.
    subscript(html slot: HTMLSlot) -> SafeHTML? {
        get { html[slot] }
        set { html[slot] = newValue }
    }

    /// Adds `other`'s values and slots; this frame's own win when both have a name.
    mutating func merge(_ other: Ctx) {
        values.merge(other.values) { own, _ in own }
        html.merge(other.html) { own, _ in own }
    }

    /// Every name, values and slots, for the layout's shadowing check.
    var names: Set<String> {
        Set(values.keys.map(\.name)).union(html.keys.map(\.rawValue))
    }
}
