/// The link targets libcmark's safe mode drops, dropped the same way by every writer unless the
/// site allows raw HTML: `javascript:`, `vbscript:`, `file:`, and `data:` other than images.
public enum SafeURL {
    public static func isDangerous(_ url: String) -> Bool {
        let lowered = url.lowercased()
        for scheme in ["javascript:", "vbscript:", "file:"] where lowered.hasPrefix(scheme) { return true }
        guard lowered.hasPrefix("data:") else { return false }
        for image in ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"] where lowered.hasPrefix(image) {
            return false
        }
        return true
    }
}
