/// Facts about the raw input that the oracles compare the pipeline's answers with.
enum MarkdownBytes {
    /// Lines as CommonMark counts them: `\n`, `\r\n` and a lone `\r` each end one.
    static func lineCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 1
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                count += 1
            }
            index += 1
        }
        return count
    }

    /// Whether the input holds an en or em dash typed as such (UTF-8 `E2 80 93` or `E2 80 94`).
    static func hasTypedDash(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index + 2 < bytes.count {
            if bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0x93 || bytes[index + 2] == 0x94 {
                return true
            }
            index += 1
        }
        return false
    }
}
