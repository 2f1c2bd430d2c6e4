/// Fault injection for tests: lets a test make a chosen publish step fail with a chosen
/// `errno` (or act at that step, e.g. interrupt the build), to prove that whatever step fails,
/// no half site is left. Production builds use `BuildHooks()`, which changes nothing.
struct BuildHooks: Sendable {
    /// The file-system calls of the publish step, in order.
    enum Step: Sendable, Hashable {
        /// Hard-linking one unchanged file into the stage.
        case link(String)
        /// Copying one unchanged file into the stage, when its hard link failed.
        case copy(String)
        /// The atomic swap of stage and output.
        case exchange
        /// The fallback's first rename (current site aside).
        case moveAside
        /// The fallback's second rename (stage into place).
        case moveIntoPlace
        /// The fallback's undo of the first rename when the second failed.
        case moveBack
        /// Deleting the old site after a successful publish.
        case removeOld
    }

    /// Called at each step: a non-nil result makes that call fail with this `errno` instead
    /// of running it.
    var at: @Sendable (Step) -> Int32? = { _ in nil }

    func errno(_ step: Step) -> Int32? { at(step) }
}
