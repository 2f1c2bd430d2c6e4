import Foundation
import Testing

@testable import SiteGenerator

/// Whatever publish step fails, readers see the whole old site (or, after the atomic step,
/// the whole new one), never a mix, and no temporary folder stays behind. The faults are
/// injected with `BuildHooks` because real ones (a full disk, a file system without hard
/// links) cannot be made on demand, least of all as root, where permissions stop nothing.
@Suite("Publishing survives faults")
struct PublishFaultTests {
    /// A built site and inputs whose rebuild changes some files and keeps others.
    struct Scene {
        let tmp: TemporaryFolder
        let out: URL
        let before: [String: FileFacts]
        let changed: SiteInputs

        init() throws {
            tmp = try TemporaryFolder()
            out = tmp.url.appendingPathComponent("site")
            try SiteBuilder.build(inputs: Fixture.inputs(), outputDirectory: out)
            before = SiteTree.facts(out)
            var catalog = Fixture.catalog
            catalog.contentTemplates[0].name = "Product shot, renamed"
            changed = Fixture.inputs(catalog: catalog)
        }

        func build(failing step: @escaping @Sendable (BuildHooks.Step) -> Int32?) throws(SiteGenerationError) -> BuildResult {
            try SiteBuilder.build(inputs: changed, outputDirectory: out, interrupter: BuildInterrupter(), hooks: BuildHooks(at: step))
        }

        var newSite: [String: [UInt8]] {
            get throws {
                var files = try Fixture.site(changed).files
                files[SiteBuilder.markerFile] = SiteBuilder.markerContent
                return files
            }
        }
    }

    /// Steps that fail before anything is published: (label, the step to fail, errno).
    static let failures: [(String, @Sendable (BuildHooks.Step) -> Int32?)] = [
        ("the first file carried over (link and copy both fail: disk full)", { step in
            switch step {
            case .link, .copy: return ENOSPC
            default: return nil
            }
        }),
        ("a file carried over midway (link and copy both fail)", { step in
            switch step {
            case .link(let path) where path.hasPrefix("models/"): return EIO
            case .copy(let path) where path.hasPrefix("models/"): return EIO
            default: return nil
            }
        }),
        ("the atomic swap itself", { $0 == .exchange ? EIO : nil }),
        ("the fallback's first rename", { [.exchange: EINVAL, .moveAside: EACCES][$0] }),
        ("the fallback's second rename (undone)", { [.exchange: EINVAL, .moveIntoPlace: EACCES][$0] }),
    ]

    @Test("a failure at any step before the atomic publish leaves the previous site byte for byte, inode for inode",
          arguments: failures.indices)
    func failureLeavesOldSite(index: Int) throws {
        let (label, step) = Self.failures[index]
        let scene = try Scene()
        do {
            _ = try scene.build(failing: step)
            Issue.record("\(label): the build did not fail")
        } catch {
            #expect(error.leftPreviousSiteUntouched, "\(label): \(error)")
        }
        #expect(SiteTree.facts(scene.out) == scene.before, "\(label): the site changed")
        #expect(SiteTree.siblings(of: scene.out) == ["site"], "\(label): a temporary folder was left")
    }

    @Test("hard links that fail with EXDEV/EPERM fall back to copies that keep bytes and mtime (not inode)")
    func linkFallbackCopies() throws {
        let scene = try Scene()
        let result = try scene.build { step in
            if case .link(let path) = step, path.hasPrefix("models/") { return EPERM } else { return nil }
        }
        let after = SiteTree.facts(scene.out)
        #expect(after.mapValues(\.bytes) == (try scene.newSite))
        #expect(!result.copiedInsteadOfLinked.isEmpty)
        #expect(result.copiedInsteadOfLinked.allSatisfy { $0.hasPrefix("models/") })
        for path in result.copiedInsteadOfLinked {
            #expect(after[path]?.mtimeNanoseconds == scene.before[path]?.mtimeNanoseconds, "\(path): mtime lost")
            #expect(after[path]?.inode != scene.before[path]?.inode)
        }
        for path in result.unchanged where !result.copiedInsteadOfLinked.contains(path) {
            #expect(after[path]?.inode == scene.before[path]?.inode, "\(path): not linked")
        }
        #expect(SiteTree.siblings(of: scene.out) == ["site"])
    }

