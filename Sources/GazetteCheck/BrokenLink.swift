/// A reference on a page that leads to no file of the output, or to no such id there.
public struct BrokenLink: Sendable, Hashable {
    public enum Problem: Sendable, Hashable, CustomStringConvertible {
        case missingFile(String)
        case missingFragment(String, file: String)
        case outsideSite(path: String, basePath: String)
        case badEncoding

        public var description: String {
            switch self {
            case .missingFile(let path):
                return "no file \(path) in the output"
            case .missingFragment(let fragment, let file):
                return "no id '\(fragment)' on \(file)"
            case .outsideSite(let path, let basePath):
                return "\(path) is outside the site's base path \(basePath)"
            case .badEncoding:
                return "the address is not valid percent-encoded UTF-8"
            }
        }
    }

    /// The page's file, relative to the output folder.
    public var page: String
    /// 1-based line of the tag in the page.
    public var line: Int
    /// The attribute value as the page has it (character references decoded).
    public var reference: String
    public var problem: Problem

    public init(page: String, line: Int, reference: String, problem: Problem) {
        self.page = page
        self.line = line
        self.reference = reference
        self.problem = problem
    }
}

/// What a link check looked at and what it found.
public struct LinkReport: Sendable {
    public var pageCount: Int
    /// References to this site that were checked (external ones are not counted).
    public var linkCount: Int
    /// In page order, then in order on the page.
    public var broken: [BrokenLink]
}
