import GazetteSite

/// The Akoma Ntoso (OASIS LegalDocML) files of the site, for `SiteAssembly` to register.
public enum AkomaNtosoSections {
    public static let all: [any SiteSection] = [AkomaNtosoSection()]
}
