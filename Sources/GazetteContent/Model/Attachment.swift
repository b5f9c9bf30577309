/// A file published with a notice, copied as-is beside it.
public struct Attachment: Sendable, Hashable {
    public var title: String
    /// Path relative to the issue folder, as the editor wrote it (normalised).
    public var file: String
    /// Absolute path of the file on disk.
    public var sourceURL: String
    public var byteCount: Int

    public init(title: String, file: String, sourceURL: String, byteCount: Int) {
        self.title = title
        self.file = file
        self.sourceURL = sourceURL
        self.byteCount = byteCount
    }

    public var fileName: String { file.split(separator: "/").last.map(String.init) ?? file }

    public var fileExtension: String {
        guard let dot = fileName.lastIndex(of: ".") else { return "" }
        return fileName[fileName.index(after: dot)...].lowercased()
    }
}

extension Attachment {
    /// The text of the attachment a body names by its path (as `attachments` gives it, `./`
    /// allowed), read when asked; nil for any other path and for a file that is not UTF-8.
    public static func texts(of attachments: [Attachment]) -> @Sendable (String) -> String? {
        { path in
            let wanted = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
            guard let attachment = attachments.first(where: { $0.file == wanted }),
                  let bytes = try? FolderListing.contents(of: attachment.sourceURL) else { return nil }
            return String(validating: bytes, as: UTF8.self)
        }
    }
}
