import Foundation
import GazetteContent

/// Broken links as an editor reads them: the file to fix first (with line and column when the
/// link is written there), then the link, the page it is on and why it is broken.
public enum LinkDiagnostics {
    public static func messages(for report: LinkReport, sources: PageSources, address: SiteAddress,
                                outputDisplayPath: String) -> [String] {
        var texts: [String: [Substring]] = [:]
        return report.broken.map { link in
            let page = address.urlPath(ofPage: link.page)
            var location = "\(SourceLocation(path: outputDisplayPath + "/" + link.page, line: link.line))"
            if let source = sources.source(ofPage: link.page) {
                location = source
                if sources.isContent(source) {
                    if texts[source] == nil {
                        texts[source] = (try? String(contentsOfFile: source, encoding: .utf8))?
                            .split(separator: "\n", omittingEmptySubsequences: false) ?? []
                    }
                    if let found = Self.find(link.reference, in: texts[source] ?? []) {
                        location = "\(SourceLocation(path: source, line: found.line, column: found.column))"
                    }
                }
            }
            return "\(location): error: broken link \(link.reference) on page \(page): \(link.problem); "
                + "link to a page or file that the site has, or remove the link"
        }
    }

    /// 1-based line and column (in characters) of the first place the text is written.
    private static func find(_ text: String, in lines: [Substring]) -> (line: Int, column: Int)? {
        guard !text.isEmpty else { return nil }
        for (number, line) in lines.enumerated() {
            if let range = line.range(of: text) {
                return (number + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return nil
    }
}
