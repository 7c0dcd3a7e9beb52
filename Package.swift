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
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
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

        // MARK: shared
        .target(name: "KizunaTesting", dependencies: ["AIS"]),
        .executableTarget(
            name: "kizuna",
            dependencies: [
                "AIS", "Geo", "Picture", "Simulation", "Knowledge", "Sanctions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
    ]
)
