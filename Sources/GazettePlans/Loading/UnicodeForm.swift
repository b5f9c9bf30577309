import Foundation
import GazetteContent

/// Finds characters that are not in Unicode NFC, such as the CJK compatibility ideographs that
/// PDF text extraction leaves behind: they look like ordinary characters but are different code
/// points, so search and comparison fail on them. Swift's `==` treats them as equal, so the
/// check compares Unicode scalars.
enum UnicodeForm {
    /// Enough to show the pattern without burying other problems.
    static let reportLimit = 20

    static func problems(in text: String, path: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var column = 1
            for character in line {
                let scalars = character.unicodeScalars
                let normalized = String(character).precomposedStringWithCanonicalMapping.unicodeScalars
                if !scalars.elementsEqual(normalized) {
                    diagnostics.append(Diagnostic(.notNFC(found: describe(Array(scalars)), replacement: describe(Array(normalized))),
                                                  at: SourceLocation(path: path, line: number + 1, column: column)))
                    if diagnostics.count == reportLimit { return diagnostics }
                }
                column += scalars.count
            }
        }
        return diagnostics
    }

    private static func describe(_ scalars: [Unicode.Scalar]) -> String {
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        let codes = scalars.map { scalar -> String in
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return "'\(text)' (\(codes.joined(separator: " ")))"
    }
}
