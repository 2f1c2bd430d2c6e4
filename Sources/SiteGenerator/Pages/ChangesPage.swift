import PriceLock
import TokenPricing

/// `changes/index.html`: the price history, one section per commit, newest first: its date,
/// short hash, subject and the models it added, removed, repriced (old → new at defaults and
/// over the range, with percentages) and redefined. Without a history, why not and how to
/// get one.
enum ChangesPage {
    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.changes, title: "Price changes", section: .changes,
            description: "Every commit that changed a model's price, newest first, read from the price lockfile's history.")
        let history = data.history.history
        let commits: [Ctx] = history.commits.enumerated().map { i, c in commit(c, index: i, data: data, frame: frame) }
        var page: Ctx = [
            "hasHistory": history.unavailable == nil,
            "unavailableReason": history.unavailable?.description ?? "",
            "unavailableRemedy": history.unavailable?.remedy ?? "",
            "commits": commits,
            "hasCommits": !commits.isEmpty,
            "countText": Format.count(commits.count, "commit") + " changed prices or models",
            "feedHref": frame.href(SitePaths.changesFeed),
            "apiHref": frame.href(SitePaths.changesJSON),
            "lockFile": "Site/prices.lock.json",
        ]
        page["recentDays"] = PriceHistoryIndex.recentDays
        return (frame, page)
    }

    /// A model's name, linked to its page when the registry still has it.
    /// A model the registry still has shows its unique display name (the lockfile's name may be
    /// shared with another model); a removed one, the name the lockfile recorded.
    static func model(_ recordId: String, name: String, data: SiteData, frame: PageFrame) -> Ctx {
        let entry = data.model(recordId)
        return ["name": entry?.displayName ?? name, "hasHref": entry != nil, "href": entry.map { frame.href($0.path) } ?? "", "recordId": recordId]
    }

    /// The link of a commit in the repository's web view, when one is configured.
    static func commitURL(_ sha: String, data: SiteData) -> String? {
        guard let repo = data.config.repositoryURL.flatMap(WebURL.safe) else { return nil }
        var base = repo
        while base.hasSuffix("/") { base.removeLast() }
        return "\(base)/commit/\(SitePaths.percentEncodePath(sha))"
    }

    static func commit(_ c: PriceHistoryCommit, index: Int, data: SiteData, frame: PageFrame) -> Ctx {
        let info = c.commit
        let url = commitURL(info.sha, data: data)
        func entry(_ e: PriceLockEntry) -> Ctx {
            var ctx = model(e.recordId, name: e.name, data: data, frame: frame)
            ctx["atDefaults"] = HistoryText.price(e.atDefaults)
            ctx["range"] = HistoryText.span(e.min, e.max)
            return ctx
        }
        var added: [Ctx] = [], removed: [Ctx] = [], repriced: [Ctx] = [], redefined: [Ctx] = []
        for change in c.changes {
            switch change {
            case .added(let e): added.append(entry(e))
            case .removed(let e): removed.append(entry(e))
            case .repriced(let r):
                var ctx = model(r.new.recordId, name: r.new.name, data: data, frame: frame)
                ctx["atDefaults"] = HistoryText.move(r.atDefaults)
                ctx["range"] = HistoryText.range(r)
                ctx["points"] = HistoryText.points(r)
                repriced.append(ctx)
            case .redefined:
                var ctx = model(change.recordId, name: change.name, data: data, frame: frame)
                ctx["summary"] = change.summary
                redefined.append(ctx)
            }
        }
        return [
            "anchor": PriceHistoryIndex.anchor(info),
            "day": info.day,
            "datetime": info.authorDate,
            "sha": info.sha,
            "shortSha": info.shortSha,
            "hasCommitHref": url != nil,
            "commitHref": url ?? "",
            "subject": info.subject,
            "countsText": HistoryText.counts(c),
            "hasProblem": c.problem != nil,
            "problem": c.problem ?? "",
            "added": added, "hasAdded": !added.isEmpty,
            "removed": removed, "hasRemoved": !removed.isEmpty,
            "repriced": repriced, "hasRepriced": !repriced.isEmpty,
            "redefined": redefined, "hasRedefined": !redefined.isEmpty,
            "tableId": "repriced-\(index + 1)",
        ]
    }
}
