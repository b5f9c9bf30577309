import GazetteContent
import GazetteDocument
import GazetteMarkdown

/// Each notice as one document tree: its body read by the Markdown reader, then its signature
/// block from the front matter. Every writer of a notice (page, plain text, ODF) starts here.
public struct NoticeDocuments: Sendable {
    public let allowsRawHTML: Bool
    public let words: DocumentWords
    private let shared = SharedDocuments()

    init(allowsRawHTML: Bool, words: DocumentWords = .traditionalChinese) {
        self.allowsRawHTML = allowsRawHTML
        self.words = words
    }

    /// The same tree as `document(of:)`, for the writers of the documents phase (ODF, Akoma
    /// Ntoso), whose jobs for one notice run side by side: the Markdown is read once for both.
    public func sharedDocument(of notice: Notice) -> Document {
        shared.take(notice.sourcePath) { document(of: notice) }
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
