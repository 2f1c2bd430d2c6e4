import Foundation
import FuzzSupport
import Integrity
import ModelRegistry
import PriceStream
import TokenPricing

/// The checker the build and `admin-site check` run, reading model files from the repository.
let checker = IntegrityChecker(packageRoot: RepositoryData.root)

/// Feeds the input to the template catalogue loader the way a build reads `Site/templates.json`:
/// `TemplateCatalog.decode`, then (when it decodes) the integrity check over the compiled
/// registry with the file's text for positions, then a price at defaults for every template.
/// A `CatalogLoadError` or a pricing error is a normal outcome; a crash, a sanitizer report, or
/// one of these oracles failing is a finding:
/// - a load error names the file and says something;
/// - with `FUZZ_STRICT_JSON=1`, input that `JSONSerialization` rejects never decodes to a catalogue;
/// - a decoded catalogue re-encodes and decodes to an equal catalogue;
/// - every finding's line, when it has one, lies inside the text.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplateCatalog(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let file = "Site/templates.json"
    let catalog: TemplateCatalog
    do {
        catalog = try TemplateCatalog.decode(bytes, file: file)
    } catch {
        FuzzOracle.check(error.description.hasPrefix(file + ": ") && !error.message.isEmpty, "load error without a file or message: \(error)")
        return 0
    }
    let text = String(decoding: bytes, as: UTF8.self)
    FuzzOracle.check(!FuzzOracle.strictJSON || FuzzOracle.isValidJSON(text), "invalid JSON decoded to a catalogue: \(text)")

    do {
        let encoded = try JSONEncoder().encode(catalog)
        let again = try TemplateCatalog.decode(encoded, file: "re-encoded")
        FuzzOracle.check(again == catalog, "catalogue changed in a round trip: \(String(decoding: encoded, as: UTF8.self))")
    } catch {
        FuzzOracle.check(false, "a decoded catalogue does not round-trip: \(error)")
    }

    let report = checker.check(registry: .standard, catalog: catalog, catalogFile: file, catalogText: text)
    let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
    for finding in report.findings where finding.file == file {
        if let line = finding.line {
            FuzzOracle.check((1...lineCount).contains(line), "finding at line \(line) of a \(lineCount)-line file: \(finding)")
        }
    }

    let service = PriceService(models: ModelRegistry.standard, templates: catalog)
    for id in catalog.contentTemplates.map(\.id) + catalog.workflowTemplates.map(\.id) {
        _ = try? service.answer(.catalogTemplate(id: id, userInputs: [:]))
    }
    return 0
}
