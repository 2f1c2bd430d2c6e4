import Integrity
import MarkdownDocs
import ModelRegistry
import TokenPricing

/// `api/index.html`: the JSON and CSV files and their shapes. The shapes of `api/models.json`
/// and `api/templates.json` are listed from the types they are written from
/// (`APIModelsDocument`, `APITemplatesDocument`, through `JSONShape`), so the page cannot drift
/// from the files; `api/pricing.json` is the portable pricing form (`APIPricing`,
/// Docs/PORTABLE-PRICING.md).
enum APIPages {
    /// The shapes, worked out once.
    static let modelsShape = JSONShape.of(APIModelsDocument.self)
    static let templatesShape = JSONShape.of(APITemplatesDocument.self)
    static let changesShape = JSONShape.of(APIChangesDocument.self)

    static func index(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(path: SitePaths.api, title: "API", section: .api,
                              description: "Machine-readable JSON and CSV exports of the registry.")
        let files: [Ctx] = [
            ["href": frame.href("api/models.json"), "name": "api/models.json", "shape": modelsShape.text,
             "about": "Every model with its configuration and input schema, in registry order."],
            ["href": frame.href("api/templates.json"), "name": "api/templates.json", "shape": templatesShape.text,
             "about": "The template catalogue as read, plus each template's page and cost (at defaults, min, max, per step) or the reason it could not be priced (costError)."],
            ["href": frame.href("api/pricing.json"), "name": "api/pricing.json", "shape": APIPricing.shape, "about": APIPricing.about],
            ["href": frame.href(SitePaths.changesJSON), "name": SitePaths.changesJSON, "shape": changesShape.text,
             "about": "The price history: per commit (newest first) its hash, date, subject and the models added, removed, repriced (old, new and percent at defaults, min and max) and redefined; or why the build has no history (unavailable)."],
            ["href": frame.href(SitePaths.changesFeed), "name": SitePaths.changesFeed, "shape": "Atom feed: one entry per commit, id urn:sha1:<full hash>",
             "about": "The price history as an Atom feed, to subscribe to price changes."],
            ["href": frame.href("models/models.csv"), "name": "models/models.csv",
             "shape": CataloguePage.columns.map(\.key).joined(separator: ","),
             "about": "The catalogue table (header row of column keys; text cells starting with = + - @ get a leading ')."],
            ["href": frame.href("models/models.json"), "name": "models/models.json",
             "shape": "[{" + CataloguePage.columns.map { "\"\($0.key)\"" }.joined(separator: ", ") + "}]",
             "about": "The catalogue table as JSON; costs are decimal strings (null when unknown), the time a number of seconds."],
            ["href": frame.href("templates/templates.csv"), "name": "templates/templates.csv",
             "shape": TemplatePages.columns.map(\.key).joined(separator: ","),
             "about": "The templates table."],
        ]
        return (frame, ["files": files])
    }
}
