// swift-tools-version:6.0
// libFuzzer targets, apart from the main package so that its build is unaffected:
// `swift build -Xswiftc -sanitize=fuzzer` here, or scripts/fuzz, which also runs them.
import PackageDescription

let libFuzzerEntry: [SwiftSetting] = [.unsafeFlags(["-parse-as-library"])]

let package = Package(
    name: "GazetteFuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "Gazette", path: "..")],
    targets: [
        .target(name: "LibFuzzerDriver"),
        .executableTarget(
            name: "FuzzNoticeLoader",
            dependencies: ["LibFuzzerDriver", .product(name: "GazetteSite", package: "Gazette")],
            swiftSettings: libFuzzerEntry
        ),
        .executableTarget(
            name: "FuzzHTMLImport",
            dependencies: ["LibFuzzerDriver", .product(name: "GazetteImport", package: "Gazette")],
            swiftSettings: libFuzzerEntry
        ),
        .executableTarget(
            name: "FuzzMarkdown",
            dependencies: ["LibFuzzerDriver", .product(name: "GazetteSite", package: "Gazette"), .product(name: "GazetteODF", package: "Gazette")],
            swiftSettings: libFuzzerEntry
        ),
    ]
)
