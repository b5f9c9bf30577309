/// Where the index files go, named in one place: a patched shard is made from the files the
/// previous build published under these paths.
enum SearchFiles {
    static func shard(_ number: Int) -> String { "search/s/\(number).json" }
    static func document(_ id: Int) -> String { "search/d/\(id).json" }
}
