/// The automatic styles content.xml must carry for the markup that uses them, each once. A name
/// always stands for the same definition, so markup made once (a notice's body) can be placed
/// in several documents and bring its styles along without two definitions meeting.
struct AutomaticStyles {
    private(set) var xml = ""
    private var entries: [(name: String, xml: String)] = []
    private var names: Set<String> = []

    /// `definition` is made only the first time `name` is added.
    mutating func add(_ name: String, _ definition: () -> String) {
        guard names.insert(name).inserted else { return }
        let made = definition()
        entries.append((name, made))
        xml += made
    }

    mutating func add(_ other: AutomaticStyles) {
        for entry in other.entries { add(entry.name) { entry.xml } }
    }
}
