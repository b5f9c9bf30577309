import GazetteContent

/// The Akoma Ntoso document type of a notice. 法規 (laws, 法規命令 and 自治法規, binding on
/// everyone) are legislation: `act`. Everything else is `doc`, 行政規則 included: under
/// 行政程序法第159條 they bind the administration's own units and staff, not the public, and
/// Akoma Ntoso keeps `act` for legislation.
enum DocumentType: String {
    case act
    case doc

    static let legislationCategory = "法規"

    init(_ notice: Notice, site: SiteSettings) {
        self = site.category(notice.category)?.name == Self.legislationCategory ? .act : .doc
    }
}
