/// The `*` and `_` runs of emphasis and strong. CommonMark reads a run as opening or closing
/// from the characters on either side of it, so a tree such as `本府` + strong(`「公告」`) +
/// `事項` cannot be written `本府**「公告」**事項` (a `*` between a letter and punctuation opens
/// nothing): the letter beside it is written as a character reference, which is punctuation
/// to the parser and the same letter to the reader.
extension InlineAtoms {
    /// `*` or `_` for each emphasis, so that runs that must differ do: two touching runs (one
    /// run to the parser, `*a**b*`), and an opener that can also close (between punctuation
    /// and punctuation) and any enclosing emphasis of its width, whose open run it would close.
    /// Two characters for pairs that must differ is a two-colouring of those pairs. Where there
    /// is none, an emphasis may share one end's run with an enclosing one of the other width
    /// (`***` opens strong and emphasis), which libcmark splits by the closers' widths; the
    /// rare nesting that still has none is written with `*` first and what escaping can do.
    mutating func chooseDelimiters(beforeRun: FlankingClass) {
        var required = Array(repeating: Set<Int>(), count: emphases.count)
        var sharable = required
        for index in emphases.indices {
            let emphasis = emphases[index]
            let touching = [emphasis.opener - 1, emphasis.closer + 1].compactMap { neighbour -> Int? in
                if case .delimiter(let other)? = atoms[safe: neighbour] { return other }
                return nil
            }
            for other in touching {
                // Sharing both ends would read `***a***` as emphasis around strong, whichever it was.
                let canShare = encloses(other, index) && emphases[other].width != emphasis.width
                    && touching.filter { $0 == other }.count == 1
                if canShare { sharable[index].insert(other) } else { required[index].insert(other) }
            }
            let before = emphasis.opener == 0 ? beforeRun : writtenClass(of: emphasis.opener - 1, atStart: false)
            guard writtenClass(of: emphasis.opener + 1, atStart: true) != .word, before != .space else { continue }
            for other in emphases.indices where emphases[other].width == emphasis.width && encloses(other, index) {
                required[index].insert(other)
            }
        }
        for index in emphases.indices {
            for other in required[index] { required[other].insert(index) }
            for other in sharable[index] { sharable[other].insert(index) }
        }
        let both = emphases.indices.map { required[$0].union(sharable[$0]) }
        let marks = Self.colouring(both) ?? Self.colouring(required) ?? greedyMarks(required)
        for index in emphases.indices {
            emphases[index].mark = marks[index]
            emphases[index].isInsideTwin = emphases.indices.contains { other in
                encloses(other, index) && emphases[other].width == emphases[index].width && emphases[other].mark == marks[index]
            }
        }
    }

    private func encloses(_ outer: Int, _ inner: Int) -> Bool {
        emphases[outer].opener < emphases[inner].opener && emphases[outer].closer > emphases[inner].closer
    }

    /// `*` and `_` so that every pair in `differ` differs, each connected group coloured from
    /// its first emphasis and then flipped if that leaves fewer `_`, which needs punctuation
    /// around it; nil if some group has an odd cycle.
    private static func colouring(_ differ: [Set<Int>]) -> [Unicode.Scalar]? {
        var marks: [Unicode.Scalar?] = Array(repeating: nil, count: differ.count)
        for start in differ.indices where marks[start] == nil {
            marks[start] = "*"
            var group = [start]
            var next = 0
            while next < group.count {
                let index = group[next]
                next += 1
                let other: Unicode.Scalar = marks[index] == "*" ? "_" : "*"
                for neighbour in differ[index] {
                    if let mark = marks[neighbour] {
                        if mark != other { return nil }
                    } else {
                        marks[neighbour] = other
                        group.append(neighbour)
                    }
                }
            }
            if group.filter({ marks[$0] == "_" }).count * 2 > group.count {
                for index in group { marks[index] = marks[index] == "*" ? "_" : "*" }
            }
        }
        return marks.map { $0 ?? "*" }
    }

    /// Outside in, each run the character that the runs chosen before it leave free.
    private func greedyMarks(_ differ: [Set<Int>]) -> [Unicode.Scalar] {
        var marks: [Unicode.Scalar] = []
        for index in emphases.indices {
            let taken = Set(differ[index].filter { $0 < index }.map { marks[$0] })
            marks.append(taken.contains("*") && !taken.contains("_") ? "_" : "*")
        }
        return marks
    }

    /// Writes as references the characters that would stop a run from opening or closing: a
    /// space just inside it, and a letter just outside it when what is inside starts with
    /// punctuation (or always, for `_`, which never opens or closes inside a word). Repeated
    /// until nothing changes, since a reference is punctuation to the runs around it too.
    mutating func separateDelimiters() {
        var changed = true
        while changed {
            changed = false
            for emphasis in emphases {
                for (inside, outside, isOpener) in [(emphasis.opener + 1, emphasis.opener - 1, true),
                                                    (emphasis.closer - 1, emphasis.closer + 1, false)] {
                    if case .character(let scalar) = atoms[inside], FlankingClass(scalar) == .space {
                        atoms[inside] = .reference(scalar)
                        changed = true
                    }
                    let content = writtenClass(of: inside, atStart: isOpener)
                    // Inside a run of its own mark and width, an opener must not be able to
                    // close: a letter inside needs punctuation, not a letter, before it.
                    let needsSeparation = emphasis.mark == "_" || content != .word || (isOpener && emphasis.isInsideTwin)
                    if needsSeparation, case .character(let scalar)? = atoms[safe: outside],
                       !FlankingClass(scalar).isSpaceOrPunctuation {
                        atoms[outside] = .reference(scalar)
                        changed = true
                    }
                }
            }
        }
    }

    /// The class of the first or last written character of `atoms[index]`.
    func writtenClass(of index: Int, atStart: Bool) -> FlankingClass {
        switch atoms[index] {
        case .character(let scalar): return FlankingClass(scalar)
        case .escaped, .reference, .delimiter: return .punctuation
        case .syntax(let syntax), .lineEnd(let syntax):
            let scalar = atStart ? syntax.unicodeScalars.first : syntax.unicodeScalars.last
            return scalar.map(FlankingClass.init) ?? .space
        }
    }
}
