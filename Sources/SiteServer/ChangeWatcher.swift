import Foundation

/// Notices when files under some folders change, by polling their modification times.
///
/// Polling is portable (no inotify binding needed) and cheap at this size: a few hundred
/// files stat'ed twice a second.
public struct ChangeWatcher: Sendable {
    /// The folders (or files) watched.
    public let paths: [URL]

    /// Creates a watcher over `paths`.
    public init(paths: [URL]) {
        self.paths = paths
    }

    /// A fingerprint of every watched file's path, size and modification time; it changes
    /// when a file is added, removed or written.
    public func fingerprint() -> Int {
        var hasher = Hasher()
        let fm = FileManager.default
        for root in paths {
            var files: [String] = []
            if let enumerator = fm.enumerator(atPath: root.path) {
                while let relative = enumerator.nextObject() as? String { files.append(relative) }
            } else {
                files.append("")
            }
            for relative in files.sorted() {
                let path = relative.isEmpty ? root.path : root.appendingPathComponent(relative).path
                guard let attributes = try? fm.attributesOfItem(atPath: path) else { continue }
                hasher.combine(path)
                hasher.combine((attributes[.size] as? NSNumber)?.int64Value ?? 0)
                hasher.combine((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
            }
        }
        return hasher.finalize()
    }
}
