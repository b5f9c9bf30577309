/// How the notice cache stores a lifecycle; source locations keep their line and column, the
/// path being the notice's own.
extension NoticeLifecycle {
    public func encode(into writer: inout ByteWriter) {
        func location(_ location: SourceLocation?) {
            writer.write(location == nil ? 0 : 1)
            writer.write(location?.line ?? 0)
            writer.write(location?.column ?? 0)
        }
        // Ints are stored unsigned: a date as its year, month and day.
        func date(_ date: CivilDate?) {
            writer.write(date == nil ? 0 : 1)
            writer.write(date?.year ?? 0)
            writer.write(date?.month ?? 0)
            writer.write(date?.day ?? 0)
        }
        func references(_ references: [NoticeReference]) {
            writer.write(references.count)
            for reference in references {
                writer.write(reference.number)
                writer.write(reference.isOutside ? 1 : 0)
                writer.write(reference.citation == nil ? 0 : 1)
                writer.write(reference.citation ?? "")
                location(reference.location)
            }
        }
        references(corrects.map { [$0] } ?? [])
        references(amends)
        references(repeals)
        writer.write(regulation == nil ? 0 : 1)
        writer.write(regulation ?? "")
        location(regulationLocation)
        date(effective)
        location(effectiveLocation)
        writer.write(isRetroactive ? 1 : 0)
        switch comments?.length {
        case nil: writer.write(0)
        case .until(let until)?:
            writer.write(1)
            date(until)
        case .days(let days, let startsNextDay)?:
            writer.write(startsNextDay ? 2 : 3)
            writer.write(days)
        }
        writer.write(comments?.recipient == nil ? 0 : 1)
        writer.write(comments?.recipient ?? "")
        location(comments?.location)
    }

    static func decode(_ reader: inout ByteReader) throws(ByteReader.Corrupt) -> NoticeLifecycle {
        func location() throws(ByteReader.Corrupt) -> SourceLocation? {
            let isPresent = try reader.int() == 1
            let line = try reader.int(), column = try reader.int()
            return isPresent ? SourceLocation(path: "", line: line, column: column) : nil
        }
        func references() throws(ByteReader.Corrupt) -> [NoticeReference] {
            var found: [NoticeReference] = []
            for _ in 0..<(try reader.int()) {
                let number = try reader.string()
                let isOutside = try reader.int() == 1
                let hasCitation = try reader.int() == 1
                let citation = try reader.string()
                found.append(NoticeReference(number: number, isOutside: isOutside, citation: hasCitation ? citation : nil,
                                             location: try location() ?? SourceLocation(path: "")))
            }
            return found
        }
        func date() throws(ByteReader.Corrupt) -> CivilDate? {
            let isPresent = try reader.int() == 1
            let year = try reader.int(), month = try reader.int(), day = try reader.int()
            guard isPresent else { return nil }
            guard let date = CivilDate(year: year, month: month, day: day) else { throw ByteReader.Corrupt() }
            return date
        }
        var lifecycle = NoticeLifecycle()
        lifecycle.corrects = try references().first
        lifecycle.amends = try references()
        lifecycle.repeals = try references()
        let hasRegulation = try reader.int() == 1
        let regulation = try reader.string()
        lifecycle.regulation = hasRegulation ? regulation : nil
        lifecycle.regulationLocation = try location()
        lifecycle.effective = try date()
        lifecycle.effectiveLocation = try location()
        lifecycle.isRetroactive = try reader.int() == 1
        let kind = try reader.int()
        let length: CommentPeriod.Length?
        switch kind {
        case 0: length = nil
        case 1:
            guard let until = try date() else { throw ByteReader.Corrupt() }
            length = .until(until)
        case 2, 3: length = .days(try reader.int(), startsNextDay: kind == 2)
        default: throw ByteReader.Corrupt()
        }
        let hasRecipient = try reader.int() == 1
        let recipient = try reader.string()
        let commentsLocation = try location()
        lifecycle.comments = length.map { CommentPeriod(length: $0, recipient: hasRecipient ? recipient : nil,
                                                        location: commentsLocation ?? SourceLocation(path: "")) }
        return lifecycle
    }
}
