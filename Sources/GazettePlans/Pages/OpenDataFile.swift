import GazetteSite

/// A data file linked from a plan page with its format and size.
struct OpenDataFile {
    var title: String
    var url: String
    var format: FileFormat
    var byteCount: Int

    var templateData: [String: Any] {
        ["title": title, "url": url, "format": format.name, "mediaType": format.mediaType, "size": ByteSize.format(byteCount)]
    }
}
