/// How CommonMark's emphasis rules see the character beside a `*` or `_` run. libcmark 0.30
/// counts Unicode P as punctuation and the spec since 0.31 counts S too, so symbols (○, ＄) and
/// control characters are `unsure`: taken as punctuation where that is the safer reading, and
/// as a letter where that is.
enum FlankingClass {
    /// libcmark's Unicode whitespace: Zs with tab, line feed, form feed and carriage return.
    case space
    case punctuation
    /// Letters, digits and marks, which no version reads as space or punctuation.
    case word
    case unsure

    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
            self = .space
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E:
            self = .punctuation
        default:
            switch scalar.properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                 .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
                self = .word
            case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
                 .initialPunctuation, .finalPunctuation, .otherPunctuation:
                self = .punctuation
            default:
                self = .unsure
            }
        }
    }

    /// Beside a delimiter on its outer side, lets it open or close whatever its content starts with.
    var isSpaceOrPunctuation: Bool {
        self == .space || self == .punctuation
    }
}
