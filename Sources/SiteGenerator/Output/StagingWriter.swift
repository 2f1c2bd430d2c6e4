import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes the new site into the stage folder. A file whose bytes differ from the current
/// site's is written; an identical one is only noted, and carried over at the end
/// (`carryUnchanged`) as a hard link to the current file, so it keeps its inode, mtime and
/// bytes. Carrying is deferred so a build that changes nothing never touches the old files.
///
/// Everything is created relative to the stage's directory descriptor, never by path: once
/// an interruption deletes the stage, a late write fails instead of recreating it.
final class StagingWriter: PageWriter, @unchecked Sendable {
    /// A current file to carry over, with the identity it had when its bytes were compared.
    struct Carried: Sendable {
        var path: String
        var device: UInt64
        var inode: UInt64
    }

    let stage: StageFolder
    /// The current site's folder, when there is one to compare with.
    let current: String?
    let interrupter: BuildInterrupter
    let hooks: BuildHooks
    private let lock = NSLock()
    private var changed: [String] = []
    private var carried: [Carried] = []
    private var copied: [String] = []

    init(stage: StageFolder, current: String?, interrupter: BuildInterrupter, hooks: BuildHooks) {
        self.stage = stage
        self.current = current
        self.interrupter = interrupter
        self.hooks = hooks
    }

    func write(_ bytes: [UInt8], to relativePath: String) throws {
        try place(bytes, at: relativePath, carryNow: false)
    }

    /// Places the marker at once (linked if unchanged): it must be in the stage before any
    /// page, since it is what proves a leftover stage is admin-site's.
    func placeMarker() throws(SiteGenerationError) {
        try place(SiteBuilder.markerContent, at: SiteBuilder.markerFile, carryNow: true)
    }

    private func place(_ bytes: [UInt8], at relativePath: String, carryNow: Bool) throws(SiteGenerationError) {
        if interrupter.isInterrupted { throw BuildInterrupter.stopped }
        if let current, let (old, status) = FileIO.readWithStatus(current + "/" + relativePath, followingSymlinks: false), old == bytes {
            let item = Carried(path: relativePath, device: UInt64(status.st_dev), inode: UInt64(status.st_ino))
            if carryNow { try carry(item) }
            lock.lock(); carried.append(item); lock.unlock()
            return
        }
        try createFile(relativePath, bytes: bytes, times: nil)
        lock.lock(); changed.append(relativePath); lock.unlock()
    }

    /// Files written (new or changed) and files carried over (unchanged), both sorted.
    var outcome: (written: [String], unchanged: [String]) {
        lock.lock()
        defer { lock.unlock() }
        return (changed.sorted(), carried.map(\.path).sorted())
    }

    /// Unchanged files that had to be copied because a hard link failed, sorted.
    var copiedInsteadOfLinked: [String] {
        lock.lock()
        defer { lock.unlock() }
        return copied.sorted()
    }

