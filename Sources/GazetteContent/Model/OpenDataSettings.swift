/// What the national open-data platform (data.gov.tw) asks of each dataset beyond its files
/// (site.yml `openData`): who answers questions about it, and how often it is updated.
public struct OpenDataSettings: Sendable, Hashable {
    /// 提供機關聯絡人姓名.
    public var contactName: String?
    /// 提供機關聯絡人電話.
    public var contactPhone: String?
    /// 更新頻率, in the platform's words (for example 每1週, 不定期更新); nil: 不定期更新.
    public var updateFrequency: String?

    public init(contactName: String? = nil, contactPhone: String? = nil, updateFrequency: String? = nil) {
        self.contactName = contactName
        self.contactPhone = contactPhone
        self.updateFrequency = updateFrequency
    }
}
