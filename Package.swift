// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Gazette",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gazette", targets: ["gazette"]),
        .library(name: "GazetteSite", targets: ["GazetteSite"]),
        // For the libFuzzer targets in Fuzz/, which reach the Markdown reader and the ODF writer.
        .library(name: "GazetteODF", targets: ["GazetteODF"]),
        // For the libFuzzer target that reads HTML as the importer does and writes its Markdown.
        .library(name: "GazetteImport", targets: ["GazetteImport", "GazetteHTMLReader", "GazetteMarkdown"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CSystemZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),
        .target(name: "CGazetteSystem"),
        .target(
            name: "GazetteContent",
            dependencies: ["GazetteDocument", "GazetteMarkdown", .product(name: "Yams", package: "Yams")]
        ),
        .target(name: "GazetteDocument"),
        .target(
            name: "GazetteMarkdown",
            dependencies: ["CCmark", "GazetteDocument"]
        ),
        .target(
            name: "GazetteHTMLReader",
            dependencies: ["CLibXML2", "GazetteDocument"]
        ),
        .target(
            name: "GazetteImport",
            dependencies: ["CLibXML2", "GazetteContent", "GazetteDocument", "GazetteHTMLReader", "GazetteMarkdown"]
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
                "GazetteContent", "GazetteDocument", "GazetteMarkdown", "GazetteTemplates", "CGazetteSystem",
                .product(name: "Mustache", package: "swift-mustache"),
            ]
        ),
        .target(
            name: "GazetteServer",
            dependencies: ["GazetteContent", "GazetteSite", .product(name: "FlyingFox", package: "FlyingFox")]
        ),
        .target(
            name: "GazetteODF",
            dependencies: [
                "GazetteContent", "GazetteDocument", "GazetteSite", "GazettePlans",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "GazetteAkomaNtoso",
            dependencies: ["GazetteContent", "GazetteDocument", "GazetteSite"]
        ),
        .target(
            name: "GazetteExchange",
            dependencies: ["GazetteContent", "GazetteDocument", "GazetteSite"]
        ),
        .target(
            name: "GazetteSearch",
            dependencies: ["GazetteContent", "GazetteSite"]
        ),
        .target(
            name: "GazettePlans",
            dependencies: [
                "GazetteContent", "GazetteMarkdown", "GazetteSite", "CCmark",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "GazetteCheck",
            dependencies: ["GazetteContent", "GazetteSite"]
        ),
        .target(
            name: "GazettePDF",
            dependencies: ["CSystemZlib", "GazetteContent", "GazetteODF", "GazetteSite", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "GazetteApp",
            dependencies: ["GazetteSite", "GazetteAkomaNtoso", "GazetteODF", "GazettePDF", "GazetteSearch", "GazettePlans", "GazetteExchange"]
        ),
        .executableTarget(
            name: "gazette",
            dependencies: [
                "GazetteApp",
                "GazetteCheck",
                "GazetteImport",
                "GazetteServer",
                "GazetteSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "GazetteSearchTests",
            dependencies: ["GazetteSearch", "GazetteSite", "GazetteDocument", "GazetteMarkdown"]
        ),
        .testTarget(
            name: "GazettePlansTests",
            dependencies: ["GazettePlans", "GazetteContent", "GazetteSite", "gazette"]
        ),
        .testTarget(
            name: "GazetteCheckTests",
            dependencies: ["GazetteCheck"]
        ),
        .testTarget(
            name: "GazetteAkomaNtosoTests",
            dependencies: ["GazetteAkomaNtoso", "GazetteContent", "GazetteDocument", "GazetteMarkdown"]
        ),
        .testTarget(
            name: "GazetteODFTests",
            dependencies: ["GazetteODF", "GazetteContent", "GazetteDocument", "GazetteMarkdown", "GazetteSite", "GazettePlans"]
        ),
        .testTarget(
            name: "GazetteTests",
            dependencies: [
                "GazetteContent", "GazetteDocument", "GazetteMarkdown", "GazetteTemplates", "GazetteSite", "GazetteApp",
                "GazetteHTMLReader", "GazetteImport", "GazettePDF", "GazetteExchange", "gazette",
            ]
        ),
    ]
)
