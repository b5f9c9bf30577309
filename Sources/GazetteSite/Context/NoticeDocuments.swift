import GazetteContent
import GazetteDocument
import GazetteMarkdown

/// Each notice as one document tree: its body read by the Markdown reader, then its signature
/// block from the front matter. Every writer of a notice (page, plain text, ODF) starts here.
public struct NoticeDocuments: Sendable {
    public let allowsRawHTML: Bool
    public let words: DocumentWords

    init(allowsRawHTML: Bool, words: DocumentWords = .traditionalChinese) {
        self.allowsRawHTML = allowsRawHTML
        self.words = words
    }

    public func document(of notice: Notice) -> Document {
        let reader = MarkdownReader(allowsRawHTML: allowsRawHTML, attachment: Attachment.texts(of: notice.attachments))
        var document = reader.read(notice.body).document
        if !notice.signers.isEmpty || notice.delegation != nil {
            document.blocks.append(.signature(Signature(signers: notice.signers, delegation: notice.delegation)))
        }
        return document
    }

    public func html(_ document: Document) -> String {
        HTMLWriter(words: words).write(document)
    }
}
