import Geo

/// One position report, reduced to what the picture keeps.
public struct Fix: Sendable, Hashable {
    /// Milliseconds since 1970, UTC, from the data.
    public var time: Milliseconds
    public var point: GeoPoint
    /// Speed over ground in knots, nil when not available.
    public var speedKnots: Float?
    /// Course over ground in degrees from true north, nil when not available.
    public var courseDegrees: Float?

    public init(time: Milliseconds, point: GeoPoint, speedKnots: Double? = nil, courseDegrees: Double? = nil) {
        self.time = time
        self.point = point
        self.speedKnots = speedKnots.map { Float($0) }
        self.courseDegrees = courseDegrees.map { Float($0) }
    }
}

/// What a vessel says about itself (types 5, 19, 24 of ITU-R M.1371-5; CSV columns).
public struct VesselIdentity: Sendable, Hashable {
    public var name: String?
    public var callSign: String?
    /// IMO number, nil when not given (0 in AIS).
    public var imo: UInt32?
    /// AIS ship and cargo type (ITU-R M.1371-5 Table 53), nil when not given.
    public var shipType: UInt8?
    /// Length and beam in metres (from the reference-point distances), nil when not given.
    public var lengthMetres: Int?
    public var beamMetres: Int?

    public init(
        name: String? = nil,
        callSign: String? = nil,
        imo: UInt32? = nil,
        shipType: UInt8? = nil,
        lengthMetres: Int? = nil,
        beamMetres: Int? = nil
    ) {
        self.name = name
        self.callSign = callSign
        self.imo = imo
        self.shipType = shipType
        self.lengthMetres = lengthMetres
        self.beamMetres = beamMetres
    }
}

/// A vessel in the picture: identity, flag, latest position, a bounded history and its track
/// segments.
public struct VesselState: Sendable {
    public let mmsi: UInt32
    /// ISO 3166-1 alpha-3 from the MMSI's MID, nil when the MMSI is not a valid ship identity.
    public let flag: String?
    public var identity = VesselIdentity()
    /// Time of the last static report.
    public var identityTime: Milliseconds?
    /// The newest position (by data time).
    public var latest: Fix?
    /// Positions taken, and positions that arrived older than `latest` (kept in history only).
    public var positions = 0
    public var latePositions = 0
    /// Track segments: a new one starts after a silence longer than the picture's segment gap.
    public var segments = 0
    public var segmentStart: Milliseconds = 0
    /// The last `historyCapacity` positions, oldest first once read through ``history``.
    var ring: [Fix] = []
    var ringNext = 0
    let historyCapacity: Int

    init(mmsi: UInt32, historyCapacity: Int) {
        self.mmsi = mmsi
        self.flag = MaritimeIdentification.flag(of: mmsi)
        self.historyCapacity = historyCapacity
    }

    /// Up to the last `historyCapacity` positions in time order.
    public var history: [Fix] {
        if ring.count < historyCapacity { return ring }
        return Array(ring[ringNext...] + ring[..<ringNext])
    }

    mutating func remember(_ fix: Fix) {
        guard historyCapacity > 0 else { return }
        if ring.count < historyCapacity {
            ring.append(fix)
        } else {
            ring[ringNext] = fix
            ringNext = ringNext + 1 == historyCapacity ? 0 : ringNext + 1
        }
    }

    /// Puts a late position into the history in time order (it drives no detector).
    mutating func rememberLate(_ fix: Fix) {
        var h = history
        guard let first = h.first, fix.time >= first.time || h.count < historyCapacity else { return }
        let i = h.firstIndex { $0.time > fix.time } ?? h.count
        h.insert(fix, at: i)
        if h.count > historyCapacity { h.removeFirst() }
        ring = h
        ringNext = 0
    }
}
