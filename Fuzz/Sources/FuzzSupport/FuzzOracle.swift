import Foundation

/// How a harness reports a wrong answer: a trap, so libFuzzer keeps the input as a crash.
public enum FuzzOracle {
    /// Traps with `message` (printed to standard error first) unless `condition` holds.
    ///
    /// A plain `precondition` would do, but printing first keeps the reason next to libFuzzer's
    /// stack trace even in builds that drop precondition messages.
    public static func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
        guard !condition() else { return }
        let text = "FUZZ ORACLE FAILED: \(message())\n"
        FileHandle.standardError.write(Data(text.utf8))
        fatalError(text)
    }

    /// The input split the way `readLine(strippingNewline: true)` splits standard input: at
    /// `\n`, with invalid UTF-8 repaired to U+FFFD. A trailing newline gives no extra line.
    public static func lines(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false)
            .map { String(decoding: $0, as: UTF8.self) }
        if bytes.last == 0x0A { lines.removeLast() }
        return lines
    }

    /// Whether the harnesses hold a decoder that accepts invalid JSON as a finding: on unless
    /// `FUZZ_STRICT_JSON=0`.
    ///
    /// The fuzzers first found that Foundation's `JSONDecoder` validated only the values it
    /// decoded (an unread `01`, `-`, `1.`, `"\q"` or raw control character was accepted); the
    /// exact JSON reader (TokenPricing's `ExactJSONReader`) now reads every byte, so any such
    /// acceptance is a regression. `FUZZ_STRICT_JSON=0` turns the check off to hunt for other bugs
    /// should it ever fire on a reader change under review.
    public static let strictJSON = ProcessInfo.processInfo.environment["FUZZ_STRICT_JSON"] != "0"

    /// Whether `text` is one JSON value that `JSONSerialization` accepts: an independent parser
    /// that the harnesses hold the decoders' verdicts against.
    public static func isValidJSON(_ text: String) -> Bool {
        (try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])) != nil
    }
}
