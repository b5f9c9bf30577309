/// A document number (發文字號) identifies one document in the whole site.
enum DuplicateNumbers {
    static func find(in notices: [Notice]) -> [Diagnostic] {
        // Sorting ten thousand paths costs more than this whole check when, as nearly always,
        // no number repeats; sort only to report, so that the first file by path is the original.
        var seen = Set<String>(minimumCapacity: notices.count)
        guard notices.contains(where: { !seen.insert($0.number).inserted }) else { return [] }
        var first: [String: Int] = [:]
        var diagnostics: [Diagnostic] = []
        for index in notices.indices.sorted(by: { notices[$0].sourcePath < notices[$1].sourcePath }) {
            let notice = notices[index]
            if let earlier = first[notice.number] {
                diagnostics.append(Diagnostic(.duplicateNumber(notice.number, first: notices[earlier].numberLocation),
                                              at: notice.numberLocation))
            } else {
                first[notice.number] = index
            }
        }
        return diagnostics
    }
}
