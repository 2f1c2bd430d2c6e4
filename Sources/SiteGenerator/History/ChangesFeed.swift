import PriceLock

/// `changes.xml`: the price history as an Atom feed (RFC 4287), one entry per commit, so
/// admins and services can subscribe to price changes.
///
/// Deterministic: the feed's `updated` is the newest commit's date (never the build's), and
/// an entry's id is built from its commit's full hash (`urn:sha1:<sha>`, or `urn:sha256:` for
/// a SHA-256 repository), so a reader never sees an entry twice. Entries are newest first by
/// author date (a stable sort of the history's order, which a rebase can leave unsorted).
/// Every text goes through `Escape.html`; an entry's HTML content is escaped once as markup
/// and once more as XML text.
enum ChangesFeed {
    /// The date of a feed without entries (it must have one; the clock is never read).
    static let epoch = "1970-01-01T00:00:00Z"

    /// The stable id of a commit's entry.
    static func entryId(_ commit: GitCommitInfo) -> String {
        (commit.sha.utf8.count == 64 ? "urn:sha256:" : "urn:sha1:") + commit.sha.lowercased()
    }

    /// The feed's own id: its absolute URL with a base URL, else a fixed name.
    static func feedId(baseURL: String?) -> String {
        baseURL.map { $0 + SitePaths.changesFeed } ?? "urn:admin-site:price-changes"
    }

    /// The feed's text. `baseURL` (normalised, ending in `/`) makes every link absolute and adds
    /// `rel="self"`; without it links are relative to the feed, which sits at the site root.
    static func xml(history: PriceHistory, siteTitle: String, baseURL: String?) -> String {
        let commits = history.commits.enumerated().sorted { a, b in
            a.element.commit.authorTimestamp != b.element.commit.authorTimestamp
                ? a.element.commit.authorTimestamp > b.element.commit.authorTimestamp : a.offset < b.offset
        }.map(\.element)
        let root = baseURL ?? ""
        let page = root + SitePaths.changes
        var out = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
        out += "  <id>\(Escape.html(feedId(baseURL: baseURL)))</id>\n"
        out += "  <title>\(Escape.html("Price changes · \(siteTitle)"))</title>\n"
        out += "  <subtitle>Every commit that changed a model's locked price, newest first.</subtitle>\n"
        out += "  <updated>\(Escape.html(commits.first?.commit.authorDate ?? epoch))</updated>\n"
        out += "  <author><name>\(Escape.html(siteTitle))</name></author>\n"
        if let baseURL {
            out += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"\(Escape.html(baseURL + SitePaths.changesFeed))\"/>\n"
        }
        out += "  <link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.html(page))\"/>\n"
        out += "  <generator>admin-site</generator>\n"
        for c in commits {
            let info = c.commit
            out += "  <entry>\n"
            out += "    <id>\(Escape.html(entryId(info)))</id>\n"
            out += "    <title type=\"text\">\(Escape.html(info.subject))</title>\n"
            out += "    <updated>\(Escape.html(info.authorDate))</updated>\n"
            out += "    <link rel=\"alternate\" type=\"text/html\" href=\"\(Escape.html(page + "#" + PriceHistoryIndex.anchor(info)))\"/>\n"
            out += "    <summary type=\"text\">\(Escape.html("Commit \(info.shortSha): \(HistoryText.counts(c))."))</summary>\n"
            out += "    <content type=\"html\">\(Escape.html(content(c)))</content>\n"
            out += "  </entry>\n"
        }
        out += "</feed>\n"
        return out
    }

    /// An entry's content as HTML: one list item per change, in the words `check` uses.
    static func content(_ c: PriceHistoryCommit) -> String {
        var html = "<ul>"
        if let problem = c.problem { html += "<li>The lockfile could not be read: \(Escape.html(problem))</li>" }
        for change in c.changes { html += "<li>\(Escape.html(change.summary))</li>" }
        return html + "</ul>"
    }
}
