/// Stable ASCII slugs for the categories and agencies a record names: the same name gives the same
/// slug in every import, whatever else is imported and in whichever order.
enum Slugs {
    /// The record types of the national gazette in the order it prints them, named as its
    /// readers know them.
    static let categories: [(name: String, slug: String)] = [
        ("法規", "regulations"), ("行政規則", "rules"), ("公告及送達", "notices"), ("處分", "dispositions"),
        ("轉載", "reprints"), ("專載", "special"), ("其他", "other"),
    ]

    static func category(_ name: String) -> String {
        categories.first { $0.name == name }?.slug ?? "type-" + hash(name)
    }

    /// Known types first, in the gazette's order, then the others.
    static func rank(_ name: String) -> Int {
        categories.firstIndex { $0.name == name } ?? categories.count
    }

    static func agency(_ name: String) -> String {
        "ag-" + hash(name)
    }

    /// FNV-1a over the name's UTF-8, forty bits in hex: collisions among thousands of agency
    /// names are unlikely, and the importer checks for them all the same.
    static func hash(_ name: String) -> String {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in name.utf8 {
            value ^= UInt64(byte)
            value = value &* 0x0000_0100_0000_01B3
        }
        let hex = String(value >> 24, radix: 16)
        return String(repeating: "0", count: max(0, 10 - hex.count)) + hex
    }
}
