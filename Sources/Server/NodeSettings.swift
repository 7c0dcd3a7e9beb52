import Sharing
import Store

/// How a node runs: where it listens, where it keeps data, how much history it keeps.
public struct NodeSettings: Sendable {
    /// Folder for the embedded database (`node.sqlite`).
    public var dataDirectory: String
    public var http: HostPort
    /// NMEA over TCP, nil for none.
    public var nmeaListen: HostPort?
    public var nmeaConnect: [HostPort]
    public var udp: HostPort?
    /// `postgres://…`, `sqlite:PATH` or `memory:`; nil for SQLite under `dataDirectory`.
    public var database: String?
    /// The web UI's folder (`Web/`).
    public var webRoot: String
    /// Debian's browser libraries (`libjs-leaflet` installs under it).
    public var javascriptRoot: String
    /// Offline base-map data: a folder of GeoJSON files served at `/basemap/`.
    public var basemapRoot: String?
    /// Shoreline GeoJSON for the detectors' distance to shore; nil: every position counts as offshore.
    public var coastlineFile: String?
    /// GeoJSON FeatureCollections whose polygons are loaded as zones at start.
    public var zoneFiles: [String]
    /// The knowledge base's YAML folder (`Data/knowledge`), loaded once at start and served under
    /// `/api/v1/kb`; nil: those routes answer 503.
    public var knowledgeDirectory: String?
    /// The input-output table of the sanctions planner (a directory as `kizuna sanctions --table`
    /// takes), loaded on first use; nil: `/api/v1/sanctions` answers 503.
    public var tradeTable: String?
    public var history: HistoryPolicy
    public var queueCapacity: Int
    public var maximumBatch: Int
    /// The id of the organisation that runs this node: it owns the node's events and zones and
    /// signs what the node sends its peers.
    public var organisation = "local"
    /// How often the node sends each peer a signed checkpoint of its audit log (when it grew).
    public var checkpointInterval: Duration = .seconds(60)
    /// The TLP of what the node's own detectors and zone files produce (`--picture-tlp`).
    public var pictureTLP = TrafficLightProtocol.green
    /// Who besides the node's organisation may see the node's own events and zones
    /// (`--picture-releasable-to`: organisation, nation and group ids); empty: the organisation only.
    public var pictureReleasableTo: [String] = []
    /// A classification marking for the node's own events and zones, shown as text.
    public var pictureClassification: String?
    /// A sharing service made beforehand (tests bootstrap users into it); nil: the node opens its own
    /// from `database` and `dataDirectory`.
    public var sharing: SharingService?

    /// The *picture labels*: the labels of the node's own events and zones (owner: the node's
    /// organisation), and those that rows stored before labels existed get at start.
    public var pictureLabels: Labels {
        Labels(
            owner: organisation,
            tlp: pictureTLP,
            releasableTo: pictureReleasableTo,
            classification: pictureClassification
        )
    }

    public init(
        dataDirectory: String,
        http: HostPort,
        nmeaListen: HostPort? = HostPort(host: "0.0.0.0", port: 10110),
        nmeaConnect: [HostPort] = [],
        udp: HostPort? = nil,
        database: String? = nil,
        webRoot: String = "Web",
        javascriptRoot: String = "/usr/share/javascript",
        basemapRoot: String? = nil,
        coastlineFile: String? = nil,
        zoneFiles: [String] = [],
        knowledgeDirectory: String? = nil,
        tradeTable: String? = "Data/trade",
        history: HistoryPolicy = HistoryPolicy(),
        queueCapacity: Int = 50_000,
        maximumBatch: Int = 2000
    ) {
        self.dataDirectory = dataDirectory
        self.http = http
        self.nmeaListen = nmeaListen
        self.nmeaConnect = nmeaConnect
        self.udp = udp
        self.database = database
        self.webRoot = webRoot
        self.javascriptRoot = javascriptRoot
        self.basemapRoot = basemapRoot
        self.coastlineFile = coastlineFile
        self.zoneFiles = zoneFiles
        self.knowledgeDirectory = knowledgeDirectory
        self.tradeTable = tradeTable
        self.history = history
        self.queueCapacity = queueCapacity
        self.maximumBatch = maximumBatch
    }
}
