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

/// Feeds the input to the docs pipeline twice: in memory through `MarkdownRenderer` (safe
/// options, then raw HTML allowed, with a link rewriter), and as `guide/page.md` of a small
/// docs folder through `DocsCollection.load`, which also resolves links and checks anchors.
/// A crash, a sanitizer report, or one of these oracles failing is a finding:
/// - safe output only holds the tags libcmark's HTML renderer writes (no raw HTML gets through)
///   and no link or image with a `javascript:`, `vbscript:` or `file:` target;
/// - heading anchors are unique within a page and do not depend on smart punctuation;
/// - every problem's line lies inside the page.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownDocs(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = [UInt8](UnsafeBufferPointer(start: data, count: size))

    let safe = MarkdownRenderer.render(bytes)
    HTMLOracle.checkSafe(safe.html)
    let anchors = safe.headings.map(\.anchor)
    FuzzOracle.check(Set(anchors).count == anchors.count, "duplicate heading anchors: \(anchors)")

    let rewritten = MarkdownRenderer.render(bytes, options: MarkdownOptions(smartPunctuation: false, allowRawHTML: true)) {
        $0.hasSuffix(".md") ? String($0.dropLast(3)) + ".html" : nil
    }
    // Smart punctuation must not change anchors (GitHub slugs the hyphens as written). A heading
    // that also holds a typed en or em dash is the documented exception: the kinds look alike.
    let typedDash = bytes.indices.dropLast(2).contains { bytes[$0] == 0xE2 && bytes[$0 + 1] == 0x80 && (bytes[$0 + 2] == 0x93 || bytes[$0 + 2] == 0x94) }
    FuzzOracle.check(typedDash || rewritten.headings.map(\.anchor) == anchors,
                     "anchors depend on smart punctuation: \(anchors) vs \(rewritten.headings.map(\.anchor))")

    let page = docsRoot.appendingPathComponent("guide/page.md")
    do {
        try Data(bytes).write(to: page)
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
    let lineCount = commonMarkLineCount(bytes)
    for problem in collection.problems where problem.file == "guide/page.md" {
        if let line = problem.line {
            FuzzOracle.check((1...lineCount).contains(line), "problem at line \(line) of \(lineCount): \(problem)")
        }
    }
    if let rendered = collection.page(forSourcePath: "guide/page.md") {
        HTMLOracle.checkSafe(rendered.html)
    } else {
        FuzzOracle.check(false, "guide/page.md has no page")
    }
    return 0
}

/// Lines as CommonMark counts them: `\n`, `\r\n` and a lone `\r` each end one.
func commonMarkLineCount(_ bytes: [UInt8]) -> Int {
    var count = 1
    for (i, byte) in bytes.enumerated() {
        if byte == 0x0A || (byte == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) { count += 1 }
    }
    return count
}
