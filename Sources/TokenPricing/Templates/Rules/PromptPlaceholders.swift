/// The `{{…}}` placeholders of a workflow step's prompt template, found in one pass.
///
/// Searching the rest of the text for `{{` with `range(of:)` after each placeholder costs
/// the square of the prompt's length (200,000 placeholders took tens of seconds); this scan
/// reads each byte once.
public enum PromptPlaceholders {
    /// The names between `{{` and the next `}}`, with spaces and tabs trimmed, in order. An
    /// opening `{{` without a closing `}}` ends the scan (it is text, as before).
    public static func names(in text: String) -> [String] {
        var result: [String] = []
        var text = text
        text.withUTF8 { bytes in
            let n = bytes.count
            var i = 0
            while i + 1 < n {
                guard bytes[i] == UInt8(ascii: "{"), bytes[i + 1] == UInt8(ascii: "{") else { i += 1; continue }
                var start = i + 2
                var j = start
                while j + 1 < n, !(bytes[j] == UInt8(ascii: "}") && bytes[j + 1] == UInt8(ascii: "}")) { j += 1 }
                guard j + 1 < n else { return }
                var end = j
                while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
                while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
                result.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self))
                i = j + 2
            }
        }
        return result
    }
}
