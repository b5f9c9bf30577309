import GazetteContent

/// Checks a table's codes against each other: unique, not deeper than the table allows, and
/// every child after its parent. Only a table that passes becomes a `BudgetTable`.
enum TableStructure {
    static func check(_ items: [ReadItem], table: String, maximumDepth: Int? = nil)
        -> (BudgetTable?, [ItemCode: ItemPosition], [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var seen: [ItemCode: SourceLocation] = [:]
        let allCodes = Dictionary(items.map { ($0.item.code, $0.position.item) }, uniquingKeysWith: { first, _ in first })
        for read in items {
            let code = read.item.code
            let at = read.position.item
            if let maximumDepth, code.depth > maximumDepth {
                diagnostics.append(Diagnostic(.codeTooDeep(code.description, table: table, maximum: maximumDepth), at: at))
            }
            if let first = seen[code] {
                diagnostics.append(Diagnostic(.duplicateCode(code.description, table: table, first: first), at: at))
                continue
            }
            if let parent = code.parent, seen[parent] == nil {
                if let parentAt = allCodes[parent] {
                    diagnostics.append(Diagnostic(.parentAfterChild(code: code.description, parent: parent.description, parentAt: parentAt),
                                                  at: at))
                } else {
                    diagnostics.append(Diagnostic(.orphan(code: code.description, name: read.item.name, parent: parent.description,
                                                          table: table), at: at))
                }
            }
            seen[code] = at
        }
        guard diagnostics.isEmpty else { return (nil, [:], diagnostics) }
        let positions = Dictionary(uniqueKeysWithValues: items.map { ($0.item.code, $0.position) })
        return (BudgetTable(items: items.map(\.item)), positions, [])
    }
}
