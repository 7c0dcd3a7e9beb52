// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Kizuna",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "kizuna", targets: ["kizuna"]),
        .executable(name: "FuzzAIS", targets: ["FuzzAIS"]),
        .library(name: "AIS", targets: ["AIS"]),
        .library(name: "Geo", targets: ["Geo"]),
        .library(name: "Picture", targets: ["Picture"]),
        .library(name: "Simulation", targets: ["Simulation"]),
        .library(name: "Knowledge", targets: ["Knowledge"]),
        .library(name: "Sanctions", targets: ["Sanctions"]),
        .library(name: "Sharing", targets: ["Sharing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/postgres-nio", from: "1.33.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
    ],
    targets: [
        // MARK: AIS (issue: AIS decoding)
        .target(name: "AIS"),
        .testTarget(name: "AISTests", dependencies: ["AIS", "KizunaTesting"], exclude: ["Fixtures"]),
        .executableTarget(name: "FuzzAIS", dependencies: ["AIS"]),

        // MARK: Geo, Picture, Simulation (issue: maritime picture)
        .target(name: "Geo"),
        .testTarget(name: "GeoTests", dependencies: ["Geo", "KizunaTesting"]),
        .target(name: "Picture", dependencies: ["AIS", "Geo"]),
        .testTarget(name: "PictureTests", dependencies: ["Picture", "KizunaTesting"]),
        .target(name: "Simulation", dependencies: ["AIS", "Geo"]),
        .testTarget(name: "SimulationTests", dependencies: ["Simulation", "Picture", "KizunaTesting"]),

        // MARK: Knowledge (issue: partnership knowledge base)
        .target(name: "Knowledge", dependencies: [.product(name: "Yams", package: "Yams")]),
        .testTarget(name: "KnowledgeTests", dependencies: ["Knowledge"]),

        // MARK: Sanctions (issue: coordinated sanctions planner)
        .target(name: "Sanctions"),
        .testTarget(name: "SanctionsTests", dependencies: ["Sanctions", "KizunaTesting"]),

        // MARK: Sharing (issue: sharing between partners)
        .target(
            name: "Sharing",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ]
        ),
        .testTarget(name: "SharingTests", dependencies: ["Sharing"]),

        // MARK: Store, Server (issue: the node)
        .target(
            name: "Store",
            dependencies: [
                "Sharing",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(name: "StoreTests", dependencies: ["Store", "Sharing"]),
        .target(
            name: "Server",
            dependencies: [
                "AIS", "Geo", "Picture", "Store", "Sharing", "Knowledge", "Sanctions",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "ServerTests",
            dependencies: [
                "Server", "Store", "AIS", "Sharing", "KizunaTesting", "Knowledge", "Sanctions",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // MARK: shared
        .target(name: "KizunaTesting", dependencies: ["AIS"]),
        .executableTarget(
            name: "kizuna",
            dependencies: [
                "AIS", "Geo", "Picture", "Simulation", "Knowledge", "Sanctions", "Sharing", "Store", "Server",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
