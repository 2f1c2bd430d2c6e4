import PriceLock
import TokenPricing

/// The "Price history" section of a model page: a step chart of the price at defaults and
/// the table of the model's changes, newest first, each linked to its commit on the Changes
/// page. Without a history, why not and how to get one. One dictionary lookup per model.
enum ModelHistorySection {
    static func context(_ e: ModelEntry, data: SiteData, frame: PageFrame) -> Ctx {
        let index = data.history
        let unavailable = index.history.unavailable
        let changes = index.changes(recordId: e.model.recordId)
        let changesPage = frame.href(SitePaths.changes)
        let rows: [Ctx] = changes.map { item in
            let (commit, change) = item
            var row: Ctx = [
                "day": commit.day, "datetime": commit.authorDate, "shortSha": commit.shortSha, "sha": commit.sha,
                "commitHref": changesPage + "#" + PriceHistoryIndex.anchor(commit), "subject": commit.subject,
                "kind": HistoryText.kind(change),
            ]
            switch change {
            case .added(let entry):
                row["atDefaults"] = HistoryText.price(entry.atDefaults)
                row["range"] = HistoryText.span(entry.min, entry.max)
            case .removed(let entry):
                row["atDefaults"] = "was " + HistoryText.price(entry.atDefaults)
                row["range"] = "was " + HistoryText.span(entry.min, entry.max)
            case .repriced(let r):
                row["atDefaults"] = HistoryText.move(r.atDefaults)
                row["range"] = HistoryText.range(r)
            case .redefined(_, let new):
                row["atDefaults"] = HistoryText.price(new.atDefaults) + " (unchanged)"
                row["range"] = change.summary
            }
            return row
        }
        var ctx: Ctx = [
            "historyAvailable": unavailable == nil,
            "historyReason": unavailable?.description ?? "",
            "historyRemedy": unavailable?.remedy ?? "",
            "historyRows": rows,
            "hasHistoryRows": !rows.isEmpty,
            "changesHref": changesPage,
        ]
        if !changes.isEmpty, let end = index.history.commits.first?.commit {
            let steps = changes.reversed().map { StepChart.Step(timestamp: $0.commit.authorTimestamp, day: $0.commit.day, value: HistoryText.atDefaultsAfter($0.change)) }
            ctx[html: .historyChartHtml] = StepChart.svg(
                id: "history-chart", title: "\(e.displayName): price at defaults over time, in \(data.config.token.plural)", steps: steps,
                end: max(end.authorTimestamp, steps.last?.timestamp ?? end.authorTimestamp), endDay: end.day, unit: data.config.token.plural)
        }
        return ctx
    }
}
