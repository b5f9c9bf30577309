import LibFuzzerDriver

@_cdecl("FuzzNoticeLoader_main")
public func FuzzNoticeLoaderMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    runLibFuzzer(argc, argv) { bytes, size in testNoticeLoader(bytes, size) }
}
