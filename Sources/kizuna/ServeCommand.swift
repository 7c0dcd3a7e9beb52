import ArgumentParser
import Foundation
import Logging
import Server
import Sharing
import Store

/// `kizuna serve`: run a node (docs/server.md).
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run a node: NMEA feeds in, a durable store, the HTTP API and the web UI out.",
        discussion: """
            Each setting comes from its flag, else from the environment variable named in its help, else from
            the --config file (lines of `name = value`, names as the flags without dashes), else its default.
            SIGTERM or SIGINT stops the node gracefully: feeds close, everything accepted is committed.
            """
    )

    @Option(help: "Settings file of `name = value` lines.") var config: String?
    @Option(help: "Data folder for the embedded database [KIZUNA_DATA, default ./kizuna-data].") var data: String?
    @Option(help: "HTTP address HOST:PORT [KIZUNA_HTTP, default 127.0.0.1:8080].") var http: String?
    @Option(help: "NMEA-over-TCP listen address, or 'off' [KIZUNA_NMEA_LISTEN, default 0.0.0.0:10110].")
    var nmeaListen: String?
    @Option(help: "Also read a TCP feed at HOST:PORT (repeatable) [KIZUNA_NMEA_CONNECT, comma-separated].")
    var nmeaConnect: [String] = []
    @Option(help: "Read NMEA from UDP at HOST:PORT [KIZUNA_UDP].") var udp: String?
    @Option(help: "postgres://user:password@host:port/db, sqlite:PATH or memory: [KIZUNA_DATABASE].")
    var database: String?
    @Option(help: "Web UI folder [KIZUNA_WEB, default ./Web].") var web: String?
    @Option(help: "Folder of offline base-map GeoJSON served at /basemap [KIZUNA_BASEMAP, default ./Data/coastline].")
    var basemap: String?
    @Option(
        help: "Shoreline GeoJSON for distance to shore [KIZUNA_COASTLINE, default the GSHHG file in Data/coastline]."
    )
    var coastline: String?
    @Option(
        help:
            "GeoJSON zones to load at start (repeatable) [KIZUNA_ZONES, comma-separated, default Data/zones/default-zones.geojson]."
    )
    var zones: [String] = []
    @Option(
        help: "Knowledge base YAML folder served at /api/v1/kb, or 'off' [KIZUNA_KNOWLEDGE, default ./Data/knowledge]."
    )
    var knowledge: String?
    @Option(help: "Input-output table of the sanctions planner [KIZUNA_TRADE_TABLE, default ./Data/trade].")
    var tradeTable: String?
    @Option(help: "Seconds between kept history points per vessel [KIZUNA_HISTORY_RESOLUTION, default 10].")
    var historyResolution: Double?
    @Option(help: "Days of history kept [KIZUNA_HISTORY_RETENTION, default 30].") var historyRetention: Double?
    @Option(help: "Messages the ingest queue holds before feeds wait [KIZUNA_QUEUE, default 50000].")
    var queue: Int?
    @Option(help: "This node's organisation id [KIZUNA_ORGANISATION, default local].") var organisation: String?
    @Option(help: "Seconds between audit checkpoints sent to peers [KIZUNA_CHECKPOINT_INTERVAL, default 60].")
    var checkpointInterval: Double?
    @Option(help: "TLP 2.0 of the node's own events and zones [KIZUNA_PICTURE_TLP, default GREEN].")
    var pictureTlp: String?
    @Option(
        help: """
            Organisations, nations and groups (comma-separated) that may see the node's own events and zones \
            besides its organisation [KIZUNA_PICTURE_RELEASABLE_TO, default none: the organisation only].
            """
    )
    var pictureReleasableTo: String?
    @Option(help: "Classification marking of the node's own events and zones [KIZUNA_PICTURE_CLASSIFICATION].")
    var pictureClassification: String?
    @Option(help: "Log format: text or json [KIZUNA_LOG_FORMAT, default text].") var logFormat: String?
    @Option(help: "Log level: trace … critical [KIZUNA_LOG_LEVEL, default info].") var logLevel: String?

    func run() async throws {
        let file = try config.map(SettingsFile.read) ?? [:]
        func setting(_ flag: String?, _ variable: String, _ key: String) -> String? {
            flag ?? ProcessInfo.processInfo.environment[variable] ?? file[key]
        }
        func list(_ flags: [String], _ variable: String, _ key: String) -> [String] {
            if !flags.isEmpty { return flags }
            let text = ProcessInfo.processInfo.environment[variable] ?? file[key] ?? ""
            return text.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
        }
        func address(_ text: String, _ name: String) throws -> HostPort {
            guard let value = HostPort(text) else { throw ValidationError("\(name) must be HOST:PORT, got '\(text)'") }
            return value
        }

        let logger = ServeLogging.bootstrap(
            format: setting(logFormat, "KIZUNA_LOG_FORMAT", "log-format") ?? "text",
            level: setting(logLevel, "KIZUNA_LOG_LEVEL", "log-level") ?? "info"
        )
        let listen = setting(nmeaListen, "KIZUNA_NMEA_LISTEN", "nmea-listen") ?? "0.0.0.0:10110"
        var history = HistoryPolicy()
        if let seconds = setting(historyResolution.map { "\($0)" }, "KIZUNA_HISTORY_RESOLUTION", "history-resolution") {
            guard let value = Double(seconds), value >= 0 else { throw ValidationError("bad history resolution") }
            history.resolutionMilliseconds = Int64(value * 1000)
        }
        if let days = setting(historyRetention.map { "\($0)" }, "KIZUNA_HISTORY_RETENTION", "history-retention") {
            guard let value = Double(days), value > 0 else { throw ValidationError("bad history retention") }
            history.retentionMilliseconds = Int64(value * 86_400_000)
        }
        let zoneFiles = list(zones, "KIZUNA_ZONES", "zones")
        let knowledgeDirectory = setting(knowledge, "KIZUNA_KNOWLEDGE", "knowledge") ?? Self.ifPresent("Data/knowledge")
        var settings = NodeSettings(
            dataDirectory: setting(data, "KIZUNA_DATA", "data") ?? "kizuna-data",
            http: try address(setting(http, "KIZUNA_HTTP", "http") ?? "127.0.0.1:8080", "--http"),
            nmeaListen: listen == "off" ? nil : try address(listen, "--nmea-listen"),
            nmeaConnect: try list(nmeaConnect, "KIZUNA_NMEA_CONNECT", "nmea-connect").map {
                try address($0, "--nmea-connect")
            },
            udp: try setting(udp, "KIZUNA_UDP", "udp").map { try address($0, "--udp") },
            database: setting(database, "KIZUNA_DATABASE", "database"),
            webRoot: setting(web, "KIZUNA_WEB", "web") ?? "Web",
            basemapRoot: setting(basemap, "KIZUNA_BASEMAP", "basemap")
                ?? (FileManager.default.fileExists(atPath: "Data/coastline") ? "Data/coastline" : nil),
            coastlineFile: setting(coastline, "KIZUNA_COASTLINE", "coastline")
                ?? Self.ifPresent("Data/coastline/east-asia-gshhg-high.geojson"),
            zoneFiles: zoneFiles.isEmpty
                ? [Self.ifPresent("Data/zones/default-zones.geojson")].compactMap { $0 } : zoneFiles,
            knowledgeDirectory: knowledgeDirectory == "off" ? nil : knowledgeDirectory,
            tradeTable: setting(tradeTable, "KIZUNA_TRADE_TABLE", "trade-table") ?? Self.ifPresent("Data/trade"),
            history: history,
            queueCapacity: Int(setting(queue.map(String.init), "KIZUNA_QUEUE", "queue") ?? "") ?? 50_000
        )
        settings.organisation = setting(organisation, "KIZUNA_ORGANISATION", "organisation") ?? "local"
        if let text = setting(checkpointInterval.map { "\($0)" }, "KIZUNA_CHECKPOINT_INTERVAL", "checkpoint-interval") {
            guard let seconds = Double(text), seconds >= 0.1, seconds <= 86_400 else {
                throw ValidationError("--checkpoint-interval must be 0.1 to 86400 seconds, got '\(text)'")
            }
            settings.checkpointInterval = .milliseconds(Int64(seconds * 1000))
        }
        let tlp = setting(pictureTlp, "KIZUNA_PICTURE_TLP", "picture-tlp") ?? "GREEN"
        guard let pictureTLP = TrafficLightProtocol(label: tlp) else {
            throw ValidationError("--picture-tlp must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED, got '\(tlp)'")
        }
        settings.pictureTLP = pictureTLP
        settings.pictureReleasableTo = list(
            pictureReleasableTo.map { [$0] } ?? [],
            "KIZUNA_PICTURE_RELEASABLE_TO",
            "picture-releasable-to"
        ).flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
        settings.pictureClassification = setting(
            pictureClassification,
            "KIZUNA_PICTURE_CLASSIFICATION",
            "picture-classification"
        )
        do {
            try settings.pictureLabels.validate()
        } catch {
            throw ValidationError("--picture-releasable-to or --picture-classification: \(error)")
        }
        let host = settings.http.host
        try await Node.run(settings, logger: logger) { httpPort, nmeaPort in
            logger.info(
                "node ready",
                metadata: [
                    "url": "http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(httpPort)/",
                    "nmea_tcp": "\(nmeaPort.map(String.init) ?? "off")",
                ]
            )
        }
    }
}

extension ServeCommand {
    static func ifPresent(_ path: String) -> String? { FileManager.default.fileExists(atPath: path) ? path : nil }
}

/// `name = value` lines; `#` starts a comment.
enum SettingsFile {
    static func read(_ path: String) throws -> [String: String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var settings: [String: String] = [:]
        for line in text.split(whereSeparator: \.isNewline) {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0]
            let parts = content.split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { continue }
            settings[parts[0].trimmingCharacters(in: .whitespaces)] = parts[1].trimmingCharacters(in: .whitespaces)
        }
        return settings
    }
}
