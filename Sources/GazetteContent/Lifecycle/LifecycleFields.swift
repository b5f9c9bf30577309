import Yams

/// Reads the lifecycle keys of a notice's front matter. Whether the numbers exist, and what
/// the dates mean next to other notices, is checked once every notice is loaded (LifecycleRules).
enum LifecycleFields {
    static let keys = ["corrects", "amends", "repeals", "regulation", "effective", "retroactive", "comments"]

    static func read(_ reader: inout FieldReader, site: SiteSettings) -> NoticeLifecycle {
        var lifecycle = NoticeLifecycle()
        let corrections = references(&reader, "corrects")
        if corrections.count > 1 {
            reader.report(.wrongType(field: "corrects", expected: "one document number: a correction corrects one notice"),
                          at: reader.location(of: "corrects"))
        }
        lifecycle.corrects = corrections.first
        lifecycle.amends = references(&reader, "amends")
        lifecycle.repeals = references(&reader, "repeals")
        if let slug = reader.string("regulation", required: false, in: "front matter") {
            let location = reader.location(of: "regulation")
            if site.regulation(slug) == nil {
                reader.report(.unknownRegulation(slug, valid: site.regulations.map(\.slug)), at: location)
            }
            lifecycle.regulation = slug
            lifecycle.regulationLocation = location
        }
        lifecycle.effective = reader.date("effective", required: false, in: "front matter")
        lifecycle.effectiveLocation = lifecycle.effective.map { _ in reader.location(of: "effective") }
        lifecycle.isRetroactive = reader.bool("retroactive") ?? false
        if lifecycle.isRetroactive && lifecycle.effective == nil {
            reader.report(.retroactiveWithoutEffective, at: reader.location(of: "retroactive"))
        }
        lifecycle.comments = comments(&reader)
        return lifecycle
    }

    /// One number, a mapping `{number, outside, citation}`, or a list of either.
    private static func references(_ reader: inout FieldReader, _ key: String) -> [NoticeReference] {
        guard let value = reader.node(key) else { return [] }
        let elements: [Node]
        if case .sequence(let sequence) = value {
            elements = Array(sequence)
            if elements.isEmpty { reader.report(.emptyValue(field: key), at: reader.location(of: key)) }
        } else {
            elements = [value]
        }
        var found: [NoticeReference] = []
        for element in elements {
            let location = reader.source.location(of: element.mark)
            switch element {
            case .scalar(let scalar):
                let number = scalar.string.trimmingWhitespace
                if number.isEmpty {
                    reader.report(.emptyValue(field: key), at: location)
                } else {
                    found.append(NoticeReference(number: number, location: location))
                }
            case .mapping(let mapping):
                var entry = FieldReader(mapping: mapping, source: reader.source, mark: element.mark)
                entry.rejectUnknownKeys(allowed: ["number", "outside", "citation"])
                let number = entry.string("number", required: true, in: "a reference in '\(key)'")
                let outside = entry.bool("outside") ?? false
                let citation = entry.string("citation", required: outside, in: "a reference with 'outside: true'")
                if citation != nil && !outside {
                    entry.report(.citationInsideSite, at: entry.location(of: "citation"))
                }
                reader.absorb(entry)
                if let number {
                    found.append(NoticeReference(number: number, isOutside: outside, citation: citation,
                                                 location: entry.location(of: "number")))
                }
            default:
                reader.report(.wrongType(field: key, expected: "a document number, a list of them, or {number, outside: true, citation}"),
                              at: location)
            }
        }
        return found
    }

    /// `comments: {until: YYYY-MM-DD}` or `{days: N, counting: next-day|same-day}`, and `to`.
    private static func comments(_ reader: inout FieldReader) -> CommentPeriod? {
        guard var entry = reader.mapping("comments", required: false, in: "front matter") else { return nil }
        entry.rejectUnknownKeys(allowed: ["until", "days", "counting", "to"])
        let until = entry.date("until", required: false, in: "comments")
        let daysText = entry.string("days", required: false, in: "comments")
        let counting = entry.string("counting", required: false, in: "comments")
        let recipient = entry.string("to", required: false, in: "comments")
        var length: CommentPeriod.Length?
        switch (until, daysText) {
        case (let until?, nil):
            length = .until(until)
            if counting != nil { entry.report(.countingWithoutDays, at: entry.location(of: "counting")) }
        case (nil, let daysText?):
            let startsNextDay: Bool
            switch counting ?? "next-day" {
            case "next-day": startsNextDay = true
            case "same-day": startsNextDay = false
            default:
                entry.report(.wrongType(field: "counting", expected: "next-day (刊登公報之次日起) or same-day (刊登公報之日起)"),
                             at: entry.location(of: "counting"))
                startsNextDay = true
            }
            if let days = Int(daysText), (1...3650).contains(days) {
                length = .days(days, startsNextDay: startsNextDay)
            } else {
                entry.report(.wrongType(field: "days", expected: "a whole number of days from 1 to 3650, e.g. 14"), at: entry.location(of: "days"))
            }
        case (nil, nil):
            if entry.diagnostics.isEmpty { entry.report(.commentPeriodWithoutLength, at: entry.location) }
        case (.some, .some):
            entry.report(.commentPeriodWithTwoLengths, at: entry.location(of: "days"))
        }
        let location = entry.location
        reader.absorb(entry)
        return length.map { CommentPeriod(length: $0, recipient: recipient, location: location) }
    }
}
