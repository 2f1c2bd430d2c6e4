import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `admin-site build` killed at random moments (SIGKILL, which nothing can catch, and SIGINT)
/// while a rebuild changes nearly every file: after each kill the output folder must be
/// byte for byte the old site or the new one, never a mix; a SIGINT must leave no temporary
/// folder; after the next complete build no temporary folder may remain.
///
/// The rebuild alternates `--base-url` between two values, which changes the canonical link
/// of every page. Kill times are drawn over the whole build, most of them in its last part,
/// where the publish happens. The seed is printed with any failure.
@Suite("admin-site build under kills", .serialized)
struct BuildKillTests {
    static let kills = 32

    /// Every file under `root` (hidden ones included): relative path → bytes.
    static func tree(_ root: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        let fm = FileManager.default
        for path in (try? fm.subpathsOfDirectory(atPath: root.path)) ?? [] {
            var isFolder: ObjCBool = false
            if fm.fileExists(atPath: root.path + "/" + path, isDirectory: &isFolder), !isFolder.boolValue {
                result[path] = fm.contents(atPath: root.path + "/" + path) ?? Data()
            }
        }
        return result
    }

    /// What changes when a publish starts: the folder's inode (a swap) or its mtime (an entry
    /// renamed in or out, as the old in-place update did).
    static func identity(_ folder: URL) -> [Int] {
        var st = stat()
        guard lstat(folder.path, &st) == 0 else { return [] }
        return [Int(st.st_ino), Int(st.st_mtim.tv_sec), Int(st.st_mtim.tv_nsec)]
    }

    /// Temporary folders beside the output.
    static func temporaryFolders(in scratch: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: scratch.path)) ?? []).filter { $0.hasPrefix(".site.tmp-") }
    }

    /// Starts `admin-site build` into `out` with `baseURL`; stderr goes to `log`.
    static func startBuild(out: URL, baseURL: String, log: URL) throws -> Process {
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["build", "--output", out.path, "--base-url", baseURL]
        process.currentDirectoryURL = CommandRunner.packageRoot
        process.standardOutput = FileHandle.nullDevice
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        return process
    }

    /// A small deterministic generator (SplitMix64), so a failing run can be replayed.
    struct SeededRandom: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    @Test("every kill leaves the whole old site or the whole new one; no temporary folder survives")
    func killsLeaveOldOrNewSite() throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let out = scratch.appendingPathComponent("site")
        let log = scratch.appendingPathComponent("stderr.log")
        let urls = ["https://old.example/registry/", "https://new.example/registry/"]

        // The two sites, and how long a changing rebuild takes on this machine (the median
        // of three; the first, fresh build is not timed).
        var sites: [[String: Data]] = []
        var durations: [Double] = []
        for (index, url) in (urls + urls).enumerated() {
            let start = Date()
            let process = try Self.startBuild(out: out, baseURL: url, log: log)
            process.waitUntilExit()
            if index > 0 { durations.append(Date().timeIntervalSince(start)) }
            let stderr = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
            try #require(process.terminationStatus == 0, "\(stderr)")
            if sites.count < 2 { sites.append(Self.tree(out)) }
        }
        let duration = durations.sorted()[1]
        let changed = sites[0].keys.filter { sites[0][$0] != sites[1][$0] }.count
        #expect(changed > 100, "the rebuild changes many files (\(changed) of \(sites[1].count))")

        let seed = UInt64(Date().timeIntervalSince1970 * 1000)
        var random = SeededRandom(state: seed)
        var current = 1  // the site now in `out`
        var outcomes = ["old": 0, "new": 0]
        for kill in 0..<Self.kills {
            let target = 1 - current
            let useSIGINT = kill % 2 == 1
            let signal = useSIGINT ? SIGINT : SIGKILL
            let leftoversBefore = Set(Self.temporaryFolders(in: scratch))
            let process = try Self.startBuild(out: out, baseURL: urls[target], log: log)
            let when: String
            switch kill % 3 {
            case 0:  // anywhere in the build
                let fraction = Double.random(in: 0.05...1.0, using: &random)
                when = "at \(Int(fraction * 100))% of \(duration)s"
                usleep(UInt32(fraction * duration * 1_000_000))
            case 1:  // late: the publish is at the end
                let fraction = Double.random(in: 0.75...1.05, using: &random)
                when = "at \(Int(fraction * 100))% of \(duration)s"
                usleep(UInt32(fraction * duration * 1_000_000))
            default:  // the moment the output folder starts to change: inside the publish
                when = "at the first change of the output folder"
                let before = Self.identity(out)
                while process.isRunning && Self.identity(out) == before { usleep(100) }
            }
            if process.isRunning { Glibc.kill(process.processIdentifier, signal) }
            process.waitUntilExit()
            let context = "seed \(seed), kill \(kill) (\(useSIGINT ? "SIGINT" : "SIGKILL") \(when))"

            let now = Self.tree(out)
            if now == sites[target] {
                outcomes["new", default: 0] += 1
                current = target
            } else if now == sites[current] {
                outcomes["old", default: 0] += 1
            } else {
                let mixed = now.keys.filter { now[$0] != sites[current][$0] }.count
                Issue.record("\(context): the site is neither old nor new (\(mixed) files differ from the old one)")
                return
            }
            if useSIGINT && process.terminationReason == .exit && process.terminationStatus != 0 {
                let stderr = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
                #expect(process.terminationStatus == 130, "\(context): \(stderr)")
                #expect(stderr.contains("interrupted by SIGINT"), "\(context): \(stderr)")
                let leftovers = Set(Self.temporaryFolders(in: scratch)).subtracting(leftoversBefore)
                #expect(leftovers.isEmpty, "\(context): SIGINT left a temporary folder")
            }
        }
        print("BuildKillTests: \(Self.kills) kills (seed \(seed)), rebuild of \(changed) changed files taking \(duration)s: \(outcomes)")

        let final = try Self.startBuild(out: out, baseURL: urls[1 - current], log: log)
        final.waitUntilExit()
        #expect(final.terminationStatus == 0)
        #expect(Self.tree(out) == sites[1 - current])
        let finalErr = String(decoding: (try? Data(contentsOf: log)) ?? Data(), as: UTF8.self)
        #expect(Self.temporaryFolders(in: scratch).isEmpty, "temporary folders left: \(Self.temporaryFolders(in: scratch)); \(finalErr)")
    }
}
