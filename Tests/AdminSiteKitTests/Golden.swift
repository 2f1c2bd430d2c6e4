import Foundation
import Testing

/// Exact-text golden files under `Tests/AdminSiteKitTests/__Snapshots__/`, as the site
/// generator's tests keep theirs: a mismatch fails with a line diff, `SNAPSHOT_RECORD=1`
/// re-records, and a missing file is recorded and fails once so it is looked at.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__Snapshots__")

    static func assertMatches(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        let existing = try? String(contentsOf: url, encoding: .utf8)
        let recording = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
        if recording || existing == nil {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            if existing == nil && !recording { Issue.record("recorded new golden file \(name); check it and re-run", sourceLocation: sourceLocation) }
            return
        }
        guard let expected = existing, expected != actual else { return }
        Issue.record("golden file \(name) differs (SNAPSHOT_RECORD=1 re-records):\n\(diff(expected, actual))", sourceLocation: sourceLocation)
    }

    /// A line diff with line numbers, `-` for the golden file's lines, `+` for the output's.
    static func diff(_ old: String, _ new: String, limit: Int = 60) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var lines: [(Int, String)] = []
        for change in b.difference(from: a) {
            switch change {
            case .remove(let offset, let element, _): lines.append((offset * 2, "-\(offset + 1): \(element)"))
            case .insert(let offset, let element, _): lines.append((offset * 2 + 1, "+\(offset + 1): \(element)"))
            }
        }
        return lines.sorted { $0.0 < $1.0 }.prefix(limit).map(\.1).joined(separator: "\n")
    }
}
