import Foundation
import GazetteContent

/// Checks that every internal reference of every HTML page in a built output folder leads to
/// a file of that folder (a folder meaning its index.html), and every fragment to an id there.
/// References to other sites are not followed.
public struct LinkChecker: Sendable {
    public let output: URL
    public let address: SiteAddress

    public init(output: URL, baseURL: String) {
        self.output = output
        self.address = SiteAddress(baseURL: baseURL)
    }

    public func check() throws(LinkCheckError) -> LinkReport {
        let (files, folders) = try inventory()
        let pages = files.filter { $0.hasSuffix(".html") && !$0.split(separator: "/").contains { $0.hasPrefix(".") } }.sorted()
        let root = output
        let scanned = pages.parallelMap { page -> Result<PageLinks, LinkCheckError> in
            do {
                return .success(PageLinks(html: try String(contentsOf: root.appendingPathComponent(page), encoding: .utf8)))
            } catch {
                return .failure(.unreadable(page, (error as NSError).localizedDescription))
            }
        }
        var linksByPage: [String: PageLinks] = [:]
        for (page, result) in zip(pages, scanned) {
            switch result {
            case .success(let links): linksByPage[page] = links
            case .failure(let error): throw error
            }
        }

        var broken: [BrokenLink] = []
        var checked = 0
        for page in pages {
            for reference in linksByPage[page]?.references ?? [] {
                let problem: BrokenLink.Problem?
                switch address.resolve(reference.value, onPage: page) {
                case .external:
                    continue
                case .outsideSite(let path):
                    problem = .outsideSite(path: path, basePath: address.basePath)
                case .badEncoding:
                    problem = .badEncoding
                case .file(let path, let fragment):
                    problem = Self.problem(path: path, fragment: fragment, files: files, folders: folders, pages: linksByPage)
                }
                checked += 1
                if let problem {
                    broken.append(BrokenLink(page: page, line: reference.line, reference: reference.value, problem: problem))
                }
            }
        }
        return LinkReport(pageCount: pages.count, linkCount: checked, broken: broken)
    }

    private static func problem(path: String, fragment: String?, files: Set<String>, folders: Set<String>,
                                pages: [String: PageLinks]) -> BrokenLink.Problem? {
        let target: String
        if files.contains(path) {
            target = path
        } else if folders.contains(path), files.contains(path + "/index.html") {
            target = path + "/index.html"
        } else {
            return .missingFile(path)
        }
        if let fragment, let page = pages[target], !page.ids.contains(fragment) {
            return .missingFragment(fragment, file: target)
        }
        return nil
    }

    /// Every file and folder of the output, relative and with '/' separators.
    private func inventory() throws(LinkCheckError) -> (files: Set<String>, folders: Set<String>) {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .missingOutput(output.path)
        }
        guard let walker = FileManager.default.enumerator(atPath: output.path) else {
            throw .unreadable(output.path, "cannot list the folder")
        }
        var files = Set<String>()
        var folders = Set<String>()
        while let path = walker.nextObject() as? String {
            if walker.fileAttributes?[.type] as? FileAttributeType == .typeDirectory {
                folders.insert(path)
            } else {
                files.insert(path)
            }
        }
        return (files, folders)
    }
}
