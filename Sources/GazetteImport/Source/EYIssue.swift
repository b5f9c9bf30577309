import Foundation
import GazetteContent

/// The issue a day's file is: 行政院公報第22卷第63期, as the path of each record's published page
/// gives it (`…/eguploadpub/eg022063/…` is volume 22, number 63), dated by the file's name.
struct EYIssue: Sendable, Hashable {
    var volume: Int?
    var number: Int?
    var date: CivilDate

    /// `v022-063`, or the date when no record names the issue.
    var slug: String {
        guard let volume, let number else { return "d\(date.iso)" }
        return String(format: "v%03d-%03d", volume, number)
    }

    func title(words: ImportWords) -> String {
        guard let volume, let number else { return words.issueTitle(date: date) }
        return words.issueTitle(volume: volume, number: number)
    }

    /// The date in the file's name, `YYY-MM-DD.xml` with an ROC year.
    static func date(fromFileName path: String) -> CivilDate? {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let parts = name.split(separator: ".").first?.split(separator: "-").compactMap { Int($0) } ?? []
        guard parts.count == 3 else { return nil }
        return CivilDate(year: parts[0] + CivilDate.rocEpochOffset, month: parts[1], day: parts[2])
    }

    /// Volume and number from a record's GazetteHTML: the `eg` folder's six digits.
    static func volumeAndNumber(_ url: String) -> (Int, Int)? {
        for part in url.split(separator: "/") where part.hasPrefix("eg") && part.count == 8 {
            let digits = part.dropFirst(2)
            guard digits.allSatisfy(\.isASCII), let volume = Int(digits.prefix(3)), let number = Int(digits.suffix(3)) else { continue }
            return (volume, number)
        }
        return nil
    }
}
