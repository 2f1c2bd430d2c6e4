import Foundation
import FuzzSupport
import MarkdownDocs

/// A docs folder of this process's own in `/dev/shm` (memory, not disk) when it exists.
let docsRoot: URL = {
    let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    let url = URL(fileURLWithPath: base).appendingPathComponent("fuzz-docs-\(getpid())")
    try? FileManager.default.removeItem(at: url)
    do {
        try FileManager.default.createDirectory(at: url.appendingPathComponent("guide"), withIntermediateDirectories: true)
        // A fixed sibling with headings, so fuzzed links like `../README.md#start-here` can resolve.
        try Data("# Docs\n\n## Start here\n\n[guide](guide/page.md)\n".utf8)
            .write(to: url.appendingPathComponent("README.md"))
    } catch {
        fatalError("fuzz harness setup: cannot create \(url.path): \(error)")
    }
    atexit { try? FileManager.default.removeItem(at: docsRoot) }
    return url
}()

/// Feeds the input to the docs pipeline as `guide/page.md` of a small docs folder through
/// `DocsCollection.load` (default options: safe, smart punctuation; links resolved, anchors
/// checked), and once more in memory through `MarkdownRenderer` with raw HTML allowed, no
/// smart punctuation and a link rewriter. A crash, a sanitizer report, or one of these oracles
/// failing is a finding:
/// - safe output only holds the tags libcmark's HTML renderer writes (no raw HTML gets through,
///   not even by way of a heading's `id`) and no link or image with a `javascript:`,
///   `vbscript:` or `file:` target;
/// - heading anchors are unique within a page and do not depend on smart punctuation;
/// - every problem's line lies inside the page.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownDocs(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    let page = docsRoot.appendingPathComponent("guide/page.md")
    do {
        try Data(buffer: input).write(to: page)
    } catch {
        fatalError("fuzz harness: cannot write \(page.path): \(error)")
    }
    let collection: DocsCollection
    do {
        collection = try DocsCollection.load(root: docsRoot)
    } catch {
        FuzzOracle.check(false, "a readable docs folder failed to load: \(error)")
        return 0
    }
    guard let rendered = collection.page(forSourcePath: "guide/page.md") else {
        FuzzOracle.check(false, "guide/page.md has no page")
        return 0
    }
    HTMLOracle.checkSafe(rendered.html)
    let anchors = rendered.headings.map(\.anchor)
    FuzzOracle.check(Set(anchors).count == anchors.count, "duplicate heading anchors: \(anchors)")
    let lineCount = MarkdownBytes.lineCount(input)
    for problem in collection.problems where problem.file == "guide/page.md" {
        if let line = problem.line {
            FuzzOracle.check((1...lineCount).contains(line), "problem at line \(line) of \(lineCount): \(problem)")
        }
    }

    let raw = MarkdownRenderer.render([UInt8](input), options: MarkdownOptions(smartPunctuation: false, allowRawHTML: true)) {
        $0.hasSuffix(".md") ? String($0.dropLast(3)) + ".html" : nil
    }
    // Smart punctuation must not change anchors (GitHub slugs the hyphens as written). A heading
    // that also holds a typed en or em dash is the documented exception: the kinds look alike.
    FuzzOracle.check(MarkdownBytes.hasTypedDash(input) || raw.headings.map(\.anchor) == anchors,
                     "anchors depend on smart punctuation: \(anchors) vs \(raw.headings.map(\.anchor))")
    return 0
}
