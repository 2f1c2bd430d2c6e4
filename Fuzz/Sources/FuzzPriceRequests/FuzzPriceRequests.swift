import Foundation
import FuzzSupport
import ModelRegistry
import TokenPricing

/// The service `admin-site price` runs: the compiled registry and `Site/templates.json`.
/// Built once; libFuzzer calls the entry point millions of times.
let service = PriceService(models: ModelRegistry.standard, templates: RepositoryData.defaultCatalog())

/// Feeds the input to `PriceService.processLines` as NDJSON, exactly as `admin-site price` reads
/// standard input. Errors are normal answers; a crash, a sanitizer report, or one of these
/// oracles failing is a finding:
/// - one answer per non-blank line, each a JSON object;
/// - the returned failure count equals the number of `error` answers;
/// - with `FUZZ_STRICT_JSON=1`, no line that is not valid JSON (by `JSONSerialization`) gets a
///   price instead of an error.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPriceRequests(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let lines = FuzzOracle.lines(UnsafeBufferPointer(start: data, count: size))
    var answers: [String] = []
    let failures = service.processLines(lines) { answers.append($0) }

    let requests = lines.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
    FuzzOracle.check(answers.count == requests.count, "\(requests.count) requests got \(answers.count) answers")
    var errors = 0
    for (request, answer) in zip(requests, answers) {
        let object = (try? JSONSerialization.jsonObject(with: Data(answer.utf8))) as? [String: Any]
        FuzzOracle.check(object != nil, "answer is not a JSON object: \(answer)")
        if object?["error"] != nil {
            errors += 1
        } else {
            FuzzOracle.check(!FuzzOracle.strictJSON || FuzzOracle.isValidJSON(request),
                             "invalid JSON got a price: \(request) -> \(answer)")
        }
    }
    FuzzOracle.check(failures == errors, "processLines reported \(failures) failures for \(errors) error answers")
    return 0
}
