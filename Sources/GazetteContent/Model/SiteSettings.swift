/// site.yml: what is true for the whole site.
public struct SiteSettings: Sendable, Hashable {
    public var title: String
    public var baseURL: String
    public var language: String
    public var description: String?
    public var allowsRawHTML: Bool
    /// `pdf: true`: a PDF beside every text document, converted from it by LibreOffice.
    public var makesPDF: Bool
    public var categories: [Category]
    public var agencies: [Agency]
    /// The regulations notices may name (`regulation`), in site.yml order.
    public var regulations: [Regulation]
    /// Days off besides weekends, which move the last day of a period (`holidays`).
    public var calendar: LegalCalendar
    /// The ISO 3166-2 subdivision code below Taiwan (`locality`, e.g. `khh` for Kaohsiung), which
    /// names the jurisdiction of the Akoma Ntoso files (`/akn/tw-khh/…`); `nil` names Taiwan alone.
    public var locality: String?

    /// Who publishes the site, as every page's metadata names it (`publisher`, `agencyCode`,
    /// `rights`, `classification`); see `PageMetadata` in GazetteSite.
    public var publisher: Publisher
    /// The contact and update frequency of the open-data files (`openData`).
    public var openData: OpenDataSettings
    /// Where site.yml was read from, for messages about a key it lacks.
    public var path: String

    public init(title: String, baseURL: String, language: String, description: String? = nil,
                allowsRawHTML: Bool = false, makesPDF: Bool = false, categories: [Category], agencies: [Agency],
                regulations: [Regulation] = [], calendar: LegalCalendar = LegalCalendar(),
                locality: String? = nil, publisher: Publisher = Publisher(), openData: OpenDataSettings = OpenDataSettings(),
                path: String = "site.yml") {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.description = description
        self.allowsRawHTML = allowsRawHTML
        self.makesPDF = makesPDF
        self.categories = categories
        self.agencies = agencies
        self.regulations = regulations
        self.calendar = calendar
        self.locality = locality
        self.publisher = publisher
        self.openData = openData
        self.path = path
    }

    public func category(_ slug: String) -> Category? { categories.first { $0.slug == slug } }
    public func agency(_ slug: String) -> Agency? { agencies.first { $0.slug == slug } }
    public func regulation(_ slug: String) -> Regulation? { regulations.first { $0.slug == slug } }
}
