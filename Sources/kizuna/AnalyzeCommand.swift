import AIS
import ArgumentParser
import Geo
import Picture

#if canImport(Glibc)
import Glibc
#endif

/// `kizuna analyze`: offline behaviour detection over AIS files (NMEA or CSV).
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Detect behaviour in AIS files.",
        discussion: """
            Reads NMEA (with or without tag blocks) and AIS CSV (NOAA MarineCadastre, Danish \
            Maritime Authority), the format found per file, in the order given; runs every \
            detector (gap, encounter, loitering, zone_entry/zone_exit, identity); writes one JSON \
            event per line (docs/picture.md). NMEA messages without a tag-block time take the \
            latest tag-block time seen before them in the same file, or --start; with neither \
            they are skipped and counted.
            """
    )

    @Argument(help: "NMEA or CSV files, read in order (- for standard input).")
    var files: [String] = []

    @Option(help: "Zones (GeoJSON polygons); default Data/zones/default-zones.geojson; 'none' for no zones.")
    var zones: String?

    @Option(help: "Coastline (GeoJSON lines); default Data/coastline/east-asia-gshhg-high.geojson.")
    var coastline: String?

    @Option(help: "Write events here (NDJSON) instead of standard output.")
    var events: String?

    @Option(help: "Ignore messages before this time (ISO 8601 UTC, or seconds since 1970).")
    var from: String?

    @Option(help: "Ignore messages at or after this time.")
    var to: String?

    @Option(help: "Time for NMEA messages without a tag block before the first one that has a time.")
    var start: String?

    @Flag(help: "Write every live update (started, updated, ended, withdrawn) with an \"action\" field.")
    var updates = false

    @Option(help: "Threads for NMEA files: 2 decodes on one while the picture runs on the other; 1 does both on one.")
    var threads = 2

    @Option(help: ArgumentHelp("Messages per batch handed from the decoding thread.", visibility: .hidden))
    var batchMessages = 4096

    @Option(
        help: ArgumentHelp(
            "Write the default zones built from the coastline to this file and exit.",
            visibility: .hidden
        )
    )
    var writeDefaultZones: String?

    func validate() throws {
        if files.isEmpty && writeDefaultZones == nil { throw ValidationError("give at least one file") }
        guard threads == 1 || threads == 2 else { throw ValidationError("--threads: 1 or 2, not \(threads)") }
        guard batchMessages >= 1 else { throw ValidationError("--batch-messages: at least 1, not \(batchMessages)") }
        for (name, value) in [("--from", from), ("--to", to), ("--start", start)] {
            if let value, ISOTime.parse(value) == nil { throw ValidationError("\(name): not a time: \(value)") }
        }
    }

    func run() throws {
        let coastlineIndex = try loadCoastline()
        if let out = writeDefaultZones {
            guard let lines = try coastlineLines() else {
                throw ValidationError("no coastline file to build zones from")
            }
            let text = DefaultZones.geoJSON(DefaultZones.build(coastline: lines))
            try AnalyzeFiles.write(text, to: out)
            return
        }
        let zoneSet = try loadZones()
        var run = AnalyzeRun(
            picture: MaritimePicture(zones: zoneSet, coastline: coastlineIndex),
            from: from.flatMap { ISOTime.parse($0) },
            to: to.flatMap { ISOTime.parse($0) },
            start: start.flatMap { ISOTime.parse($0) },
            writeUpdates: updates
        )
        let output: Int32
        if let events {
            output = open(events, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard output >= 0 else {
                throw ValidationError("cannot write \(events): \(String(cString: strerror(errno)))")
            }
        } else {
            output = 1
        }
        defer { if output != 1 { close(output) } }
        run.output = output
        run.threads = threads
        run.batchMessages = batchMessages
        let began = AnalyzeRun.monotonicSeconds()
        for file in files {
            try AnalyzeFiles.withContents(of: file) { bytes in run.analyze(bytes, name: file) }
        }
        run.finish()
        run.printSummary(seconds: AnalyzeRun.monotonicSeconds() - began)
    }

    func coastlineLines() throws -> [LineString]? {
        let path = coastline ?? "Data/coastline/east-asia-gshhg-high.geojson"
        guard coastline != nil || access(path, R_OK) == 0 else { return nil }
        let bytes = try AnalyzeFiles.read(path)
        do {
            return try GeoJSON.features(bytes).flatMap(\.lines)
        } catch {
            throw ValidationError("\(path): not JSON (at byte \(error.offset))")
        }
    }

    func loadCoastline() throws -> CoastlineIndex? {
        guard let lines = try coastlineLines() else {
            StandardStreams.error("analyze: no coastline file; every position counts as far from shore\n")
            return nil
        }
        return CoastlineIndex(lines: lines)
    }

    func loadZones() throws -> ZoneSet {
        if zones == "none" { return ZoneSet() }
        let path = zones ?? "Data/zones/default-zones.geojson"
        guard zones != nil || access(path, R_OK) == 0 else { return ZoneSet() }
        do {
            return try ZoneSet.load(geoJSON: try AnalyzeFiles.read(path))
        } catch let error as JSONParseError {
            throw ValidationError("\(path): not JSON (at byte \(error.offset))")
        }
    }
}
