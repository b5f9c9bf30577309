/// Something wrong in a body's Markdown, at a line and column counted from the body's first line.
public struct BodyProblem: Sendable, Hashable, Error {
    public var line: Int
    public var column: Int
    public var message: String

    public init(line: Int, column: Int, message: String) {
        self.line = line
        self.column = column
        self.message = message
    }
}
