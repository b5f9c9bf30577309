import GazetteContent

/// An iCalendar object (RFC 5545) of all-day events: CRLF line ends, lines folded at 75 octets
/// without splitting a UTF-8 sequence, and TEXT values escaped (§3.3.11).
struct ICalendar {
    struct Event {
        var uid: String
        /// When the event was published; fixed by the content, never the build clock.
        var stamp: CivilDate
        var date: CivilDate
        var summary: String
        var description: String
        var url: String
    }

    var name: String
    var language: String
    var events: [Event]

    var serialized: String {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Gazette//Gazette//ZH", "CALSCALE:GREGORIAN",
                     "METHOD:PUBLISH", "X-WR-CALNAME:" + Self.text(name), "X-WR-TIMEZONE:Asia/Taipei"]
        for event in events {
            lines += ["BEGIN:VEVENT",
                      "UID:" + Self.text(event.uid),
                      // Midnight in Taiwan is 16:00 UTC the day before.
                      "DTSTAMP:" + Self.basic(event.stamp.adding(days: -1) ?? event.stamp) + "T160000Z",
                      "DTSTART;VALUE=DATE:" + Self.basic(event.date),
                      "DTEND;VALUE=DATE:" + Self.basic(event.date.adding(days: 1) ?? event.date),
                      "SUMMARY;LANGUAGE=\(language):" + Self.text(event.summary),
                      "DESCRIPTION;LANGUAGE=\(language):" + Self.text(event.description),
                      "URL;VALUE=URI:" + event.url,
                      "TRANSP:TRANSPARENT",
                      "END:VEVENT"]
        }
        lines.append("END:VCALENDAR")
        return lines.map(Self.folded).joined()
    }

    private static func basic(_ date: CivilDate) -> String { date.iso.replacingOccurrences(of: "-", with: "") }

    static func text(_ value: String) -> String {
        var escaped = ""
        for character in value {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default:
                // Other control characters are not allowed in TEXT.
                if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) { escaped.append(character) }
            }
        }
        return escaped
    }

    /// A content line folded into lines of at most 75 octets, each continuation starting with a space.
    static func folded(_ line: String) -> String {
        var result = ""
        var width = 0
        for scalar in line.unicodeScalars {
            let octets = String(scalar).utf8.count
            if width + octets > 75 {
                result += "\r\n "
                width = 1
            }
            result.unicodeScalars.append(scalar)
            width += octets
        }
        return result + "\r\n"
    }
}
