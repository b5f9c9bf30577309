import Mustache

/// A related notice as pages, documents and data show it: linked when it is in the build,
/// otherwise its number and the citation its reference gives.
public struct RelatedEntry: Sendable, MustacheParent {
    public let number: String
    public let title: String?
    /// The page's link, `nil` for a notice outside this build.
    public let url: String?
    public let dateISO: String?
    public let dateROC: String?
    public let citation: String?

    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "hasNumber": !number.isEmpty
        case "title": title ?? number
        case "url": url
        case "hasLink": url != nil
        case "dateISO": dateISO
        case "dateROC": dateROC
        case "hasDate": dateISO != nil
        case "citation": citation
        case "hasCitation": citation != nil
        default: nil
        }
    }

    /// One line of plain text: for documents and feeds.
    public var text: String {
        var parts = [title ?? number]
        if title != nil && !number.isEmpty { parts.append(number) }
        if let citation { parts.append(citation) }
        return parts.joined(separator: "，")
    }
}

extension SiteContext {
    public func entry(_ related: RelatedNotice) -> RelatedEntry {
        switch related {
        case .notice(let position): entry(position)
        case .outside(let number, let citation):
            RelatedEntry(number: number, title: nil, url: nil, dateISO: nil, dateROC: nil, citation: citation)
        case .unpublished(let number):
            RelatedEntry(number: number, title: nil, url: nil, dateISO: nil, dateROC: nil, citation: nil)
        }
    }

    public func entry(_ position: Int) -> RelatedEntry {
        let item = items[position]
        return RelatedEntry(number: item.number, title: item.title, url: item.url, dateISO: item.dateISO,
                            dateROC: item.dateROC, citation: nil)
    }
}
