import GazetteContent
import GazetteSite

/// Adds search to a site: the `/search/` section, and the menu entry whose key sets
/// `site.search`, which makes the layout show the search box in every page's header.
public struct SearchExtension: SiteExtension {
    public init() {}

    public func prepare(_ content: Content, options: BuildOptions) -> PreparedExtension {
        PreparedExtension(sections: [SearchSection()],
                          navigation: [NavigationEntry(key: "search", name: "搜尋", segments: ["search"])])
    }
}
