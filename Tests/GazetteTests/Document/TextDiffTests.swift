@testable import GazetteDocument
import Testing

struct TextDiffTests {
    /// What is left of the amended text without its insertions is what is left of the current
    /// text without its deletions: the marks never claim a change that is not there, nor hide one.
    @Test func bothSidesLessTheirMarksAreTheSameText() {
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % UInt64(bound))
        }
        let alphabet = Array("之的管理機關辦各由（構）。".unicodeScalars)
        for _ in 0..<500 {
            let old = (0..<next(40)).map { _ in alphabet[next(alphabet.count)] }
            var new = old
            for _ in 0..<next(8) {
                if !new.isEmpty, next(2) == 0 { new.remove(at: next(new.count)) } else { new.insert(alphabet[next(alphabet.count)], at: next(new.count + 1)) }
            }
            let diff = TextDiff(amended: new, current: old)
            let keptNew = zip(new, diff.inserted).filter { !$0.1 }.map(\.0)
            let keptOld = zip(old, diff.deleted).filter { !$0.1 }.map(\.0)
            #expect(keptNew == keptOld, "\(String(String.UnicodeScalarView(old))) → \(String(String.UnicodeScalarView(new)))")
            if new == old { #expect(!diff.inserted.contains(true) && !diff.deleted.contains(true)) }
        }
    }

    @Test func textsTooDifferentToCompareAreMarkedWhole() {
        let old = Array(String(repeating: "甲乙", count: 1_500).unicodeScalars)
        let new = Array(String(repeating: "丙丁", count: 1_500).unicodeScalars)
        let diff = TextDiff(amended: new, current: old)
        #expect(diff.inserted.allSatisfy { $0 } && diff.deleted.allSatisfy { $0 })
    }
}
