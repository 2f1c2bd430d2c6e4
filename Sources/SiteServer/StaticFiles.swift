import Foundation
import Hummingbird

/// Serves files from a folder, never outside it, with the live-reload script added to HTML.
struct StaticFiles: Sendable {
    let root: URL

    static let types: [String: String] = [
        "html": "text/html; charset=utf-8", "css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8",
        "json": "application/json", "csv": "text/csv; charset=utf-8", "svg": "image/svg+xml", "xml": "application/xml",
        "png": "image/png", "webp": "image/webp", "txt": "text/plain; charset=utf-8", "ico": "image/x-icon",
    ]

    /// The file for a URL path: `/` and folders map to `index.html`; `..` segments and
    /// percent-encoded escapes are refused.
    func file(for urlPath: String) -> URL? {
        let decoded = urlPath.removingPercentEncoding ?? urlPath
        let segments = decoded.split(separator: "/").map(String.init)
        guard !segments.contains(where: { $0 == ".." || $0 == "." || $0.contains("\\") }) else { return nil }
        var url = root
        for s in segments { url.appendPathComponent(s) }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            url.appendPathComponent("index.html")
        }
        return url
    }

    func response(for urlPath: String) -> Response {
        guard let url = file(for: urlPath), var data = FileManager.default.contents(atPath: url.path) else {
            let notFound = file(for: "/404.html").flatMap { FileManager.default.contents(atPath: $0.path) } ?? Data("not found".utf8)
            return Response(status: .notFound, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(bytes: inject(notFound))))
        }
        let type = Self.types[url.pathExtension.lowercased()] ?? "application/octet-stream"
        if url.pathExtension == "html" { data = inject(data) }
        return Response(status: .ok, headers: [.contentType: type, .cacheControl: "no-store"], body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// The page with the reload script before `</body>` (or at the end).
    func inject(_ data: Data) -> Data {
        let tag = Data(#"<script src="/__live/reload.js"></script>"#.utf8)
        if let range = data.range(of: Data("</body>".utf8), options: .backwards) {
            var copy = data
            copy.insert(contentsOf: tag, at: range.lowerBound)
            return copy
        }
        return data + tag
    }

    static func errorPage(_ message: String) -> Response {
        let escaped = message.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        let html = """
            <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head>
            <body><h1>Build failed</h1><pre>\(escaped)</pre><p>Fix the input; this page reloads when the build succeeds.</p>
            <script src="/__live/reload.js"></script></body></html>
            """
        return Response(status: .internalServerError, headers: [.contentType: "text/html; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
