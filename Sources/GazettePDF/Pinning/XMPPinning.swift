/// The XMP packet of a PDF, edited in place: its dates pinned, and the document's language
/// added as dc:language (LibreOffice writes the language only into the catalog's /Lang). The
/// packet keeps its length: what the language adds is taken from the padding that XMP leaves
/// before `<?xpacket end` for edits like this one.
enum XMPPinning {
    static func pin(_ bytes: [UInt8], packet: Range<Int>, stamp: PinnedStamp, into edits: inout ByteEdits) throws(PDFPinningError) {
        let utc = Array(stamp.xmpDate.utf8)
        // The same instant with a numeric zone, for a LibreOffice that ran in local time.
        let zoned = Array(stamp.xmpDate.dropLast().utf8) + Array("+00:00".utf8)
        for tag in ["xmp:CreateDate", "xmp:ModifyDate", "xmp:MetadataDate"] {
            let open = Array("<\(tag)>".utf8)
            guard let at = PDFLayout.firstIndex(of: open, in: bytes, from: packet.lowerBound, to: packet.upperBound),
                  let close = PDFLayout.firstIndex(of: Array("</\(tag)>".utf8), in: bytes, from: at, to: packet.upperBound)
            else { continue }
            let value = (at + open.count)..<close
            guard let date = [utc, zoned].first(where: { $0.count == value.count })
            else { throw .unexpected("the XMP \(tag) is not written as LibreOffice writes it") }
            edits.replace(value, with: date)
        }
        let description = Array("xmlns:dc=\"http://purl.org/dc/elements/1.1/\">".utf8)
        guard PDFLayout.firstIndex(of: Array("<dc:language>".utf8), in: bytes, from: packet.lowerBound, to: packet.upperBound) == nil,
              let dublinCore = PDFLayout.firstIndex(of: description, in: bytes, from: packet.lowerBound, to: packet.upperBound),
              let end = PDFLayout.firstIndex(of: Array("<?xpacket end".utf8), in: bytes, from: dublinCore, to: packet.upperBound)
        else { return }
        let language = Array(("\n   <dc:language>\n    <rdf:Bag>\n     <rdf:li>\(escaped(stamp.language))</rdf:li>\n"
            + "    </rdf:Bag>\n   </dc:language>").utf8)
        var paddingStart = end
        while paddingStart > dublinCore, bytes[paddingStart - 1] == 32 || bytes[paddingStart - 1] == 10 { paddingStart -= 1 }
        // Keep a line end after the packet's last element, then what is left of the padding.
        let padding = (paddingStart + 1)..<end
        guard padding.count > language.count else { return }
        let insertion = dublinCore + description.count
        edits.replace(insertion..<insertion, with: language)
        let remaining = padding.count - language.count
        edits.replace(padding, with: (0..<remaining).map { $0 % 101 == 100 ? 10 : 32 })
    }

    private static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            default: result.append(character)
            }
        }
        return result
    }
}
