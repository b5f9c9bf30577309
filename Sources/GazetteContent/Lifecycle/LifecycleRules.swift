/// The rules of a notice's legal life that need every notice: each reference leads to a notice
/// of the site (or says it is outside it), a correction follows what it corrects and never
/// comes back to itself, nothing changes a regulation already repealed, and the dates agree.
enum LifecycleRules {
    /// - Parameter issues: newest first, as `Content.issues`.
    static func check(_ notices: [Notice], issues: [Issue], site: SiteSettings) -> [Diagnostic] {
        guard notices.contains(where: { $0.lifecycle != NoticeLifecycle() }) else { return [] }
        let order = PublicationOrder.earliestFirst(notices, issues: issues, site: site)
        var rank = Array(repeating: 0, count: notices.count)
        for (place, index) in order.enumerated() { rank[index] = place }
        // A re-publication repeats a number: the reference is to the notice that published it first.
        var byNumber: [String: Int] = [:]
        for index in order {
            for number in notices[index].numbers where byNumber[number] == nil { byNumber[number] = index }
        }
        let publication = Dictionary(uniqueKeysWithValues: issues.map { ($0.slug, $0.date) })
        func isEarlier(_ a: Int, _ b: Int) -> Bool {
            (notices[a].date, rank[a]) < (notices[b].date, rank[b])
        }

        var diagnostics: [Diagnostic] = []
        var corrected: [Int: Int] = [:]
        var targets: [Int: [Int]] = [:]
        var repealers: [Int: [Int]] = [:]
        for (index, notice) in notices.enumerated() {
            let lifecycle = notice.lifecycle
            let fields = (lifecycle.corrects.map { [("corrects", $0)] } ?? [])
                + lifecycle.amends.map { ("amends", $0) } + lifecycle.repeals.map { ("repeals", $0) }
            for (field, reference) in fields {
                let found = byNumber[reference.number]
                if reference.isOutside {
                    if let found {
                        diagnostics.append(Diagnostic(.outsideReferenceInSite(reference.number, at: notices[found].numberLocation),
                                                      at: reference.location))
                    }
                    continue
                }
                guard let target = found else {
                    diagnostics.append(Diagnostic(.unknownReference(reference.number, field: field), at: reference.location))
                    continue
                }
                if target == index {
                    diagnostics.append(Diagnostic(.referenceToItself(field: field), at: reference.location))
                    continue
                }
                if notice.date < notices[target].date {
                    diagnostics.append(Diagnostic(.referenceToLaterNotice(field: field, number: reference.number,
                                                                          date: notices[target].date, own: notice.date),
                                                  at: reference.location))
                }
                if field == "corrects" { corrected[index] = target } else { targets[index, default: []].append(target) }
                if field == "repeals" { repealers[target, default: []].append(index) }
            }
            if let effective = lifecycle.effective, effective < notice.date, !lifecycle.isRetroactive,
               let location = lifecycle.effectiveLocation {
                diagnostics.append(Diagnostic(.effectiveBeforeDate(effective, date: notice.date), at: location))
            }
            if let comments = lifecycle.comments, case .until(let deadline) = comments.length,
               let published = publication[notice.issueSlug], deadline < published {
                diagnostics.append(Diagnostic(.commentDeadlineBeforePublication(deadline, publication: published), at: comments.location))
            }
        }
        diagnostics += cycles(in: corrected, notices: notices)

        // A regulation is repealed by its earliest repeal; so is each notice a repeal names.
        var regulationRepeal: [String: Int] = [:]
        for (index, notice) in notices.enumerated() where !notice.lifecycle.repeals.isEmpty {
            guard let slug = notice.lifecycle.regulation else { continue }
            if let earlier = regulationRepeal[slug], isEarlier(earlier, index) { continue }
            regulationRepeal[slug] = index
        }
        for (index, notice) in notices.enumerated() where !(targets[index] ?? []).isEmpty {
            var repeals: [Int] = []
            if let slug = notice.lifecycle.regulation, let repeal = regulationRepeal[slug] { repeals.append(repeal) }
            for target in targets[index] ?? [] {
                repeals += repealers[target] ?? []
                if let slug = notices[target].lifecycle.regulation, let repeal = regulationRepeal[slug] { repeals.append(repeal) }
            }
            guard let repeal = repeals.filter({ $0 != index && isEarlier($0, index) }).min(by: isEarlier) else { continue }
            let location = (notice.lifecycle.amends + notice.lifecycle.repeals).first?.location ?? notice.numberLocation
            diagnostics.append(Diagnostic(.changeOfRepealedRegulation(number: notices[repeal].number, date: notices[repeal].date,
                                                                      at: notices[repeal].numberLocation),
                                          at: location))
        }
        return diagnostics
    }

    /// Each cycle of corrections once, reported at the reference of its earliest-loaded member.
    private static func cycles(in corrected: [Int: Int], notices: [Notice]) -> [Diagnostic] {
        var reported = Set<Int>()
        var diagnostics: [Diagnostic] = []
        for start in corrected.keys.sorted() where !reported.contains(start) {
            var path = [start]
            var current = start
            while let next = corrected[current], !path.contains(next), path.count <= corrected.count { path.append(next); current = next }
            guard let next = corrected[current], next == start else { continue }
            reported.formUnion(path)
            if let location = notices[start].lifecycle.corrects?.location {
                diagnostics.append(Diagnostic(.correctionCycle(path.map { notices[$0].number } + [notices[start].number]), at: location))
            }
        }
        return diagnostics
    }
}
