/// File sizes as a reader wants them: 532 位元組, 12.3 KB, 1.4 MB.
public enum ByteSize {
    public static func format(_ bytes: Int) -> String {
        if bytes < 1024 { return "\(bytes) 位元組" }
        let units = ["KB", "MB", "GB"]
        var value = Double(bytes) / 1024
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10) \(units[unit])"
    }
}
