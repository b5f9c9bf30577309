/// Why a document could not be converted, said of the document's path in the output.
enum PDFConversionError: Error, CustomStringConvertible {
    case notADocument(String)
    case noOutput(exitStatus: Int32, detail: String)
    case stalled(seconds: Int)
    case cannotStart(String)
    case pinning(PDFPinningError)

    var description: String {
        switch self {
        case .notADocument(let why):
            return "it is not an ODF document Gazette wrote: \(why)"
        case .noOutput(let status, let detail):
            return "LibreOffice made no PDF of it (exit status \(status))" + (detail.isEmpty ? "" : ": \(detail)")
        case .stalled(let seconds):
            return "LibreOffice stopped making progress on it for \(seconds) s and was stopped; set GAZETTE_PDF_TIMEOUT "
                + "(seconds) to wait longer"
        case .cannotStart(let why):
            return "LibreOffice could not be started: \(why)"
        case .pinning(let error):
            return error.description
        }
    }
}
