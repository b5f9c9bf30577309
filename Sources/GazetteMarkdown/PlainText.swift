import CCmark

/// The words of a document without its markup: blocks separated by newlines, so that
/// a search never matches across the end of one paragraph and the start of the next.
enum PlainText {
    static func extract(from root: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(root) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            switch (event, type) {
            case (CMARK_EVENT_ENTER, CMARK_NODE_TEXT), (CMARK_EVENT_ENTER, CMARK_NODE_CODE):
                if let literal = cmark_node_get_literal(node) { text += String(cString: literal) }
            case (CMARK_EVENT_ENTER, CMARK_NODE_CODE_BLOCK):
                if let literal = cmark_node_get_literal(node) { appendBlock(String(cString: literal), to: &text) }
            case (CMARK_EVENT_ENTER, CMARK_NODE_SOFTBREAK):
                // A wrapped line of Chinese joins without a space; a wrapped line of Latin words needs one.
                if let last = text.unicodeScalars.last, last.isASCII { text += " " }
            case (CMARK_EVENT_ENTER, CMARK_NODE_LINEBREAK):
                text += "\n"
            case (CMARK_EVENT_EXIT, CMARK_NODE_PARAGRAPH), (CMARK_EVENT_EXIT, CMARK_NODE_HEADING):
                if !text.hasSuffix("\n") && !text.isEmpty { text += "\n" }
            default:
                break
            }
        }
        while text.hasSuffix("\n") { text.removeLast() }
        return text
    }

    private static func appendBlock(_ block: String, to text: inout String) {
        if !text.isEmpty && !text.hasSuffix("\n") { text += "\n" }
        text += block
    }
}
