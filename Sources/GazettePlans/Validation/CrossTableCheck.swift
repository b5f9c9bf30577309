import GazetteContent
import GazetteSite

/// The crosswalk and the program table print the same 類 with the same total: for every
/// top-level code present in both, the heading and the effective amount must agree.
struct CrossTableCheck {
    let crosswalk: BudgetTable
    let crosswalkPositions: [ItemCode: ItemPosition]
    let programs: BudgetTable
    let programPositions: [ItemCode: ItemPosition]

    func problems() -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for category in crosswalk.topLevel {
            guard let program = programs.item(category.code), let at = crosswalkPositions[category.code]?.figure,
                  let programAt = programPositions[program.code]?.figure else { continue }
            if category.heading != program.heading {
                diagnostics.append(Diagnostic(.crossTableHeading(code: category.code.description, crosswalk: category.heading,
                                                                 programs: program.heading, programsAt: programAt), at: at))
            }
            let left = crosswalk.effectiveAmount(of: category)
            let right = programs.effectiveAmount(of: program)
            if left != right {
                diagnostics.append(Diagnostic(.crossTableAmount(item: category.heading, crosswalk: Self.describe(left),
                                                                programs: Self.describe(right), programsAt: programAt), at: at))
            }
        }
        return diagnostics
    }

    private static func describe(_ amount: Int?) -> String {
        amount.map(Thousands.format) ?? "no figure"
    }
}
