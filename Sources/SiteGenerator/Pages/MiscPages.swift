import Integrity
import MarkdownDocs
import ModelRegistry
import TokenPricing

/// `404.html` and `sitemap.xml`.
enum MiscPages {
    static func notFound(_ data: SiteData) -> (PageFrame, Ctx) {
        var frame = PageFrame(path: "404.html", title: "Page not found", section: .none,
                              description: "This page does not exist.")
        // A host serves the 404 page for a missing URL at any depth (/models/x/y/missing), so
        // relative links would resolve against that URL: the base URL when known, else the
        // site root (`/`, a site published at a host's root).
        frame.absoluteRoot = data.config.normalizedBaseURL ?? "/"
        return (frame, ["homeHref": frame.href(SitePaths.dashboard), "modelsHref": frame.href(SitePaths.models)])
    }

    static func sitemap(paths: [String], baseURL: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            out += "  <url><loc>\(Escape.html(baseURL + SitePaths.percentEncodePath(path)))</loc></url>\n"
        }
        out += "</urlset>\n"
        return out
    }
}
