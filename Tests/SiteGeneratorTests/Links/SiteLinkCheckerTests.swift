import Testing

@testable import SiteGenerator

@Suite("Link checker")
struct SiteLinkCheckerTests {
    static func page(_ body: String) -> [UInt8] {
        Array("<!DOCTYPE html><html><head><title>t</title><link rel=\"stylesheet\" href=\"../assets/site.css\"></head><body>\(body)</body></html>".utf8)
    }

    @Test("good links, folders, anchors, entities and external URLs pass")
    func goodLinks() {
        let files: [String: [UInt8]] = [
            "index.html": Array("<a href=\"models/\">m</a><a href=\"models/a.html#x\">a</a><a href='#top'>t</a><div id=top></div><a href=\"https://example.com\">e</a><a href=\"mailto:x@y\">m</a><a href=\"models/a.html?x=1&amp;y=2\">q</a>".utf8),
            "models/index.html": Self.page("<a href=\"a.html\">a</a><a href=\"../index.html#top\">home</a><img src=\"b%20c.png\" alt=\"\">"),
            "models/a.html": Self.page("<h2 id=\"x\">X</h2><a name=\"old\"></a><a href=\"#old\">old</a>"),
            "models/b c.png": [],
            "assets/site.css": [],
        ]
        #expect(SiteLinkChecker.check(files: files).isEmpty, "\(SiteLinkChecker.check(files: files))")
    }

    @Test("broken files, anchors, script URLs, root-relative links and escapes are reported")
    func badLinks() {
        let files: [String: [UInt8]] = [
            "index.html": Array("""
                <a href="nope.html">1</a>
                <a href="models/a.html#missing">2</a>
                <a href=" JavaScript:alert(1)">3</a>
                <img src="data:image/png;base64,xx" alt="">
                <a href="/models/a.html">5</a>
                <a href="../outside.html">6</a>
                <a href="#nowhere">7</a>
                <!-- <a href="commented.html">ignored</a> -->
                <script>var s = '<a href="in-script.html">';</script>
                """.utf8),
            "models/a.html": Array("<p id=\"x\">x</p>".utf8),
        ]
        let broken = SiteLinkChecker.check(files: files)
        #expect(broken.map(\.href).sorted() == [
            " JavaScript:alert(1)", "#nowhere", "../outside.html", "/models/a.html", "data:image/png;base64,xx",
            "models/a.html#missing", "nope.html",
        ])
        #expect(broken.allSatisfy { $0.page == "index.html" })
        #expect(broken.first { $0.href == "models/a.html#missing" }?.reason == "no element with id 'missing' in models/a.html")
    }

    @Test("404.html's root-relative links are checked from the site root, not refused")
    func notFoundPage() {
        let files: [String: [UInt8]] = [
            "404.html": Array("<link rel=\"stylesheet\" href=\"/assets/site.css\"><a href=\"/models/index.html\">m</a><a href=\"/gone.html\">g</a>".utf8),
            "models/index.html": [], "assets/site.css": [],
            "other.html": Array("<a href=\"/models/index.html\">m</a>".utf8),
        ]
        let broken = SiteLinkChecker.check(files: files)
        #expect(broken.map { "\($0.page) \($0.href)" } == ["404.html /gone.html", "other.html /models/index.html"])
        #expect(broken.first?.reason == "no such file: gone.html")
    }

    @Test("entities in attribute values are decoded")
    func entities() {
        #expect(HTMLScanner.decodeEntities("a&amp;b&lt;&#39;&#x41;&unknown;&") == "a&b<'A&unknown;&")
    }
}
