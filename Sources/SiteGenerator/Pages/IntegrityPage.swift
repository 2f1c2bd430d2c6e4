import Integrity
import MarkdownDocs
import ModelRegistry
import TokenPricing

/// `integrity.html`: every finding, doc problem and pricing problem, linked to its subject.
enum IntegrityPage {
    static func build(_ data: SiteData) -> (PageFrame, Ctx) {
        let frame = PageFrame(
            path: SitePaths.integrity, title: "Integrity", section: .integrity,
            description: "Integrity errors and warnings of the registry and the template catalogue.")
        let errors = data.report.errors, warnings = data.report.warnings
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
        let page: Ctx = [
            "errorCount": errors.count,
            "warningCount": warnings.count,
            "errorRows": errors.map { FindingsView.row($0, data: data, frame: frame) },
            "warningRows": warnings.map { FindingsView.row($0, data: data, frame: frame) },
            "hasErrors": !errors.isEmpty,
            "hasWarnings": !warnings.isEmpty,
            "hasDocs": data.docs != nil,
            "docProblems": docProblems,
            "hasDocProblems": !docProblems.isEmpty,
            "pricingProblems": pricing,
            "hasPricingProblems": !pricing.isEmpty,
            "summaryText": "\(Format.count(errors.count, "error")) and \(Format.count(warnings.count, "warning")) in \(Format.count(data.models.count, "model")) and \(Format.count(data.templates.count, "template")).",
        ]
        return (frame, page)
    }
}
