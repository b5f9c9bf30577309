import GazetteSite

/// The exchange formats other gazette systems read, for `SiteAssembly` to register.
public enum ExchangeSections {
    public static let all: [any SiteSection] = [EYIssueFiles()]
}
