// SiteBenchmark: times the admin-site generator on a synthetic registry of any size, or on the
// real 70-model site, through the same code path as `admin-site build` (SiteGenerator with the
// repository's Templates/ and Site/assets). Run it in release mode, from the package root:
//
//   swift build -c release --scratch-path .build-bench --product SiteBenchmark
//   .build-bench/release/SiteBenchmark --models 10000 --templates 10000 --output /dev/shm/bench --runs 5
//   .build-bench/release/SiteBenchmark --real --output /dev/shm/bench-real
//   .build-bench/release/SiteBenchmark --models 1000 --verify --output /dev/shm/bench-verify
//   .build-bench/release/SiteBenchmark --models 1000 --emit-hugo /dev/shm/hugo-site   (used by Tools/bench-vs-hugo.sh)
//
// Never run from the test suite: timings belong to release builds on a quiet machine.

import Foundation
import MarkdownDocs
import ModelRegistry
import SiteGenerator
import TokenPricing
#if canImport(Glibc)
import Glibc
#endif

struct Options {
    var models = 1000
    var templates: Int?
    var output: String?
    var runs = 5
    var serial = false
    var real = false
    var verify = false
    var emitHugo: String?
    var root = FileManager.default.currentDirectoryPath
    var seed: UInt64 = 0x5EED_0001
    var docs = true
    var writer = "builder"
    var profile = false
    var changeOne = false

    static let usage = """
        usage: SiteBenchmark [--models N] [--templates M] [--output DIR] [--runs K] [--serial]
                             [--real] [--verify] [--emit-hugo DIR] [--writer builder|folder|memory]
                             [--profile] [--change-one] [--root DIR] [--seed S] [--no-docs]

          --models N        synthetic models (default 1000)
          --templates M     synthetic templates, 4/5 content templates and 1/5 workflows (default N)
          --output DIR      where the site is written, emptied before each run (use /dev/shm)
          --runs K          timed runs (default 5); prints each run and the median (0: none, e.g. with --profile)
          --serial          run pinned to one CPU (the process restarts itself so): libdispatch sizes
                            concurrentPerform from the affinity mask when it starts, so every
                            parallel loop of the generator runs on one thread
          --real            the real site: ModelRegistry.standard, Site/templates.json, Site/site.json, Docs/
          --verify          after the runs, build again serially (a child process) and compare the
                            two outputs byte for byte
          --emit-hugo DIR   write the Hugo counterpart's content/ for the same data into DIR and exit
          --writer W        builder: SiteBuilder.build (what `admin-site build` does: staged, atomic;
                            the default); folder: SiteGenerator into a FolderPageWriter; memory:
                            SiteGenerator into an InMemoryPageWriter (no file I/O)
          --profile         one more build into memory that attributes time to each kind of file
          --change-one      after the runs, raise one model's base cost and rebuild into the same
                            folder with SiteBuilder: prints the time and every file it rewrote
          --root DIR        the package root holding Templates/, Site/ and Docs/ (default: .)
          --seed S          PRNG seed of the synthetic data (default 0x5EED0001)
          --no-docs         leave the docs out (default: Docs/ when present)
        """

    static func parse(_ args: [String]) -> Options {
        var o = Options()
        var i = 0
        func value() -> String {
            i += 1
            guard i < args.count else { fail("\(args[i - 1]) needs a value") }
            return args[i]
        }
        func int(_ text: String) -> Int {
            guard let n = Int(text.replacingOccurrences(of: "_", with: "")), n >= 0 else { fail("expected a number, found '\(text)'") }
            return n
        }
        while i < args.count {
            switch args[i] {
            case "--models": o.models = int(value())
            case "--templates": o.templates = int(value())
            case "--output": o.output = value()
            case "--runs": o.runs = int(value())
            case "--serial": o.serial = true
            case "--real": o.real = true
            case "--verify": o.verify = true
            case "--emit-hugo": o.emitHugo = value()
            case "--writer":
                o.writer = value()
                guard ["builder", "folder", "memory"].contains(o.writer) else { fail("--writer is builder, folder or memory") }
            case "--memory": o.writer = "memory"
            case "--profile": o.profile = true
            case "--change-one": o.changeOne = true
            case "--root": o.root = value()
            case "--seed":
                let v = value()
                o.seed = v.hasPrefix("0x") ? UInt64(v.dropFirst(2), radix: 16) ?? 0 : UInt64(v) ?? 0
            case "--no-docs": o.docs = false
            case "-h", "--help": print(usage); exit(0)
            default: fail("unknown argument '\(args[i])'\n\n\(usage)")
            }
            i += 1
        }
        return o
    }
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("SiteBenchmark: \(message)\n".utf8))
    exit(2)
}

