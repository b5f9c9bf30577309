import GazetteContent

/// meta.xml: what a document is, dated by its content (the notice's or issue's date), never by
/// the build, so that rebuilding the same content gives the same file.
struct DocumentMetadata: Sendable {
    var title: String
    var date: CivilDate
    var subject: String?
    var description: String?
    var keywords: [String]
    var creator: String?

    static let language = "zh-TW"
    static let generator = "Gazette"

    init(title: String, date: CivilDate, subject: String? = nil, description: String? = nil,
                keywords: [String] = [], creator: String? = nil) {
        self.title = title
        self.date = date
        self.subject = subject
        self.description = description
        self.keywords = keywords
        self.creator = creator
    }

    var xml: String {
        let timestamp = date.iso + "T00:00:00"
        var xml = Namespaces.root("office:document-meta", Namespaces.meta) + "<office:meta>"
        xml += "<meta:generator>\(Self.generator)</meta:generator>"
        xml += "<dc:title>\(ODFText.escape(title))</dc:title>"
        if let subject { xml += "<dc:subject>\(ODFText.escape(subject))</dc:subject>" }
        if let description { xml += "<dc:description>\(ODFText.escape(description))</dc:description>" }
        for keyword in keywords { xml += "<meta:keyword>\(ODFText.escape(keyword))</meta:keyword>" }
        if let creator {
            xml += "<meta:initial-creator>\(ODFText.escape(creator))</meta:initial-creator>"
            xml += "<dc:creator>\(ODFText.escape(creator))</dc:creator>"
        }
        xml += "<dc:language>\(Self.language)</dc:language>"
        xml += "<meta:creation-date>\(timestamp)</meta:creation-date><dc:date>\(timestamp)</dc:date>"
        return xml + "</office:meta></office:document-meta>"
    }
}
