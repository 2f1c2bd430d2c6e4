import Foundation
#if canImport(Glibc)
import Glibc
private let sysClose = Glibc.close
#elseif canImport(Darwin)
import Darwin
private let sysClose = Darwin.close
#endif

/// A build's temporary folder `.NAME.tmp-XXXXXX` beside the output `NAME` (the same file
/// system, so it can be swapped with the output), and the rules that let a later build delete
/// one an interrupted build left behind.
///
/// Ownership is proven, never guessed, before anything is deleted. A leftover is ours when
/// 1. its name is exactly `.NAME.tmp-` plus six letters or digits, it is a real folder (not a
///    link) and it belongs to the user running the build;
/// 2. nobody holds its lock: a running build keeps an exclusive `flock` on its stage folder
///    from the moment it exists until the build ends, and the kernel drops the lock when the
///    process dies, however it dies (SIGKILL included);
/// 3. it is empty (nothing to lose), or it holds the `.admin-site` marker, which a build places
///    in its stage before anything else (or, after a swap, the old site's own marker).
/// A folder failing any test is left alone and reported.
final class StageFolder: @unchecked Sendable {
    /// The folder's path.
    let path: String
    /// Open on the folder for the build's life: it holds the lock, and every file the build
    /// creates is created relative to it, so nothing can recreate the folder once deleted.
    let fd: Int32

    private init(path: String, fd: Int32) {
        self.path = path
        self.fd = fd
    }

    /// Releases the lock (the folder itself is removed or renamed by the builder).
    func close() { _ = sysClose(fd) }

    /// `.NAME.tmp-`: what every temporary folder of output `NAME` starts with.
    static func namePrefix(for outputName: String) -> String { ".\(outputName).tmp-" }

    /// Creates and locks a new stage folder in `parent`, with mode 0755 (less the umask), as a
    /// site folder should have: `mkdtemp`'s 0700 would lock a web server out once published.
    static func create(parent: String, outputName: String) throws(SiteGenerationError) -> StageFolder {
        for _ in 0..<100 {
            let path = parent + "/" + unusedName(in: parent, outputName: outputName)
            if mkdir(path, 0o755) != 0 {
                if errno == EEXIST { continue }
                throw .io(path: parent, message: "cannot create a temporary folder (\(FileIO.errorText()))")
            }
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else {
                let reason = FileIO.errorText()
                rmdir(path)
                throw .io(path: path, message: "cannot open the temporary folder (\(reason))")
            }
            // A cleanup in another build may have found this folder empty (so deletable) and
            // hold its lock for a moment: wait for it, then make sure the folder still exists.
            lockExclusively(fd)
            if refersTo(fd, path) { return StageFolder(path: path, fd: fd) }
            _ = sysClose(fd)
        }
        throw .io(path: parent, message: "cannot create a temporary folder (no free name after 100 tries)")
    }

    /// A `.NAME.tmp-XXXXXX` name not present in `parent` right now.
    static func unusedName(in parent: String, outputName: String) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        while true {
            let name = namePrefix(for: outputName) + String((0..<6).map { _ in letters.randomElement()! })
            if FileIO.kind(parent + "/" + name) == .missing { return name }
        }
    }

    /// What a cleanup of leftover temporary folders did.
    struct Cleanup: Sendable {
        /// Names of folders removed (interrupted builds' stages, or old sites not yet deleted).
        var removed: [String] = []
        /// Names of folders that look like temporary folders but could not be proven ours.
        var leftAlone: [String] = []
    }

    /// Deletes the temporary folders of output `outputName` in `parent` that interrupted
    /// builds left behind, following the ownership rules in the type's documentation.
    static func removeStale(parent: String, outputName: String) -> Cleanup {
        var cleanup = Cleanup()
        let prefix = namePrefix(for: outputName)
        for name in FileIO.list(parent) where isTemporaryName(name, prefix: prefix) {
            let path = parent + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR, st.st_uid == geteuid() else {
                cleanup.leftAlone.append(name)
                continue
            }
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { cleanup.leftAlone.append(name); continue }
            defer { _ = sysClose(fd) }
            // Locked: a running build's stage, not stale; it is no business of this build.
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { continue }
            guard refersTo(fd, path) else { continue }
            guard holdsOnlyOurs(path) else { cleanup.leftAlone.append(name); continue }
            removeMarkedTree(path)
            cleanup.removed.append(name)
        }
        return cleanup
    }

    /// `prefix` followed by exactly six ASCII letters or digits (what `create` makes).
    static func isTemporaryName(_ name: String, prefix: String) -> Bool {
        guard name.hasPrefix(prefix) else { return false }
        let suffix = name.utf8.dropFirst(prefix.utf8.count)
        return suffix.count == 6 && suffix.allSatisfy { c in
            (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
                || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
        }
    }

    /// Empty, or marked by admin-site. A marker cut short by a kill (even empty) still counts:
    /// the build writes it first, so a short one means the build died right there.
    static func holdsOnlyOurs(_ path: String) -> Bool {
        if FileIO.list(path).isEmpty { return true }
        guard let marker = FileIO.readWithStatus(path + "/" + SiteBuilder.markerFile, followingSymlinks: false)?.bytes else {
            return false
        }
        let signature = SiteBuilder.markerSignature
        return marker.starts(with: signature) || signature.starts(with: marker)
    }

    /// Deletes one of our folders (a stage, or an old site after the swap) with its marker
    /// last, so a removal cut short by a kill still leaves a folder provably ours.
    /// Files are unlinked on all cores: a site has tens of thousands, and this is on the
    /// path of every build that changes something.
    static func removeMarkedTree(_ path: String) {
        guard FileIO.kind(path) == .directory else { return FileIO.removeTree(path) }
        let (files, folders) = FileIO.walkAll(path)
        let doomed = files.filter { $0 != SiteBuilder.markerFile }
        let chunk = 256
        DispatchQueue.concurrentPerform(iterations: (doomed.count + chunk - 1) / chunk) { part in
            for file in doomed[(part * chunk)..<min(doomed.count, (part + 1) * chunk)] { unlink(path + "/" + file) }
        }
        for folder in folders.reversed() { rmdir(path + "/" + folder) }
        unlink(path + "/" + SiteBuilder.markerFile)
        rmdir(path)
    }

    /// Takes the exclusive lock on `fd`, waiting for it.
    static func lockExclusively(_ fd: Int32) {
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
    }

    /// Whether the open folder `fd` is still the one at `path` (not deleted or replaced).
    static func refersTo(_ fd: Int32, _ path: String) -> Bool {
        var open = stat(), named = stat()
        return fstat(fd, &open) == 0 && lstat(path, &named) == 0 && open.st_dev == named.st_dev && open.st_ino == named.st_ino
    }

    /// Locks the existing folder `path` for this build, waiting while another build holds it,
    /// so two builds into one output take turns instead of interleaving. Returns the open
    /// descriptor, or `nil` when `path` is not a folder.
    static func lockOutput(_ path: String) -> Int32? {
        while true {
            let fd = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard fd >= 0 else { return nil }
            lockExclusively(fd)
            // The other build may have swapped a new folder in meanwhile: lock that one instead.
            if refersTo(fd, path) { return fd }
            _ = sysClose(fd)
        }
    }

    /// Releases a lock taken by `lockOutput`.
    static func unlockOutput(_ fd: Int32?) {
        if let fd { _ = sysClose(fd) }
    }
}
