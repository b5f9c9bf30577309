/// Marks what changed between the amended and the current text of a comparison row. Real
/// gazettes mark changes by hand in Word, and the corpus shows such marks wrong or empty, so
/// Gazette compares the two cells itself: the amended cell gets `inserted`, the current one
/// `deleted`. A row with one side empty (an article added or deleted) is left unmarked.
public enum ChangeMarks {
    /// A comparison row's cells with its first two, the amended and the current text, marked.
    public static func marked(_ cells: [[Block]]) -> [[Block]] {
        guard cells.count >= 2 else { return cells }
        var cells = cells
        var amended = cells[0], current = cells[1]
        mark(amended: &amended, current: &current)
        cells[0] = amended
        cells[1] = current
        return cells
    }

    private static func mark(amended: inout [Block], current: inout [Block]) {
        let new = TextWalk.scalars(of: amended)
        let old = TextWalk.scalars(of: current)
        guard !new.isEmpty, !old.isEmpty, new != old else { return }
        let diff = TextDiff(amended: new, current: old)
        amended = TextWalk.marking(amended, changed: diff.inserted) { .inserted($0) }
        current = TextWalk.marking(current, changed: diff.deleted) { .deleted($0) }
    }
}

/// The text inlines of blocks, in one fixed order, for both reading and rewriting them.
private enum TextWalk {
    static func scalars(of blocks: [Block]) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        var counter = Rewriter(changed: [], wrap: { .inserted($0) })
        counter.collect = { scalars.append(contentsOf: $0.unicodeScalars) }
        _ = counter.blocks(blocks)
        return scalars
    }

    static func marking(_ blocks: [Block], changed: [Bool], wrap: @escaping ([Inline]) -> Inline) -> [Block] {
        var rewriter = Rewriter(changed: changed, wrap: wrap)
        return rewriter.blocks(blocks)
    }

    private struct Rewriter {
        let changed: [Bool]
        let wrap: ([Inline]) -> Inline
        var position = 0
        var collect: ((String) -> Void)?

        init(changed: [Bool], wrap: @escaping ([Inline]) -> Inline) {
            self.changed = changed
            self.wrap = wrap
        }

        mutating func blocks(_ blocks: [Block]) -> [Block] {
            blocks.map { block($0) }
        }

        mutating func block(_ block: Block) -> Block {
            switch block {
            case .paragraph(let inlines): return .paragraph(self.inlines(inlines))
            case .heading(let level, let inlines): return .heading(level: level, self.inlines(inlines))
            case .list(var list):
                list.items = list.items.map { blocks($0) }
                return .list(list)
            case .legalList(var list):
                list.items = list.items.map { item in
                    var item = item
                    item.text = inlines(item.text)
                    item.children = blocks(item.children)
                    return item
                }
                return .legalList(list)
            case .article(var article):
                article.blocks = blocks(article.blocks)
                return .article(article)
            case .quote(let children): return .quote(blocks(children))
            case .table, .comparison, .code, .rawHTML, .thematicBreak, .signature:
                return block
            }
        }

        mutating func inlines(_ inlines: [Inline]) -> [Inline] {
            var result: [Inline] = []
            for inline in inlines {
                switch inline {
                case .text(let text): result += self.text(text)
                case .emphasis(let children): result.append(.emphasis(self.inlines(children)))
                case .strong(let children): result.append(.strong(self.inlines(children)))
                case .link(let url, let title, let children): result.append(.link(url: url, title: title, self.inlines(children)))
                case .code, .image, .softBreak, .lineBreak, .rawHTML, .inserted, .deleted: result.append(inline)
                }
            }
            return result
        }

        /// The text cut into runs of changed and unchanged characters.
        mutating func text(_ text: String) -> [Inline] {
            if let collect {
                collect(text)
                return [.text(text)]
            }
            var result: [Inline] = []
            var run = String.UnicodeScalarView()
            var runChanged = false
            func flush() {
                guard !run.isEmpty else { return }
                result.append(runChanged ? wrap([.text(String(run))]) : .text(String(run)))
                run = String.UnicodeScalarView()
            }
            for scalar in text.unicodeScalars {
                let isChanged = position < changed.count && changed[position]
                position += 1
                if isChanged != runChanged {
                    flush()
                    runChanged = isChanged
                }
                run.append(scalar)
            }
            flush()
            return result
        }
    }
}