/// Counts what the generator writes, then passes it on.
struct TallyWriter: PageWriter {
    let inner: any PageWriter
    let tally: Tally
    func write(_ bytes: [UInt8], to relativePath: String) throws {
        try inner.write(bytes, to: relativePath)
        tally.record(path: relativePath, count: bytes.count)
    }
}

let options = Options.parse(Array(CommandLine.arguments.dropFirst()))
if options.serial && Measure.allowedCPUs() != 1 {
    // libdispatch reads the CPU affinity once, when it starts, to size concurrentPerform:
    // pin this process to one CPU and start it again, so the generator runs serially.
    guard Measure.pinToOneCPU() else { fail("cannot pin the process to one CPU") }
    let exe = "/proc/self/exe"
    let argv = CommandLine.arguments.map { strdup($0) } + [nil]
    execv(exe, argv)
    fail("cannot restart pinned to one CPU: \(String(cString: strerror(errno)))")
}
let root = URL(fileURLWithPath: options.root).standardizedFileURL

// MARK: Inputs

let setupStart = Measure.now()
let config: SiteConfig
do {
    let file = root.appendingPathComponent("Site/site.json")
    config = FileManager.default.fileExists(atPath: file.path) ? try SiteConfig.load(from: file) : SiteConfig()
} catch { fail("\(error)") }

var docs: DocsCollection?
let docsRoot = root.appendingPathComponent("Docs")
if options.docs, FileManager.default.fileExists(atPath: docsRoot.path) {
    do { docs = try DocsCollection.load(root: docsRoot, options: MarkdownOptions(allowRawHTML: config.allowRawHTMLInDocs)) } catch {
        fail("Docs/: \(error)")
    }
    // A broken link in a doc fails a real build; the benchmark times the site, so it leaves
    // such docs out (and says so) rather than not running.
    if let d = docs, d.hasErrors {
        let count = d.problems.filter { $0.severity == .error }.count
        FileHandle.standardError.write(Data("SiteBenchmark: warning: Docs/ has \(count) errors (e.g. \(d.problems.first { $0.severity == .error }.map { "\($0)" } ?? "")); building without docs\n".utf8))
        docs = nil
    }
}

let registry: ModelRegistry
let catalog: TemplateCatalog
let catalogFile: String
if options.real {
    registry = .standard
    catalogFile = "Site/templates.json"
    do { catalog = try TemplateCatalog.load(from: root.appendingPathComponent(catalogFile)) } catch { fail("\(error)") }
} else {
    registry = ModelRegistry(models: SyntheticRegistry(count: options.models, seed: options.seed).models)
    catalog = SyntheticCatalog(count: options.templates ?? options.models, registry: registry, seed: options.seed &+ 1).catalog
    catalogFile = "synthetic-templates.json"
}
let inputs = SiteInputs(
    registry: registry, catalog: catalog, catalogFile: catalogFile, docs: docs, config: config,
    templatesDirectory: root.appendingPathComponent("Templates"),
    assetsDirectory: root.appendingPathComponent("Site/assets"))
let setupSeconds = Measure.now() - setupStart

let label = options.real ? "real site" : "synthetic"
print("""
    \(label): \(registry.models.count) models, \(catalog.contentTemplates.count) content templates, \
    \(catalog.workflowTemplates.count) workflows, \(docs?.pages.count ?? 0) docs; \
    inputs made in \(String(format: "%.3f", setupSeconds)) s
    """)

