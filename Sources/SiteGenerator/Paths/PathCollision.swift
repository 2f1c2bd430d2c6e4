/// One path that two files of a build would share: the generator refuses to build then, so
/// `admin-site check` reports it too (both use `find`).
public struct PathCollision: Sendable, Hashable {
    /// The site-relative path.
    public var path: String
    /// What was planned there first, e.g. `doc 'README.md'`.
    public var first: String
    /// What was planned there next, e.g. `docs file 'readme.html'`.
    public var second: String

    /// The error a build stops with.
    public var error: SiteGenerationError { .pathCollision(path: path, first: first, second: second) }

    /// Every collision among `files` (path and what it is), in plan order: a file whose path
    /// an earlier one already has.
    static func find(_ files: [(path: String, origin: String)]) -> [PathCollision] {
        var seen: [String: String] = [:]
        var collisions: [PathCollision] = []
        for (path, origin) in files {
            if let first = seen[path] {
                collisions.append(PathCollision(path: path, first: first, second: origin))
            } else {
                seen[path] = origin
            }
        }
        return collisions
    }
}

extension SiteGenerator {
    /// What `generate` would refuse before writing a file, found without rendering or
    /// writing anything: an invalid configuration, page templates that fail to load or lint,
    /// a missing assets folder, and every path two files would share (doc pages and the files
    /// beside them, ids that slug alike). Integrity and doc errors are not repeated here (the
    /// caller reports them with their positions).
    ///
    /// `admin-site check` runs it, so that whatever makes a build of the same inputs fail is
    /// a check error too. What it cannot see: failures while writing the output (disk, an
    /// output folder not made by admin-site) and a page template naming a variable its view
    /// model lacks, which the site snapshot tests catch (it depends on the code, not on the
    /// inputs).
    public func preflight() -> [SiteGenerationError] {
        var problems: [SiteGenerationError] = []
        do { try inputs.config.validate() } catch { problems.append(.config(error)) }
        do { _ = try TemplateSet.load(directory: inputs.templatesDirectory) } catch {
            problems.append(error)
        }
        do {
            let jobs = try planJobs(SiteData(inputs: inputs))
            problems += PathCollision.find(jobs.flatMap(\.outputs)).map(\.error)
        } catch {
            problems.append(error)
        }
        return problems
    }
}
