import Foundation
import Hummingbird
import Knowledge
import Logging
import ServiceLifecycle
import Sharing
import Store
import Synchronization

/// A running node: the store, the feeds, the writer and the HTTP server in one `ServiceGroup`,
/// stopped gracefully by SIGTERM or SIGINT.
public enum Node {
    /// Opens the store, loads zones, and runs until a signal arrives. `onReady` gets the HTTP and NMEA
    /// ports once both listen.
    public static func run(
        _ settings: NodeSettings,
        logger: Logger,
        handleSignals: Bool = true,
        onReady: @escaping @Sendable (_ http: Int, _ nmea: Int?) -> Void = { _, _ in }
    ) async throws {
        try FileManager.default.createDirectory(atPath: settings.dataDirectory, withIntermediateDirectories: true)
        let location = try StoreLocation(
            settings.database,
            defaultSQLitePath: settings.dataDirectory + "/node.sqlite"
        )
        let pictureLabels = settings.pictureLabels
        try pictureLabels.validate()
        let store = try await location.open(logger: logger)
        logger.info("store open", metadata: ["location": "\(Self.describe(location))"])
        // rows from before labels existed (an older data folder) become the picture's own
        let adopted = try await store.adoptUnlabelled(pictureLabels)
        if adopted > 0 { logger.notice("labelled older events and zones", metadata: ["rows": "\(adopted)"]) }
        let core = NodeCore(
            store: store,
            queueCapacity: settings.queueCapacity,
            policy: settings.history,
            pictureLabels: pictureLabels,
            logger: logger
        )
        let sharing: SharingService
        if let given = settings.sharing {
            sharing = given
        } else {
            sharing = try await openSharing(
                database: settings.database,
                dataDirectory: settings.dataDirectory,
                organisation: settings.organisation,
                logger: logger
            )
        }
        for file in settings.zoneFiles {
            try await ZoneFile.load(file, into: store, labels: pictureLabels, logger: logger)
        }
        let knowledge = try KnowledgeRoutes.load(settings.knowledgeDirectory, logger: logger)
        try await core.zones.reload(from: store)

        let ports = ReadyPorts(expectNMEA: settings.nmeaListen != nil, onReady: onReady)
        let coastline = try Coastline.load(settings.coastlineFile)
        logger.info("detectors ready", metadata: ["coastline": "\(settings.coastlineFile ?? "none")"])
        var services: [any Service] = [core.writer(maximumBatch: settings.maximumBatch, coastline: coastline)]
        if let listen = settings.nmeaListen {
            services.append(NMEATCPListener(address: listen, sink: core.sink) { port in ports.nmea(port) })
        }
        for address in settings.nmeaConnect { services.append(NMEATCPConnector(address: address, sink: core.sink)) }
        if let udp = settings.udp { services.append(NMEAUDPListener(address: udp, sink: core.sink)) }

        let app = Application(
            router: makeRouter(core: core, settings: settings, sharing: sharing, knowledge: knowledge),
            configuration: .init(
                address: .hostname(settings.http.host, port: settings.http.port),
                serverName: "kizuna"
            ),
            onServerRunning: { channel in ports.http(channel.localAddress?.port ?? settings.http.port) },
            logger: logger
        )
        // before the server, so that it stops after it
        services.append(SharingUpkeep(sharing: sharing, logger: logger))
        services.append(app)
        services.append(FederationSender(sharing: sharing, logger: logger))
        services.append(AuditWitnessSender(sharing: sharing, interval: settings.checkpointInterval, logger: logger))
        // last, so that it stops first: it ends the live streams, which would otherwise keep the HTTP
        // server waiting for them to finish
        services.append(LiveHeartbeat(live: core.live, sharing: sharing))
        let group = ServiceGroup(
            configuration: .init(
                services: services,
                gracefulShutdownSignals: handleSignals ? [.sigterm, .sigint] : [],
                logger: logger
            )
        )
        try await group.run()
        await core.live.finishAll()
        await sharing.finishAll()
        await sharing.flushRefusals(all: true)
        try await store.close()
        try await sharing.store.close()
        logger.info("node stopped; every accepted message was committed")
    }

