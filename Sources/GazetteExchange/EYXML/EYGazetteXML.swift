/// The text of a day's file: `<Gazette>` holding one `<Record>` per notice, one field per line,
/// each value in CDATA, an empty one as an empty element, as the open data writes them.
enum EYGazetteXML {
    static func write(_ records: [[(name: String, value: String)]]) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Gazette>\n"
        for fields in records {
            xml += "<Record>\n"
            for field in fields {
                if field.value.isEmpty {
                    xml += "<\(field.name)/>\n"
                } else {
                    xml += "<\(field.name)>"
                    CDATAText.append(field.value, to: &xml)
                    xml += "</\(field.name)>\n"
                }
            }
            xml += "</Record>\n"
        }
        return xml + "</Gazette>\n"
    }
}
