import Foundation
import TokenPricing

/// Reads many versions of one lockfile quickly: the price history reads hundreds, and
/// consecutive versions differ in a model or two.
///
/// A file in the layout `PriceLock.encoded` writes is cut into its model entries by line
/// (each entry is the text between a `    {` line and a `    }` line); an entry whose text
/// was seen before is not read again. Anything else (a hand-formatted file) is read in full by
/// `PriceLock(json:file:)`, so what is accepted and the errors are the same either way.
public struct PriceLockReader: Sendable {
    private var entries: [Chunk: PriceLockEntry] = [:]

    /// A reader with an empty cache.
    public init() {}

    /// The lock in `bytes`.
    /// - Throws: `PortableFormatError` naming `file` and the key path of the first problem.
    public mutating func read(_ bytes: [UInt8], file: String? = nil) throws(PortableFormatError) -> PriceLock {
        guard let (points, range, chunks) = Self.split(bytes) else { return try PriceLock(json: bytes, file: file) }
        var models: [PriceLockEntry] = []
        models.reserveCapacity(chunks.count)
        for (i, chunk) in chunks.enumerated() {
            if let known = entries[Chunk(chunk)] { models.append(known); continue }
            do {
                let entry = try PriceLockEntry(lockValue: try PortableJSON.parse(chunk), at: "models[\(i)]")
                entries[Chunk(chunk)] = entry
                models.append(entry)
            } catch {
                // A full read names the problem exactly as a single read would.
                return try PriceLock(json: bytes, file: file)
            }
        }
        for i in models.indices.dropFirst() where models[i - 1].recordId >= models[i].recordId {
            return try PriceLock(json: bytes, file: file)
        }
        return PriceLock(pointLimit: points, rangeLimit: range, models: models)
    }

    /// The limits and the entries' bytes of a file in the written layout, or `nil`. Works on
    /// bytes: the history reads megabytes, and walking them as characters costs ten times more.
    static func split(_ bytes: [UInt8]) -> (Int, Int, [ArraySlice<UInt8>])? {
        var lines: [Range<Int>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == UInt8(ascii: "\n") {
            lines.append(start..<i)
            start = i + 1
        }
        guard start == bytes.count, lines.count >= 5 else { return nil }
        func line(_ i: Int) -> ArraySlice<UInt8> { bytes[lines[i]] }
        func equals(_ i: Int, _ text: String) -> Bool { line(i).elementsEqual(text.utf8) }
        let openLine = Array("    {".utf8), closeLine = Array("    }".utf8), closeComma = Array("    },".utf8)
        // Most lines are longer than these: compare lengths first.
        func isLine(_ l: ArraySlice<UInt8>, _ expected: [UInt8]) -> Bool {
            l.count == expected.count && l.elementsEqual(expected)
        }
        let last = lines.count - 1
        guard equals(0, "{"), equals(1, "  \"formatVersion\": \(Portable.formatVersion),"), equals(3, "  \"models\": ["),
              equals(last - 1, "  ]"), equals(last, "}") else { return nil }
        let limits = String(decoding: line(2), as: UTF8.self)
        let prefix = "  \"limits\": {\"points\": ", middle = ", \"range\": ", suffix = "},"
        guard limits.hasPrefix(prefix), limits.hasSuffix(suffix) else { return nil }
        let inner = limits.dropFirst(prefix.count).dropLast(suffix.count)
        guard let m = inner.range(of: middle), let points = Int(inner[..<m.lowerBound]), let range = Int(inner[m.upperBound...]) else {
            return nil
        }
        var chunks: [ArraySlice<UInt8>] = []
        var open: Int?
        for i in 4..<(last - 1) {
            let l = line(i)
            if isLine(l, openLine) {
                guard open == nil else { return nil }
                open = lines[i].lowerBound
            } else if isLine(l, closeComma) || (i == last - 2 && isLine(l, closeLine)) {
                guard let o = open else { return nil }
                chunks.append(bytes[o..<(lines[i].lowerBound + 5)])
                open = nil
            } else if open == nil {
                return nil
            }
        }
        return open == nil ? (points, range, chunks) : nil
    }
}

/// An entry's bytes as a dictionary key, hashed in one call (a byte slice's own `Hashable`
/// feeds the hasher byte by byte, which was a tenth of the history's reading time).
private struct Chunk: Hashable, Sendable {
    let bytes: ArraySlice<UInt8>

    init(_ bytes: ArraySlice<UInt8>) { self.bytes = bytes }

    func hash(into hasher: inout Hasher) {
        bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    }

    static func == (a: Chunk, b: Chunk) -> Bool {
        a.bytes.count == b.bytes.count
            && a.bytes.withUnsafeBytes { x in b.bytes.withUnsafeBytes { y in memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 } }
    }
}
