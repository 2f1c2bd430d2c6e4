import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing

/// `admin-site serve` end to end: it builds, serves on loopback, injects the reload script,
/// refuses paths outside the site, and rebuilds when a doc changes.
@Suite struct ServeCommandTests {
    /// Reads the process's output until a line contains `needle`, or gives up after `seconds`.
    private func waitForLine(containing needle: String, in handle: FileHandle, seconds: Double) -> String? {
        let deadline = Date().addingTimeInterval(seconds)
        var buffer = ""
        while Date() < deadline {
            let chunk = handle.availableData
            if chunk.isEmpty { Thread.sleep(forTimeInterval: 0.05); continue }
            buffer += String(decoding: chunk, as: UTF8.self)
            if let line = buffer.split(separator: "\n").first(where: { $0.contains(needle) }) { return String(line) }
        }
        return nil
    }

    private func get(_ url: String) async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: url)!)
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    @Test func servesRebuildsOnChangeAndStaysInsideTheSite() async throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let docs = scratch.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("# Preview\n\nFirst version.\n".utf8).write(to: docs.appendingPathComponent("README.md"))

        let process = Process()
        process.executableURL = CommandRunner.executable
        process.arguments = ["serve", "--port", "0", "--output", scratch.appendingPathComponent("site").path, "--docs", docs.path]
        process.currentDirectoryURL = CommandRunner.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate(); process.waitUntilExit() }

        let line = try #require(waitForLine(containing: "serving ", in: out.fileHandleForReading, seconds: 60))
        let base = try #require(line.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") }).description

        let (status, index) = try await get(base)
        #expect(status == 200)
        #expect(index.contains(#"<script src="/__live/reload.js"></script></body>"#))

        let (outside, _) = try await get(base + "..%2F..%2F..%2Fetc%2Fpasswd")
        #expect(outside == 404)

        let (_, before) = try await get(base + "__live/version")
        try Data("# Preview\n\nSecond version.\n".utf8).write(to: docs.appendingPathComponent("README.md"))
        var after = before
        for _ in 0..<40 where after == before {
            try await Task.sleep(for: .milliseconds(250))
            after = try await get(base + "__live/version").1
        }
        #expect(after != before, "the version did not change after a doc changed")
        let (_, page) = try await get(base + "docs/readme.html")
        #expect(page.contains("Second version."))
    }
}
