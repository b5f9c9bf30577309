import GazetteDocument

/// Writes a document tree as Gazette Markdown (docs/content-format.md) that `MarkdownReader`
/// reads back as the same tree, with raw HTML off (as for imported bodies, which are not
/// trusted) or on (for a tree that holds raw HTML, written as it is): bodies converted from
/// other formats are saved as files that editors then read and edit.
///
/// Text is escaped only where the reader could take it for syntax, so prose with web
/// addresses stays as typed (see InlineEscapes.swift); spaces that CommonMark would strip and
/// letters beside emphasis that would keep it from opening are written as character
/// references (`&#32;`).
///
/// Every tree the reader makes is written exactly, except emphasis nested three deep between
/// punctuation, which only delimiter soup such as `*****甲**_乙_*` makes and two delimiter
/// characters cannot always keep apart (see EmphasisDelimiters.swift). Shapes the reader never
/// makes may have no Markdown, and read back as the nearest one it does: a block other than a
/// heading, thematic break or article after an article (one of its 項); a legal list straight
/// after one whose level is not shallower (one list); emphasis or a code span around nothing
/// (left out); two code spans in a row (one); a line break that ends a paragraph with no
/// numbered line after it (dropped); breaks in cells, captions and ATX headings (spaces).
public struct MarkdownWriter: Sendable {
    public init() {}

    /// The body only: `signature` blocks are left out, since a notice's signers and
    /// delegation are its front matter's `signers` and `delegation`, which the caller writes.
    public func write(_ document: Document) -> String {
        let lines = BlockLines.lines(of: document.blocks)
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }
}
