import Foundation
import FuzzSupport
import ModelRegistry
import PriceStream
import TokenPricing

/// The service `admin-site price` runs: the compiled registry and `Site/templates.json`.
/// Built once; libFuzzer calls the entry point millions of times.
let service = PriceService(models: ModelRegistry.standard, templates: RepositoryData.defaultCatalog())

/// Feeds the input to `PriceService.processLines` as NDJSON, exactly as `admin-site price` reads
/// standard input. Errors are normal answers; a crash, a sanitizer report, or one of these
/// oracles failing is a finding:
/// - exactly one answer per line, blank ones too, in order, each a JSON object carrying its
///   `line` number;
/// - the returned failure count equals the number of `error` answers;
/// - no line that is not valid JSON (by `JSONSerialization`, an independent parser) gets a
///   price instead of an error (unless `FUZZ_STRICT_JSON=0`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPriceRequests(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let lines = FuzzOracle.lines(UnsafeBufferPointer(start: data, count: size))
    var answers: [String] = []
    let failures = service.processLines(lines) { answers.append($0) }

    FuzzOracle.check(answers.count == lines.count, "\(lines.count) lines got \(answers.count) answers")
    var errors = 0
    for (index, (request, answer)) in zip(lines, answers).enumerated() {
        let object = (try? JSONSerialization.jsonObject(with: Data(answer.utf8))) as? [String: Any]
        FuzzOracle.check(object != nil, "answer is not a JSON object: \(answer)")
        FuzzOracle.check((object?["line"] as? Int) == index + 1, "answer \(index + 1) has the wrong line: \(answer)")
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