    /// The API plus the web UI and the browser libraries as static files. `knowledge` is the loaded
    /// knowledge base that `/api/v1/kb` answers from (nil: those routes answer 503).
    public static func makeRouter(
        core: NodeCore,
        settings: NodeSettings,
        sharing: SharingService,
        knowledge: KnowledgeBase? = nil
    ) -> Router<NodeRequestContext> {
        let router = Router(context: NodeRequestContext.self)
        router.add(middleware: RequestCounter(metrics: core.metrics))
        router.add(middleware: SharingAuthenticator(sharing: sharing, metrics: core.metrics))
        router.add(middleware: FileMiddleware(settings.webRoot, searchForIndexHtml: true, logger: core.logger))
        router.add(middleware: FileMiddleware(settings.javascriptRoot, urlBasePath: "/javascript", logger: core.logger))
        if let basemap = settings.basemapRoot {
            router.add(middleware: FileMiddleware(basemap, urlBasePath: "/basemap", logger: core.logger))
        }
        NodeRoutes.add(to: router, core: core)
        PictureRoutes.add(to: router, core: core, sharing: sharing)
        SharingRoutes.add(to: router, sharing: sharing)
        FederationRoutes.add(to: router, sharing: sharing)
        WitnessRoutes.add(to: router, sharing: sharing)
        KnowledgeRoutes.add(to: router, knowledge: knowledge)
        SanctionsRoutes.add(to: router, tables: TradeTableLoader(directory: settings.tradeTable, logger: core.logger))
        router.get("/api/v1/basemap") { _, _ -> Response in
            try APIValues.json(["layers": BaseMap.layers(in: settings.basemapRoot).map { "/basemap/" + $0 }])
        }
        return router
    }

    static func describe(_ location: StoreLocation) -> String {
        switch location {
        case .sqlite(let path): "sqlite:\(path)"
        case .postgres(let url): "postgres://…@" + (URLComponents(string: url)?.host ?? "?")
        case .memory: "memory:"
        }
    }
}

/// The offline base map: the GeoJSON files of one folder, drawn in name order.
enum BaseMap {
    static func layers(in folder: String?) -> [String] {
        guard let folder, let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        return names.filter { $0.hasSuffix(".geojson") }.sorted()
    }
}

/// Counts requests for `/metrics`.
struct RequestCounter<Context: RequestContext>: RouterMiddleware {
    let metrics: NodeMetrics

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    )
        async throws -> Response
    {
        metrics.httpRequests.increment()
        return try await next(request, context)
    }
}

/// Calls `onReady` once every listener has its port.
final class ReadyPorts: Sendable {
    private let state: Mutex<(http: Int?, nmea: Int?, done: Bool)>
    private let expectNMEA: Bool
    private let onReady: @Sendable (Int, Int?) -> Void

    init(expectNMEA: Bool, onReady: @escaping @Sendable (Int, Int?) -> Void) {
        self.expectNMEA = expectNMEA
        self.onReady = onReady
        state = Mutex((nil, nil, false))
    }

    func http(_ port: Int) { update { $0.http = port } }
    func nmea(_ port: Int) { update { $0.nmea = port } }

    private func update(_ change: (inout (http: Int?, nmea: Int?, done: Bool)) -> Void) {
        let ready: (Int, Int?)? = state.withLock { s in
            change(&s)
            guard !s.done, let http = s.http, !expectNMEA || s.nmea != nil else { return nil }
            s.done = true
            return (http, s.nmea)
        }
        if let ready { onReady(ready.0, ready.1) }
    }
}

/// Keeps idle live-stream connections alive and lets the node notice closed ones; at shutdown, ends
/// every live stream.
struct LiveHeartbeat: Service {
    let live: LiveFeed
    /// Its records streams end with the picture's.
    let sharing: SharingService

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                try await Task.sleep(for: .seconds(10))
                await live.publish(.heartbeat)
            }
        }
        await live.finishAll()
        await sharing.finishAll()
    }
}

/// Loads zones from a GeoJSON FeatureCollection file (each Polygon or MultiPolygon feature is one
/// zone; its `id` or `properties.id`, else a slug of `properties.name`, names it). The zones belong to
/// `labels.owner` (the node's organisation) and carry `labels` unless a feature's `properties.labels`
/// says otherwise.
public enum ZoneFile {
    public static func load(_ path: String, into store: any NodeStore, labels: Labels, logger: Logger) async throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let collection = try JSONSerialization.jsonObject(with: data) as? [String: Any],
            let features = collection["features"] as? [[String: Any]]
        else { throw GeoJSONGeometry.Invalid(description: "\(path) is not a GeoJSON FeatureCollection") }
        var loaded = 0
        for var feature in features {
            var properties = feature["properties"] as? [String: Any] ?? [:]
            if properties["id"] == nil, let id = feature["id"] { properties["id"] = "\(id)" }
            if properties["name"] == nil { properties["name"] = properties["id"] ?? "zone \(loaded + 1)" }
            properties["kind"] = properties["kind"] ?? "file"
            feature["properties"] = properties
            let featureData = try JSONSerialization.data(withJSONObject: feature)
            guard
                let zone = try? ZoneInput.read(
                    featureData,
                    now: APIValues.milliseconds(Date()),
                    owner: labels.owner,
                    defaults: labels
                )
            else { continue }
            try await store.saveZone(zone)
            loaded += 1
        }
        logger.info("zones loaded", metadata: ["file": "\(path)", "zones": "\(loaded)"])
    }
}
