/// The named styles of every Gazette text document. They carry LibreOffice's own names where
/// one exists (`_20_` is ODF's encoding of a space), so a clerk finds them in the usual places.
enum StyleName {
    static let standard = "Standard"
    static let heading = "Heading"
    static let textBody = "Text_20_body"
    static let title = "Title"
    static let subtitle = "Subtitle"
    static let coverPublisher = "Cover_20_Publisher"
    static let quotations = "Quotations"
    static let preformatted = "Preformatted_20_Text"
    static let list = "List"
    static let horizontalLine = "Horizontal_20_Line"
    static let footer = "Footer"
    static let contentsHeading = "Contents_20_Heading"
    static let contentsGroup = "Contents_20_1"
    static let contentsEntry = "Contents_20_2"
    static let metadata = "Document_20_Metadata"
    static let tableContents = "Table_20_Contents"
    static let tableHeading = "Table_20_Heading"
    static let tableFigure = "Table_20_Figure"
    static let tableCaption = "Table"
    static let tableCentered = "Table_20_Contents_20_Centered"
    static let tableRight = "Table_20_Contents_20_Right"
    /// A row of a comparison table across every column, such as a chapter name.
    static let comparisonHeading = "Comparison_20_Heading"
    static let signature = "Signature"
    static let delegation = "Signature_20_Delegation"

    static func heading(_ level: Int) -> String { "Heading_20_\(level)" }

    /// Table contents indented for an item at `depth` of a hierarchy (depth 1 is not indented).
    static func tableContents(depth: Int) -> String {
        depth <= 1 ? tableContents : "Table_20_Contents_20_\(min(depth, maxTableDepth))"
    }

    static let maxTableDepth = 5

    // Text (character) styles.
    static let emphasis = "Emphasis"
    static let strong = "Strong_20_Emphasis"
    static let sourceText = "Source_20_Text"
    static let link = "Internet_20_link"
    static let visitedLink = "Visited_20_Internet_20_Link"
    static let metadataLabel = "Metadata_20_Label"
    static let articleNumber = "Article_20_Number"
    /// Text the amended version adds or the current one loses (underline, strike-through).
    static let inserted = "Inserted"
    static let deleted = "Deleted"

    // List styles.
    static let numberedList = "Numbering_20_123"
    static let bulletList = "List_20_1"
    static let chineseNumberedList = "Numbering_20_Chinese"

    /// Legal numbering of `level` 1 (一、) to 4 ((1)), whose markers are printed in the text.
    static func legalList(_ level: Int) -> String { "Legal_20_Numbering_20_\(min(max(level, 1), maxLegalLevel))" }

    static let maxLegalLevel = 4

    // Table styles.
    static let table = "Gazette_20_Table"
    static let tableCell = "Gazette_20_Table_20_Cell"
    static let tableHeaderCell = "Gazette_20_Table_20_Header"
}
