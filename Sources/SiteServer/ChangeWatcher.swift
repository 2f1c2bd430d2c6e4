import Foundation

/// Notices when watched files change, by polling their modification times.
///
/// Polling is portable (no inotify binding needed) and cheap at this size: a few hundred
/// files stat'ed twice a second. A watched path may be a folder (every file under it counts)
/// or a single file such as `Site/templates.json`: files are stat'ed themselves, since
/// listing a file as if it were a folder yields nothing and would hide its changes.
public struct ChangeWatcher: Sendable {
    /// The folders or files watched.
    public let paths: [URL]

    /// Creates a watcher over `paths`.
    public init(paths: [URL]) {
        self.paths = paths
    }

    /// A fingerprint of every watched file's path, identity (inode), size and modification
    /// time; it changes when a file is added, removed, written or replaced by a rename (an
    /// editor's atomic save), and when a watched path appears or disappears.
    public func fingerprint() -> Int {
        var hasher = Hasher()
        let fm = FileManager.default
        for root in paths {
            var isDirectory: ObjCBool = false
            let exists = fm.fileExists(atPath: root.path, isDirectory: &isDirectory)
            hasher.combine(root.path)
            hasher.combine(exists)
            guard exists else { continue }
            var files: [String] = [""]
            if isDirectory.boolValue, let enumerator = fm.enumerator(atPath: root.path) {
                while let relative = enumerator.nextObject() as? String { files.append(relative) }
            }
            for relative in files.sorted() {
                let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
                guard let attributes = try? fm.attributesOfItem(atPath: path) else { continue }
                hasher.combine(path)
                hasher.combine((attributes[.systemFileNumber] as? NSNumber)?.uint64Value ?? 0)
                hasher.combine((attributes[.size] as? NSNumber)?.int64Value ?? 0)
                hasher.combine((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
            }
        }
        return hasher.finalize()
    }
}
