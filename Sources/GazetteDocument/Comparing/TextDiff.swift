/// Which characters of the amended text are new and which of the current text are gone: a
/// shortest edit script (Myers, 1986) over Unicode scalars, after the common start and end are
/// set aside, then cleaned so that a lone shared character inside a change does not split it.
struct TextDiff {
    /// For each scalar of the amended text, whether the current text lacks it.
    var inserted: [Bool]
    /// For each scalar of the current text, whether the amended text lacks it.
    var deleted: [Bool]

    /// Beyond this many edits the two texts are taken as rewritten whole: the script's memory
    /// grows with the square of the edits.
    static let editLimit = 1_000

    init(amended: [Unicode.Scalar], current: [Unicode.Scalar]) {
        inserted = Array(repeating: false, count: amended.count)
        deleted = Array(repeating: false, count: current.count)
        var prefix = 0
        while prefix < amended.count, prefix < current.count, amended[prefix] == current[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < amended.count - prefix, suffix < current.count - prefix,
              amended[amended.count - 1 - suffix] == current[current.count - 1 - suffix] { suffix += 1 }
        let new = Array(amended[prefix..<(amended.count - suffix)])
        let old = Array(current[prefix..<(current.count - suffix)])
        guard let script = Self.script(new, old) else {
            for index in new.indices { inserted[prefix + index] = true }
            for index in old.indices { deleted[prefix + index] = true }
            return
        }
        for operation in Self.cleaned(script) {
            switch operation.kind {
            case .equal: break
            case .insert: for index in operation.new { inserted[prefix + index] = true }
            case .delete: for index in operation.old { deleted[prefix + index] = true }
            }
        }
    }

    struct Operation {
        enum Kind { case equal, insert, delete }
        var kind: Kind
        var new: Range<Int>
        var old: Range<Int>
    }

    /// The edit script turning `old` into `new`, or nil past `editLimit` edits.
    private static func script(_ new: [Unicode.Scalar], _ old: [Unicode.Scalar]) -> [Operation]? {
        let n = old.count, m = new.count
        if n == 0 || m == 0 {
            var operations: [Operation] = []
            if m > 0 { operations.append(Operation(kind: .insert, new: 0..<m, old: 0..<0)) }
            if n > 0 { operations.append(Operation(kind: .delete, new: 0..<0, old: 0..<n)) }
            return operations
        }
        let maximum = min(n + m, editLimit)
        let offset = maximum + 1
        var frontier = Array(repeating: 0, count: 2 * maximum + 3)
        var trace: [[Int]] = []
        var found = false
        search: for edits in 0...maximum {
            trace.append(frontier)
            for diagonal in stride(from: -edits, through: edits, by: 2) {
                var x: Int
                if diagonal == -edits || (diagonal != edits && frontier[offset + diagonal - 1] < frontier[offset + diagonal + 1]) {
                    x = frontier[offset + diagonal + 1]
                } else {
                    x = frontier[offset + diagonal - 1] + 1
                }
                var y = x - diagonal
                while x < n, y < m, old[x] == new[y] {
                    x += 1
                    y += 1
                }
                frontier[offset + diagonal] = x
                if x >= n, y >= m {
                    found = true
                    break search
                }
            }
        }
        guard found else { return nil }
        var operations: [Operation] = []
        var x = n, y = m
        for edits in stride(from: trace.count - 1, through: 0, by: -1) {
            let previous = trace[edits]
            let diagonal = x - y
            let previousDiagonal: Int
            if diagonal == -edits || (diagonal != edits && previous[offset + diagonal - 1] < previous[offset + diagonal + 1]) {
                previousDiagonal = diagonal + 1
            } else {
                previousDiagonal = diagonal - 1
            }
            let previousX = edits == 0 ? 0 : previous[offset + previousDiagonal]
            let previousY = previousX - previousDiagonal
            let snakeStartX = edits == 0 ? 0 : (previousDiagonal == diagonal + 1 ? previousX : previousX + 1)
            if x > snakeStartX {
                let length = x - snakeStartX
                operations.append(Operation(kind: .equal, new: (y - length)..<y, old: snakeStartX..<x))
            }
            if edits > 0 {
                if previousDiagonal == diagonal + 1 {
                    operations.append(Operation(kind: .insert, new: previousY..<(previousY + 1), old: previousX..<previousX))
                } else {
                    operations.append(Operation(kind: .delete, new: previousY..<previousY, old: previousX..<(previousX + 1)))
                }
            }
            x = previousX
            y = previousY
        }
        return operations.reversed()
    }

    /// A shared run of one or two characters between two replacements is taken into them:
    /// otherwise a rewritten sentence shows as confetti of marks around common particles (之, 的).
    /// Next to a pure insertion or deletion the shared run is real and stays.
    private static func cleaned(_ operations: [Operation]) -> [Operation] {
        func replaces(_ run: some Sequence<Operation>) -> Bool {
            var kinds = Set<Int>()
            for operation in run {
                if operation.kind == .equal { break }
                kinds.insert(operation.kind == .insert ? 1 : 2)
            }
            return kinds.count == 2
        }
        var result: [Operation] = []
        result.reserveCapacity(operations.count)
        for (index, operation) in operations.enumerated() {
            let isIsland = operation.kind == .equal && operation.new.count <= 2
                && replaces(operations[..<index].reversed()) && replaces(operations[(index + 1)...])
            if isIsland {
                result.append(Operation(kind: .delete, new: operation.new.lowerBound..<operation.new.lowerBound, old: operation.old))
                result.append(Operation(kind: .insert, new: operation.new, old: operation.old.lowerBound..<operation.old.lowerBound))
            } else {
                result.append(operation)
            }
        }
        return result
    }
}
