/// What an OpenDocument package holds, as its `mimetype` entry and manifest say.
public enum DocumentKind: Sendable {
    case text
    case spreadsheet

    public var mediaType: String {
        switch self {
        case .text: return "application/vnd.oasis.opendocument.text"
        case .spreadsheet: return "application/vnd.oasis.opendocument.spreadsheet"
        }
    }

    public var fileExtension: String {
        switch self {
        case .text: return "odt"
        case .spreadsheet: return "ods"
        }
    }
}
