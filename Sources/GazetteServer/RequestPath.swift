/// A request target reduced to path segments inside the served folder, or `nil` when it tries
/// to leave it. Checked on the raw, still percent-encoded target so that an encoded slash or dot
/// segment cannot slip past a check made after decoding.
struct RequestPath: Equatable {
    var segments: [String]
    /// `/notices/` names a folder; `/notices` may be a file or a folder to redirect to.
    var endsWithSlash: Bool

    init?(rawTarget: String) {
        let path = rawTarget.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
        guard path.hasPrefix("/") else { return nil }
        let lowered = path.lowercased()
        for forbidden in ["%2f", "%5c", "%00", "\\"] where lowered.contains(forbidden) { return nil }
        guard let decoded = path.removingPercentEncoding, !decoded.contains("\0") else { return nil }
        var segments: [String] = []
        for segment in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            // Hidden names cover `..`, `.` and the build's own marker file.
            guard !segment.hasPrefix(".") else { return nil }
            segments.append(String(segment))
        }
        self.segments = segments
        endsWithSlash = decoded.hasSuffix("/")
    }
}
