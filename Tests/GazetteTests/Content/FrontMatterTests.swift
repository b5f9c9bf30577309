import GazetteContent
import Testing

struct FrontMatterTests {
    @Test func splitsYAMLFromBodyAndKeepsLineNumbers() throws {
        let split = try FrontMatter.split("---\ntitle: x\n---\n\n## 主旨\n", path: "n.md").get()
        #expect(split.yaml.text == "title: x")
        #expect(split.yaml.firstLine == 2)
        #expect(split.body == "\n## 主旨\n")
        #expect(split.bodyLine == 4)
    }

    @Test func reportsAnUnclosedFrontMatter() {
        guard case .failure(let diagnostic) = FrontMatter.split("---\ntitle: x\n\n正文", path: "n.md") else {
            Issue.record("unclosed front matter accepted")
            return
        }
        #expect(diagnostic.problem == .unclosedFrontMatter)
        #expect(diagnostic.location.line == 1)
    }

    @Test func reportsAMissingFrontMatter() {
        guard case .failure(let diagnostic) = FrontMatter.split("# 標題\n", path: "n.md") else {
            Issue.record("missing front matter accepted")
            return
        }
        #expect(diagnostic.problem == .missingFrontMatter)
    }
}
