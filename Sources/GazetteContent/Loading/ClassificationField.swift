extension FieldReader {
    /// `classification: {theme, cake, service}`, each a code or a list of codes, like `agency`:
    /// read the same way in front matter and, for a category, an agency or the whole site, in site.yml.
    mutating func classification(in container: String) -> NoticeClassification {
        guard var entry = mapping("classification", required: false, in: container) else {
            return NoticeClassification()
        }
        entry.rejectUnknownKeys(allowed: ["theme", "cake", "service"])
        func codes(_ key: String) -> [String] {
            var codes: [String] = []
            for (code, _) in entry.stringOrList(key, required: false, in: "classification") where !codes.contains(code) {
                codes.append(code)
            }
            return codes
        }
        let classification = NoticeClassification(theme: codes("theme"), cake: codes("cake"), service: codes("service"))
        absorb(entry)
        return classification
    }
}
