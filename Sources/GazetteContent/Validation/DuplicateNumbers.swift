/// A document number (發文字號) identifies one document in the whole site.
enum DuplicateNumbers {
    static func find(in notices: [Notice]) -> [Diagnostic] {
        var first: [String: Notice] = [:]
        var diagnostics: [Diagnostic] = []
        for notice in notices.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            if let earlier = first[notice.number] {
                diagnostics.append(Diagnostic(.duplicateNumber(notice.number, first: earlier.numberLocation),
                                              at: notice.numberLocation))
            } else {
                first[notice.number] = notice
            }
        }
        return diagnostics
    }
}
