/// What the importer could not convert, named by file and record so that it can be found in the
/// source; a record with problems is still imported unless `isFatal`.
public struct ImportProblem: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    /// The line in the file, for problems of the file rather than of one record.
    public var line: Int?
    public var metaId: String?
    public var message: String
    /// The record (or file) is not imported at all.
    public var isFatal: Bool

    public init(path: String, line: Int? = nil, metaId: String?, message: String, isFatal: Bool) {
        self.path = path
        self.line = line
        self.metaId = metaId
        self.message = message
        self.isFatal = isFatal
    }

    public var description: String {
        let place = line.map { "\(path):\($0):1:" } ?? "\(path):"
        let record = metaId.map { " MetaId \($0):" } ?? ""
        return "\(place)\(record) \(isFatal ? "error" : "warning"): \(message)"
    }
}
