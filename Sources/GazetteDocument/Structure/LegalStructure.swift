
/// Legal numbering and articles, found in the paragraphs libcmark made. Editors type numbered
/// items and articles line by line, so any line that begins with a marker (一、, （一）, 1、,
/// (1)) or an article number (第三條) starts a new item, blank line before it or not.
public struct LegalStructure: Sendable {
    public var recognisesArticles: Bool

    public init(recognisesArticles: Bool) {
        self.recognisesArticles = recognisesArticles
    }

    public func apply(to blocks: [Block]) -> [Block] {
        let split = blocks.flatMap(splitAtMarkers)
        guard recognisesArticles else { return numbered(split) }
        return articles(split)
    }

    // MARK: Lines that start items

    private enum Start {
        case article(ArticleNumber, rest: [Inline])
        case item(LegalMarker, rest: [Inline])
    }

    /// What a paragraph's first line starts with; a number in bold (`**第一條**`) counts too.
    private func start(of inlines: ArraySlice<Inline>) -> Start? {
        var inlines = inlines
        var leading: String
        var wasStrong = false
        switch inlines.first {
        case .text(let text)?:
            leading = text
        case .strong(let children)?:
            guard children.count == 1, case .text(let text) = children[0] else { return nil }
            leading = text
            wasStrong = true
        default:
            return nil
        }
        guard let first = leading.unicodeScalars.first, Self.canStartMarker(first) else { return nil }
        inlines = inlines.dropFirst()
        func rest(dropping length: Int) -> [Inline]? {
            let remainder = String(leading.dropFirst(length))
            if wasStrong {
                // The whole bold run must be the number, or it is emphasis of the first words.
                guard remainder.allSatisfy(isSpace) else { return nil }
                var following = Array(inlines)
                if case .text(let text)? = following.first {
                    let trimmed = Self.droppingLeadingSpaces(text)
                    if trimmed.isEmpty { following.removeFirst() } else { following[0] = .text(trimmed) }
                }
                return following
            }
            return remainder.isEmpty ? Array(inlines) : [.text(remainder)] + inlines
        }
        if recognisesArticles, let number = ArticleNumber.find(at: Substring(leading)), let rest = rest(dropping: number.length) {
            return .article(number, rest: Self.droppingLeadingBreak(rest))
        }
        if let marker = LegalMarker.find(at: Substring(leading)), let rest = rest(dropping: marker.length) {
            return .item(marker, rest: rest)
        }
        return nil
    }

    /// Every marker and article number starts with one of these; most paragraphs start otherwise
    /// and are passed over without looking further.
    private static func canStartMarker(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "第" || scalar == "(" || scalar == "（" || ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar)
            || ChineseNumber.digitValue(scalar) != nil
    }

    private static func droppingLeadingSpaces(_ text: String) -> String {
        String(text.drop(while: isSpace))
    }

    private static func droppingLeadingBreak(_ inlines: [Inline]) -> [Inline] {
        guard let first = inlines.first, first == .softBreak || first == .lineBreak else { return inlines }
        return Array(inlines.dropFirst())
    }

    /// A paragraph cut before every line that starts an item or an article.
    private func splitAtMarkers(_ block: Block) -> [Block] {
        guard case .paragraph(let inlines) = block,
              inlines.contains(where: { $0 == .softBreak || $0 == .lineBreak }) else { return [block] }
        var paragraphs: [[Inline]] = [[]]
        for (index, inline) in inlines.enumerated() {
            if inline == .softBreak || inline == .lineBreak, index + 1 < inlines.count,
               start(of: inlines[(index + 1)...].prefix(2)) != nil {
                paragraphs.append([])
                continue
            }
            paragraphs[paragraphs.count - 1].append(inline)
        }
        return paragraphs.filter { !$0.isEmpty }.map { .paragraph($0) }
    }

    // MARK: Articles

    private func articles(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var current: Article?
        var usedIDs: [String: Int] = [:]
        func close() {
            if var article = current {
                article.blocks = numbered(article.blocks)
                result.append(.article(article))
            }
            current = nil
        }
        for block in blocks {
            switch block {
            case .paragraph(let inlines):
                if case .article(let number, let rest)? = start(of: inlines[...]) {
                    close()
                    let seen = usedIDs[number.id, default: 0] + 1
                    usedIDs[number.id] = seen
                    let id = seen == 1 ? number.id : number.id + "_\(seen)"
                    current = Article(number: number.text, id: id, blocks: rest.isEmpty ? [] : [.paragraph(rest)])
                    continue
                }
            case .heading, .thematicBreak:
                close()
                result.append(block)
                continue
            default:
                break
            }
            if current != nil {
                current?.blocks.append(block)
            } else {
                result.append(block)
            }
        }
        close()
        return numbered(result)
    }

    // MARK: Numbered items

    /// Runs of paragraphs that start with markers become nested lists: a marker of a rank seen
    /// above closes the deeper lists, one of a new, deeper rank opens a list inside the last item.
    private func numbered(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        var stack: [LegalList] = []
        func closeLevel() {
            let list = stack.removeLast()
            if stack.isEmpty {
                result.append(.legalList(list))
            } else {
                stack[stack.count - 1].items[stack[stack.count - 1].items.count - 1].children.append(.legalList(list))
            }
        }
        func closeAll() {
            while !stack.isEmpty { closeLevel() }
        }
        for block in blocks {
            guard case .paragraph(let inlines) = block, case .item(let marker, let rest)? = start(of: inlines[...]) else {
                closeAll()
                result.append(block)
                continue
            }
            while let top = stack.last, top.level > marker.rank { closeLevel() }
            let item = LegalItem(marker: marker.text, text: rest)
            if let top = stack.last, top.level == marker.rank {
                stack[stack.count - 1].items.append(item)
            } else {
                stack.append(LegalList(level: marker.rank, items: [item]))
            }
        }
        closeAll()
        return result
    }
}
