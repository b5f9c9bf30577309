/// Where the parts of a PDF lie, read as LibreOffice writes it: one classic cross-reference
/// table at `startxref`, then a trailer. Enough to find objects by number and to move them.
struct PDFLayout {
    let bytes: [UInt8]
    /// Byte offset of each object, by object number; free entries are nil.
    private(set) var offsets: [Int?] = []
    /// Where the cross-reference table's first entry starts, and where the table begins.
    let entriesStart: Int
    let tableStart: Int
    let trailer: Range<Int>

    init(_ bytes: [UInt8]) throws(PDFPinningError) {
        self.bytes = bytes
        guard let startxref = Self.lastIndex(of: Array("startxref".utf8), in: bytes) else { throw .unexpected("no startxref") }
        var cursor = startxref + "startxref".utf8.count
        Self.skipWhitespace(bytes, &cursor)
        guard let table = Self.number(bytes, &cursor), table >= 0, table < bytes.count,
              bytes[table...].starts(with: Array("xref".utf8)) else { throw .unexpected("startxref does not point at an xref table") }
        tableStart = table
        cursor = table + 4
        Self.skipWhitespace(bytes, &cursor)
        guard Self.number(bytes, &cursor) == 0 else { throw .unexpected("the xref table does not start at object 0") }
        Self.skipWhitespace(bytes, &cursor)
        guard let count = Self.number(bytes, &cursor), count > 0 else { throw .unexpected("no xref entries") }
        Self.skipWhitespace(bytes, &cursor)
        entriesStart = cursor
        guard entriesStart + count * 20 <= bytes.count else { throw .unexpected("the xref table is cut short") }
        for index in 0..<count {
            let entry = bytes[(entriesStart + index * 20)..<(entriesStart + index * 20 + 20)]
            var position = entry.startIndex
            let offset = Self.number(bytes, &position)
            offsets.append(entry[entry.startIndex + 17] == UInt8(ascii: "n") ? offset : nil)
        }
        guard let trailerStart = Self.firstIndex(of: Array("trailer".utf8), in: bytes, from: entriesStart + count * 20, to: startxref)
        else { throw .unexpected("no trailer") }
        trailer = trailerStart..<startxref
    }

    /// The bytes of object `number`, from its header to `endobj`.
    func object(_ number: Int) throws(PDFPinningError) -> Range<Int> {
        guard number > 0, number < offsets.count, let start = offsets[number],
              let end = Self.firstIndex(of: Array("endobj".utf8), in: bytes, from: start, to: bytes.count)
        else { throw .unexpected("object \(number) is missing") }
        return start..<end
    }

    /// The object number of `key N 0 R` inside `range`.
    func reference(_ key: String, in range: Range<Int>) -> Int? {
        guard let found = Self.firstIndex(of: Array(key.utf8), in: bytes, from: range.lowerBound, to: range.upperBound) else { return nil }
        var cursor = found + key.utf8.count
        Self.skipWhitespace(bytes, &cursor)
        if cursor < range.upperBound, bytes[cursor] == UInt8(ascii: "[") { cursor += 1 }
        Self.skipWhitespace(bytes, &cursor)
        return Self.number(bytes, &cursor)
    }

    /// The data of the stream object `number`, its length read from `/Length`, direct or not.
    func streamData(_ number: Int) throws(PDFPinningError) -> (data: Range<Int>, length: Range<Int>) {
        let range = try object(number)
        guard let keyword = Self.firstIndex(of: Array("stream".utf8), in: bytes, from: range.lowerBound, to: range.upperBound)
        else { throw .unexpected("object \(number) is not a stream") }
        var start = keyword + "stream".utf8.count
        if start < bytes.count, bytes[start] == 13 { start += 1 }
        if start < bytes.count, bytes[start] == 10 { start += 1 }
        guard let key = Self.firstIndex(of: Array("/Length".utf8), in: bytes, from: range.lowerBound, to: keyword)
        else { throw .unexpected("stream \(number) has no length") }
        var cursor = key + "/Length".utf8.count
        Self.skipWhitespace(bytes, &cursor)
        var lengthRange = cursor..<cursor
        let first = Self.number(bytes, &cursor)
        lengthRange = lengthRange.lowerBound..<cursor
        if let object = first, Self.isGenerationAndR(bytes, after: cursor, before: keyword) {
            // `/Length N 0 R`: the length is the number inside object N.
            let held = try self.object(object)
            var inside = held.lowerBound
            for _ in 0..<2 {
                _ = Self.number(bytes, &inside)
                Self.skipWhitespace(bytes, &inside)
            }
            inside += "obj".utf8.count
            Self.skipWhitespace(bytes, &inside)
            let digits = inside
            guard Self.number(bytes, &inside) != nil else { throw .unexpected("object \(object) holds no length") }
            lengthRange = digits..<inside
        }
        var digits = lengthRange.lowerBound
        guard let length = Self.number(bytes, &digits), start + length <= range.upperBound
        else { throw .unexpected("stream \(number) is longer than its object") }
        return (start..<(start + length), lengthRange)
    }

    // MARK: Scanning

    static func number(_ bytes: [UInt8], _ cursor: inout Int) -> Int? {
        var value = 0
        var digits = 0
        while cursor < bytes.count, (48...57).contains(bytes[cursor]), digits < 18 {
            value = value * 10 + Int(bytes[cursor] - 48)
            cursor += 1
            digits += 1
        }
        return digits == 0 ? nil : value
    }

    /// Whether ` 0 R` follows: the number before was an object number.
    private static func isGenerationAndR(_ bytes: [UInt8], after start: Int, before end: Int) -> Bool {
        var cursor = start
        skipWhitespace(bytes, &cursor)
        guard number(bytes, &cursor) != nil else { return false }
        skipWhitespace(bytes, &cursor)
        return cursor < end && bytes[cursor] == UInt8(ascii: "R")
    }

    static func skipWhitespace(_ bytes: [UInt8], _ cursor: inout Int) {
        while cursor < bytes.count, [0, 9, 10, 12, 13, 32].contains(bytes[cursor]) { cursor += 1 }
    }

    static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int, to end: Int) -> Int? {
        guard let first = needle.first, end - start >= needle.count else { return nil }
        var index = start
        while index <= end - needle.count {
            if bytes[index] == first, bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard bytes.count >= needle.count else { return nil }
        var index = bytes.count - needle.count
        while index >= 0 {
            if bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }
}
