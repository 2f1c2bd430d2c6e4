import Foundation
#if canImport(Glibc)
import Glibc
private let sysWrite = Glibc.write
private let sysRead = Glibc.read
#elseif canImport(Darwin)
import Darwin
private let sysWrite = Darwin.write
private let sysRead = Darwin.read
#endif

/// Where generated files go. The generator calls `write` from several threads at once (each
/// path once), so implementations must be thread-safe.
public protocol PageWriter: Sendable {
    /// Stores `bytes` at `relativePath` (`/`-separated, relative to the site root, never
    /// starting with `/` or containing `..`).
    func write(_ bytes: [UInt8], to relativePath: String) throws
}

/// Keeps the site in memory: for tests, benchmarks and the preview server.
public final class InMemoryPageWriter: PageWriter, @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String: [UInt8]] = [:]

    /// Creates an empty writer.
    public init() {}

    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        lock.lock()
        defer { lock.unlock() }
        storage[relativePath] = bytes
    }

    /// Every file written, by path.
    public var files: [String: [UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }

    /// The paths written, sorted.
    public var paths: [String] { files.keys.sorted() }

    /// One file's bytes.
    public func bytes(at path: String) -> [UInt8]? { files[path] }

    /// One file as UTF-8 text.
    public func text(at path: String) -> String? { bytes(at: path).map { String(decoding: $0, as: UTF8.self) } }
}

/// Writes files under a folder with plain POSIX calls (Foundation's writers `fsync` every
/// file on Linux, which makes large sites slow for no benefit to a rebuildable output).
public struct FolderPageWriter: PageWriter {
    /// The site root.
    public let root: URL

    /// Creates a writer into `root` (created on demand).
    public init(root: URL) { self.root = root }

    public func write(_ bytes: [UInt8], to relativePath: String) throws {
        try FileIO.write(bytes, to: root.appendingPathComponent(relativePath).path)
    }
}

/// Small POSIX file helpers shared by the writers, the builder and the link checker.
enum FileIO {
    /// Writes a whole file, creating parent folders as needed; replaces an existing file.
    static func write(_ bytes: [UInt8], to path: String) throws(SiteGenerationError) {
        var fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 && errno == ENOENT {
            try makeDirectories((path as NSString).deletingLastPathComponent)
            fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        }
        guard fd >= 0 else { throw .io(path: path, message: "cannot create file (\(errorText()))") }
        defer { close(fd) }
        try writeAll(bytes, to: fd, path: path)
    }

    /// Writes all of `bytes` to an open file (`path` names it in errors).
    static func writeAll(_ bytes: [UInt8], to fd: Int32, path: String) throws(SiteGenerationError) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                sysWrite(fd, buffer.baseAddress! + offset, bytes.count - offset)
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw SiteGenerationError.io(path: path, message: "write failed (\(errorText()))")
            }
            offset += n
        }
    }

    /// The whole file, or `nil` when it does not exist or is not a regular file.
    static func read(_ path: String) -> [UInt8]? { readWithStatus(path, followingSymlinks: true)?.bytes }

    /// The whole file and its status (identity, times) as read, or `nil` when it does not
    /// exist or is not a regular file (nor, unless `followingSymlinks`, a symbolic link to one).
    static func readWithStatus(_ path: String, followingSymlinks: Bool) -> (bytes: [UInt8], status: stat)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | (followingSymlinks ? 0 : O_NOFOLLOW))
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        guard let bytes = readAll(fd, size: Int(st.st_size)) else { return nil }
        return (bytes, st)
    }

    private static func readAll(_ fd: Int32, size: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: size)
        var offset = 0
        while offset < size {
            let n = bytes.withUnsafeMutableBytes { buffer in
                sysRead(fd, buffer.baseAddress! + offset, size - offset)
            }
            if n < 0 { if errno == EINTR { continue }; return nil }
            if n == 0 { break }
            offset += n
        }
        return offset == size ? bytes : Array(bytes[0..<offset])
    }

    /// `mkdir -p`.
    static func makeDirectories(_ path: String) throws(SiteGenerationError) {
        if path.isEmpty || path == "/" { return }
        if mkdir(path, 0o755) == 0 { return }
        switch errno {
        case EEXIST:
            var st = stat()
            if stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR { return }
            throw SiteGenerationError.io(path: path, message: "exists and is not a folder")
        case ENOENT:
            try makeDirectories((path as NSString).deletingLastPathComponent)
            if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
            throw SiteGenerationError.io(path: path, message: "cannot create folder (\(errorText()))")
        default:
            throw SiteGenerationError.io(path: path, message: "cannot create folder (\(errorText()))")
        }
    }

    /// What `lstat` says about a path.
    enum Kind { case missing, file, directory, other }

    static func kind(_ path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        default: return .other
        }
    }

    /// The entries of a folder, sorted, without `.` and `..`.
    static func list(_ path: String) -> [String] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    /// The entries of a folder (unsorted, without `.` and `..`) and whether each is a folder
    /// (a symbolic link is not), from `readdir`'s type where the file system gives it, which
    /// saves an `lstat` per entry on big sites.
    static func entries(_ path: String) -> [(name: String, isFolder: Bool)] {
        guard let dir = opendir(path) else { return [] }
        defer { closedir(dir) }
        var result: [(name: String, isFolder: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let type = Int32(entry.pointee.d_type)
            let isFolder = type == DT_UNKNOWN ? kind(path + "/" + name) == .directory : type == DT_DIR
            result.append((name, isFolder))
        }
        return result
    }

    /// Every regular file under `root`, as sorted `/`-separated relative paths. Symbolic links
    /// are listed (as files) but never followed.
    static func walk(_ root: String) -> [String] {
        walkAll(root).files.sorted()
    }

    /// Every file (and symbolic link) and every folder under `root`, as relative paths, each
    /// folder listed before what it holds.
    static func walkAll(_ root: String) -> (files: [String], folders: [String]) {
        var files: [String] = []
        var folders: [String] = []
        func visit(_ relative: String) {
            for (name, isFolder) in entries(relative.isEmpty ? root : root + "/" + relative) {
                let child = relative.isEmpty ? name : relative + "/" + name
                if isFolder {
                    folders.append(child)
                    visit(child)
                } else {
                    files.append(child)
                }
            }
        }
        visit("")
        return (files, folders)
    }

    /// Removes a file, symlink or folder tree (no symlink is followed).
    static func removeTree(_ path: String) {
        switch kind(path) {
        case .missing: return
        case .directory:
            for name in list(path) { removeTree(path + "/" + name) }
            rmdir(path)
        case .file, .other:
            unlink(path)
        }
    }

    static func errorText() -> String { String(cString: strerror(errno)) }
}
