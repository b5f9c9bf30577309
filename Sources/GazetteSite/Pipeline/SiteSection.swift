import GazetteContent

/// One part of the site (notices, issues, indexes, feeds, open data; later plans, documents,
/// search): given the loaded site, it says which files to write and how to make each one.
public protocol SiteSection: Sendable {
    func jobs(for site: SiteContext) -> [OutputJob]
}

/// A part of the site made from the files other sections write: PDFs of the ODF documents.
public protocol DerivedSection: Sendable {
    func jobs(derivedFrom jobs: [OutputJob], for site: SiteContext) -> [OutputJob]
}

/// A part of the site with content of its own beyond notices (plans): it loads and validates
/// that content before anything is written, and contributes sections and menu entries.
public protocol SiteExtension: Sendable {
    func prepare(_ content: Content, options: BuildOptions) -> PreparedExtension
}

public struct PreparedExtension: Sendable {
    public var sections: [any SiteSection]
    public var navigation: [NavigationEntry]
    /// Its open-data files, described for the national platform's catalogue.
    public var datasets: [OpenDataset]
    /// Errors here stop the build, reported together with the content's own.
    public var diagnostics: [Diagnostic]

    public init(sections: [any SiteSection] = [], navigation: [NavigationEntry] = [], datasets: [OpenDataset] = [],
                diagnostics: [Diagnostic] = []) {
        self.sections = sections
        self.navigation = navigation
        self.datasets = datasets
        self.diagnostics = diagnostics
    }
}
