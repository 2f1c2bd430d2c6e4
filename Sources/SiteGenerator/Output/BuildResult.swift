import Foundation

/// What a build did to the output folder.
public struct BuildResult: Sendable {
    /// What was generated.
    public var summary: SiteSummary
    /// The output folder.
    public var outputDirectory: URL
    /// Files created or replaced (their content changed), sorted.
    public var written: [String]
    /// Files whose content was already right, sorted: carried into the new site as hard links
    /// (same inode, mtime and bytes), or left where they were when nothing changed.
    public var unchanged: [String]
    /// Files of the previous site the new one no longer has, sorted.
    public var removed: [String]
    /// How the new site was put in place.
    public var method: PublishMethod
    /// Unchanged files copied (same bytes and mtime, new inode) because a hard link failed,
    /// sorted. Empty on ordinary local file systems.
    public var copiedInsteadOfLinked: [String]
    /// Leftover temporary folders of interrupted builds that this build deleted.
    public var staleFoldersRemoved: [String]
    /// Folders named like temporary folders that could not be proven admin-site's, so were
    /// left alone (an older admin-site's leftovers, or someone else's).
    public var foldersLeftAlone: [String]
    /// The previous site, when it could not be fully deleted after the publish (the next
    /// build tries again).
    public var oldSiteLeftAt: String?
}
