import Testing

@testable import SiteGenerator

@Suite("Page paths")
struct SitePathsTests {
    @Test("plain slugs and UUIDs stay readable", arguments: [
        ("kie_ai", "kie_ai"), ("prompt_to_image", "prompt_to_image"), ("schnell", "schnell"),
        ("0ff9bb96-041e-4c24-90c5-543064b642ca", "0ff9bb96-041e-4c24-90c5-543064b642ca"),
        ("0FF9BB96-041E-4C24-90C5-543064B642CA", "0ff9bb96-041e-4c24-90c5-543064b642ca"),
    ])
    func readable(id: String, slug: String) {
        #expect(SitePaths.slug(id) == slug)
    }

    @Test("other ids become safe, lowercase and distinct")
    func hashed() {
        let ids = ["100@1", "100#1", "100-1", "Flux Pro", "flux pro", "FLUX PRO", "<script>", "../../etc/passwd", "index", "", "é", "a/b", "-x"]
        let slugs = ids.map(SitePaths.slug)
        #expect(Set(slugs).count == ids.count, "\(slugs)")
        for slug in slugs {
            #expect(!slug.isEmpty && slug.utf8.allSatisfy(SitePaths.isSlugByte), "\(slug)")
            #expect(!slug.hasPrefix("-") && slug != "index")
        }
        #expect(SitePaths.slug("100@1").hasPrefix("100-1-"))
        #expect(SitePaths.slug("100@1") == SitePaths.slug("100@1"))
        #expect(SitePaths.slug("100-1") == "100-1")
    }

    @Test("relative roots and hrefs")
    func hrefs() {
        #expect(SitePaths.root(of: "index.html") == "")
        #expect(SitePaths.root(of: "docs/adr/x.html") == "../../")
        #expect(SitePaths.href(to: "docs/a b/é.html", from: "models/index.html") == "../docs/a%20b/%C3%A9.html")
    }

    @Test("only http(s) URLs are links", arguments: [
        ("https://example.com/a.png", true), ("HTTP://x.y", true), ("javascript:alert(1)", false), (" https://x", false),
        ("https://x y", false), ("data:text/html,x", false), ("/logos/a.svg", false), ("https:///x", false),
        ("https://x\"onmouseover=\"y", false),
    ])
    func webURLs(url: String, ok: Bool) {
        #expect((WebURL.safe(url) != nil) == ok)
    }
}
