import Geo

/// A port of the region: where merchant ships call and near which an encounter does not count.
public struct Port: Sendable {
    public var name: String
    /// The port's position (a point in its main harbour; see the scenario's sources).
    public var position: GeoPoint
    /// Four-letter destination code broadcast in message 5 (UN/LOCODE without the country).
    public var code: String

    public init(name: String, code: String, latitude: Double, longitude: Double) {
        self.name = name
        self.code = code
        self.position = GeoPoint(latitude: latitude, longitude: longitude)
    }
}

/// Everything one run of the simulator needs: vessels with their tracks, the receivers, the
/// zones, and the behaviour injected on purpose.
public struct Scenario: Sendable {
    public var name: String
    public var seed: UInt64
    /// Seconds since 1970 at which the feed starts.
    public var startTime: Int64
    /// Seconds the feed lasts.
    public var duration: Double
    public var vessels: [SimulatedVessel]
    public var reception: ReceptionModel
    public var ports: [Port]
    /// Points on the coast (ports, islands and headlands) from which distance to shore is taken
    /// when there is no ``coastline``.
    public var shore: [GeoPoint]
    /// The coastline (GSHHG, as the detectors use it); when set, distance to shore comes from it.
    public var coastline: CoastlineIndex?
    public var zones: [SimulationZone]
    /// Gaps and identity anomalies put in on purpose (encounters, loitering and zone crossings are
    /// found from the tracks by ``GroundTruth``).
    public var injected: [TruthEvent]

    public init(
        name: String,
        seed: UInt64,
        startTime: Int64,
        duration: Double,
        vessels: [SimulatedVessel],
        reception: ReceptionModel,
        ports: [Port],
        shore: [GeoPoint],
        zones: [SimulationZone],
        injected: [TruthEvent]
    ) {
        self.name = name
        self.seed = seed
        self.startTime = startTime
        self.duration = duration
        self.vessels = vessels
        self.reception = reception
        self.ports = ports
        self.shore = shore
        self.zones = zones
        self.injected = injected
        self.coastline = nil
    }

    /// The scenarios `kizuna simulate` knows.
    public enum Name: String, Sendable, CaseIterable {
        case eastChinaSea = "east-china-sea"
        case seaOfJapan = "sea-of-japan"
    }

    /// Builds the named scenario for `hours` hours from `seed`, with `zones` as the areas whose
    /// entries and exits count (when empty, the East China Sea builds the Senkaku and Sakishima zones
    /// from the island points in ``EastChinaSea``), and `coastline` for distances to shore in the
    /// truth. `trafficScale` multiplies the ordinary traffic.
    public static func make(
        _ name: Name,
        hours: Double,
        seed: UInt64,
        zones: [SimulationZone] = [],
        coastline: CoastlineIndex? = nil,
        trafficScale: Double = 1
    ) -> Scenario {
        var scenario: Scenario
        switch name {
        case .eastChinaSea:
            scenario = EastChinaSea.scenario(hours: hours, seed: seed, zones: zones, trafficScale: trafficScale)
        case .seaOfJapan:
            scenario = SeaOfJapan.scenario(hours: hours, seed: seed, zones: zones, trafficScale: trafficScale)
        }
        scenario.coastline = coastline
        return scenario
    }

    /// Distance in nautical miles from `point` to the shore: to the ``coastline`` when there is
    /// one, else to the nearest shore point.
    public func distanceToShore(_ point: GeoPoint) -> Double {
        if let coastline { return coastline.distanceNauticalMiles(from: point) }
        var best = Double.infinity
        for s in shore { best = min(best, s.distanceNauticalMiles(to: point)) }
        return best
    }

    /// Distance in kilometres from `point` to the nearest port.
    public func distanceToPortKilometres(_ point: GeoPoint) -> Double {
        var best = Double.infinity
        for p in ports { best = min(best, p.position.distanceMetres(to: point) / 1000) }
        return best
    }
}
