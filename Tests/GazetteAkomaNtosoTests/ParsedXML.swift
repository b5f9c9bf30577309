import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// What a test needs of written XML, read back by Foundation's parser: whether it is
/// well-formed, each element with its attributes and its path, and the text inside elements.
final class ParsedXML: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        /// The names of the elements around this one, outermost first.
        let ancestors: [String]
    }

    private(set) var elements: [Element] = []
    private(set) var isWellFormed = false
    private var stack: [String] = []
    private var texts: [String: String] = [:]

    init(_ xml: String) {
        super.init()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = self
        isWellFormed = parser.parse()
    }

    func count(_ name: String) -> Int { elements.filter { $0.name == name }.count }

    func all(_ name: String) -> [Element] { elements.filter { $0.name == name } }

    /// The text of every element with that name, joined.
    func text(of name: String) -> String { texts[name] ?? "" }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName: String?, attributes: [String: String]) {
        elements.append(Element(name: elementName, attributes: attributes, ancestors: stack))
        stack.append(elementName)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?, qualifiedName: String?) {
        stack.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        for name in Set(stack) { texts[name, default: ""] += string }
    }
}
