/// Replacements of byte ranges of one file, applied together; tells where an offset of the
/// original lands once the replacements before it have grown or shrunk the file.
struct ByteEdits {
    private var edits: [(range: Range<Int>, bytes: [UInt8])] = []

    mutating func replace(_ range: Range<Int>, with bytes: [UInt8]) {
        edits.append((range, bytes))
    }

    /// `offset` of the original in the edited file; only edits ending at or before it move it.
    func moved(_ offset: Int) -> Int {
        offset + edits.reduce(0) { total, edit in
            edit.range.upperBound <= offset ? total + edit.bytes.count - edit.range.count : total
        }
    }

    func applied(to original: [UInt8]) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(original.count + 64)
        var cursor = 0
        for edit in edits.sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
            result += original[cursor..<edit.range.lowerBound]
            result += edit.bytes
            cursor = edit.range.upperBound
        }
        result += original[cursor...]
        return result
    }
}