// MARK: Hugo counterpart

if let hugoDir = options.emitHugo {
    let site = HugoSite(registry: registry, catalog: catalog, docsDirectory: docs != nil ? docsRoot : nil)
    do {
        let pages = try site.write(into: URL(fileURLWithPath: hugoDir))
        print("hugo content: \(pages) content files under \(hugoDir)/content")
    } catch { fail("cannot write the Hugo content: \(error)") }
    exit(0)
}

// MARK: Timed runs

let memory = options.writer == "memory"
guard let output = options.output ?? (memory ? "" : nil) else { fail("--output DIR is required (use /dev/shm/…)") }
let outputURL = URL(fileURLWithPath: output)
let generator = SiteGenerator(inputs: inputs)
print("CPUs allowed: \(Measure.allowedCPUs())\(options.serial ? " (--serial)" : ""); writer: \(options.writer); output: \(memory ? "memory" : output)")

/// One build the way `--writer` says; returns (pages, files, bytes, writer threads or 0).
func build(into output: String) throws -> (pages: Int, files: Int, bytes: Int, threads: Int) {
    switch options.writer {
    case "builder":
        let result = try SiteBuilder.build(inputs: inputs, outputDirectory: URL(fileURLWithPath: output))
        return (result.summary.pageCount, result.summary.files.count, 0, 0)
    default:
        let tally = Tally()
        let writer: any PageWriter = memory ? InMemoryPageWriter() : FolderPageWriter(root: URL(fileURLWithPath: output))
        let summary = try generator.generate(into: TallyWriter(inner: writer, tally: tally))
        return (summary.pageCount, summary.files.count, tally.bytes, tally.threadCount)
    }
}

if options.runs > 0 {
    var walls: [Double] = []
    var cpus: [Double] = []
    var peaks: [Int] = []
    var last = (pages: 0, files: 0, bytes: 0, threads: 0)
    for run in 1...options.runs {
        if !memory { try? FileManager.default.removeItem(atPath: output) }
        Measure.resetPeak()
        let cpu0 = Measure.cpuSeconds()
        let t0 = Measure.now()
        do { last = try build(into: output) } catch { fail("build failed: \(error)") }
        let wall = Measure.now() - t0
        let cpu = Measure.cpuSeconds() - cpu0
        let peak = Measure.statusKB("VmHWM") ?? 0
        walls.append(wall)
        cpus.append(cpu)
        peaks.append(peak)
        var line = String(
            format: "run %d: %.3f s wall, %.3f s CPU (%.2f cores busy), peak RSS %@, %d pages, %d files",
            run, wall, cpu, cpu / wall, Measure.megabytes(peak), last.pages, last.files)
        if last.threads > 0 { line += String(format: ", %.1f MB, %d writer threads", Double(last.bytes) / 1_048_576, last.threads) }
        print(line)
    }
    let medianWall = Measure.median(walls)
    let processPeak = Measure.statusKB("VmHWM")
    print(String(
        format: "median of %d: %.3f s (min %.3f, max %.3f); %.2f cores busy; peak RSS during a run %@; process peak %@",
        walls.count, medianWall, walls.min()!, walls.max()!, Measure.median(cpus) / medianWall,
        Measure.megabytes(peaks.max()), Measure.megabytes(processPeak)))
    // One line for scripts.
    print("RESULT label=\(options.real ? "real" : "synthetic") models=\(registry.models.count) templates=\(catalog.contentTemplates.count + catalog.workflowTemplates.count) pages=\(last.pages) files=\(last.files) median_s=\(String(format: "%.4f", medianWall)) peak_run_kb=\(peaks.max() ?? 0) peak_process_kb=\(processPeak ?? 0) cores_busy=\(String(format: "%.2f", Measure.median(cpus) / medianWall)) writer=\(options.writer)")
}

// MARK: Where the time goes

