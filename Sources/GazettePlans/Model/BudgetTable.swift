/// A plan table (the crosswalk's rows or the program table) as a flat list in printed order,
/// with the hierarchy its dotted codes describe.
public struct BudgetTable: Sendable, Hashable {
    /// In printed order; a parent always comes before its children.
    public let items: [PlanItem]
    private let childPositions: [ItemCode: [Int]]
    private let topPositions: [Int]

    /// - Precondition: codes are unique and every parent precedes its children (the loader checks both).
    public init(items: [PlanItem]) {
        self.items = items
        var children: [ItemCode: [Int]] = [:]
        var top: [Int] = []
        for (position, item) in items.enumerated() {
            if let parent = item.code.parent {
                children[parent, default: []].append(position)
            } else {
                top.append(position)
            }
        }
        childPositions = children
        topPositions = top
    }

    /// The top-level items (類), in printed order.
    public var topLevel: [PlanItem] { topPositions.map { items[$0] } }

    /// The direct children of an item, in printed order.
    public func children(of code: ItemCode) -> [PlanItem] {
        (childPositions[code] ?? []).map { items[$0] }
    }

    public func item(_ code: ItemCode) -> PlanItem? {
        items.first { $0.code == code }
    }

    /// The item's printed figure; for an item printed without one, the sum of its children's
    /// effective amounts (those that have one); `nil` when nothing below it has a figure either.
    public func effectiveAmount(of item: PlanItem) -> Int? {
        if let amount = item.amount { return amount }
        let amounts = children(of: item.code).compactMap { effectiveAmount(of: $0) }
        return amounts.isEmpty ? nil : amounts.reduce(0, +)
    }

    /// The rows whose figures add up to the table's total without counting anything twice:
    /// every item with a figure none of whose children has one, in printed order.
    public var budgetLines: [PlanItem] {
        topLevel.flatMap(lines(under:))
    }

    private func lines(under item: PlanItem) -> [PlanItem] {
        let children = children(of: item.code)
        let childrenCarryFigures = children.contains { effectiveAmount(of: $0) != nil }
        if childrenCarryFigures { return children.flatMap(lines(under:)) }
        return item.amount == nil ? [] : [item]
    }
}
