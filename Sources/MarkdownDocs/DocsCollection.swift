import Foundation

/// Every Markdown doc under a folder, rendered, cross-linked and checked.
public struct DocsCollection: Sendable {
    /// The docs root, standardized with symlinks resolved.
    public let root: URL
    /// One page per `*.md` file, sorted by source path.
    public let pages: [DocPage]
    /// Problems about the folder itself (skipped symlinks, unreadable folders) followed by every
    /// page's problems, in page order.
    public let problems: [DocProblem]

    /// Whether any problem is an error.
    public var hasErrors: Bool { problems.contains { $0.severity == .error } }

    /// Title and output path of every page, in page order, for an index page or navigation.
    public var index: [DocsIndexEntry] {
        pages.map { DocsIndexEntry(title: $0.title, outputPath: $0.outputPath, sourcePath: $0.sourcePath) }
    }

    /// The page made from the file at root-relative `sourcePath`, if any.
    public func page(forSourcePath sourcePath: String) -> DocPage? {
        pages.first { $0.sourcePath == sourcePath }
    }

    /// Creates a collection from already-built pages.
    public init(root: URL, pages: [DocPage], problems: [DocProblem]) {
        self.root = root
        self.pages = pages
        self.problems = problems
    }

    /// Loads, renders and checks every `**/*.md` file under `root`.
    ///
    /// Bad docs never make this throw: unreadable files, invalid UTF-8, broken links and the like
    /// become ``DocProblem``s on the affected page.
    /// - Parameters:
    ///   - root: The docs folder.
    ///   - options: Markdown rendering options.
    /// - Throws: ``DocsCollectionError`` when `root` is not a readable folder.
    public static func load(root: URL, options: MarkdownOptions = MarkdownOptions()) throws -> DocsCollection {
        let resolvedRoot = root.standardizedFileURL.resolvingSymlinksInPath()
        let (found, folderProblems) = try DocFileFinder.find(in: resolvedRoot)
        let outputPaths = OutputPathPlanner.outputPaths(for: found.map(\.relativePath))

        // First pass: parse everything, so every doc's anchors are known before links are checked.
        var parsed: [ParsedMarkdown?] = []
        var fileProblems: [[DocProblem]] = []
        for doc in found {
            var problems: [DocProblem] = []
            var bytes: [UInt8] = []
            var readable = true
            do {
                bytes = [UInt8](try Data(contentsOf: doc.url))
            } catch {
                readable = false
                problems.append(DocProblem(file: doc.relativePath, severity: .error,
                                           message: "cannot read doc (\(error.localizedDescription))"))
            }
            let markdown = ParsedMarkdown(source: bytes, options: options)
            if readable, isBlank(bytes) {
                problems.append(DocProblem(file: doc.relativePath, severity: .warning, message: "doc is empty"))
            } else if readable, markdown.title == nil {
                problems.append(DocProblem(file: doc.relativePath, severity: .warning,
                                           message: "doc has no heading; title taken from file name"))
            }
            if let line = markdown.invalidUTF8Line {
                problems.append(DocProblem(file: doc.relativePath, line: line, severity: .warning,
                                           message: "invalid UTF-8 replaced with U+FFFD"))
            }
            for line in markdown.pipeTableLines {
                problems.append(DocProblem(
                    file: doc.relativePath, line: line, severity: .warning,
                    message: "doc contains a GFM pipe table; libcmark renders it as a paragraph — "
                        + "use a list or an HTML-free layout instead"))
            }
            parsed.append(markdown)
            fileProblems.append(problems)
        }

        var targets: [String: DocLinkResolver.Target] = [:]
        for (index, doc) in found.enumerated() {
            let anchors = Set(parsed[index]?.headings.map(\.anchor) ?? [])
            targets[doc.relativePath] = DocLinkResolver.Target(outputPath: outputPaths[index], anchors: anchors)
        }
        let resolver = DocLinkResolver(docs: targets) { relativePath in
            let target = resolvedRoot.appendingPathComponent(relativePath).resolvingSymlinksInPath()
            return DocFileFinder.isInside(target.path, root: resolvedRoot.path)
                && FileManager.default.fileExists(atPath: target.path)
        }

        // Second pass: rewrite links and render, one doc at a time, freeing each tree after use.
        var pages: [DocPage] = []
        for (index, doc) in found.enumerated() {
            guard let markdown = parsed[index] else { continue }
            parsed[index] = nil
            // The same destination often appears many times in one doc; resolve it once.
            var resolutions: [String: DocLinkResolver.Resolution] = [:]
            let rendered = markdown.render { destination in
                let resolution = resolutions[destination] ?? resolver.resolve(destination, from: doc.relativePath)
                resolutions[destination] = resolution
                return resolution.destination
            }
            var problems = fileProblems[index]
            for link in rendered.links {
                guard let problem = resolutions[link.destination]?.problem else { continue }
                problems.append(DocProblem(file: doc.relativePath, line: link.line, column: link.column,
                                           severity: problem.severity, message: problem.message))
            }
            pages.append(DocPage(
                sourcePath: doc.relativePath,
                outputPath: outputPaths[index],
                title: rendered.title ?? titleFromFileName(doc.relativePath),
                html: rendered.html,
                headings: rendered.headings,
                problems: sortedByPosition(problems)
            ))
        }
        return DocsCollection(
            root: resolvedRoot,
            pages: pages,
            problems: folderProblems + pages.flatMap(\.problems)
        )
    }

    /// Whether `bytes` holds nothing but whitespace.
    static func isBlank(_ bytes: [UInt8]) -> Bool {
        bytes.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0B || $0 == 0x0C }
    }

    /// A readable title from a file name: `getting-started.md` → `getting started`.
    static func titleFromFileName(_ sourcePath: String) -> String {
        let fileName = sourcePath.split(separator: "/").last.map(String.init) ?? sourcePath
        let words = OutputPathPlanner.stem(of: fileName)
            .split { $0 == "-" || $0 == "_" || $0.isWhitespace }
            .joined(separator: " ")
        return words.isEmpty ? fileName : words
    }

    /// Problems without a position first, then by line and column; ties keep their order.
    static func sortedByPosition(_ problems: [DocProblem]) -> [DocProblem] {
        problems.enumerated().sorted { left, right in
            let leftKey = (left.element.line ?? 0, left.element.column ?? 0, left.offset)
            let rightKey = (right.element.line ?? 0, right.element.column ?? 0, right.offset)
            return leftKey < rightKey
        }.map(\.element)
    }
}