if options.profile {
    // Into a writer that keeps nothing, so the memory figures are the generator's own.
    struct NullWriter: PageWriter { func write(_ bytes: [UInt8], to relativePath: String) throws {} }
    let clock = JobClock()
    let sampler = RSSSampler()
    let rssBefore = Measure.statusKB("VmRSS") ?? 0
    sampler.start()
    let t0 = Measure.now()
    clock.start()
    var phases: [PhaseTiming] = []
    do { phases = try generator.generate(into: ClockWriter(inner: NullWriter(), clock: clock)).timings } catch { fail("profile build failed: \(error)") }
    let total = Measure.now() - t0
    let samples = sampler.stop()
    var byKind: [String: (count: Int, seconds: Double)] = [:]
    var firstFiles: [(path: String, seconds: Double)] = []
    for d in clock.durations {
        if d.isFirstOnThread { firstFiles.append((d.path, d.seconds)); continue }
        let k = JobClock.kind(of: d.path)
        byKind[k, default: (0, 0)].count += 1
        byKind[k, default: (0, 0)].seconds += d.seconds
    }
    print(String(format: "profile (into memory, one build): %.3f s wall, %d files", total, clock.durations.count))
    print(String(format: "  until the first file was handed over (loading templates, SiteData: pricing every model and template, the integrity check; plus that first file): %.3f s", clock.firstWrite - t0))
    print("  phases (wall): " + phases.filter { !$0.phase.hasPrefix("cpu:") }.map { String(format: "%@ %.3f s", $0.phase, $0.seconds) }.joined(separator: ", "))
    print("  thread-seconds by kind of file (time between two writes on one worker thread; the first file of each thread left out):")
    for (kind, v) in byKind.sorted(by: { $0.value.seconds > $1.value.seconds }) {
        print(String(format: "    %-30@ %6d files %8.3f s  (%.3f ms each)", kind as NSString, v.count, v.seconds, v.seconds * 1000 / Double(v.count)))
    }
    for f in firstFiles { print(String(format: "    first file of a thread: %@ (%.3f s from the start)", f.path, f.seconds)) }
    let ends = clock.lastWrites.sorted()
    if ends.count >= 2 {
        let tailFiles = clock.spans.filter { $0.end > ends[ends.count - 2] }.map(\.path)
        print(String(format: "  tail: for the last %.3f s only one thread was working (on %@)",
                     ends[ends.count - 1] - ends[ends.count - 2], tailFiles.joined(separator: ", ")))
    }
    print("  slowest files:")
    for d in clock.durations.filter({ !$0.isFirstOnThread }).sorted(by: { $0.seconds > $1.seconds }).prefix(12) {
        print(String(format: "    %8.3f s  %@", d.seconds, d.path))
    }
    if let peak = samples.max(by: { $0.kb < $1.kb }) {
        let inFlight = clock.spans.filter { $0.start <= peak.time && peak.time <= $0.end }.map(\.path)
        print(String(format: "  RSS: %@ before the build, peak %@ at %.2f s (of %.2f s); files being made then: %@",
                     Measure.megabytes(rssBefore), Measure.megabytes(peak.kb), peak.time - t0, total,
                     inFlight.isEmpty ? "(none: shared analysis)" : inFlight.joined(separator: ", ")))
        // A coarse timeline: the highest RSS in each tenth of the build.
        var line = "  RSS by tenth of the build (MB):"
        for i in 0..<10 {
            let lo = t0 + total * Double(i) / 10, hi = t0 + total * Double(i + 1) / 10
            let m = samples.filter { $0.time >= lo && $0.time < hi }.map(\.kb).max() ?? 0
            line += String(format: " %.0f", Double(m) / 1024)
        }
        print(line)
    }
}

// MARK: Verification

