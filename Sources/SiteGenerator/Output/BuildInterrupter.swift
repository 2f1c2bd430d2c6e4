import Foundation

/// Lets another thread stop a running `SiteBuilder.build` and delete its temporary folder:
/// what `admin-site build` calls when SIGINT or SIGTERM arrives.
///
/// The builder creates its stage and publishes it only while holding this object's lock, and
/// checks `isInterrupted` before each file it writes. So once `interrupt()` returns, the
/// outcome it reports is final: either nothing was published and never will be (the stage is
/// gone), or the new site was already swapped in whole (and the old one, parked in the stage's
/// place, is gone). The process may then exit at once; no half site and no temporary folder
/// remain. Signal handling itself stays with the executable: this type only coordinates.
public final class BuildInterrupter: @unchecked Sendable {
    /// What an interrupted build leaves behind.
    public enum Outcome: Sendable, Equatable {
        /// Nothing was published: the output folder is exactly as before the build.
        case previousSiteUntouched
        /// The new site had already been published whole before the interruption.
        case newSitePublished
    }

    private let lock = NSLock()
    private var interrupted = false
    private var stage: String?
    private var published = false

    /// Creates an interrupter for one build (or several in a row).
    public init() {}

    /// Stops the build: no publish starts after this returns, and the temporary folder is
    /// removed. Blocks while a publish step is running, so the answer is never "half".
    @discardableResult
    public func interrupt() -> Outcome {
        lock.lock()
        defer { lock.unlock() }
        interrupted = true
        if let stage { Self.removeWhileWritersStop(stage) }
        return published ? .newSitePublished : .previousSiteUntouched
    }

    /// Whether `interrupt()` was called.
    public var isInterrupted: Bool {
        lock.lock()
        defer { lock.unlock() }
        return interrupted
    }

    /// Runs `make` (which creates the stage folder) under the lock, unless already interrupted.
    func createStage(_ make: () throws(SiteGenerationError) -> StageFolder) throws(SiteGenerationError) -> StageFolder {
        lock.lock()
        defer { lock.unlock() }
        if interrupted { throw Self.stopped }
        let folder = try make()
        stage = folder.path
        published = false
        return folder
    }

    /// Runs the publish step `body` under the lock, unless already interrupted; records
    /// success and the folder `body` left to delete (the old site, parked), if any.
    func publish(_ body: () throws(SiteGenerationError) -> String?) throws(SiteGenerationError) {
        lock.lock()
        defer { lock.unlock() }
        if interrupted { throw Self.stopped }
        stage = try body()
        published = true
    }

    /// The build no longer has a temporary folder (it is deleted, or was renamed into place).
    func finished() {
        lock.lock()
        stage = nil
        lock.unlock()
    }

    static let stopped = SiteGenerationError.io(path: "", message: "the build was interrupted before publishing; the previous site is untouched")

    /// Writers that were already past their `isInterrupted` check may still create a file or
    /// two, so the removal is repeated until the folder itself is gone. Once it is, nothing
    /// can reappear: writers create entries relative to the stage's (now deleted) directory
    /// descriptor, never by path.
    static func removeWhileWritersStop(_ path: String) {
        for _ in 0..<200 {
            StageFolder.removeMarkedTree(path)
            if FileIO.kind(path) == .missing { return }
            usleep(1_000)
        }
    }
}
