/// What an OpenDocument package holds, as its `mimetype` entry and manifest say.
enum DocumentKind: Sendable {
    case text
    case spreadsheet

    var mediaType: String {
        switch self {
        case .text: return "application/vnd.oasis.opendocument.text"
        case .spreadsheet: return "application/vnd.oasis.opendocument.spreadsheet"
        }
    }

    var fileExtension: String {
        switch self {
        case .text: return "odt"
        case .spreadsheet: return "ods"
        }
    }
}
