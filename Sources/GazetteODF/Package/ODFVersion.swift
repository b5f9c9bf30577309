/// The one OpenDocument version every file declares and is validated against. ODF 1.2 is
/// ISO/IEC 26300:2015, the edition CNS 15251 follows.
enum ODFVersion {
    static let declared = "1.2"
}
