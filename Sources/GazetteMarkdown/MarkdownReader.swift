import CCmark
import GazetteDocument

/// Reads a body into Gazette's document tree: libcmark parses the CommonMark, and on top of its
/// tree Gazette reads what CommonMark lacks, from the raw lines libcmark's positions give: pipe
/// tables, ```` ```comparison ```` blocks, legal numbering and articles.
public struct MarkdownReader: Sendable {
    public var allowsRawHTML: Bool

    public init(allowsRawHTML: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
    }

    public struct Result: Sendable {
        public var document: Document
        public var problems: [BodyProblem]
    }

    public func read(_ markdown: String) -> Result {
        var context = ReadingContext(allowsRawHTML: allowsRawHTML, recognisesArticles: true)
        let blocks = context.read(markdown)
        return Result(document: Document(blocks), problems: context.problems)
    }

    /// Only the problems, for validating a body without keeping its tree; bodies with no pipe
    /// and no fence cannot have any and are not parsed.
    public func problems(in markdown: String) -> [BodyProblem] {
        guard markdown.utf8.contains(UInt8(ascii: "|")) || markdown.utf8.contains(UInt8(ascii: "`")) else { return [] }
        return read(markdown).problems
    }
}

/// One reading of one text: the body, or a cell of a comparison table read as a body of its own.
struct ReadingContext {
    var allowsRawHTML: Bool
    /// Off inside comparison cells, where both columns quote the same article and ids would repeat.
    var recognisesArticles: Bool
    /// Added to every line reported, for a text that starts further down the body.
    var lineOffset = 0
    var columnOffset = 0
    var problems: [BodyProblem] = []

    init(allowsRawHTML: Bool, recognisesArticles: Bool) {
        self.allowsRawHTML = allowsRawHTML
        self.recognisesArticles = recognisesArticles
    }

    mutating func read(_ markdown: String) -> [Block] {
        let options = allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let lines = SourceLines(markdown)
        let blocks = MarkdownDocument(markdown, options: options).withRoot { root in
            children(of: root, lines: lines)
        }
        return LegalStructure(recognisesArticles: recognisesArticles).apply(to: blocks)
    }

    mutating func report(_ message: String, line: Int, column: Int) {
        problems.append(BodyProblem(line: line + lineOffset, column: column + (line == 1 ? columnOffset : 0), message: message))
    }

    private mutating func children(of node: OpaquePointer, lines: SourceLines) -> [Block] {
        var blocks: [Block] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            blocks += block(current, lines: lines)
            child = cmark_node_next(current)
        }
        return blocks
    }

    private mutating func block(_ node: OpaquePointer, lines: SourceLines) -> [Block] {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_PARAGRAPH:
            let inlines = Self.inlines(of: node, allowsRawHTML: allowsRawHTML)
            if inlines.contains(where: { if case .text(let text) = $0 { return text.contains("|") } else { return false } }) {
                return PipeTableSyntax.blocks(ofParagraph: node, lines: lines, inlines: inlines, context: &self)
            }
            return [.paragraph(inlines)]
        case CMARK_NODE_HEADING:
            return [.heading(level: Int(cmark_node_get_heading_level(node)), Self.inlines(of: node, allowsRawHTML: allowsRawHTML))]
        case CMARK_NODE_BLOCK_QUOTE:
            return [.quote(LegalStructure(recognisesArticles: false).apply(to: children(of: node, lines: lines)))]
        case CMARK_NODE_LIST:
            let kind: List.Kind = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                ? .ordered(start: Int(cmark_node_get_list_start(node))) : .bullet
            var items: [[Block]] = []
            var item = cmark_node_first_child(node)
            while let current = item {
                items.append(children(of: current, lines: lines))
                item = cmark_node_next(current)
            }
            return [.list(List(kind: kind, isTight: cmark_node_get_list_tight(node) != 0, items: items))]
        case CMARK_NODE_CODE_BLOCK:
            let info = Self.string(cmark_node_get_fence_info(node))
            let literal = Self.string(cmark_node_get_literal(node))
            if info.split(separator: " ").first == "comparison" {
                return ComparisonSyntax.block(literal: literal, fenceLine: Int(cmark_node_get_start_line(node)),
                                              column: Int(cmark_node_get_start_column(node)), context: &self)
            }
            return [.code(literal, info: info)]
        case CMARK_NODE_HTML_BLOCK:
            return allowsRawHTML ? [.rawHTML(Self.string(cmark_node_get_literal(node)))] : []
        case CMARK_NODE_THEMATIC_BREAK:
            return [.thematicBreak]
        default:
            return []
        }
    }

    static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    static func inlines(of node: OpaquePointer, allowsRawHTML: Bool) -> [Inline] {
        var inlines: [Inline] = []
        var child = cmark_node_first_child(node)
        while let current = child {
            if let inline = inline(current, allowsRawHTML: allowsRawHTML) {
                // libcmark splits text at every special character; one run reads and compares faster.
                if case .text(let text) = inline, case .text(let previous)? = inlines.last {
                    inlines[inlines.count - 1] = .text(previous + text)
                } else {
                    inlines.append(inline)
                }
            }
            child = cmark_node_next(current)
        }
        return inlines
    }

    private static func inline(_ node: OpaquePointer, allowsRawHTML: Bool) -> Inline? {
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis(inlines(of: node, allowsRawHTML: allowsRawHTML))
        case CMARK_NODE_STRONG: return .strong(inlines(of: node, allowsRawHTML: allowsRawHTML))
        case CMARK_NODE_LINK:
            return .link(url: url(node, allowsRawHTML: allowsRawHTML), title: string(cmark_node_get_title(node)),
                         inlines(of: node, allowsRawHTML: allowsRawHTML))
        case CMARK_NODE_IMAGE:
            return .image(url: url(node, allowsRawHTML: allowsRawHTML), title: string(cmark_node_get_title(node)),
                          description: inlines(of: node, allowsRawHTML: allowsRawHTML))
        case CMARK_NODE_HTML_INLINE:
            return allowsRawHTML ? .rawHTML(string(cmark_node_get_literal(node))) : nil
        default:
            return nil
        }
    }

    /// A dangerous target (`javascript:` and the like) is emptied here, once, for every writer.
    private static func url(_ node: OpaquePointer, allowsRawHTML: Bool) -> String {
        let url = string(cmark_node_get_url(node))
        return allowsRawHTML || !SafeURL.isDangerous(url) ? url : ""
    }
}
