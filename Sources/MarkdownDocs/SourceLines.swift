/// Random access to the lines of a Markdown source, numbered from 1 as libcmark numbers them.
///
/// Built once per document in a single pass, so per-line lookups stay O(1) and post-processing
/// stays linear even for very large docs.
struct SourceLines {
    /// The source bytes.
    private let bytes: [UInt8]
    /// Byte offset where each line starts; index 0 is line 1.
    private let starts: [Int]

    /// Indexes the lines of `bytes`, treating `\n`, `\r\n` and a lone `\r` as line endings,
    /// exactly like libcmark.
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        self.starts = starts
    }

    /// The number of lines (a trailing line ending starts one final, empty line).
    var count: Int { starts.count }

    /// The bytes of 1-based line `number` without its line ending; empty when out of range.
    func line(_ number: Int) -> ArraySlice<UInt8> {
        guard number >= 1, number <= starts.count else { return [] }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : bytes.count
        // Drop the line ending itself so callers only see content.
        if end > start, bytes[end - 1] == 0x0A { end -= 1 }
        if end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return bytes[start..<end]
    }

    /// The 1-based line containing byte `offset`.
    func lineNumber(ofOffset offset: Int) -> Int {
        // Binary search: the last line start that is <= offset.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if starts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }
}
