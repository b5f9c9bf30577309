import GazetteContent
import GazetteSite

/// A notice's legal life in Akoma Ntoso terms. `lifecycle` holds what happens to this notice:
/// its own date (generation), the day it takes effect, and each later notice that corrects,
/// amends or repeals it, on the day that notice takes effect (its `effective`, else its date).
/// What this notice does to others is `analysis/activeModifications`. Both name the other
/// notices in `references` (`passiveRef` for those acting on this one, `activeRef` for those it
/// acts on). A relation to a notice outside the site has no IRI to name and is left out.
struct NoticeLifecycleEvents {
    private struct Event {
        let date: CivilDate
        /// The notice that corrects, amends or repeals this one; `nil` for this notice's own events.
        let source: Int?
        let type: String?
        let refersTo: Refers?
    }

    private enum Refers {
        case entryIntoForce, correction
    }

    private let site: SiteContext
    private let names: FRBRNames
    private var events: [Event] = []
    /// What this notice does to others: the modification type and the notice's position.
    private var modifications: [(type: String, target: Int)] = []

    init(_ position: Int, in site: SiteContext, names: FRBRNames) {
        self.site = site
        self.names = names
        let notice = site.content.notices[position]
        let relations = site.relations
        events.append(Event(date: notice.date, source: nil, type: "generation", refersTo: nil))
        if let effective = notice.lifecycle.effective {
            events.append(Event(date: effective, source: nil, type: nil, refersTo: .entryIntoForce))
        }
        func takesEffect(_ other: Int) -> CivilDate {
            site.content.notices[other].lifecycle.effective ?? site.content.notices[other].date
        }
        for other in relations.correctedBy[position] ?? [] {
            events.append(Event(date: takesEffect(other), source: other, type: "amendment", refersTo: .correction))
        }
        for other in relations.amendedBy[position] ?? [] {
            events.append(Event(date: takesEffect(other), source: other, type: "amendment", refersTo: nil))
        }
        for other in relations.repealedBy[position] ?? [] {
            events.append(Event(date: takesEffect(other), source: other, type: "repeal", refersTo: nil))
        }
        // Stable: events of one day keep the order above.
        events = events.enumerated().sorted { ($0.element.date, $0.offset) < ($1.element.date, $1.offset) }.map(\.element)
        if let target = relations.corrects[position]?.position { modifications.append(("substitution", target)) }
        modifications += (relations.amends[position] ?? []).compactMap(\.position).map { ("substitution", $0) }
        modifications += (relations.repeals[position] ?? []).compactMap(\.position).map { ("repeal", $0) }
    }

    /// Every notice whose IRI or title this notice's file shows, for the file's key.
    static func related(_ position: Int, in site: SiteContext) -> [Int] {
        let relations = site.relations
        return (relations.correctedBy[position] ?? []) + (relations.amendedBy[position] ?? [])
            + (relations.repealedBy[position] ?? []) + [relations.corrects[position]?.position].compactMap { $0 }
            + (relations.amends[position] ?? []).compactMap(\.position) + (relations.repeals[position] ?? []).compactMap(\.position)
    }

    func write(to output: inout XMLOutput, references: inout References, source: String) {
        output.open("lifecycle", [("source", source)])
        for (number, event) in events.enumerated() {
            let origin = event.source.map { reference("passiveRef", "passive", $0, &references) } ?? "#original"
            output.empty("eventRef", [("eId", "evt_" + String(number + 1)), ("date", event.date.iso), ("source", origin),
                                      ("type", event.type), ("refersTo", event.refersTo.map { refers($0, &references) })])
        }
        output.close("lifecycle")
        guard !modifications.isEmpty else { return }
        output.open("analysis", [("source", source)])
        output.open("activeModifications")
        for (number, modification) in modifications.enumerated() {
            reference("activeRef", "active", modification.target, &references)
            output.open("textualMod", [("eId", "amod_" + String(number + 1)), ("type", modification.type)])
            output.empty("source", [("href", "#original")])
            output.empty("destination", [("href", href(of: modification.target))])
            output.close("textualMod")
        }
        output.close("activeModifications")
        output.close("analysis")
    }

    private func href(of other: Int) -> String {
        let notice = site.content.notices[other]
        return URIReference.encode(names.work(of: notice, type: DocumentType(notice, site: site.site)).expressionThis)
    }

    @discardableResult
    private func reference(_ element: String, _ prefix: String, _ other: Int, _ references: inout References) -> String {
        references.add(element, eId: "\(prefix)-\(site.content.notices[other].issueSlug).\(site.content.notices[other].slug)",
                       href: href(of: other), showAs: site.content.notices[other].title)
    }

    private func refers(_ refers: Refers, _ references: inout References) -> String {
        switch refers {
        case .entryIntoForce:
            references.add("TLCEvent", eId: "entry-into-force", href: "/akn/ontology/event/\(names.jurisdiction)/entryIntoForce",
                           showAs: AkomaNtosoWords.entryIntoForce)
        case .correction:
            references.add("TLCConcept", eId: "correction", href: "/akn/ontology/concept/\(names.jurisdiction)/correction",
                           showAs: AkomaNtosoWords.correction)
        }
    }
}
