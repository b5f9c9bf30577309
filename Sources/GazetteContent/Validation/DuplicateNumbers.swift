/// A document number (發文字號) identifies one document in the whole site; a joint notice's
/// numbers are each checked against every other notice's, and against each other. Only a
/// re-publication (`republication: true`) repeats numbers, and only those of earlier notices.
enum DuplicateNumbers {
    /// - Parameter issues: newest first, as `Content.issues`; with the site's categories they say
    ///   which of two notices was published first.
    static func find(in notices: [Notice], issues: [Issue], site: SiteSettings) -> [Diagnostic] {
        // Ordering ten thousand notices costs more than this whole check when, as nearly always,
        // no number repeats; order them only then. Without a repeat, a re-publication repeats nothing.
        var seen = Set<String>(minimumCapacity: notices.count)
        guard notices.contains(where: { notice in notice.numbers.contains { !seen.insert($0).inserted } }) else {
            return notices.filter(\.isRepublication).map { notice in
                Diagnostic(.republicationOfUnusedNumbers(notice.numbers), at: notice.republicationLocation)
            }
        }
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for index in PublicationOrder.earliestFirst(notices, issues: issues, site: site) {
            let notice = notices[index]
            var own: [String: SourceLocation] = [:]
            var unused: [String] = []
            for (number, location) in zip(notice.numbers, notice.numberLocations) {
                if let again = own[number] {
                    diagnostics.append(Diagnostic(.duplicateNumber(number, first: again, inOtherNotice: false), at: location))
                    continue
                }
                own[number] = location
                if let earlier = first[number] {
                    if !notice.isRepublication {
                        diagnostics.append(Diagnostic(.duplicateNumber(number, first: earlier, inOtherNotice: true), at: location))
                    }
                } else {
                    first[number] = location
                    if notice.isRepublication { unused.append(number) }
                }
            }
            if !unused.isEmpty {
                diagnostics.append(Diagnostic(.republicationOfUnusedNumbers(unused), at: notice.republicationLocation))
            }
        }
        return diagnostics
    }
}
