/// What the importer could not convert, named by file and record so that it can be found in the
/// source; a record with problems is still imported unless `isFatal`.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var metaId: String?
    public var message: String
    /// The record (or file) is not imported at all.
    public var isFatal: Bool

    public var description: String {
        let record = metaId.map { " MetaId \($0):" } ?? ""
        return "\(path):\(record) \(isFatal ? "error" : "warning"): \(message)"
    }
}
