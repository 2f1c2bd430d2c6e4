import Foundation
import PriceStream
import TokenPricing

/// `n` realistic request lines, as a month of generations would be re-priced: every
/// prepared model call of `calls`, in order (its parameters as JSON, numbers exact),
/// and every tenth line a catalogue template by id with no inputs.
func priceLines(_ n: Int, calls: [Call], templateIds: [String]) -> [String] {
    func json(_ v: ParameterValue) -> String {
        switch v {
        case .string(let s):
            let data = try! JSONSerialization.data(withJSONObject: [s], options: [.withoutEscapingSlashes])
            return String(decoding: data.dropFirst().dropLast(), as: UTF8.self)
        case .number(let d): return d.description
        case .bool(let b): return b ? "true" : "false"
        case .null: return "null"
        case .array(let a): return "[" + a.map(json).joined(separator: ", ") + "]"
        case .object(let o): return "{" + o.keys.sorted().map { "\(json(.string($0))): \(json(o[$0]!))" }.joined(separator: ", ") + "}"
        }
    }
    let modelLines = calls.map { #"{"modelRecordId": "\#($0.model.recordId)", "parameters": \#(json(.object($0.parameters)))}"# }
    var lines: [String] = []
    lines.reserveCapacity(n)
    var m = 0, t = 0
    for i in 0..<n {
        if i % 10 == 9, !templateIds.isEmpty {
            lines.append(#"{"templateId": "\#(templateIds[t % templateIds.count])"}"#)
            t += 1
        } else {
            lines.append(modelLines[m % modelLines.count])
            m += 1
        }
    }
    return lines
}

/// Runs the price stream over `lines` from a file in /dev/shm (or the temp folder) to
/// /dev/null, as `admin-site price` does; returns the number of lines as a decimal so the
/// sink keeps the run.
@inline(never)
func streamLines(_ service: PriceService, file: URL) -> ExactDecimal {
    guard let input = try? FileHandle(forReadingFrom: file), let output = FileHandle(forWritingAtPath: "/dev/null") else { return .zero }
    let failures = service.run(input: input.fileDescriptor, output: output.fileDescriptor)
    try? input.close()
    try? output.close()
    return ExactDecimal(failures)
}
