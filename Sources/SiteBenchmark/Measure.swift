import Foundation
import SiteGenerator
#if canImport(Glibc)
import Glibc
#endif

/// Process measurements: wall and CPU time, peak resident memory.
enum Measure {
    /// Monotonic seconds.
    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// User + system CPU seconds of this process so far (all threads).
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
        return s(usage.ru_utime) + s(usage.ru_stime)
    }

    /// A field of `/proc/self/status` in kB (`VmHWM`: peak resident set; `VmRSS`: current).
    static func statusKB(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let digits = line.dropFirst(field.count + 1).filter(\.isNumber)
            return Int(digits)
        }
        return nil
    }

    /// Resets `VmHWM` to the current RSS (Linux ≥ 4.0: write 5 to `clear_refs`), so the
    /// next reading is the peak of what follows. Returns whether it worked.
    @discardableResult
    static func resetPeak() -> Bool {
        let fd = open("/proc/self/clear_refs", O_WRONLY)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        return write(fd, "5", 1) == 1
    }

    static func megabytes(_ kb: Int?) -> String {
        guard let kb else { return "?" }
        return String(format: "%.1f MB", Double(kb) / 1024)
    }

    static func median(_ values: [Double]) -> Double {
        let s = values.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }

    /// Restricts this process to one CPU, so `DispatchQueue.concurrentPerform` (which sizes
    /// itself from the affinity mask on Linux) runs its iterations one at a time.
    static func pinToOneCPU() -> Bool {
        // glibc's sched_setaffinity is declared only under _GNU_SOURCE, which the Glibc
        // module does not define: look it up at run time.
        typealias SetAffinity = @convention(c) (pid_t, Int, UnsafeRawPointer) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_setaffinity") else { return false }
        let setAffinity = unsafeBitCast(symbol, to: SetAffinity.self)
        var mask = [UInt64](repeating: 0, count: 16)  // 1024 CPUs, like cpu_set_t
        mask[0] = 1
        return mask.withUnsafeBytes { setAffinity(0, $0.count, $0.baseAddress!) } == 0
    }

    /// How many CPUs this process may run on.
    static func allowedCPUs() -> Int {
        typealias GetAffinity = @convention(c) (pid_t, Int, UnsafeMutableRawPointer) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "sched_getaffinity") else { return -1 }
        let getAffinity = unsafeBitCast(symbol, to: GetAffinity.self)
        var mask = [UInt64](repeating: 0, count: 16)
        guard mask.withUnsafeMutableBytes({ getAffinity(0, $0.count, $0.baseAddress!) }) == 0 else { return -1 }
        return mask.reduce(0) { $0 + $1.nonzeroBitCount }
    }
}

/// Wraps a folder and counts what goes through it, and on which threads.
final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files = 0
    private(set) var pages = 0
    private(set) var bytes = 0
    private var threads = Set<UInt>()

    func record(path: String, count: Int) {
        let me = UInt(pthread_self())
        lock.lock()
        files += 1
        bytes += count
        if path.hasSuffix(".html") { pages += 1 }
        threads.insert(me)
        lock.unlock()
    }

    var threadCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return threads.count
    }
}

/// Byte-for-byte comparison of two folders.
enum TreeCompare {
    /// Every regular file under `root`, as sorted relative paths.
    static func files(under root: String) -> [String] {
        var result: [String] = []
        guard let e = FileManager.default.enumerator(atPath: root) else { return [] }
        for case let relative as String in e {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDir), !isDir.boolValue {
                result.append(relative)
            }
        }
        return result.sorted()
    }

    /// The differences between two folders (missing files, differing bytes), at most `limit`.
    static func differences(_ a: String, _ b: String, ignoring: Set<String> = [], limit: Int = 10) -> (compared: Int, differences: [String]) {
        let fa = files(under: a).filter { !ignoring.contains($0) }, fb = files(under: b).filter { !ignoring.contains($0) }
        var diffs: [String] = []
        let setA = Set(fa), setB = Set(fb)
        for p in fa where !setB.contains(p) { diffs.append("only in \(a): \(p)") }
        for p in fb where !setA.contains(p) { diffs.append("only in \(b): \(p)") }
        var compared = 0
        for p in fa where setB.contains(p) {
            compared += 1
            let x = FileManager.default.contents(atPath: a + "/" + p), y = FileManager.default.contents(atPath: b + "/" + p)
            if x != y { diffs.append("differs: \(p)") }
        }
        return (compared, Array(diffs.prefix(limit)) + (diffs.count > limit ? ["… \(diffs.count - limit) more"] : []))
    }

    /// Path → (inode, modification time in ns) of every file under `root`.
    static func stamps(under root: String) -> [String: (UInt64, Int)] {
        var result: [String: (UInt64, Int)] = [:]
        for p in files(under: root) {
            var st = stat()
            if lstat(root + "/" + p, &st) == 0 {
                result[p] = (UInt64(st.st_ino), st.st_mtim.tv_sec * 1_000_000_000 + st.st_mtim.tv_nsec)
            }
        }
        return result
    }

    /// The files of `after` that are new or whose inode or modification time differ from `before`
    /// (both from `stamps(under:)`), sorted.
    static func touched(before: [String: (UInt64, Int)], after: [String: (UInt64, Int)]) -> [String] {
        after.filter { path, stamp in before[path].map { $0 != stamp } ?? true }.keys.sorted()
    }
}

