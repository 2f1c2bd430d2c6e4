#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import TokenPricing

extension PriceService {
    /// Runs the price stream from one file descriptor to another (`admin-site price` passes
    /// standard input and output) until the input ends. Returns the number of lines that
    /// failed.
    ///
    /// Input is read in large blocks and split at newlines without copying; the answers to
    /// every complete line of a block are written with one `write` before the next read, so
    /// a reader on a pipe gets each answer as soon as its line has arrived, and bulk input
    /// costs one system call per block instead of per line. A line longer than
    /// `limits.maxLineBytes` is skipped as it streams past (never held in memory) and
    /// answered with `limitExceeded`. The last line needs no newline.
    public func run(input: Int32, output: Int32) -> Int {
        let session = PriceSession(self)
        var out = AnswerWriter(capacity: 1 << 17)
        var buffer = [UInt8](repeating: 0, count: Swift.min(Swift.max(limits.maxLineBytes + 1, 4096), 1 << 18))
        var start = 0, end = 0        // unanswered bytes are buffer[start..<end]
        var scanned = 0               // buffer[start..<scanned] holds no newline
        var skipping = false          // inside a line that is too long
        var number = 0
        var failures = 0
        var atEnd = false

        func answer(_ lineStart: Int, _ lineEnd: Int) {
            number += 1
            let failed = buffer.withUnsafeBufferPointer { all in
                session.respond(to: UnsafeBufferPointer(rebasing: all[lineStart..<lineEnd]), number: number, into: &out)
            }
            if failed { failures += 1 }
            out.byte(0x0A)
        }
        func tooLong() {
            number += 1
            _ = session.respondTooLong(number: number, into: &out)
            failures += 1
            out.byte(0x0A)
        }

        while !atEnd {
            // Make room: drop answered bytes, grow up to one maximal line.
            if end == buffer.count {
                if start > 0 {
                    buffer.withUnsafeMutableBufferPointer { b in
                        _ = memmove(b.baseAddress!, b.baseAddress! + start, end - start)
                    }
                    end -= start; scanned -= start; start = 0
                } else if buffer.count <= limits.maxLineBytes {
                    buffer += [UInt8](repeating: 0, count: Swift.min(buffer.count, limits.maxLineBytes + 1 - buffer.count + 1))
                }
            }
            let n = buffer.withUnsafeMutableBufferPointer { b in read(input, b.baseAddress! + end, b.count - end) }
            if n < 0 {
                if errno == EINTR { continue }
                break
            }
            if n == 0 { atEnd = true } else { end += n }

            // Answer every complete line.
            while let newline = buffer.withUnsafeBufferPointer({ b -> Int? in
                guard scanned < end, let p = memchr(b.baseAddress! + scanned, 0x0A, end - scanned) else { return nil }
                return b.baseAddress!.distance(to: p.assumingMemoryBound(to: UInt8.self))
            }) {
                if skipping {
                    skipping = false
                    tooLong()
                } else if newline - start > limits.maxLineBytes {
                    tooLong()
                } else {
                    answer(start, newline)
                }
                start = newline + 1
                scanned = start
            }
            scanned = end
            // A partial line already longer than the limit is dropped as it arrives.
            if !skipping && end - start > limits.maxLineBytes { skipping = true }
            if skipping { start = end; scanned = end }
            if atEnd && (skipping || end > start) {
                if skipping { tooLong() } else { answer(start, end) }
                start = end
            }
            if !write(out.bytes, to: output) { break }
            out.bytes.removeAll(keepingCapacity: true)
        }
        return failures
    }

    /// Writes all of `bytes`; `false` when the descriptor fails (a closed pipe).
    private func write(_ bytes: [UInt8], to fd: Int32) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var offset = 0
            while offset < b.count {
                let n = systemWrite(fd, b.baseAddress! + offset, b.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += n
            }
            return true
        }
    }
}

/// POSIX `write`, named apart from `PriceService.write(_:to:)`.
private func systemWrite(_ fd: Int32, _ pointer: UnsafePointer<UInt8>, _ count: Int) -> Int {
    #if canImport(Glibc)
    return Glibc.write(fd, pointer, count)
    #else
    return Darwin.write(fd, pointer, count)
    #endif
}
