/// A table of a text document: header rows repeated on every page, then the body rows.
struct TextTable {
    struct Cell {
        enum Content {
            case text(String)
            /// Prose inside a cell (a plan's implementation points), as paragraphs and lists.
            case markdown(String, MarkdownConverter)
        }

        var content: Content
        /// Figures are set flush right so that their digits line up.
        var isFigure = false
        var columnsSpanned = 1

        static func text(_ text: String, figure: Bool = false, spanning columns: Int = 1) -> Cell {
            Cell(content: .text(text), isFigure: figure, columnsSpanned: columns)
        }
    }

    /// Relative widths, one per column.
    var columnWidths: [Int]
    var width: String = TextStyles.portraitTextWidth
    var headerRows: [[Cell]]
    var rows: [[Cell]]
}
