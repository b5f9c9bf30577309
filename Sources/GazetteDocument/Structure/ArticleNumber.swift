/// The number that opens an article: 第三條, 第　十　條, 第十一條之一, 第 3 條.
struct ArticleNumber: Equatable {
    /// As printed, spaces inside it kept.
    var text: String
    /// `a3`, `a11-1`.
    var id: String
    /// Characters taken by the number and the spaces after it.
    var length: Int

    static func find(at start: Substring) -> ArticleNumber? {
        guard start.utf8.starts(with: "第".utf8) else { return nil }
        let characters = Array(start.prefix(40))
        guard characters.first == "第" else { return nil }
        var index = 1
        func skipSpaces() {
            while index < characters.count, isSpace(characters[index]) { index += 1 }
        }
        func numeral() -> Int? {
            var digits = ""
            while index < characters.count, let scalar = characters[index].unicodeScalars.first,
                  characters[index].unicodeScalars.count == 1,
                  ChineseNumber.digitValue(scalar) != nil || ("0"..."9").contains(scalar) || ("０"..."９").contains(scalar) {
                digits.append(characters[index])
                index += 1
                skipSpaces()
            }
            return ChineseNumber.value(Substring(digits.filter { !isSpace($0) }))
        }
        skipSpaces()
        guard let number = numeral(), number > 0, index < characters.count, characters[index] == "條" else { return nil }
        index += 1
        var id = "a\(number)"
        if index + 1 < characters.count, characters[index] == "之" {
            let save = index
            index += 1
            if let sub = numeral(), sub > 0 {
                id += "-\(sub)"
                while isSpace(characters[index - 1]) { index -= 1 }
            } else {
                index = save
            }
        }
        let textEnd = index
        // An article number is followed by its text after a space, by （刪除）, or ends the line;
        // "第三條規定" is prose.
        guard index == characters.count || isSpace(characters[index]) || characters[index] == "（" else { return nil }
        skipSpaces()
        return ArticleNumber(text: String(characters[0..<textEnd]).trimmingSpacesAtEnd, id: id, length: index)
    }
}

private extension String {
    var trimmingSpacesAtEnd: String {
        var text = self
        while let last = text.last, isSpace(last) { text.removeLast() }
        return text
    }
}
