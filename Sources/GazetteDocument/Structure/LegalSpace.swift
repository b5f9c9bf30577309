/// The spaces around markers and article numbers: real gazettes pad them with ASCII,
/// ideographic and no-break spaces alike (第　一　條, 第 十一 條, (一)·text), as Word laid them out.
func isSpace(_ character: Character) -> Bool {
    character == " " || character == "\u{3000}" || character == "\u{00A0}" || character == "\t"
}
