import ArgumentParser
import Foundation
import Geo
import Picture
import Simulation

/// `kizuna simulate`: an AIS feed with tag-block times and the ground truth of its behaviour.
struct SimulateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Simulate AIS traffic with injected behaviour and write its ground truth.",
        discussion: """
            Scenarios: \(Scenario.Name.allCases.map(\.rawValue).joined(separator: ", ")). The feed is NMEA 0183 \
            !AIVDM sentences with NMEA 4.10 tag-block times, in time order; the truth is one event per line \
            in DESIGN.md's event format. See docs/simulation.md.
            """
    )

    @Option(help: "Scenario name.")
    var scenario: String = Scenario.Name.eastChinaSea.rawValue

    @Option(help: "Hours of traffic.")
    var hours: Double = 24

    @Option(help: "Random seed; the same seed gives the same files.")
    var seed: UInt64 = 1

    @Option(help: "Feed file to write (NMEA with tag blocks).")
    var out: String

    @Option(help: "Truth file to write (NDJSON events).")
    var truth: String?

    @Option(
        help:
            "Zones as GeoJSON (feature ids name the zones); default: Data/zones/*.geojson when present, else the zones kizuna analyze builds from the coastline."
    )
    var zones: [String] = []

    @Option(
        help:
            "Coastline GeoJSON for distances to shore in the truth (default: Data/coastline/east-asia-gshhg-high.geojson when present, else the scenario's coast points)."
    )
    var coastline: String?

    @Option(help: "Multiplier for ordinary traffic (merchant ships and fishing fleets).")
    var trafficScale: Double = 1

    func validate() throws {
        guard Scenario.Name(rawValue: scenario) != nil else {
            throw ValidationError(
                "unknown scenario '\(scenario)'; known: \(Scenario.Name.allCases.map(\.rawValue).joined(separator: ", "))"
            )
        }
        guard hours > 0, hours <= 24 * 90 else { throw ValidationError("--hours must be in (0, 2160]") }
        guard trafficScale > 0 else { throw ValidationError("--traffic-scale must be positive") }
    }

    func run() throws {
        let clock = ContinuousClock()
        let began = clock.now
        var zoneList = try SimulationZoneFiles.load(zones)
        if zoneList.isEmpty && scenario == Scenario.Name.eastChinaSea.rawValue {
            // As `kizuna analyze` would build them, so that the truth and the detectors agree.
            zoneList = try SimulationZoneFiles.defaultZones(coastline)
        }
        let built = Scenario.make(
            Scenario.Name(rawValue: scenario)!,
            hours: hours,
            seed: seed,
            zones: zoneList,
            coastline: try SimulationZoneFiles.coastline(coastline),
            trafficScale: trafficScale
        )
        guard let file = fopen(out, "wb") else { throw ValidationError("cannot write \(out)") }
        defer { fclose(file) }
        let summary = try TrafficSimulator.run(built) { bytes in
            guard fwrite(bytes.baseAddress, 1, bytes.count, file) == bytes.count else {
                throw ValidationError("write to \(out) failed")
            }
        }
        let generated = clock.now - began
        var events: [TruthEvent] = []
        if let truth {
            events = GroundTruth.events(built)
            let text = events.map { $0.jsonLine + "\n" }.joined()
            try Data(text.utf8).write(to: URL(fileURLWithPath: truth))
        }
        let total = clock.now - began
        let seconds = Double(generated.components.seconds) + Double(generated.components.attoseconds) * 1e-18
        var counts: [String: Int] = [:]
        for e in events { counts[e.type.rawValue, default: 0] += 1 }
        let byType = counts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        FileHandle.standardError.write(
            Data(
                """
                \(built.name) seed \(seed), \(hours) h: \(built.vessels.count) vessels, \(summary.messages) messages \
                (\(summary.positionReports) positions, \(summary.staticMessages) static, \(summary.baseStationReports) base \
                station), \(summary.sentences) lines, \(summary.bytes) bytes in \(String(format: "%.2f", seconds)) s \
                (\(String(format: "%.2f", Double(summary.messages) / max(seconds, 1e-9) / 1e6)) M messages/s); \
                truth: \(events.count) events\(byType.isEmpty ? "" : " (\(byType))"); total \(total)

                """.utf8
            )
        )
    }
}

/// Zone and coastline files for the simulator, read with Geo's GeoJSON reader.
enum SimulationZoneFiles {
    static let defaultCoastline = "Data/coastline/east-asia-gshhg-high.geojson"

    /// The Senkaku and Sakishima zones that Picture builds from the coastline (empty without one).
    static func defaultZones(_ path: String?) throws -> [SimulationZone] {
        guard let data = FileManager.default.contents(atPath: path ?? defaultCoastline) else { return [] }
        let lines = try GeoJSON.features(Array(data)).flatMap(\.lines)
        return DefaultZones.build(coastline: lines).map { SimulationZone(name: $0.id, polygons: $0.shape.polygons) }
    }

    /// The coastline at `path`, or the default one when present, or nil.
    static func coastline(_ path: String?) throws -> CoastlineIndex? {
        let file = path ?? defaultCoastline
        guard let data = FileManager.default.contents(atPath: file) else {
            if path != nil { throw ValidationError("cannot read coastline \(file)") }
            return nil
        }
        do {
            return try CoastlineIndex.load(geoJSON: Array(data))
        } catch {
            throw ValidationError("\(file): \(error)")
        }
    }

    /// The zones in `paths`; with none, every `Data/zones/*.geojson` under the current directory;
    /// with none of those either, an empty list (the scenario's built-in zones).
    static func load(_ paths: [String]) throws -> [SimulationZone] {
        var files = paths
        if files.isEmpty {
            let folder = "Data/zones"
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            files = names.filter { $0.hasSuffix(".geojson") }.sorted().map { folder + "/" + $0 }
        }
        var zones: [SimulationZone] = []
        for path in files {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ValidationError("cannot read zones file \(path)")
            }
            do {
                for feature in try GeoJSON.features(Array(data)) where !feature.polygons.isEmpty {
                    zones.append(SimulationZone(name: feature.id, polygons: feature.polygons))
                }
            } catch {
                throw ValidationError("\(path): \(error)")
            }
        }
        return zones
    }
}
