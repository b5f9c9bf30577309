/// The Republic of China calendar readers in Taiwan expect: year 1 is 1912.
extension CivilDate {
    public static let rocEpochOffset = 1911

    public var rocYear: Int { year - Self.rocEpochOffset }

    /// 中華民國110年3月5日, as in running text and metadata.
    public var rocLong: String { "中華民國\(rocYear)年\(month)月\(day)日" }

    /// 110/03/05, as in tables.
    public var rocShort: String { "\(rocYear)/\(Self.pad(month, 2))/\(Self.pad(day, 2))" }

    /// 110-03-05 (094-07-28 in ROC year 94), as the Executive Yuan Gazette names its day files.
    public var rocDayName: String { "\(Self.pad(rocYear, 3))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

    /// Midnight in Taiwan, for feeds that need an instant.
    public var rfc3339: String { "\(iso)T00:00:00+08:00" }
}
