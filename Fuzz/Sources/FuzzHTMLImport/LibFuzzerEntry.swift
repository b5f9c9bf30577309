import LibFuzzerDriver

@_cdecl("FuzzHTMLImport_main")
public func FuzzHTMLImportMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { bytes, size in testHTMLImport(bytes, size) }
}
