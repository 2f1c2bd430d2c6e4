import Integrity
import MarkdownDocs
import ModelRegistry
import TokenPricing

/// `integrity.html`: the findings triaged into "needs action" and "for information", grouped
/// by rule with counts (collapsible), filterable by severity and rule with JavaScript (without
/// it every finding is listed), record ids linked to their models; then doc and pricing
/// problems.
enum IntegrityPage {
    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.integrity, title: "Integrity", section: .integrity,
            description: "Integrity errors and warnings of the registry and the template catalogue, what needs action first.")
        let report = data.report
        let errors = report.errors.count
        let needing = report.needingAction, info = report.forInformation
        let docProblems: [Ctx] = (data.docs?.problems ?? []).map { p in
            var location = p.file
            if let line = p.line { location += ":\(line)"; if let c = p.column { location += ":\(c)" } }
            let path = data.docPath(sourcePath: p.file)
            return ["severity": p.severity.rawValue, "severityClass": p.severity == .error ? "error" : "warning",
                    "message": p.message, "location": location, "hasHref": path != nil, "href": path.map(frame.href) ?? ""]
        }
        var pricing: [Ctx] = []
        for t in data.templates {
            if let error = t.costError {
                pricing.append(["subjectText": t.name, "href": frame.href(t.path), "message": error])
            }
        }
        for m in data.models {
            if let error = m.pricing.atDefaultsError {
                pricing.append(["subjectText": m.displayName, "href": frame.href(m.path),
                                "message": "price at defaults: \(error)"])
            }
        }
        let rulesPresent = Set(report.findings.map(\.rule)).sorted()
        let infoRules = IntegrityRule.allCases.filter { $0.triage == .forInformation }.map(\.rawValue)
        let rulesDoc = data.docPath(sourcePath: "DOCS-PIPELINE.md")
        let page: Ctx = [
            "hasRulesHref": rulesDoc != nil, "rulesHref": rulesDoc.map { frame.href($0) + "#integrity-rules" } ?? "",
            "errorCount": errors,
            "warningCount": report.warnings.count,
            "needsActionCount": needing.count,
            "needsActionNote": "\(Format.count(errors, "error")), \(Format.count(needing.count - errors, "warning"))",
            "infoCount": info.count,
            "totalCount": report.findings.count,
            "infoRules": infoRules.enumerated().map { i, rule in
                ["rule": rule, "separator": i == infoRules.count - 1 ? "" : i == infoRules.count - 2 ? " and " : ", "] as Ctx
            },
            "sections": [
                section(.needsAction, needing, data: data, frame: frame,
                        empty: "Nothing needs action: no error, and no warning that points at a defect."),
                section(.forInformation, info, data: data, frame: frame,
                        empty: "Nothing to report."),
            ],
            "hasFindings": !report.findings.isEmpty,
            "ruleOptions": rulesPresent.map { ["value": $0, "label": $0] as Ctx },
            "hasDocs": data.docs != nil,
            "docProblems": docProblems,
            "hasDocProblems": !docProblems.isEmpty,
            "pricingProblems": pricing,
            "hasPricingProblems": !pricing.isEmpty,
            "summaryText": "\(needing.count) need action (\(Format.count(errors, "error"))), \(info.count) for information, in \(Format.count(data.models.count, "model")) and \(Format.count(data.templates.count, "template")).",
        ]
        return (frame, page)
    }

    /// One triage section: its findings grouped by rule, errors' groups first, then by rule
    /// code. Groups that need action start open; information groups start closed.
    static func section(_ triage: IntegrityTriage, _ findings: [IntegrityFinding], data: SiteData, frame: PageFrame, empty: String) -> Ctx {
        let byRule = Dictionary(grouping: findings, by: \.rule)
        let rules = byRule.keys.sorted { a, b in
            let sa = byRule[a]!.map(\.severity).min()!, sb = byRule[b]!.map(\.severity).min()!
            return sa != sb ? sa < sb : a < b
        }
        let groups: [Ctx] = rules.map { rule in
            let list = byRule[rule]!
            let severities = Set(list.map(\.severity)).sorted()
            let summary = IntegrityRule(rawValue: rule)?.summary ?? ""
            return [
                "rule": rule, "ruleSummary": summary, "hasSummary": !summary.isEmpty,
                "count": list.count, "countText": Format.count(list.count, "finding"),
                "severityBadges": severities.map { ["severity": $0.rawValue, "severityClass": $0 == .error ? "error" : "warning"] as Ctx },
                "open": triage == .needsAction, "groupId": "\(triage.rawValue)-\(rule)",
                "rows": list.map { FindingsView.row($0, data: data, frame: frame) },
            ]
        }
        return [
            "sectionId": triage.rawValue, "sectionTitle": triage.title, "count": findings.count,
            "groups": groups, "hasGroups": !groups.isEmpty, "emptyText": empty,
            "isInfo": triage == .forInformation,
        ]
    }
}
