import Integrity
import MarkdownDocs
import ModelRegistry
import TokenPricing

/// `docs/index.html` and `docs/<outputPath>`.
enum DocsPages {
    static func tocItems(_ headings: [DocHeading]) -> [Ctx] {
        var items: [Ctx] = []
        var children: [Ctx] = []
        var current: Ctx?
        func flush() {
            if var c = current {
                c["children"] = children
                c["hasChildren"] = !children.isEmpty
                items.append(c)
            }
            current = nil
            children = []
        }
        for h in headings {
            if h.level <= 2 || current == nil {
                flush()
                current = ["text": h.text, "anchor": h.anchor]
            } else {
                children.append(["text": h.text, "anchor": h.anchor])
            }
        }
        flush()
        return items
    }

    static func index(_ docs: DocsCollection, data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(path: SitePaths.docs, title: "Docs", section: .docs, description: "The project's documentation.")
        let landing = docs.pages.first { $0.outputPath == "index.html" }
        let entries: [Ctx] = docs.pages.filter { $0.outputPath != "index.html" }.map { p in
            ["title": p.title, "href": frame.href(SitePaths.doc(outputPath: p.outputPath)), "source": p.sourcePath]
        }
        var page: Ctx = [
            "entries": entries, "hasEntries": !entries.isEmpty,
            "hasLanding": landing != nil,
            "hasToc": landing?.hasTableOfContents ?? false,
            "toc": landing.map { tocItems($0.tableOfContents) } ?? [],
            "needsHeading": landing.map { $0.headings.first?.level != 1 } ?? true,
            "docTitle": landing?.title ?? "Docs",
        ]
        page[html: .landingHtml] = SafeHTML(trusted: landing?.html ?? "")
        return (frame, page)
    }

    static func page(_ doc: DocPage, data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.doc(outputPath: doc.outputPath), title: doc.title, section: .docs,
            description: doc.title)
        var page: Ctx = [
            "docTitle": doc.title,
            "needsHeading": doc.headings.first?.level != 1,
            "hasToc": doc.hasTableOfContents,
            "toc": tocItems(doc.tableOfContents),
            "source": doc.sourcePath,
            "indexHref": frame.href(SitePaths.docs),
        ]
        page[html: .bodyHtml] = SafeHTML(trusted: doc.html)
        return (frame, page)
    }
}
