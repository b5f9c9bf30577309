// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
        .library(name: "GazetteSite", targets: ["GazetteSite"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CGazetteSystem"),
        .target(
            name: "GazetteContent",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "GazetteMarkdown",
            dependencies: ["CCmark"]
        ),
        .target(
            name: "GazetteTemplates",
            dependencies: [
                "GazetteContent",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "GazetteSite",
            dependencies: [
                "GazetteContent", "GazetteMarkdown", "GazetteTemplates", "CGazetteSystem",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "GazetteApp",
            dependencies: ["GazetteSite"]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "GazetteApp",
                "GazetteSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GazetteTests",
            dependencies: ["GazetteContent", "GazetteMarkdown", "GazetteTemplates", "GazetteSite", "GazetteApp", "gazette"]
        ),
    ]
)
