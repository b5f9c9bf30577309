import CCmark
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// CommonMark through libcmark. Raw HTML is dropped unless the site opts in, and
/// libcmark's safe mode also drops `javascript:`, `vbscript:`, `file:` and most `data:` links.
public struct MarkdownRenderer: Sendable {
    public var allowsRawHTML: Bool

    public init(allowsRawHTML: Bool = false) {
        self.allowsRawHTML = allowsRawHTML
    }

    var options: Int32 { allowsRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT }

    /// The HTML of a body, and its text without markup (for summaries, feeds and search), from one parse.
    public func render(_ markdown: String) -> RenderedMarkdown {
        MarkdownDocument(markdown, options: options).withRoot { root in
            let html = cmark_render_html(root, options).map { pointer in
                defer { free(pointer) }
                return String(cString: pointer)
            } ?? ""
            return RenderedMarkdown(html: html, text: PlainText.extract(from: root))
        }
    }

    public func html(_ markdown: String) -> String { render(markdown).html }
}

public struct RenderedMarkdown: Sendable, Hashable {
    public var html: String
    public var text: String
}