    @Test("without RENAME_EXCHANGE the fallback publishes the whole new site with two renames")
    func twoRenameFallback() throws {
        let scene = try Scene()
        let result = try scene.build { $0 == .exchange ? EINVAL : nil }
        #expect(result.method == .twoRenames)
        #expect(SiteTree.bytes(scene.out) == (try scene.newSite))
        #expect(SiteTree.siblings(of: scene.out) == ["site"])
    }

    @Test("when the fallback can neither finish nor undo, the error says so and where the previous site is")
    func incompletePublishIsReported() throws {
        let scene = try Scene()
        do {
            _ = try scene.build { [.exchange: EINVAL, .moveIntoPlace: EIO, .moveBack: EIO][$0] }
            Issue.record("the build did not fail")
        } catch {
            #expect(!error.leftPreviousSiteUntouched)
            guard case .publishIncomplete(_, let message) = error else { Issue.record("\(error)"); return }
            let aside = try #require(SiteTree.siblings(of: scene.out).first { $0.hasPrefix(".site.tmp-") })
            #expect(message.contains(aside))
            #expect(SiteTree.facts(scene.tmp.url.appendingPathComponent(aside)) == scene.before, "the previous site is intact there")
        }
    }

    @Test("a failure deleting the old tree after the swap still publishes, reports it, and the next build cleans it up")
    func oldTreeLeftIsCleanedNextTime() throws {
        let scene = try Scene()
        let result = try scene.build { $0 == .removeOld ? EIO : nil }
        #expect(SiteTree.bytes(scene.out) == (try scene.newSite))
        let left = try #require(result.oldSiteLeftAt)
        #expect(SiteTree.facts(URL(fileURLWithPath: left)).mapValues(\.bytes) == scene.before.mapValues(\.bytes))
        let next = try SiteBuilder.build(inputs: scene.changed, outputDirectory: scene.out)
        #expect(next.staleFoldersRemoved == [(left as NSString).lastPathComponent])
        #expect(SiteTree.siblings(of: scene.out) == ["site"])
    }

    @Test("an interruption before the publish removes the stage and leaves the previous site")
    func interruptBeforePublish() throws {
        let scene = try Scene()
        let interrupter = BuildInterrupter()
        let outcome = LockedOutcome()
        let hooks = BuildHooks { step in
            if case .link = step, outcome.value == nil { outcome.value = interrupter.interrupt() }
            return nil
        }
        #expect(throws: SiteGenerationError.self) {
            try SiteBuilder.build(inputs: scene.changed, outputDirectory: scene.out, interrupter: interrupter, hooks: hooks)
        }
        #expect(outcome.value == .previousSiteUntouched)
        #expect(SiteTree.facts(scene.out) == scene.before)
        #expect(SiteTree.siblings(of: scene.out) == ["site"])
    }

    @Test("an interruption after the swap reports the new site as published and removes the old tree")
    func interruptAfterPublish() throws {
        let scene = try Scene()
        let interrupter = BuildInterrupter()
        let outcome = LockedOutcome()
        let hooks = BuildHooks { step in
            if step == .removeOld { outcome.value = interrupter.interrupt() }
            return nil
        }
        _ = try SiteBuilder.build(inputs: scene.changed, outputDirectory: scene.out, interrupter: interrupter, hooks: hooks)
        #expect(outcome.value == .newSitePublished)
        #expect(SiteTree.bytes(scene.out) == (try scene.newSite))
        #expect(SiteTree.siblings(of: scene.out) == ["site"])
    }
}

/// A value set from a hook (which may run on any thread).
final class LockedOutcome: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: BuildInterrupter.Outcome?
    var value: BuildInterrupter.Outcome? {
        get { lock.lock(); defer { lock.unlock() }; return stored }
        set { lock.lock(); stored = newValue; lock.unlock() }
    }
}
