import CAtomicSwap
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How a build put its site in place.
public enum PublishMethod: String, Sendable {
    /// Nothing differed: the current folder was left exactly as it was, no swap.
    case nothingChanged
    /// A new output folder: the stage was renamed into place (one atomic `rename(2)`).
    case rename
    /// The stage and the current folder swapped names in one atomic step
    /// (`renameat2(RENAME_EXCHANGE)` on Linux, `renamex_np(RENAME_SWAP)` on macOS).
    case exchange
    /// The file system cannot swap folders: the current one was renamed aside, then the stage
    /// into place. For that instant the output path is missing (a reader gets "not found",
    /// never a half site).
    case twoRenames
}

/// Puts a finished stage in place of the current site.
enum FolderSwap {
    /// Replaces the existing folder `output` by `stage` and returns where the old site is now
    /// (to delete) and how it was done.
    /// - Throws: `.io` when nothing was changed; `.publishIncomplete` in the one case that
    ///   leaves the output missing (the fallback's second rename and its undo both failed).
    static func replace(output: String, with stage: String, parent: String, outputName: String, hooks: BuildHooks) throws(SiteGenerationError) -> (leftover: String, method: PublishMethod) {
        let exchangeError = hooks.errno(.exchange) ?? (catomicswap_exchange(stage, output) == 0 ? 0 : errno)
        if exchangeError == 0 { return (stage, .exchange) }
        guard [EINVAL, ENOSYS, ENOTSUP, EOPNOTSUPP].contains(exchangeError) else {
            throw .io(path: output, message: "cannot swap the new site into place (\(text(exchangeError))); nothing was changed")
        }
        let aside = parent + "/" + StageFolder.unusedName(in: parent, outputName: outputName)
        if let e = hooks.errno(.moveAside) ?? (rename(output, aside) == 0 ? nil : errno) {
            throw .io(path: output, message: "cannot move the current site aside (\(text(e))); nothing was changed")
        }
        if let e = hooks.errno(.moveIntoPlace) ?? (rename(stage, output) == 0 ? nil : errno) {
            if let back = hooks.errno(.moveBack) ?? (rename(aside, output) == 0 ? nil : errno) {
                throw .publishIncomplete(
                    path: output,
                    message: "the new site could not be moved into place (\(text(e))) nor the previous site back (\(text(back))); "
                        + "the previous site is in '\(aside)': move it back with `mv` (the next build deletes it)")
            }
            throw .io(path: output, message: "cannot move the new site into place (\(text(e))); nothing was changed")
        }
        return (aside, .twoRenames)
    }

    /// Puts `stage` at the missing or empty folder `output` (an empty folder is replaced).
    static func place(output: String, stage: String) throws(SiteGenerationError) {
        guard rename(stage, output) == 0 else {
            throw .io(path: output, message: "cannot move the new site into place (\(FileIO.errorText())); nothing was changed")
        }
    }

    private static func text(_ code: Int32) -> String { String(cString: strerror(code)) }
}
