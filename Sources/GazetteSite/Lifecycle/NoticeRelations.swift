import GazetteContent

/// The legal life of the notices of a build, computed once from their front matter: what each
/// corrects, amends and repeals and what does so to it, the history of each regulation, and the
/// dates that follow from publication (the last day of comments, the day service takes effect).
/// Positions are into `content.notices`.
public struct NoticeRelations: Sendable {
    public let corrects: [Int: RelatedNotice]
    public let amends: [Int: [RelatedNotice]]
    public let repeals: [Int: [RelatedNotice]]
    /// Each list earliest first.
    public let correctedBy: [Int: [Int]]
    public let amendedBy: [Int: [Int]]
    public let repealedBy: [Int: [Int]]
    /// In site.yml order; a regulation no notice names has no page.
    public let regulations: [RegulationHistory]
    /// Per notice of a regulation, its index in `regulations`.
    public let regulationOf: [Int: Int]
    public let lastDayOfComments: [Int: CivilDate]
    public let serviceTakesEffect: [Int: (date: CivilDate, basis: String)]
    /// Every notice with a comment period, newest first.
    public let consultations: [Int]
    /// Per notice, what its page and list entries show of its own lifecycle and of every
    /// related notice: a correction added elsewhere changes it.
    public let fingerprints: [UInt64]

    init(_ content: Content, index: SiteIndex) {
        let notices = content.notices
        var byNumber: [String: Int] = [:]
        for (number, position) in index.firstWithNumber { byNumber[number] = position }
        func resolve(_ reference: NoticeReference) -> RelatedNotice {
            if reference.isOutside { return .outside(number: reference.number, citation: reference.citation) }
            return byNumber[reference.number].map(RelatedNotice.notice) ?? .unpublished(number: reference.number)
        }
        func isEarlier(_ a: Int, _ b: Int) -> Bool {
            (notices[a].date, notices[a].number, notices[a].sourcePath) < (notices[b].date, notices[b].number, notices[b].sourcePath)
        }
        var corrects: [Int: RelatedNotice] = [:], amends: [Int: [RelatedNotice]] = [:], repeals: [Int: [RelatedNotice]] = [:]
        var correctedBy: [Int: [Int]] = [:], amendedBy: [Int: [Int]] = [:], repealedBy: [Int: [Int]] = [:]
        var lastDay: [Int: CivilDate] = [:]
        var service: [Int: (date: CivilDate, basis: String)] = [:]
        var byRegulation: [String: [Int]] = [:]
        let calendar = content.site.calendar
        for (position, notice) in notices.enumerated() {
            let lifecycle = notice.lifecycle
            let published = index.issuesBySlug[notice.issueSlug]?.date ?? notice.date
            if let reference = lifecycle.corrects {
                let target = resolve(reference)
                corrects[position] = target
                if let other = target.position { correctedBy[other, default: []].append(position) }
            }
            if !lifecycle.amends.isEmpty {
                amends[position] = lifecycle.amends.map(resolve)
                for other in amends[position]!.compactMap(\.position) { amendedBy[other, default: []].append(position) }
            }
            if !lifecycle.repeals.isEmpty {
                repeals[position] = lifecycle.repeals.map(resolve)
                for other in repeals[position]!.compactMap(\.position) { repealedBy[other, default: []].append(position) }
            }
            if let slug = lifecycle.regulation { byRegulation[slug, default: []].append(position) }
            if let comments = lifecycle.comments, let day = calendar.lastDayOfComments(comments, publishedOn: published) {
                lastDay[position] = day
            }
            if let rule = content.site.category(notice.category)?.serviceRule,
               let day = calendar.serviceTakesEffect(publishedOn: published, afterDays: rule.days) {
                service[position] = (day, rule.basis)
            }
        }
        for key in correctedBy.keys { correctedBy[key]!.sort(by: isEarlier) }
        for key in amendedBy.keys { amendedBy[key]!.sort(by: isEarlier) }
        for key in repealedBy.keys { repealedBy[key]!.sort(by: isEarlier) }
        var regulations: [RegulationHistory] = []
        var regulationOf: [Int: Int] = [:]
        for regulation in content.site.regulations {
            guard let positions = byRegulation[regulation.slug] else { continue }
            let entries = positions.sorted(by: isEarlier)
            let status: RegulationHistory.Status
            if let repeal = entries.first(where: { notices[$0].lifecycle.action == .repeal }) {
                status = .repealed(on: notices[repeal].lifecycle.effective ?? notices[repeal].date, by: repeal)
            } else if entries.allSatisfy({ notices[$0].lifecycle.action == .draft }) {
                status = .draft
            } else {
                status = .current
            }
            for position in entries { regulationOf[position] = regulations.count }
            regulations.append(RegulationHistory(regulation: regulation, entries: entries, status: status))
        }
        self.corrects = corrects
        self.amends = amends
        self.repeals = repeals
        self.correctedBy = correctedBy
        self.amendedBy = amendedBy
        self.repealedBy = repealedBy
        self.regulations = regulations
        self.regulationOf = regulationOf
        lastDayOfComments = lastDay
        serviceTakesEffect = service
        consultations = index.recent.filter { lastDay[$0] != nil }

        let own = notices.map(Self.fingerprint)
        var fingerprints = own
        for position in notices.indices {
            var related: [Int] = []
            related += [corrects[position]?.position].compactMap { $0 }
            related += (amends[position] ?? []).compactMap(\.position) + (repeals[position] ?? []).compactMap(\.position)
            related += (correctedBy[position] ?? []) + (amendedBy[position] ?? []) + (repealedBy[position] ?? [])
            if let regulation = regulationOf[position] { related += regulations[regulation].entries }
            guard !related.isEmpty else { continue }
            var hasher = FingerprintHasher()
            hasher.combine(own[position])
            for other in related {
                hasher.combine(other)
                hasher.combine(own[other])
            }
            fingerprints[position] = hasher.value
        }
        self.fingerprints = fingerprints
    }

    /// What another notice shows of this one: its place, title, number and dates, and its lifecycle.
    private static func fingerprint(of notice: Notice) -> UInt64 {
        var hasher = FingerprintHasher()
        for text in [notice.slug, notice.issueSlug, notice.title, notice.number, notice.date.iso] { hasher.combine(text) }
        var writer = ByteWriter()
        notice.lifecycle.encode(into: &writer)
        hasher.combine(writer.bytes.withUnsafeBytes(ContentHash.of))
        return hasher.value
    }

    public func isCorrected(_ position: Int) -> Bool { correctedBy[position] != nil }

    public func regulation(of position: Int) -> RegulationHistory? { regulationOf[position].map { regulations[$0] } }
}
