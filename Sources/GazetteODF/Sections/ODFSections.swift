import GazetteSite

/// The OpenDocument files of the site, for `SiteAssembly` to register.
public enum ODFSections {
    public static let all: [any SiteSection] = [GazetteDocuments()]
}
