import GazetteDocument

/// The comment period a pre-announcement (預告) states in its body, as real records word it:
/// "於本公告刊登公報之次日起14日內", "刊登公報隔日起7日內", "刊登行政院公報翌日起15日內",
/// "刊登於政府公報之日起7日內", "本公告刊登之日起7日內", "自行政院公報刊登之日起至七日內",
/// "刊登公告翌日起7日內". A period counted from posting (揭示之日起) is not one from publication,
/// and is not read. The EY fields Comment_Deadline and Comment_Days are read first where a
/// record has them.
enum CommentPeriodText {
    struct Period: Equatable {
        var days: Int
        var startsNextDay: Bool
    }

    static func find(in text: String) -> Period? {
        let pattern = /(?:公報|刊登|公告)(?:之)?(次日|隔日|翌日|日)起[\s　]*(?:至)?[\s　]*([0-9０-９一二三四五六七八九十百]+)[\s　]*(?:個)?(?:日|天)內/
        guard let match = text.firstMatch(of: pattern), let days = ChineseNumber.value(match.output.2), days > 0 else { return nil }
        return Period(days: days, startsNextDay: match.output.1 != "日")
    }
}
