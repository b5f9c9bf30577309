import CLibXML2
import Foundation

/// One day's file of the open data: `<Gazette>` holding a `<Record>` per notice, every value in
/// CDATA. Parsed by libxml2 without network access or entity expansion beyond XML's own.
public struct EYDayFile: Sendable {
    public var path: String
    public var records: [EYRecord]

    public enum ReadError: Error, Sendable, Equatable, CustomStringConvertible {
        case unreadable(path: String, reason: String)
        case notXML(path: String, line: Int, message: String)
        case notAGazette(path: String, root: String)

        public var path: String {
            switch self {
            case .unreadable(let path, _), .notXML(let path, _, _), .notAGazette(let path, _): path
            }
        }

        public var line: Int? {
            switch self {
            case .unreadable: nil
            case .notXML(_, let line, _): line
            case .notAGazette: 1
            }
        }

        public var message: String {
            switch self {
            case .unreadable(_, let reason):
                "cannot read the file (\(reason))"
            case .notXML(_, _, let message):
                "not well-formed XML: \(message); an open-data day file is one <Gazette> element holding <Record> elements"
            case .notAGazette(_, let root):
                "the root element is <\(root)>, expected <Gazette> holding <Record> elements (the Executive Yuan Gazette's open data)"
            }
        }

        public var description: String {
            ImportProblem(path: path, line: line, metaId: nil, message: message, isFatal: true).description
        }
    }

    public init(path: String) throws(ReadError) {
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(path: path, reason: error.localizedDescription)
        }
        try self.init(path: path, data: data)
    }

    public init(path: String, data: Data) throws(ReadError) {
        self.path = path
        let options = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_HUGE.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let context = xmlNewParserCtxt()
        defer { xmlFreeParserCtxt(context) }
        let document = data.withUnsafeBytes { bytes in
            xmlCtxtReadMemory(context, bytes.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(clamping: bytes.count),
                              nil, nil, options)
        }
        guard let document else {
            let error = xmlCtxtGetLastError(context)
            let message = error?.pointee.message.map { EYText.trimmed(String(cString: $0)) } ?? "unreadable"
            throw .notXML(path: path, line: Int(error?.pointee.line ?? 1), message: message)
        }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document), Self.name(of: root) == "Gazette" else {
            let root = xmlDocGetRootElement(document).map(Self.name) ?? ""
            throw .notAGazette(path: path, root: root)
        }
        var records: [EYRecord] = []
        var child = root.pointee.children
        while let node = child {
            if node.pointee.type == XML_ELEMENT_NODE, Self.name(of: node) == "Record" {
                records.append(Self.record(node))
            }
            child = node.pointee.next
        }
        self.records = records
    }

    private static func record(_ node: xmlNodePtr) -> EYRecord {
        var fields: [String: String] = [:]
        var child = node.pointee.children
        while let field = child {
            if field.pointee.type == XML_ELEMENT_NODE {
                fields[name(of: field)] = text(of: field)
            }
            child = field.pointee.next
        }
        return EYRecord(fields: fields)
    }

    private static func name(of node: xmlNodePtr) -> String {
        node.pointee.name.map { String(cString: $0) } ?? ""
    }

    private static func text(of node: xmlNodePtr) -> String {
        var text = ""
        var child = node.pointee.children
        while let part = child {
            if let content = part.pointee.content, part.pointee.type == XML_TEXT_NODE || part.pointee.type == XML_CDATA_SECTION_NODE {
                text += String(cString: content)
            }
            child = part.pointee.next
        }
        return text
    }
}
