/// The cell styles of every table in a text document. LibreOffice draws table cells only from
/// automatic styles; based on the named cell styles, they still show a clerk where the look
/// comes from.
enum TableCellStyles {
    static let cell = "Cell"
    static let headerCell = "HeaderCell"

    static func add(to styles: inout AutomaticStyles) {
        styles.add(cell) {
            StyleXML.style(cell, family: "table-cell", parent: StyleName.tableCell, cell: TextStyles.cellProperties)
        }
        styles.add(headerCell) {
            StyleXML.style(headerCell, family: "table-cell", parent: StyleName.tableHeaderCell, cell: TextStyles.headerCellProperties)
        }
    }
}
