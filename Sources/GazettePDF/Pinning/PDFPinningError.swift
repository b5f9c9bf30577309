/// A PDF whose layout is not what LibreOffice writes, so it cannot be pinned.
enum PDFPinningError: Error, CustomStringConvertible {
    case unexpected(String)

    var description: String {
        switch self {
        case .unexpected(let what): return "the PDF LibreOffice made has an unexpected layout (\(what))"
        }
    }
}
