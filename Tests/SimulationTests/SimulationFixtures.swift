import AIS
import Foundation
import Geo
import KizunaTesting
import Simulation

/// Scenarios and feeds the tests share, built once.
enum SimulationFixtures {
    /// The GSHHG coastline the detectors use.
    static let coastline: CoastlineIndex = {
        let url = Fixtures.packageRoot.appendingPathComponent("Data/coastline/east-asia-gshhg-high.geojson")
        return try! CoastlineIndex.load(geoJSON: Array(try! Data(contentsOf: url)))
    }()

    /// A run of one scenario: the scenario, its feed, its truth and the decoded feed.
    struct Run: Sendable {
        var scenario: Scenario
        var feed: [UInt8]
        var summary: SimulationSummary
        var truth: [TruthEvent]
        var decoded: [DecodedMessage]
        var statistics: DecodeStatistics
    }

    static func run(_ name: Scenario.Name, hours: Double, seed: UInt64, scale: Double) -> Run {
        let scenario = Scenario.make(name, hours: hours, seed: seed, coastline: coastline, trafficScale: scale)
        var feed: [UInt8] = []
        let summary = TrafficSimulator.run(scenario) { feed.append(contentsOf: $0) }
        let (decoded, statistics) = AISDecoding.decodeAll(feed)
        return Run(
            scenario: scenario,
            feed: feed,
            summary: summary,
            truth: GroundTruth.events(scenario),
            decoded: decoded,
            statistics: statistics
        )
    }

    /// Two days of the East China Sea at a tenth of the traffic.
    static let eastChinaSea = run(.eastChinaSea, hours: 48, seed: 7, scale: 0.1)
    /// Two days of the Sea of Japan at a tenth of the traffic.
    static let seaOfJapan = run(.seaOfJapan, hours: 48, seed: 7, scale: 0.1)

    /// Received positions by MMSI, in feed order: (seconds since 1970, position).
    static func positions(_ run: Run) -> [UInt32: [(time: Double, point: GeoPoint)]] {
        var out: [UInt32: [(Double, GeoPoint)]] = [:]
        for m in run.decoded {
            guard let time = m.time else { continue }
            switch m.message.body {
            case .positionReport(let r):
                if let lat = r.latitude, let lon = r.longitude {
                    out[m.message.mmsi, default: []].append(
                        (Double(time) / 1000, GeoPoint(latitude: lat, longitude: lon))
                    )
                }
            case .classBPosition(let r):
                if let lat = r.latitude, let lon = r.longitude {
                    out[m.message.mmsi, default: []].append(
                        (Double(time) / 1000, GeoPoint(latitude: lat, longitude: lon))
                    )
                }
            default: break
            }
        }
        return out
    }
}
