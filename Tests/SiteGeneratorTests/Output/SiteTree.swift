import Foundation

@testable import SiteGenerator

/// What a test knows about one file of a built site.
struct FileFacts: Equatable {
    var bytes: [UInt8]
    var inode: UInt64
    var mtimeNanoseconds: Int
    var mode: UInt32
}

/// Every file under a folder, by relative path: the tests compare whole trees.
enum SiteTree {
    static func facts(_ root: URL) -> [String: FileFacts] {
        var result: [String: FileFacts] = [:]
        for path in FileIO.walk(root.path) {
            var st = stat()
            guard lstat(root.path + "/" + path, &st) == 0 else { continue }
            result[path] = FileFacts(
                bytes: FileIO.read(root.path + "/" + path) ?? [], inode: UInt64(st.st_ino),
                mtimeNanoseconds: Int(st.st_mtim.tv_sec) * 1_000_000_000 + Int(st.st_mtim.tv_nsec),
                mode: UInt32(st.st_mode & 0o7777))
        }
        return result
    }

    /// Path → bytes only.
    static func bytes(_ root: URL) -> [String: [UInt8]] { facts(root).mapValues(\.bytes) }

    /// The other entries of the folder holding `folder` (where temporary folders would be).
    static func siblings(of folder: URL) -> [String] {
        FileIO.list(folder.deletingLastPathComponent().path)
    }

    /// The permission bits of a path.
    static func mode(_ path: String) -> UInt32 {
        var st = stat()
        return lstat(path, &st) == 0 ? UInt32(st.st_mode & 0o7777) : 0
    }

    /// The inode of a path.
    static func inode(_ path: String) -> UInt64 {
        var st = stat()
        return lstat(path, &st) == 0 ? UInt64(st.st_ino) : 0
    }

    /// The process's umask, read from /proc (setting it to read it back would race with
    /// tests creating files in parallel); 022 where /proc is missing.
    static var umaskBits: UInt32 {
        let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
        for line in status.split(separator: "\n") where line.hasPrefix("Umask:") {
            return UInt32(line.dropFirst(6).trimmingCharacters(in: .whitespaces), radix: 8) ?? 0o022
        }
        return 0o022
    }

    /// Every folder under `root` (relative paths; "" is the root itself).
    static func folders(_ root: URL) -> [String] {
        var result = [""]
        func visit(_ relative: String) {
            for name in FileIO.list(relative.isEmpty ? root.path : root.path + "/" + relative) {
                let child = relative.isEmpty ? name : relative + "/" + name
                if FileIO.kind(root.path + "/" + child) == .directory {
                    result.append(child)
                    visit(child)
                }
            }
        }
        visit("")
        return result
    }
}
