import CCmark
import GazetteDocument

/// Reads a body into Gazette's document tree: libcmark parses the CommonMark, and on top of its
/// tree Gazette reads what CommonMark lacks, from the raw lines libcmark's positions give: pipe
/// tables, ```` ```comparison ```` blocks, legal numbering and articles.
public struct MarkdownReader: Sendable {
    public var allowsRawHTML: Bool
    /// The text of one of the notice's attachments by the path its front matter gives, for
    /// ```` ```csv ```` tables; nil when it is not one.
    public var attachment: @Sendable (String) -> String?

    public init(allowsRawHTML: Bool = false, attachment: @escaping @Sendable (String) -> String? = { _ in nil }) {
        self.allowsRawHTML = allowsRawHTML
        self.attachment = attachment
    }

    public struct Result: Sendable {
        public var document: Document
        public var problems: [BodyProblem]
    }

    public func read(_ markdown: String) -> Result {
        var context = ReadingContext(allowsRawHTML: allowsRawHTML, recognisesArticles: true)
        context.attachment = attachment
        let blocks = context.read(markdown)
        return Result(document: Document(blocks), problems: context.problems)
    }

    /// Only the problems, for validating a body without keeping its tree; bodies with no pipe
    /// and no fence cannot have any and are not parsed.
    public func problems(in markdown: String) -> [BodyProblem] {
        guard ByteScan.contains(UInt8(ascii: "|"), in: markdown) || ByteScan.contains(UInt8(ascii: "`"), in: markdown) else { return [] }
        return read(markdown).problems
    }
}

/// One reading of one text: the body, or a cell of a comparison table read as a body of its own.
struct ReadingContext {
    var allowsRawHTML: Bool
    var attachment: @Sendable (String) -> String? = { _ in nil }
    /// Off inside comparison cells, where both columns quote the same article and ids would repeat.
    var recognisesArticles: Bool
    /// Added to every line reported, for a text that starts further down the body.
    var lineOffset = 0
    var columnOffset = 0
    var problems: [BodyProblem] = []
    /// How many quotes and lists the block being read is inside.
    var depth = 0
    /// Deeper than this, containers are read as their text: no body needs more, and the tree
    /// and its writers recurse, where libcmark's own walk does not (`>` typed 100,000 times).
    static let depthLimit = 48

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
            if inlines.contains(where: { if case .text(let text) = $0 { return ByteScan.contains(UInt8(ascii: "|"), in: text) } else { return false } }) {
                return PipeTableSyntax.blocks(ofParagraph: node, lines: lines, inlines: inlines, context: &self)
            }
            return [.paragraph(inlines)]
        case CMARK_NODE_HEADING:
            return [.heading(level: Int(cmark_node_get_heading_level(node)), Self.inlines(of: node, allowsRawHTML: allowsRawHTML))]
        case CMARK_NODE_BLOCK_QUOTE where depth >= Self.depthLimit, CMARK_NODE_LIST where depth >= Self.depthLimit:
            return [.paragraph([.text(Self.text(of: node))])]
        case CMARK_NODE_BLOCK_QUOTE:
            depth += 1
            defer { depth -= 1 }
            return [.quote(LegalStructure(recognisesArticles: false).apply(to: children(of: node, lines: lines)))]
        case CMARK_NODE_LIST:
            depth += 1
            defer { depth -= 1 }
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
            if info.split(separator: " ").first == "comparison", depth < Self.depthLimit {
                return ComparisonSyntax.block(literal: literal, fenceLine: Int(cmark_node_get_start_line(node)),
                                              column: Int(cmark_node_get_start_column(node)), context: &self)
            }
            if info.split(separator: " ").first == "csv" {
                return CSVTableSyntax.block(literal: literal, fenceLine: Int(cmark_node_get_start_line(node)),
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

    static func inlines(of node: OpaquePointer, allowsRawHTML: Bool, depth: Int = 0) -> [Inline] {
        guard depth < depthLimit else { return [.text(text(of: node))] }
        var inlines: [Inline] = []
        // libcmark splits text at every special character; one run reads and compares faster.
        // A run can be empty: libcmark keeps the text node of a space it strips before a line
        // end (`*a* ` then a line), which is no text at all.
        var run: String?
        var child = cmark_node_first_child(node)
        while let current = child {
            if cmark_node_get_type(current) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(current) {
                if run == nil { run = String(cString: literal) } else { run! += String(cString: literal) }
            } else if let inline = inline(current, allowsRawHTML: allowsRawHTML, depth: depth) {
                if let text = run, !text.isEmpty { inlines.append(.text(text)) }
                run = nil
                inlines.append(inline)
            }
            child = cmark_node_next(current)
        }
        if let text = run, !text.isEmpty { inlines.append(.text(text)) }
        return inlines
    }

    private static func inline(_ node: OpaquePointer, allowsRawHTML: Bool, depth: Int) -> Inline? {
        let inlines = { (node: OpaquePointer) in Self.inlines(of: node, allowsRawHTML: allowsRawHTML, depth: depth + 1) }
        switch cmark_node_get_type(node) {
        case CMARK_NODE_TEXT: return .text(string(cmark_node_get_literal(node)))
        case CMARK_NODE_CODE: return .code(string(cmark_node_get_literal(node)))
        case CMARK_NODE_SOFTBREAK: return .softBreak
        case CMARK_NODE_LINEBREAK: return .lineBreak
        case CMARK_NODE_EMPH: return .emphasis(inlines(node))
        case CMARK_NODE_STRONG: return .strong(inlines(node))
        case CMARK_NODE_LINK:
            return .link(url: url(node, allowsRawHTML: allowsRawHTML), title: string(cmark_node_get_title(node)),
                         inlines(node))
        case CMARK_NODE_IMAGE:
            return .image(url: url(node, allowsRawHTML: allowsRawHTML), title: string(cmark_node_get_title(node)),
                          description: inlines(node))
        case CMARK_NODE_HTML_INLINE:
            return allowsRawHTML ? .rawHTML(string(cmark_node_get_literal(node))) : nil
        default:
            return nil
        }
    }

    /// The words under a node, gathered by libcmark's own iterator, which does not recurse.
    static func text(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE, CMARK_NODE_CODE_BLOCK: text += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    /// A dangerous target (`javascript:` and the like) is emptied here, once, for every writer.
    private static func url(_ node: OpaquePointer, allowsRawHTML: Bool) -> String {
        let url = string(cmark_node_get_url(node))
        return allowsRawHTML || !SafeURL.isDangerous(url) ? url : ""
    }
}
