/// A document number (發文字號) identifies one document in the whole site; a joint notice's
/// numbers are each checked against every other notice's, and against each other.
enum DuplicateNumbers {
    static func find(in notices: [Notice]) -> [Diagnostic] {
        // Sorting ten thousand paths costs more than this whole check when, as nearly always,
        // no number repeats; sort only to report, so that the first file by path is the original.
        var seen = Set<String>(minimumCapacity: notices.count)
        guard notices.contains(where: { notice in notice.numbers.contains { !seen.insert($0).inserted } }) else { return [] }
        var first: [String: SourceLocation] = [:]
        var diagnostics: [Diagnostic] = []
        for index in notices.indices.sorted(by: { notices[$0].sourcePath < notices[$1].sourcePath }) {
            let notice = notices[index]
            for (number, location) in zip(notice.numbers, notice.numberLocations) {
                if let earlier = first[number] {
                    diagnostics.append(Diagnostic(.duplicateNumber(number, first: earlier), at: location))
                } else {
                    first[number] = location
                }
            }
        }
        return diagnostics
    }
}
