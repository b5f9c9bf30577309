import CLibXML2

/// A read-only view of one node of libxml2's tree, valid while its `ParsedHTML` lives.
struct HTMLNode {
    let pointer: xmlNodePtr

    var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// Lowercased, as the HTML parser already makes known tags; Word's own tags (`o:p`) keep their prefix.
    var name: String {
        guard let name = pointer.pointee.name else { return "" }
        return String(cString: name).lowercased()
    }

    var text: String {
        guard let content = pointer.pointee.content else { return "" }
        return String(cString: content)
    }

    var children: Children { Children(first: pointer.pointee.children) }

    /// An attribute's value, its entity references already resolved by the parser.
    func attribute(_ wanted: String) -> String? {
        var attribute = pointer.pointee.properties
        while let current = attribute {
            if let name = current.pointee.name, String(cString: name).lowercased() == wanted {
                var value = ""
                var child = current.pointee.children
                while let node = child {
                    if let content = node.pointee.content { value += String(cString: content) }
                    child = node.pointee.next
                }
                return value
            }
            attribute = current.pointee.next
        }
        return nil
    }

    struct Children: Sequence, IteratorProtocol {
        var upcoming: xmlNodePtr?

        init(first: xmlNodePtr?) {
            upcoming = first
        }

        mutating func next() -> HTMLNode? {
            guard let current = upcoming else { return nil }
            upcoming = current.pointee.next
            return HTMLNode(pointer: current)
        }
    }
}