if options.verify {
    guard !memory else { fail("--verify needs a folder output") }
    // The serial build runs in a child process pinned to one CPU (libdispatch sizes
    // concurrentPerform from the affinity mask, so it runs the pages one at a time).
    let serialOutput = output + "-serial"
    // The child writes through a plain FolderPageWriter so it can report its writer threads
    // (1 when serial); the builder's marker file is left out of the comparison.
    var args = Array(CommandLine.arguments.dropFirst()).filter { $0 != "--verify" && $0 != "--serial" && $0 != "--profile" }
    if let i = args.firstIndex(of: "--output") { args[i + 1] = serialOutput }
    if let i = args.firstIndex(of: "--runs") { args[i + 1] = "1" } else { args += ["--runs", "1"] }
    if let i = args.firstIndex(of: "--writer") { args[i + 1] = "folder" } else { args += ["--writer", "folder"] }
    args.append("--serial")
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    if !CommandLine.arguments[0].contains("/") { child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath() }
    child.arguments = args
    print("verify: serial build: \(child.executableURL!.path) \(args.joined(separator: " "))")
    try? FileManager.default.removeItem(atPath: serialOutput)
    fflush(nil)  // our lines first, then the child's
    do { try child.run() } catch { fail("cannot start the serial build: \(error)") }
    child.waitUntilExit()
    guard child.terminationStatus == 0 else { fail("the serial build failed (status \(child.terminationStatus))") }
    let (compared, differences) = TreeCompare.differences(output, serialOutput, ignoring: [SiteBuilder.markerFile])
    if differences.isEmpty {
        print("verify: concurrent and serial outputs are byte-identical (\(compared) files)")
    } else {
        print("verify: OUTPUTS DIFFER (\(compared) files compared):")
        for d in differences { print("  \(d)") }
    }

    // Rebuild with no change into the same folder: which files were rewritten?
    let before = TreeCompare.stamps(under: output)
    Thread.sleep(forTimeInterval: 0.05)
    let t0 = Measure.now()
    var reported = ""
    do {
        if options.writer == "builder" {
            let r = try SiteBuilder.build(inputs: inputs, outputDirectory: outputURL)
            reported = "; SiteBuilder reports \(r.written.count) written, \(r.unchanged.count) unchanged, \(r.removed.count) removed"
        } else {
            _ = try generator.generate(into: FolderPageWriter(root: outputURL))
        }
    } catch { fail("rebuild failed: \(error)") }
    let rebuildSeconds = Measure.now() - t0
    let after = TreeCompare.stamps(under: output)
    let rewritten = TreeCompare.touched(before: before, after: after).count
    print(String(format: "verify: no-change rebuild (%@) took %.3f s and touched %d of %d files (inode or mtime changed)%@",
                 options.writer, rebuildSeconds, rewritten, after.count, reported))
    print("RESULT verify identical=\(differences.isEmpty) compared=\(compared) rebuild_rewritten=\(rewritten) rebuild_files=\(after.count)")
    if !differences.isEmpty { exit(1) }
}

// MARK: One changed model

if options.changeOne {
    guard !memory else { fail("--change-one needs a folder output") }
    // A fresh, complete build first, so the rebuild starts from the unchanged site.
    do { _ = try SiteBuilder.build(inputs: inputs, outputDirectory: outputURL) } catch { fail("build failed: \(error)") }
    var models = registry.models
    let index = models.count / 2
    models[index].config.baseTokenCost = models[index].config.baseTokenCost + 1
    var changed = inputs
    changed.registry = ModelRegistry(models: models)
    let before = TreeCompare.stamps(under: output)
    Thread.sleep(forTimeInterval: 0.05)
    let t0 = Measure.now()
    let result: BuildResult
    do { result = try SiteBuilder.build(inputs: changed, outputDirectory: outputURL) } catch { fail("rebuild failed: \(error)") }
    let seconds = Measure.now() - t0
    let after = TreeCompare.stamps(under: output)
    let touched = TreeCompare.touched(before: before, after: after)
    print(String(format: "change-one: '%@' base cost +1; the rebuild took %.3f s and rewrote %d of %d files (%d unchanged, %d removed); touched on disk: %d",
                 models[index].recordId, seconds, result.written.count, after.count, result.unchanged.count,
                 result.removed.count, touched.count))
    for path in result.written { print("  rewrote \(path)") }
    print("RESULT change_one written=\(result.written.count) files=\(after.count) touched=\(touched.count) seconds=\(String(format: "%.3f", seconds))")
}
