import Foundation

/// What `gazette build` was asked to do.
public struct BuildOptions: Sendable {
    public var content: URL
    /// `nil` builds with the compiled-in templates alone.
    public var templates: URL?
    public var output: URL
    public var includeDrafts: Bool
    /// Overrides site.yml's baseURL (the preview server serves on its own address).
    public var baseURL: String?
    /// Ignore and discard the build cache: every file is made and written again.
    public var clean: Bool
    /// How the folders are named in messages.
    public var contentDisplayPath: String
    public var templatesDisplayPath: String

    public init(content: URL, templates: URL?, output: URL, includeDrafts: Bool = false, baseURL: String? = nil,
                clean: Bool = false, contentDisplayPath: String? = nil, templatesDisplayPath: String? = nil) {
        self.content = content
        self.templates = templates
        self.output = output
        self.includeDrafts = includeDrafts
        self.baseURL = baseURL
        self.clean = clean
        self.contentDisplayPath = contentDisplayPath ?? content.path
        self.templatesDisplayPath = templatesDisplayPath ?? templates?.path ?? "Templates"
    }
}

/// What a finished build reports.
public struct BuildReport: Sendable {
    public var pageCount: Int
    public var fileCount: Int
    public var seconds: Double
    /// Wall time of each stage in order, for `gazette build --timings`.
    public var phases: [(name: String, seconds: Double)]
    /// Files made by their job this time; the rest were taken from the previous build.
    public var madeCount: Int
    /// Files written or linked into the new output; the rest were already there.
    public var writtenCount: Int
    public var warnings: [String]
}
