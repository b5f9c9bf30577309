import GazetteContent

/// LibreOffice stamps the moment of conversion into every PDF it writes: the Info dictionary's
/// dates, the XMP packet's, the creation date in the header of the sRGB profile that PDF/A
/// asks for, and an /ID and a checksum that hash them. Converting the same ODF twice therefore
/// gives two PDFs that differ in those bytes alone (measured: 93 bytes in 746 KB). Pinning puts
/// the ODF's own date and an identifier from its bytes in their place, moves the objects after
/// the one stream that changes length (the recompressed profile) and rewrites the cross-reference
/// table, so that the same ODF always gives the same PDF.
enum PDFPinning {
    static func pin(_ original: [UInt8], with stamp: PinnedStamp) throws(PDFPinningError) -> [UInt8] {
        let layout = try PDFLayout(original)
        var edits = ByteEdits()
        if let info = layout.reference("/Info", in: layout.trailer) {
            let range = try layout.object(info)
            for key in ["/CreationDate(D:", "/ModDate(D:"] {
                guard let at = PDFLayout.firstIndex(of: Array(key.utf8), in: original, from: range.lowerBound, to: range.upperBound)
                else { continue }
                let start = at + key.utf8.count
                edits.replace(start..<(start + 14), with: Array(stamp.pdfDigits.utf8))
            }
        }
        guard let root = layout.reference("/Root", in: layout.trailer) else { throw .unexpected("no catalog") }
        let catalog = try layout.object(root)
        if let metadata = layout.reference("/Metadata", in: catalog) {
            try XMPPinning.pin(original, packet: try layout.streamData(metadata).data, stamp: stamp, into: &edits)
        }
        if let intent = layout.reference("/OutputIntents", in: catalog),
           let profile = layout.reference("/DestOutputProfile", in: try layout.object(intent)) {
            try pinProfile(original, stream: try layout.streamData(profile), stamp: stamp, into: &edits)
        }
        // Where each object lands, from the few edits inside objects; the table's own edits keep lengths.
        let moved = layout.offsets.map { $0.map(edits.moved) }
        for (index, offset) in moved.enumerated() {
            guard let offset else { continue }
            let entry = layout.entriesStart + index * 20
            edits.replace(entry..<(entry + 10), with: Array(padded(offset, to: 10).utf8))
        }
        try pinIdentifier(original, trailer: layout.trailer, stamp: stamp, into: &edits)
        var startxref = PDFLayout.lastIndex(of: Array("startxref".utf8), in: original)! + "startxref".utf8.count
        PDFLayout.skipWhitespace(original, &startxref)
        var end = startxref
        _ = PDFLayout.number(original, &end)
        edits.replace(startxref..<end, with: Array(String(edits.moved(layout.tableStart)).utf8))
        var pinned = edits.applied(to: original)
        try pinChecksum(&pinned)
        return pinned
    }

    /// The profile's header holds its creation date at bytes 24–35 (ICC.1, 7.2.1).
    private static func pinProfile(_ bytes: [UInt8], stream: (data: Range<Int>, length: Range<Int>), stamp: PinnedStamp,
                                   into edits: inout ByteEdits) throws(PDFPinningError) {
        guard var profile = Deflate.inflate(bytes[stream.data]), profile.count >= 128,
              profile[36..<40].elementsEqual("acsp".utf8) else { throw .unexpected("the output intent holds no ICC profile") }
        profile.replaceSubrange(24..<36, with: stamp.iccDate)
        guard let packed = Deflate.deflate(profile) else { throw .unexpected("the ICC profile cannot be compressed") }
        edits.replace(stream.data, with: packed)
        edits.replace(stream.length, with: Array(String(packed.count).utf8))
    }

    /// `/ID [ <hex> <hex> ]` in the trailer: both halves become the stamp's identifier.
    private static func pinIdentifier(_ bytes: [UInt8], trailer: Range<Int>, stamp: PinnedStamp,
                                      into edits: inout ByteEdits) throws(PDFPinningError) {
        guard var cursor = PDFLayout.firstIndex(of: Array("/ID".utf8), in: bytes, from: trailer.lowerBound, to: trailer.upperBound)
        else { throw .unexpected("no /ID") }
        let identifier = Array(hex(stamp.identifier).utf8)
        for _ in 0..<2 {
            guard let open = PDFLayout.firstIndex(of: [UInt8(ascii: "<")], in: bytes, from: cursor, to: trailer.upperBound),
                  let close = PDFLayout.firstIndex(of: [UInt8(ascii: ">")], in: bytes, from: open, to: trailer.upperBound),
                  close - open - 1 == identifier.count else { throw .unexpected("the /ID is not two 16-byte strings") }
            edits.replace((open + 1)..<close, with: identifier)
            cursor = close
        }
    }

    /// LibreOffice's `/DocChecksum` in the trailer hashes the file as it wrote it; it becomes a
    /// hash of the pinned bytes before the trailer.
    private static func pinChecksum(_ bytes: inout [UInt8]) throws(PDFPinningError) {
        let key = Array("/DocChecksum /".utf8)
        guard let trailer = PDFLayout.lastIndex(of: Array("trailer".utf8), in: bytes),
              let at = PDFLayout.firstIndex(of: key, in: bytes, from: trailer, to: bytes.count) else { return }
        let start = at + key.count
        var end = start
        while end < bytes.count, isHexDigit(bytes[end]) { end += 1 }
        guard end - start == 32 else { throw .unexpected("the /DocChecksum is not 16 bytes") }
        let digest = bytes[..<trailer].withUnsafeBytes { body in
            [UInt64(0x5052_4f4f_4631), UInt64(0x5052_4f4f_4632)].flatMap { seed -> [UInt8] in
                var hasher = FingerprintHasher()
                hasher.combine(seed)
                hasher.combine(body)
                return withUnsafeBytes(of: hasher.value.bigEndian, Array.init)
            }
        }
        bytes.replaceSubrange(start..<end, with: Array(hex(digest).utf8))
    }

    static func hex(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789ABCDEF".utf8)
        return String(decoding: bytes.flatMap { [digits[Int($0 >> 4)], digits[Int($0 & 15)]] }, as: UTF8.self)
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        (48...57).contains(byte) || (65...70).contains(byte) || (97...102).contains(byte)
    }

    private static func padded(_ value: Int, to width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
