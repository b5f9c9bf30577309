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
        for operation in Self.cleaned(Self.shifted(Self.coalesced(script), new: new, old: old)) {
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

    /// Neighbouring operations of one kind as one run.
    private static func coalesced(_ operations: [Operation]) -> [Operation] {
        var runs: [Operation] = []
        for operation in operations {
            if let last = runs.last, last.kind == operation.kind {
                runs[runs.count - 1] = Operation(kind: last.kind, new: last.new.lowerBound..<operation.new.upperBound,
                                                 old: last.old.lowerBound..<operation.old.upperBound)
            } else {
                runs.append(operation)
            }
        }
        return runs
    }

    /// An insertion, a shared run, then another insertion that ends as the shared run does, is one
    /// insertion followed by the shared run: the same text, marked in one piece. The shortest script
    /// takes the first match it meets, and marks 由各「目的事業主」管「機關或管」理機關 where a reader
    /// sees 由各「目的事業主管機關或」管理機關. Deletions are treated the same way.
    private static func shifted(_ runs: [Operation], new: [Unicode.Scalar], old: [Unicode.Scalar]) -> [Operation] {
        var runs = runs
        var index = 0
        while index + 2 < runs.count {
            let first = runs[index], shared = runs[index + 1], second = runs[index + 2]
            guard first.kind != .equal, shared.kind == .equal, second.kind == first.kind else {
                index += 1
                continue
            }
            let isInsertion = first.kind == .insert
            let text = isInsertion ? new : old
            let sharedRange = isInsertion ? shared.new : shared.old
            let secondRange = isInsertion ? second.new : second.old
            guard secondRange.count >= sharedRange.count,
                  text[(secondRange.upperBound - sharedRange.count)..<secondRange.upperBound].elementsEqual(text[sharedRange]) else {
                index += 1
                continue
            }
            let merged = (isInsertion ? first.new : first.old).lowerBound..<(secondRange.upperBound - sharedRange.count)
            let moved = (secondRange.upperBound - sharedRange.count)..<secondRange.upperBound
            let edit = isInsertion ? Operation(kind: .insert, new: merged, old: first.old.lowerBound..<first.old.lowerBound)
                : Operation(kind: .delete, new: first.new.lowerBound..<first.new.lowerBound, old: merged)
            let equal = isInsertion ? Operation(kind: .equal, new: moved, old: shared.old)
                : Operation(kind: .equal, new: shared.new, old: moved)
            runs.replaceSubrange(index...(index + 2), with: [edit, equal])
            // The moved run may now join the equality after it, and the edit the one before it.
            runs = coalesced(runs)
            index = max(0, index - 1)
        }
        return runs
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
