import AdminSiteKit
import Foundation
import ModelRegistry
import PriceLock
import TokenPricing

// How long reading the price history from git takes: a temporary repository with N commits
// of the real registry's lockfile (each commit reprices one model), built in one
// `git fast-import` run, then `GitPriceHistory.read()` timed, median of R runs.
//
//     swift run -c release --scratch-path .build-release PriceHistoryBenchmark [commits] [runs] [--build]
//
// With `--build`, it also times a whole `admin-site build` of the real site (BuildRunner, into
// a fresh folder each run) with the synthetic repository as package root: once reading its
// history, once without (`priceLock` nil), alternating, median of R runs each.

let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let commitCount = arguments.first ?? 500
let runs = arguments.dropFirst().first ?? 5
let lockPath = SiteDefaults.priceLockPath

/// The lockfile texts: the real registry, then one model repriced per commit.
func lockTexts(_ count: Int) -> [String] {
    let models = ModelRegistry.standard.models.map(\.priced)
    var lock = PriceLock(pricing: models)
    var texts = [lock.encoded]
    for k in 1..<count {
        let i = k % models.count
        var model = models[i]
        model.baseTokenCost = model.baseTokenCost + ExactDecimal(significand: Int128(k), scale: 2)
        let entry = PriceLockEntry(model: model, pointLimit: lock.pointLimit, rangeLimit: lock.rangeLimit)
        lock.models[lock.models.firstIndex { $0.recordId == model.recordId }!] = entry
        texts.append(lock.encoded)
    }
    return texts
}

/// A `git fast-import` stream committing each text in turn, one day apart.
func fastImportStream(_ texts: [String]) -> Data {
    var out = Data()
    func add(_ s: String) { out.append(contentsOf: Array(s.utf8)) }
    for (k, text) in texts.enumerated() {
        let bytes = Array(text.utf8)
        let message = "Reprice model \(k)"
        let time = 1_700_000_000 + k * 86_400
        add("commit refs/heads/main\n")
        add("author Bench <bench@example.com> \(time) +0000\ncommitter Bench <bench@example.com> \(time) +0000\n")
        add("data \(message.utf8.count)\n\(message)\n")
        add("M 100644 inline \(lockPath)\ndata \(bytes.count)\n")
        out.append(contentsOf: bytes)
        add("\n")
    }
    return out
}

func git(_ arguments: [String], in root: URL, input: Data? = nil) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["git", "-C", root.path] + arguments
    p.standardOutput = FileHandle.nullDevice
    if let input {
        let file = root.appendingPathComponent(".stream")
        try! input.write(to: file)
        p.standardInput = try! FileHandle(forReadingFrom: file)
    }
    try! p.run()
    p.waitUntilExit()
    precondition(p.terminationStatus == 0, "git \(arguments) failed")
}

let root = FileManager.default.temporaryDirectory.appendingPathComponent("price-history-bench-\(UUID().uuidString)")
try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { try? FileManager.default.removeItem(at: root) } else { print("kept \(root.path)") } }
let texts = lockTexts(commitCount)
git(["init", "-q", "-b", "main"], in: root)
git(["fast-import", "--quiet"], in: root, input: fastImportStream(texts))
git(["checkout", "-q", "main"], in: root)

var times: [Double] = []
var history = PriceHistory(commits: [])
for _ in 0..<runs {
    let start = DispatchTime.now().uptimeNanoseconds
    history = GitPriceHistory(root: root).read()
    times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
}
times.sort()
let median = times[times.count / 2]
print("price history: \(commitCount) commits of a \(texts.last!.utf8.count)-byte lockfile (\(ModelRegistry.standard.models.count) models)")
print("  commits in the history: \(history.commits.count), unavailable: \(history.unavailable.map { "\($0)" } ?? "no")")
print("  read: median \(String(format: "%.3f", median)) s over \(runs) runs (min \(String(format: "%.3f", times.first!)) s, max \(String(format: "%.3f", times.last!)) s)")

// Where the time goes: reading one lockfile, and comparing two (means of 20).
do {
    func ms(_ body: () throws -> Void) rethrows -> String {
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<20 { try body() }
        return String(format: "%.2f", Double(DispatchTime.now().uptimeNanoseconds - start) / 20e6)
    }
    let bytes = Array(texts.last!.utf8)
    let tree = try PortableJSON.parse(bytes)
    let lock = try PriceLock(lockValue: tree)
    let previous = try PriceLock(json: Array(texts[texts.count - 2].utf8))
    let parse = try ms { _ = try PortableJSON.parse(bytes) }
    let decode = try ms { _ = try PriceLock(lockValue: tree) }
    let diff = ms { _ = PriceLockDiff(from: previous, to: lock) }
    print("  one version: JSON \(parse) ms, lock \(decode) ms, diff \(diff) ms")
}

// A whole build with and without the history.
if CommandLine.arguments.contains("--build") {
    let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    func input(_ path: String) -> String { repository.appendingPathComponent(path).path }
    var withHistory: [Double] = [], without: [Double] = []
    var pages = 0
    for run in 0..<runs {
        for readHistory in [run % 2 == 0, run % 2 != 0] {
            var paths = InputPaths(
                packageRoot: root, catalog: input(SiteDefaults.catalogPath), config: input(SiteDefaults.configPath),
                assets: input(SiteDefaults.assetsPath), pageTemplates: input(SiteDefaults.pageTemplatesPath), docs: input(SiteDefaults.docsPath))
            paths.priceLock = readHistory ? lockPath : nil
            let output = root.appendingPathComponent("site-\(run)-\(readHistory)").path
            let start = DispatchTime.now().uptimeNanoseconds
            let outcome = try BuildRunner(paths: paths, outputDirectory: output).run()
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            pages = outcome.result.summary.pageCount
            if readHistory { withHistory.append(seconds) } else { without.append(seconds) }
            try? FileManager.default.removeItem(atPath: output)
        }
    }
    withHistory.sort()
    without.sort()
    let a = withHistory[runs / 2], b = without[runs / 2]
    print("whole build (\(pages) pages), median of \(runs):")
    print("  with \(history.commits.count) commits of history: \(String(format: "%.3f", a)) s (min \(String(format: "%.3f", withHistory.first!)), max \(String(format: "%.3f", withHistory.last!)))")
    print("  without history:          \(String(format: "%.3f", b)) s (min \(String(format: "%.3f", without.first!)), max \(String(format: "%.3f", without.last!)))")
    print("  the history adds \(String(format: "%.3f", a - b)) s")
}
