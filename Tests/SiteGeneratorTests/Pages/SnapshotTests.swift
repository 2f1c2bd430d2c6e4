import Foundation
import Testing

@testable import SiteGenerator

/// Whole-page snapshots of the small fixture site (`Fixture`), so they change only when the
/// generator or the templates do. `SNAPSHOT_RECORD=1 swift test --filter SnapshotTests`
/// re-records them after an intended change.
@Suite("Page snapshots")
struct SnapshotTests {
    static let pages: [(path: String, snapshot: String)] = [
        ("index.html", "dashboard.html"),
        ("models/index.html", "catalogue.html"),
        ("models/11111111-aaaa-4bbb-8ccc-000000000001.html", "model.html"),
        ("templates/promo-video.html", "workflow.html"),
        ("models/compare.html", "compare.html"),
    ]

    @Test("fixture pages match their snapshots", arguments: pages.map(\.path))
    func page(path: String) throws {
        let site = try Fixture.site()
        let name = Self.pages.first { $0.path == path }!.snapshot
        try Snapshot.assertMatches(try #require(site.text(at: path)), named: name)
    }

    @Test("the snapshot diff shows changed lines with numbers")
    func diff() {
        let d = Snapshot.diff("a\nb\nc\n", "a\nB\nc\n")
        #expect(d == "-2: b\n+2: B")
    }
}
