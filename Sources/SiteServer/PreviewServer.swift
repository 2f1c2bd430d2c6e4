import Foundation
import Hummingbird

/// `admin-site serve`: serves a built site on localhost and rebuilds it when its inputs
/// change; open pages reload themselves.
///
/// Two kinds of input change: site inputs (templates, docs, assets, the catalogue) are
/// rebuilt in process; Swift sources (a model file) need a recompile, which `onSourceChange`
/// handles (the command recompiles and restarts itself).
public struct PreviewServer: Sendable {
    /// Where to listen.
    public var host: String
    /// The port; 0 picks a free one.
    public var port: Int
    /// The built site to serve.
    public var siteDirectory: URL
    /// Site inputs: a change triggers `rebuild`.
    public var watchedInputs: [URL]
    /// Swift sources: a change triggers `onSourceChange`.
    public var watchedSources: [URL]
    /// Rebuilds the site into `siteDirectory`; throws with a readable reason.
    public var rebuild: @Sendable () async throws -> Void
    /// Called when a Swift source changes; typically recompiles and restarts the process.
    public var onSourceChange: @Sendable () async -> Void
    /// How long a connection may sit without a complete request before it is closed, so
    /// half-open or stalled clients (a slow header, a dropped laptop) do not pile up.
    public var idleTimeout: Duration

    /// Creates a server.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, siteDirectory: URL, watchedInputs: [URL], watchedSources: [URL],
        rebuild: @escaping @Sendable () async throws -> Void, onSourceChange: @escaping @Sendable () async -> Void,
        idleTimeout: Duration = .seconds(30)
    ) {
        self.idleTimeout = idleTimeout
        self.host = host
        self.port = port
        self.siteDirectory = siteDirectory
        self.watchedInputs = watchedInputs
        self.watchedSources = watchedSources
        self.rebuild = rebuild
        self.onSourceChange = onSourceChange
    }

    /// Serves until the process is stopped.
    public func run() async throws {
        let live = LiveReload(initialVersion: Int(Date().timeIntervalSince1970))
        // HEAD is answered like GET without the body, so `curl -I` and link checkers see the
        // pages that exist; the server stays read-only (no other method is routed).
        let router = Router(options: .autoGenerateHeadEndpoints)
        router.get("/__live/version") { _, _ -> String in String(await live.version) }
        router.get("/__live/reload.js") { _, _ -> Response in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8"],
                     body: .init(byteBuffer: ByteBuffer(string: LiveReload.script)))
        }
        let files = StaticFiles(root: siteDirectory)
        // "**" does not match the root path, so "/" gets its own route.
        for pattern in ["/", "**"] {
            router.get(RouterPath(pattern)) { request, _ -> Response in
                if let error = await live.lastError, request.uri.path.hasSuffix(".html") || request.uri.path.hasSuffix("/") {
                    return StaticFiles.errorPage(error)
                }
                return files.response(for: request.uri.path)
            }
        }
        let (seconds, attoseconds) = idleTimeout.components
        let idleNanoseconds = seconds * 1_000_000_000 + attoseconds / 1_000_000_000
        let app = Application(
            router: router, server: .http1(configuration: .init(idleTimeout: .nanoseconds(idleNanoseconds))),
            configuration: .init(address: .hostname(host, port: port)), onServerRunning: { channel in
            say("serving \(siteDirectory.path) at http://\(host):\(channel.localAddress?.port ?? port)/ (Ctrl-C to stop)")
        })
        let inputs = ChangeWatcher(paths: watchedInputs)
        let sources = ChangeWatcher(paths: watchedSources)
        let rebuild = self.rebuild
        let onSourceChange = self.onSourceChange
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.runService() }
            group.addTask {
                var lastInputs = inputs.fingerprint()
                var lastSources = sources.fingerprint()
                while !Task.isCancelled {
                    try await Task.sleep(for: .milliseconds(500))
                    let nowSources = sources.fingerprint()
                    if nowSources != lastSources {
                        lastSources = nowSources
                        say("Swift sources changed: recompiling")
                        await onSourceChange()
                    }
                    let nowInputs = inputs.fingerprint()
                    guard nowInputs != lastInputs else { continue }
                    lastInputs = nowInputs
                    do {
                        try await rebuild()
                        await live.rebuilt()
                        say("rebuilt")
                    } catch {
                        await live.failed("\(error)")
                        say("rebuild failed: \(error)")
                    }
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}

/// Writes a progress line straight to standard output: a log or a terminal sees it at once,
/// not when a buffer fills.
public func say(_ line: String) {
    FileHandle.standardOutput.write(Data((line + "\n").utf8))
}
