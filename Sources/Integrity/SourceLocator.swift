import Foundation
import ModelRegistry

/// Finds where a model's Swift file declares things: the `recordId:` line, a pricing factor's
/// parameter, a table key. Best effort, by reading the text: when the file cannot be read or
/// the text is not found, the finding keeps its file and loses its line.
struct SourceLocator {
    /// A 1-based line and column (UTF-8 bytes).
    typealias Position = JSONPositionIndex.Position

    /// The package root the relative `sourcePath`s start from, when known.
    let packageRoot: URL?
    private var texts: [String: [String]?] = [:]

    init(packageRoot: URL?) {
        self.packageRoot = packageRoot
    }

    /// The lines of a model's file: `packageRoot/sourcePath` first, then the absolute
    /// `sourceFile` captured at compile time (whose prefix is the package root it was built in).
    mutating func lines(of model: ModelDefinition) -> [String]? {
        var candidates: [String] = []
        if let root = packageRoot, let relative = model.sourcePath {
            candidates.append(root.appendingPathComponent(relative).path)
        }
        candidates.append(model.sourceFile)
        for path in candidates {
            if let cached = texts[path] {
                if let cached { return cached }
                continue
            }
            let read = (try? String(contentsOfFile: path, encoding: .utf8)).map { text in
                text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            }
            texts[path] = .some(read)
            if let read { return read }
        }
        return nil
    }

    /// The `recordId:` argument of the model's config: the line that names its id, else the
    /// first `recordId:` of the file. `occurrence` picks the n-th such line (0-based) when one
    /// file declares the same id more than once.
    mutating func recordIdPosition(of model: ModelDefinition, occurrence: Int = 0) -> Position? {
        guard let lines = lines(of: model) else { return nil }
        return Self.recordIdLine(in: lines, recordId: model.recordId, occurrence: occurrence).map { $0.position }
    }

    static func recordIdLine(in lines: [String], recordId: String, occurrence: Int = 0) -> (index: Int, position: Position)? {
        let literal = "\"\(recordId)\""
        var seen = 0
        for (i, line) in lines.enumerated() {
            guard let r = line.range(of: "recordId:"), line[r.upperBound...].contains(literal) else { continue }
            if seen == occurrence { return (i, Position(line: i + 1, column: column(of: r.lowerBound, in: line))) }
            seen += 1
        }
        for (i, line) in lines.enumerated() {
            if let r = line.range(of: "recordId:") { return (i, Position(line: i + 1, column: column(of: r.lowerBound, in: line))) }
        }
        return nil
    }

    /// Where the pricing rule names `parameter` (its first `"parameter"` after the model's
    /// `pricing:` label), and, when `tableKey` is given, where that key is written after it.
    /// Falls back to the `recordId:` line.
    mutating func pricingPosition(of model: ModelDefinition, parameter: String, tableKey: String? = nil) -> Position? {
        guard let lines = lines(of: model) else { return nil }
        let start = Self.recordIdLine(in: lines, recordId: model.recordId)
        let from = start?.index ?? 0
        let pricingLine = (from..<lines.count).first { lines[$0].contains("pricing:") } ?? from
        guard let (pLine, pCol) = Self.find("\"\(parameter)\"", in: lines, from: pricingLine) else { return start?.position }
        if let tableKey, let (kLine, kCol) = Self.find("\"\(tableKey)\"", in: lines, from: pLine, skippingFirstOn: pLine, after: pCol) {
            return Position(line: kLine + 1, column: kCol)
        }
        return Position(line: pLine + 1, column: pCol)
    }

    /// The first occurrence of `needle` at or after line `from`: (line index, 1-based column).
    /// On line `skippingFirstOn`, only occurrences after column `after` count.
    private static func find(_ needle: String, in lines: [String], from: Int, skippingFirstOn: Int? = nil, after: Int = 0) -> (Int, Int)? {
        guard from < lines.count else { return nil }
        for i in from..<lines.count {
            let line = lines[i]
            var searchStart = line.startIndex
            if i == skippingFirstOn {
                let bytes = line.utf8
                searchStart = bytes.index(bytes.startIndex, offsetBy: min(after, bytes.count))
            }
            if let r = line.range(of: needle, range: searchStart..<line.endIndex) {
                return (i, column(of: r.lowerBound, in: line))
            }
        }
        return nil
    }

    /// 1-based column in UTF-8 bytes.
    static func column(of index: String.Index, in line: String) -> Int {
        line.utf8.distance(from: line.utf8.startIndex, to: index) + 1
    }
}
