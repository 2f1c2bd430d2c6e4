import Foundation
import PriceLock
import TokenPricing

/// Reads the price history from git: the lockfile's versions in the commits that changed it
/// (`git log`), their texts in one `git cat-file --batch` run, each read and compared with
/// the one before (`PriceHistory(versions:)`).
///
/// The one place that runs git for the history, so the site generator stays testable in
/// memory: it receives a `PriceHistory` value. Without git, outside a repository, in a shallow
/// clone or before the first commit of the lockfile, the history is `unavailable` with the
/// reason; the build goes on.
public struct GitPriceHistory: Sendable {
    /// The repository's working folder (the package root).
    public var root: URL
    /// The lockfile's path relative to `root`.
    public var lockFile: String
    /// The git executable: `git` on the `PATH` by default.
    public var gitCommand: [String]

    /// A reader for the lockfile `lockFile` of the repository at `root`.
    public init(root: URL, lockFile: String = SiteDefaults.priceLockPath, gitCommand: [String] = ["/usr/bin/env", "git"]) {
        self.root = root
        // An absolute path inside the package (`check --price-lock /…/Site/prices.lock.json`)
        // is made relative to it, as git's `<commit>:<path>` needs.
        let base = root.standardizedFileURL.path + "/"
        self.lockFile = lockFile.hasPrefix(base) ? String(lockFile.dropFirst(base.count)) : lockFile
        self.gitCommand = gitCommand
    }

    /// Why there is no history, or `nil` when there is one: cheap (three short git runs), for
    /// `admin-site check`.
    public func unavailability() -> PriceHistoryUnavailable? {
        switch commitsTouchingLock(limit: 1) {
        case .failure(let reason): return reason
        case .success: return nil
        }
    }

    /// The history, newest commit first.
    public func read() -> PriceHistory {
        let commits: [GitCommitInfo]
        switch commitsTouchingLock(limit: nil) {
        case .failure(let reason): return PriceHistory(unavailable: reason)
        case .success(let list): commits = list
        }
        let prefix: String
        switch git(["rev-parse", "--show-prefix"]) {
        case .failure(let reason): return PriceHistory(unavailable: reason)
        case .success(let out): prefix = String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
        let path = prefix + lockFile
        // Oldest first, as `PriceHistory(versions:)` compares each with the one before.
        let ordered = Array(commits.reversed())
        let input = ordered.map { "\($0.sha):\(path)\n" }.joined()
        let output: [UInt8]
        switch git(["cat-file", "--batch"], input: Data(input.utf8)) {
        case .failure(let reason): return PriceHistory(unavailable: reason)
        case .success(let out): output = out
        }
        let blobs = Self.splitBatch(output, count: ordered.count)
        var versions: [PriceLockVersion] = []
        versions.reserveCapacity(ordered.count)
        var reader = PriceLockReader()
        for (commit, blob) in zip(ordered, blobs) {
            guard let blob else {
                versions.append(PriceLockVersion(
                    commit: commit, content: .failure(PortableFormatError(file: lockFile, keyPath: "", message: "the commit deletes the lockfile"))))
                continue
            }
            do {
                versions.append(PriceLockVersion(commit: commit, content: .success(try reader.read(Array(blob), file: lockFile))))
            } catch {
                versions.append(PriceLockVersion(commit: commit, content: .failure(error)))
            }
        }
        return PriceHistory(versions: versions)
    }

    /// The commits that changed the lockfile, newest first, or why they cannot be listed.
    func commitsTouchingLock(limit: Int?) -> Result<[GitCommitInfo], PriceHistoryUnavailable> {
        switch git(["rev-parse", "--is-inside-work-tree"]) {
        case .failure(let reason): return .failure(reason)
        case .success: break
        }
        switch git(["rev-parse", "--is-shallow-repository"]) {
        case .failure(let reason): return .failure(reason)
        case .success(let out):
            if String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) == "true" { return .failure(.shallowClone) }
        }
        var arguments = ["log", "--format=%H%x1f%h%x1f%at%x1f%aI%x1f%s%x1e"]
        if let limit { arguments.append("-\(limit)") }
        arguments += ["--", lockFile]
        switch git(arguments) {
        case .failure(let reason): return .failure(reason)
        case .success(let out):
            let commits = Self.parseLog(out)
            return commits.isEmpty ? .failure(.lockfileNotInHistory(path: lockFile)) : .success(commits)
        }
    }

    /// `git log` records: five fields separated by U+001F, records ended by U+001E.
    static func parseLog(_ bytes: [UInt8]) -> [GitCommitInfo] {
        String(decoding: bytes, as: UTF8.self).split(separator: "\u{1E}").compactMap { record in
            let fields = record.trimmingCharacters(in: .newlines).split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, let time = Int(fields[2]) else { return nil }
            return GitCommitInfo(sha: fields[0], shortSha: fields[1], authorTimestamp: time, authorDate: fields[3], subject: fields[4])
        }
    }

    /// The blobs of a `cat-file --batch` answer, in order: `<oid> blob <size>\n<bytes>\n` each,
    /// or `<name> missing\n` (`nil`).
    static func splitBatch(_ bytes: [UInt8], count: Int) -> [ArraySlice<UInt8>?] {
        var result: [ArraySlice<UInt8>?] = []
        var i = 0
        while result.count < count, i < bytes.count {
            guard let newline = bytes[i...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            let header = String(decoding: bytes[i..<newline], as: UTF8.self)
            i = newline + 1
            let parts = header.split(separator: " ")
            guard parts.count == 3, parts[1] == "blob", let size = Int(parts[2]), i + size <= bytes.count else {
                result.append(nil)
                continue
            }
            result.append(bytes[i..<(i + size)])
            i += size + 1
        }
        while result.count < count { result.append(nil) }
        return result
    }

    /// Runs git in `root`: its standard output, or why it failed.
    func git(_ arguments: [String], input: Data? = nil) -> Result<[UInt8], PriceHistoryUnavailable> {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: gitCommand[0])
        process.arguments = Array(gitCommand.dropFirst()) + ["-C", root.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        // A hook or a caller may set these; they would point git at another repository.
        for key in ["GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"] { environment[key] = nil }
        process.environment = environment
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        var inputFile: URL?
        if let input {
            // A file, not a pipe: git writes while it reads, and two full pipes would block.
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("price-history-\(UUID().uuidString)")
            do { try input.write(to: url) } catch { return .failure(.gitFailed("cannot write a temporary file")) }
            inputFile = url
            process.standardInput = try? FileHandle(forReadingFrom: url)
        }
        defer { if let inputFile { try? FileManager.default.removeItem(at: inputFile) } }
        do { try process.run() } catch { return .failure(.gitNotFound) }
        // stdout first, to its end (it may be megabytes); git's error text is a few lines, which
        // its pipe holds until then.
        let data = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        if process.terminationStatus == 127 { return .failure(.gitNotFound) }
        guard process.terminationStatus == 0 else {
            let message = String(decoding: errData, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if message.contains("not a git repository") { return .failure(.notARepository) }
            return .failure(.gitFailed(message))
        }
        return .success([UInt8](data))
    }
}
