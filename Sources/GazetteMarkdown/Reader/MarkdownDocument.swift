import CCmark

/// Owns a libcmark node tree for the duration of one use; the tree never escapes, so it is always freed.
public struct MarkdownDocument {
    let markdown: String
    let options: Int32

    public init(_ markdown: String, options: Int32 = CMARK_OPT_DEFAULT) {
        self.markdown = markdown
        self.options = options
    }

    public func withRoot<Result>(_ body: (OpaquePointer) -> Result) -> Result {
        var source = markdown
        let root = source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parse_document(chars.baseAddress, chars.count, options)
            }
        }
        guard let root else { preconditionFailure("libcmark could not allocate a document") }
        defer { cmark_node_free(root) }
        return body(root)
    }
}
