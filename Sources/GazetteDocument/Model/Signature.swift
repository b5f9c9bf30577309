/// The signature block at the end of a notice: one or more signers (a joint order has one per
/// agency) and the optional delegation line (依分層負責規定授權單位主管決行).
public struct Signature: Sendable, Hashable {
    public struct Signer: Sendable, Hashable {
        /// As printed, spacing included: `市　　長`.
        public var title: String
        public var name: String

        public init(title: String, name: String) {
            self.title = title
            self.name = name
        }
    }

    public var signers: [Signer]
    public var delegation: String?

    public init(signers: [Signer], delegation: String? = nil) {
        self.signers = signers
        self.delegation = delegation
    }
}
