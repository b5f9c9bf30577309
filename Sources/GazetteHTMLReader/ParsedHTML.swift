import CLibXML2

/// A document parsed by libxml2's HTML parser, which recovers from the broken markup real
/// exports contain as browsers do, never fetches anything, and reports nothing on its own.
final class ParsedHTML {
    private let document: htmlDocPtr?

    init(_ html: String) {
        Self.initialised.touch()
        let options = Int32(bitPattern: HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        var source = html
        document = source.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { characters in
                htmlReadMemory(characters.baseAddress, Int32(clamping: characters.count), nil, "UTF-8", options)
            }
        }
    }

    deinit {
        if let document { xmlFreeDoc(document) }
    }

    /// The top-level nodes: the parser wraps a fragment, such as a record's body that starts with a
    /// stray `<td>`, in `html` and `body` as browsers do, so nothing after its first element is lost.
    var nodes: HTMLNode.Children {
        HTMLNode.Children(first: document?.pointee.children)
    }

    /// libxml2 must be initialised once before threads parse at the same time.
    private static let initialised = Initialisation()

    private final class Initialisation: Sendable {
        init() { xmlInitParser() }
        func touch() {}
    }
}
