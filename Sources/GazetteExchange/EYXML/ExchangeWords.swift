import GazetteSite

/// What an issue page says of its EY exchange file, in one place.
enum ExchangeWords {
    /// The link's title: the format, since the file holds what the page and its documents hold.
    static let title = "行政院公報交換格式"
    /// Named apart from FileFormat's extensions: Akoma Ntoso is XML too.
    static let format = FileFormat(name: "XML", mediaType: "application/xml")
}