    /// Hard-links every unchanged file (but the marker, placed already) into the stage, on all
    /// cores, after making their folders.
    func carryUnchanged() throws(SiteGenerationError) {
        let items: [Carried] = { lock.lock(); defer { lock.unlock() }; return carried }()
            .filter { $0.path != SiteBuilder.markerFile }
        var folders = Set<Substring>()
        for item in items {
            if let slash = item.path.lastIndex(of: "/") { folders.insert(item.path[..<slash]) }
        }
        for folder in folders.sorted() { try makeFolders(String(folder)) }
        let chunk = 256
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: (items.count + chunk - 1) / chunk) { part in
            for item in items[(part * chunk)..<min(items.count, (part + 1) * chunk)] where failure.error == nil {
                do throws(SiteGenerationError) {
                    if interrupter.isInterrupted { throw BuildInterrupter.stopped }
                    try carry(item)
                } catch {
                    failure.record(error)
                }
            }
        }
        if let error = failure.error { throw error }
    }

    /// Links one current file into the stage; when the link fails (EXDEV, EPERM under
    /// `protected_hardlinks`, EMLINK, a file system without hard links), copies it and sets
    /// the copy's times to the original's. A copy keeps bytes and mtime (so rsync and
    /// mtime-based deploys still skip it) but gets a new inode.
    private func carry(_ item: Carried) throws(SiteGenerationError) {
        guard let current else { return }
        let source = current + "/" + item.path
        var failure = hooks.errno(.link(item.path))
        if failure == nil {
            var linked = linkat(AT_FDCWD, source, stage.fd, item.path, 0) == 0
            if !linked && errno == ENOENT {
                try makeParents(of: item.path)
                linked = linkat(AT_FDCWD, source, stage.fd, item.path, 0) == 0
            }
            if linked {
                var st = stat()
                guard fstatat(stage.fd, item.path, &st, AT_SYMLINK_NOFOLLOW) == 0,
                      UInt64(st.st_dev) == item.device, UInt64(st.st_ino) == item.inode else {
                    throw .io(path: source, message: "changed while the site was being built (is another program writing into the site?)")
                }
                return
            }
            failure = errno
        }
        let linkError = String(cString: strerror(failure ?? 0))
        guard let (bytes, status) = FileIO.readWithStatus(source, followingSymlinks: false),
              UInt64(status.st_dev) == item.device, UInt64(status.st_ino) == item.inode else {
            throw .io(path: source, message: "changed while the site was being built (is another program writing into the site?)")
        }
        do throws(SiteGenerationError) {
            if let simulated = hooks.errno(.copy(item.path)) {
                throw .io(path: stage.path + "/" + item.path, message: String(cString: strerror(simulated)))
            }
            try createFile(item.path, bytes: bytes, times: (status.st_atim, status.st_mtim))
        } catch {
            throw .io(path: source, message: "cannot link (\(linkError)) nor copy it into the new site: \(error)")
        }
        lock.lock(); copied.append(item.path); lock.unlock()
    }

    /// Creates (or replaces) a file in the stage, with its folders; `times` sets its access
    /// and modification times.
    private func createFile(_ relativePath: String, bytes: [UInt8], times: (timespec, timespec)?) throws(SiteGenerationError) {
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW | O_CLOEXEC
        var fd = openat(stage.fd, relativePath, flags, 0o644)
        if fd < 0 && errno == ENOENT {
            try makeParents(of: relativePath)
            fd = openat(stage.fd, relativePath, flags, 0o644)
        }
        let path = stage.path + "/" + relativePath
        guard fd >= 0 else { throw .io(path: path, message: "cannot create file (\(FileIO.errorText()))") }
        defer { close(fd) }
        try FileIO.writeAll(bytes, to: fd, path: path)
        if let times {
            if futimens(fd, [times.0, times.1]) != 0 { throw .io(path: path, message: "cannot set the copy's times (\(FileIO.errorText()))") }
        }
    }

    /// Creates the folders above `relativePath` inside the stage (mode 0755 less the umask).
    private func makeParents(of relativePath: String) throws(SiteGenerationError) {
        guard let slash = relativePath.lastIndex(of: "/") else { return }
        try makeFolders(String(relativePath[..<slash]))
    }

    /// Creates the folder `relativePath` and those above it inside the stage.
    private func makeFolders(_ relativePath: String) throws(SiteGenerationError) {
        var prefix = ""
        for part in relativePath.split(separator: "/") {
            prefix += prefix.isEmpty ? String(part) : "/" + part
            if mkdirat(stage.fd, prefix, 0o755) != 0 && errno != EEXIST {
                throw .io(path: stage.path + "/" + prefix, message: "cannot create folder (\(FileIO.errorText()))")
            }
        }
    }
}

/// The first error of a parallel loop.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var first: SiteGenerationError?

    var error: SiteGenerationError? {
        lock.lock()
        defer { lock.unlock() }
        return first
    }

    func record(_ error: SiteGenerationError) {
        lock.lock()
        if first == nil { first = error }
        lock.unlock()
    }
}
