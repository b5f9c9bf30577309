import GazetteContent

/// Which imported notices publish a number again: the national archive has numbers in more than
/// one record (a re-publication, or a correction under the original number). The first in
/// publication order keeps the number as its own; each later one is marked `republication: true`,
/// which the duplicate-number check accepts, while two notices an editor gave one number stay an error.
struct PublishedNumbers {
    struct Entry {
        var numbers: [String]
        var order: NoticeOrder
    }

    private var first: [String: NoticeOrder] = [:]

    init(existing: [Entry]) {
        for entry in existing { record(entry.numbers, order: entry.order) }
    }

    /// Whether one of the numbers belongs to an earlier notice; the numbers are then known as this
    /// notice's, if it is the earliest to publish them.
    mutating func publishesAgain(_ numbers: [String], order: NoticeOrder) -> Bool {
        let again = numbers.contains { number in first[number].map { $0 < order && $0.notice != order.notice } ?? false }
        record(numbers, order: order)
        return again
    }

    private mutating func record(_ numbers: [String], order: NoticeOrder) {
        for number in numbers where first[number].map({ order < $0 }) ?? true {
            first[number] = order
        }
    }
}

/// Where a notice stands among all published ones, as the site prints them: by the issue's
/// date and folder, then within the issue by category (site.yml order), date, number and file.
struct NoticeOrder: Comparable, Sendable {
    var issueDate: CivilDate
    var issueSlug: String
    var category: CategoryRank
    var date: CivilDate
    var number: String
    var slug: String

    var notice: String { issueSlug + "/" + slug }

    static func < (lhs: Self, rhs: Self) -> Bool {
        if (lhs.issueDate, lhs.issueSlug) != (rhs.issueDate, rhs.issueSlug) {
            return (lhs.issueDate, lhs.issueSlug) < (rhs.issueDate, rhs.issueSlug)
        }
        if lhs.category != rhs.category { return lhs.category < rhs.category }
        return (lhs.date, lhs.number, lhs.slug) < (rhs.date, rhs.number, rhs.slug)
    }
}

/// A category's place in site.yml once the import has written it: the categories it had, in their
/// order, then the new ones by `Slugs.rank` and name.
struct CategoryRank: Comparable, Sendable {
    var isNew: Bool
    var rank: Int
    var name: String

    static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.isNew ? 1 : 0, lhs.rank, lhs.name) < (rhs.isNew ? 1 : 0, rhs.rank, rhs.name)
    }
}
