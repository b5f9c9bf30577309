import GazetteContent

/// A date as the records print it: `中華民國105年4月8日` (digits ASCII or full-width).
enum ROCDateText {
    static func parse(_ text: String) -> CivilDate? {
        var numbers: [Int] = []
        var current: Int?
        for character in text {
            if let digit = character.wholeNumberValue, character.isNumber {
                current = (current ?? 0) * 10 + digit
            } else if let value = current {
                numbers.append(value)
                current = nil
            }
        }
        if let current { numbers.append(current) }
        guard numbers.count == 3 else { return nil }
        return CivilDate(year: numbers[0] + CivilDate.rocEpochOffset, month: numbers[1], day: numbers[2])
    }
}