/// Attributes time to the files the generator writes: each worker thread renders one file
/// and then writes it, so the time between two writes on one thread is (about) the time to
/// make the second file. The first file of each thread also carries the time before the
/// first write (the shared analysis, `SiteData`), reported apart as `startup`.
final class JobClock: @unchecked Sendable {
    private let lock = NSLock()
    private var lastByThread: [UInt: Double] = [:]
    private(set) var durations: [(path: String, seconds: Double, isFirstOnThread: Bool)] = []
    /// (path, start, end) of every file, in monotonic seconds.
    private(set) var spans: [(path: String, start: Double, end: Double)] = []
    private(set) var firstWrite = Double.infinity
    private var pagesStart: Double = 0

    /// The last write of each thread, in monotonic seconds.
    var lastWrites: [Double] {
        lock.lock()
        defer { lock.unlock() }
        return Array(lastByThread.values)
    }

    /// Call when the page jobs start (after the shared analysis).
    func start() { pagesStart = Measure.now() }

    func record(_ path: String) {
        let now = Measure.now()
        let me = UInt(pthread_self())
        lock.lock()
        let last = lastByThread[me]
        lastByThread[me] = now
        firstWrite = min(firstWrite, now)
        durations.append((path, now - (last ?? pagesStart), last == nil))
        spans.append((path, last ?? pagesStart, now))
        lock.unlock()
    }

    /// The kind of a site file, for the breakdown.
    static func kind(of path: String) -> String {
        switch path {
        case "index.html": return "dashboard"
        case "models/index.html": return "model catalogue page"
        case "templates/index.html": return "templates index page"
        case "integrity.html": return "integrity page"
        default: break
        }
        if path.hasPrefix("api/") && path.hasSuffix(".json") { return "api/*.json" }
        if path.hasPrefix("models/") && (path.hasSuffix(".csv") || path.hasSuffix(".json")) { return "models.csv + models.json" }
        if path.hasPrefix("templates/") && path.hasSuffix(".csv") { return "templates.csv" }
        if path.hasPrefix("models/") { return "model pages" }
        if path.hasPrefix("templates/wf-") { return "workflow pages" }
        if path.hasPrefix("templates/") { return "template pages" }
        if path.hasPrefix("providers/") || path.hasPrefix("content-types/") { return "provider + content-type pages" }
        if path.hasPrefix("docs/") { return "docs" }
        if path.hasPrefix("assets/") { return "assets" }
        return "other"
    }
}

/// Times each file the generator hands over (see `JobClock`).
struct ClockWriter: PageWriter {
    let inner: any PageWriter
    let clock: JobClock
    func write(_ bytes: [UInt8], to relativePath: String) throws {
        clock.record(relativePath)
        try inner.write(bytes, to: relativePath)
    }
}

/// Samples the resident set size every few milliseconds on a background thread.
final class RSSSampler: @unchecked Sendable {
    private let lock = NSLock()
    private var samples: [(time: Double, kb: Int)] = []
    private var running = true
    private var thread: Thread?

    func start(every interval: Double = 0.005) {
        let t = Thread { [self] in
            while true {
                lock.lock()
                let go = running
                lock.unlock()
                if !go { break }
                if let kb = Measure.statusKB("VmRSS") {
                    lock.lock(); samples.append((Measure.now(), kb)); lock.unlock()
                }
                Thread.sleep(forTimeInterval: interval)
            }
        }
        thread = t
        t.start()
    }

    func stop() -> [(time: Double, kb: Int)] {
        lock.lock()
        running = false
        let s = samples
        lock.unlock()
        Thread.sleep(forTimeInterval: 0.02)
        return s
    }
}
