import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// A running `admin-site serve`, stopped when the test ends.
final class ServeProcess {
    let process = Process()
    let base: String

    /// Starts `admin-site serve --port 0 arguments…` in the package root and waits until it
    /// says where it serves.
    init(_ arguments: [String]) throws {
        process.executableURL = CommandRunner.executable
        process.arguments = ["serve", "--port", "0"] + arguments
        process.currentDirectoryURL = CommandRunner.packageRoot
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let line = try #require(Self.waitForLine(containing: "serving ", in: out.fileHandleForReading, seconds: 60))
        base = try #require(line.split(separator: " ").first { $0.hasPrefix("http://127.0.0.1:") }).description
    }

    deinit {
        process.terminate()
        process.waitUntilExit()
    }

    var port: UInt16 { UInt16(base.split(separator: ":").last!.filter(\.isNumber))! }

    /// Reads the process's output until a line contains `needle`, or gives up after `seconds`.
    static func waitForLine(containing needle: String, in handle: FileHandle, seconds: Double) -> String? {
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

    /// `(status, body)` of a request to `path` (relative to the site root).
    func request(_ path: String, method: String = "GET") async throws -> (Int, String) {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.timeoutInterval = 10
        let (data, response) = try await URLSession.shared.data(for: request)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Waits (up to 10 s) until the live-reload version differs from `before`.
    func versionAfter(_ before: String) async throws -> String {
        var after = before
        for _ in 0..<40 where after == before {
            try await Task.sleep(for: .milliseconds(250))
            after = try await request("__live/version").1
        }
        return after
    }
}

/// `admin-site serve` end to end: it builds, serves on loopback, injects the reload script,
/// refuses paths outside the site, rebuilds when any input changes, answers HEAD, and
/// closes connections that stall.
@Suite(.serialized) struct ServeCommandTests {
    @Test func servesRebuildsOnChangeAndStaysInsideTheSite() async throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let docs = scratch.appendingPathComponent("docs")
        try FileManager.default.createDirectory(at: docs, withIntermediateDirectories: true)
        try Data("# Preview\n\nFirst version.\n".utf8).write(to: docs.appendingPathComponent("README.md"))

        let server = try ServeProcess(["--output", scratch.appendingPathComponent("site").path, "--docs", docs.path])

        let (status, index) = try await server.request("")
        #expect(status == 200)
        #expect(index.contains(#"<script src="/__live/reload.js"></script></body>"#))

        let (outside, _) = try await server.request("..%2F..%2F..%2Fetc%2Fpasswd")
        #expect(outside == 404)

        let (_, before) = try await server.request("__live/version")
        try Data("# Preview\n\nSecond version.\n".utf8).write(to: docs.appendingPathComponent("README.md"))
        let after = try await server.versionAfter(before)
        #expect(after != before, "the version did not change after a doc changed")
        let (_, page) = try await server.request("docs/readme.html")
        #expect(page.contains("Second version."))
    }

    /// The catalogue and the site configuration are single files, not folders: a change to
    /// either must rebuild, or a "Build failed" page stays up after the fix.
    @Test(arguments: [("--templates", "Site/templates.json"), ("--config", "Site/site.json")])
    func aFixedCatalogueOrConfigClearsTheFailedBuild(flag: String, file: String) async throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let input = scratch.appendingPathComponent((file as NSString).lastPathComponent)
        let good = try Data(contentsOf: CommandRunner.packageRoot.appendingPathComponent(file))
        try good.write(to: input)

        let server = try ServeProcess(["--output", scratch.appendingPathComponent("site").path, flag, input.path])
        #expect(try await server.request("").0 == 200)

        let (_, v0) = try await server.request("__live/version")
        try Data("{ this is not JSON".utf8).write(to: input)
        let v1 = try await server.versionAfter(v0)
        #expect(v1 != v0, "breaking \(file) did not trigger a rebuild")
        let (failedStatus, failedPage) = try await server.request("")
        #expect(failedStatus == 500)
        #expect(failedPage.contains("Build failed"))

        try good.write(to: input)
        let v2 = try await server.versionAfter(v1)
        #expect(v2 != v1, "fixing \(file) did not trigger a rebuild")
        let (fixedStatus, fixedPage) = try await server.request("")
        #expect(fixedStatus == 200)
        #expect(!fixedPage.contains("Build failed"))
    }

    @Test func headIsAnsweredLikeGetWithoutABody() async throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let server = try ServeProcess(["--output", scratch.appendingPathComponent("site").path])
        for path in ["", "index.html", "models/index.html", "models/models.csv", "api/models.json", "assets/site.css"] {
            let (status, body) = try await server.request(path, method: "HEAD")
            #expect(status == 200, "HEAD /\(path)")
            #expect(body.isEmpty, "HEAD /\(path) sent a body")
            #expect(try await server.request(path).0 == 200, "GET /\(path)")
        }
        #expect(try await server.request("no-such-page.html", method: "HEAD").0 == 404)
        #expect(try await server.request("index.html", method: "POST").0 != 200, "serve is read-only")
    }

    /// A client that sends half a request and stalls is disconnected after the idle timeout.
    @Test func aStalledConnectionIsClosed() async throws {
        let scratch = try CommandRunner.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let server = try ServeProcess(["--output", scratch.appendingPathComponent("site").path, "--idle-timeout", "1"])

        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        try #require(fd >= 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = server.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        try #require(connected == 0)
        let partial = Array("GET /index.html HTTP/1.1\r\nHost: 127.0.0.1\r\n".utf8)
        #expect(send(fd, partial, partial.count, 0) == partial.count)
        // Wait at most 10 s for the server to close its end (recv returns 0).
        var timeout = timeval(tv_sec: 10, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let start = Date()
        var buffer = [UInt8](repeating: 0, count: 512)
        let received = recv(fd, &buffer, buffer.count, 0)
        let waited = Date().timeIntervalSince(start)
        #expect(received == 0, "the stalled connection was not closed (recv returned \(received) after \(waited) s)")
        #expect(waited < 8)
    }
}
