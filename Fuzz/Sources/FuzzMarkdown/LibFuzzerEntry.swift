import LibFuzzerDriver

@_cdecl("FuzzMarkdown_main")
public func FuzzMarkdownMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { bytes, size in testMarkdown(bytes, size) }
}
