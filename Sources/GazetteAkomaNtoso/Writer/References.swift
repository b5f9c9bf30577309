/// The `references` of one file, gathered while the rest of `meta` and the body name them:
/// each is written once, in the order first named, and named by `#eId`.
struct References {
    private struct Entry {
        let element: String
        let eId: String
        let href: String
        let showAs: String
    }

    private var entries: [Entry] = []
    private var eIds: Set<String> = []

    /// `element` is one of the schema's reference elements (`original`, `passiveRef`,
    /// `TLCOrganization`…); gives the `#eId` that names the entry.
    @discardableResult
    mutating func add(_ element: String, eId: String, href: String, showAs: String) -> String {
        if eIds.insert(eId).inserted {
            entries.append(Entry(element: element, eId: eId, href: URIReference.encode(href), showAs: showAs))
        }
        return "#" + eId
    }

    func write(to output: inout XMLOutput, source: String) {
        output.open("references", [("source", source)])
        for entry in entries {
            output.empty(entry.element, [("eId", entry.eId), ("href", entry.href), ("showAs", entry.showAs)])
        }
        output.close("references")
    }
}
