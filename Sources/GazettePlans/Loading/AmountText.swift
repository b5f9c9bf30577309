import GazetteSite

/// An amount as the format writes it: a quoted non-negative integer with a comma between every
/// group of three digits, exactly as published.
enum AmountText {
    static func parse(_ text: String) -> Result<Int, PlanProblem> {
        if text.isEmpty { return .failure(.amountEmpty) }
        let scalars = text.unicodeScalars
        if scalars.contains(where: { $0.properties.isWhitespace }) { return .failure(.amountSpaces(text)) }
        if scalars.contains(where: { (0xFF10...0xFF19).contains($0.value) || $0.value == 0xFF0C }) {
            return .failure(.amountFullWidth(text))
        }
        if let first = scalars.first, ["-", "\u{2212}", "\u{FF0D}"].contains(first) { return .failure(.amountNegative(text)) }
        if text.contains(".") { return .failure(.amountNotWhole(text)) }
        guard scalars.allSatisfy({ ("0"..."9").contains($0) || $0 == "," }) else { return .failure(.amountNotANumber(text)) }
        let digits = text.filter { $0 != "," }
        guard !digits.isEmpty else { return .failure(.amountNotANumber(text)) }
        guard digits.count <= 15, let value = Int(digits) else { return .failure(.amountTooLarge(text)) }
        let written = Thousands.format(value)
        if digits.count > 1 && digits.hasPrefix("0") { return .failure(.amountLeadingZero(text, suggestion: written)) }
        if text != written { return .failure(.amountSeparators(text, suggestion: written)) }
        return .success(value)
    }
}
