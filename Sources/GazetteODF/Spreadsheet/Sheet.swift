/// A sheet of a spreadsheet document: named columns of given widths, header rows, body rows.
struct Sheet {
    var name: String
    /// Column widths in centimetres.
    var columnWidths: [Double]
    var headerRows: [[SheetCell]]
    var rows: [[SheetCell]]

    /// The row number (1-based, as formulas count) that the body row at `index` will have.
    func rowNumber(ofBodyRow index: Int) -> Int { headerRows.count + index + 1 }

    /// A reference to a cell of this sheet in OpenFormula: `[.C5]`.
    static func reference(column: Int, row: Int) -> String { "[.\(columnName(column))\(row)]" }

    /// A, B, … Z, AA, AB, … for 0, 1, …
    static func columnName(_ index: Int) -> String {
        var name = ""
        var rest = index + 1
        while rest > 0 {
            let remainder = (rest - 1) % 26
            name = String(UnicodeScalar(UInt8(65 + remainder))) + name
            rest = (rest - 1) / 26
        }
        return name
    }
}
