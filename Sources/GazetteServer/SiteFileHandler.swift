import FlyingFox
import Foundation

/// Serves the built site: files by path, `index.html` for folders, the site's own 404 page for
/// misses, conditional GET by ETag and Last-Modified, and the live-reload script in every page.
struct SiteFileHandler: HTTPHandler {
    let folder: SiteFolder

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return Self.plain(.methodNotAllowed, "only GET and HEAD are served", headers: [HTTPHeader("Allow"): "GET, HEAD"])
        }
        guard let path = RequestPath(rawTarget: request.target.rawValue) else {
            return Self.plain(.badRequest, "the path leaves the site or is malformed")
        }
        switch folder.lookup(path) {
        case .file(let file):
            return respond(with: file, status: .ok, to: request)
        case .folderWithoutSlash:
            let query = request.target.query()
            let location = request.target.path() + "/" + (query.isEmpty ? "" : "?" + query)
            return HTTPResponse(statusCode: .movedPermanently, headers: HTTPHeaders([.location: location]))
        case .missing:
            return notFound(request)
        }
    }

    private func notFound(_ request: HTTPRequest) -> HTTPResponse {
        if let page = RequestPath(rawTarget: "/404.html"), case .file(let file) = folder.lookup(page) {
            return respond(with: file, status: .notFound, to: request, conditional: false)
        }
        let page = Data("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head><body><h1>Not found</h1></body></html>".utf8)
        return body(LiveReloadScript.inject(into: page), status: .notFound, type: MediaType.forFile(named: "404.html"),
                    headers: [:], request: request)
    }

    private func respond(with file: String, status: HTTPStatusCode, to request: HTTPRequest, conditional: Bool = true) -> HTTPResponse {
        guard let validators = FileValidators(path: file), let contents = FileManager.default.contents(atPath: file) else {
            return Self.plain(.notFound, "not found")
        }
        let headers: HTTPHeaders = [.eTag: validators.entityTag, .lastModified: validators.lastModified, .cacheControl: "no-cache"]
        if conditional && validators.allowsNotModified(ifNoneMatch: request.headers[.ifNoneMatch],
                                                       ifModifiedSince: request.headers[.ifModifiedSince]) {
            return HTTPResponse(statusCode: .notModified, headers: headers)
        }
        let type = MediaType.forFile(named: file)
        let payload = type.hasPrefix("text/html") ? LiveReloadScript.inject(into: contents) : contents
        return body(payload, status: status, type: type, headers: headers, request: request)
    }

    private func body(_ data: Data, status: HTTPStatusCode, type: String, headers: HTTPHeaders, request: HTTPRequest) -> HTTPResponse {
        var headers = headers
        headers[.contentType] = type
        guard request.method == .HEAD else { return HTTPResponse(statusCode: status, headers: headers, body: data) }
        headers[.contentLength] = String(data.count)
        return HTTPResponse(statusCode: status, headers: headers)
    }

    private static func plain(_ status: HTTPStatusCode, _ text: String, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var headers = headers
        headers[.contentType] = "text/plain; charset=utf-8"
        return HTTPResponse(statusCode: status, headers: headers, body: Data((text + "\n").utf8))
    }
}
