import GazettePlans
import Testing

@Suite struct ChineseNumeralTests {
    @Test(arguments: [(1, "一"), (10, "十"), (11, "十一"), (15, "十五"), (20, "二十"), (21, "二十一"), (100, "一百"),
                      (105, "一百零五"), (110, "一百一十"), (1001, "一千零一")])
    func numerals(value: Int, expected: String) {
        #expect(ChineseNumeral.text(value) == expected)
    }

    @Test func ordinalsEndWithTheEnumerationComma() {
        #expect(ChineseNumeral.ordinal(11) == "十一、")
    }
}
