/// The rules for text that becomes a part of a URL path.
public enum Slug {
    /// Lowercase ASCII letters, digits and '-', as the content format defines a slug.
    public static func isValid(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { byte in
            (97...122).contains(byte) || (48...57).contains(byte) || byte == 45
        }
    }

    /// Free text (a tag, a document number) used as one path segment: it must not split or climb the path.
    public static func isSafePathSegment(_ text: String) -> Bool {
        guard !text.isEmpty, text != ".", text != "..", !text.hasPrefix(".") else { return false }
        return !text.unicodeScalars.contains { scalar in
            scalar == "/" || scalar == "\\" || scalar.properties.generalCategory == .control
                || scalar.properties.generalCategory == .format
        }
    }
}
