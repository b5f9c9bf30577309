import GazetteContent

/// A notice's legal life in open data: the JSON members and the CSV columns, with ISO dates
/// and numbers (the CSV `;`-separated, as numbers are elsewhere).
enum LifecycleRecord {
    static let csvHeader = ["corrects", "corrected_by", "amends", "amended_by", "repeals", "repealed_by", "regulation",
                            "regulation_action", "regulation_status", "effective", "retroactive", "comments_last_day",
                            "comments_to", "service_takes_effect", "service_basis"]

    static func json(_ position: Int, in site: SiteContext) -> [(String, JSONValue)] {
        let relations = site.relations
        let notice = site.content.notices[position]
        func related(_ target: RelatedNotice) -> JSONValue {
            let entry = site.entry(target)
            var members: [(String, JSONValue)] = [("number", .string(entry.number)),
                                                  ("url", entry.url.map { .string(site.urls.absolute(link: $0)) } ?? .null)]
            if case .outside = target { members.append(("outside", .bool(true))) }
            if let citation = entry.citation { members.append(("citation", .string(citation))) }
            return .object(members)
        }
        func list(_ targets: [RelatedNotice]?) -> JSONValue { .array((targets ?? []).map(related)) }
        func positions(_ found: [Int]?) -> JSONValue { list(found?.map(RelatedNotice.notice)) }
        let regulation = relations.regulation(of: position)
        return [
            ("corrects", relations.corrects[position].map(related) ?? .null),
            ("correctedBy", positions(relations.correctedBy[position])),
            ("amends", list(relations.amends[position])),
            ("amendedBy", positions(relations.amendedBy[position])),
            ("repeals", list(relations.repeals[position])),
            ("repealedBy", positions(relations.repealedBy[position])),
            ("regulation", regulation.map { history in
                .object([("slug", .string(history.regulation.slug)), ("name", .string(history.regulation.name)),
                         ("action", .string(notice.lifecycle.action.rawValue)), ("status", .string(statusCode(history.status)))])
            } ?? .null),
            ("effective", notice.lifecycle.effective.map { .string($0.iso) } ?? .null),
            ("retroactive", .bool(notice.lifecycle.isRetroactive)),
            ("comments", relations.lastDayOfComments[position].map { day in
                .object([("lastDay", .string(day.iso)), ("to", notice.lifecycle.comments?.recipient.map(JSONValue.string) ?? .null)])
            } ?? .null),
            ("serviceTakesEffect", relations.serviceTakesEffect[position].map { service in
                .object([("date", .string(service.date.iso)), ("basis", .string(service.basis))])
            } ?? .null),
        ]
    }

    static func csv(_ position: Int, in site: SiteContext) -> [String] {
        let relations = site.relations
        let notice = site.content.notices[position]
        func numbers(_ targets: [RelatedNotice]?) -> String { (targets ?? []).map { site.entry($0).number }.joined(separator: ";") }
        func positions(_ found: [Int]?) -> String { numbers(found?.map(RelatedNotice.notice)) }
        let regulation = relations.regulation(of: position)
        return [numbers(relations.corrects[position].map { [$0] }), positions(relations.correctedBy[position]),
                numbers(relations.amends[position]), positions(relations.amendedBy[position]),
                numbers(relations.repeals[position]), positions(relations.repealedBy[position]),
                regulation?.regulation.slug ?? "", regulation == nil ? "" : notice.lifecycle.action.rawValue,
                regulation.map { statusCode($0.status) } ?? "", notice.lifecycle.effective?.iso ?? "",
                notice.lifecycle.isRetroactive ? "true" : "false", relations.lastDayOfComments[position]?.iso ?? "",
                notice.lifecycle.comments?.recipient ?? "", relations.serviceTakesEffect[position]?.date.iso ?? "",
                relations.serviceTakesEffect[position]?.basis ?? ""]
    }

    /// `current`, `draft`, or `repealed` with its date (`repealed:2021-06-30`), for machines.
    private static func statusCode(_ status: RegulationHistory.Status) -> String {
        switch status {
        case .current: "current"
        case .draft: "draft"
        case .repealed(let date, _): "repealed:\(date.iso)"
        }
    }
}
