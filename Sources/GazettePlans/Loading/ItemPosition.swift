import GazetteContent

/// Where an item stands in plan.yml, so that verification points at the line an editor has
/// to fix. Kept apart from `PlanItem`, which is what a published plan is.
struct ItemPosition: Sendable, Hashable {
    /// The item's `code` value.
    var item: SourceLocation
    var amount: SourceLocation?

    /// Where to report a problem with the item's figure.
    var figure: SourceLocation { amount ?? item }
}

/// An item as read, with its position; codes are checked against each other later.
struct ReadItem: Sendable {
    var item: PlanItem
    var position: ItemPosition
}
