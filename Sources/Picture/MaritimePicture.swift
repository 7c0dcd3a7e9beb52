import AIS
import Geo

/// Settings of the picture and of every detector.
public struct PictureConfiguration: Sendable {
    public var gap = GapDetector.Configuration()
    public var encounter = EncounterDetector.Configuration()
    public var loitering = LoiteringDetector.Configuration()
    public var zone = ZoneDetector.Configuration()
    public var identity = IdentityDetector.Configuration()
    /// Positions kept per vessel.
    public var historyCapacity = 32
    /// A silence longer than this starts a new track segment, minutes.
    public var segmentGapMinutes = 60.0
    /// How often (data time) the detectors that wait on the clock look at every vessel, minutes.
    public var tickMinutes = 10.0
    public init() {}
}

/// Counts of what the picture took and set aside.
public struct PictureStatistics: Sendable, Hashable {
    public var positions = 0
    /// Positions older than the vessel's latest: kept in its history, not run through detectors.
    public var latePositions = 0
    /// Positions identical in time and place to the vessel's latest.
    public var duplicatePositions = 0
    /// Positions given to a second vessel using the same MMSI (see ``IdentityDetector``).
    public var ghostPositions = 0
    public var identities = 0
    /// Messages of other types (base stations, binary, safety), ignored.
    public var otherMessages = 0
    public init() {}
}

/// The live maritime picture: vessels, their tracks, and the detectors that turn them into
/// events. A value-type state machine: feed it messages in data-time order with their times;
/// it does no I/O and reads no clock. Take the event updates it produces from ``takeUpdates()``.
///
/// Out-of-order data: a position older than the vessel's latest one goes into that vessel's
/// history in its place but drives no detector; the picture's clock (the newest data time seen)
/// never goes back.
public struct MaritimePicture: Sendable {
    public private(set) var vessels: [VesselState] = []
    private var indexOf: [UInt32: Int32] = [:]
    public private(set) var statistics = PictureStatistics()
    public let configuration: PictureConfiguration
    var context: DetectorContext
    var gap: GapDetector
    var encounter: EncounterDetector
    var loitering: LoiteringDetector
    var zone: ZoneDetector
    var identity: IdentityDetector
    private var nextTick: Milliseconds = .min

    /// A picture watching `zones`, with distances to shore from `coastline` (none: every
    /// position counts as far from shore) and ports for the encounter rule.
    public init(
        configuration: PictureConfiguration = PictureConfiguration(),
        zones: ZoneSet = ZoneSet(),
        coastline: CoastlineIndex? = nil,
        ports: [Port] = Port.eastAsia
    ) {
        self.configuration = configuration
        self.context = DetectorContext(coastline: coastline, ports: ports)
        self.gap = GapDetector(configuration: configuration.gap)
        self.encounter = EncounterDetector(configuration: configuration.encounter)
        self.loitering = LoiteringDetector(configuration: configuration.loitering)
        self.zone = ZoneDetector(zones: zones, configuration: configuration.zone)
        self.identity = IdentityDetector(configuration: configuration.identity)
    }

    /// The zones watched.
    public var zones: ZoneSet { zone.zones }

    /// Watches `zones` instead of the zones watched so far, keeping every vessel and every other
    /// detector's state. A vessel inside a zone that is kept (same id) stays inside, its visit
    /// going on; a visit to a zone that is gone ends (`ended`, with `details.open = true`, no
    /// `zone_exit`), its update waiting in ``takeUpdates()``.
    public mutating func setZones(_ zones: ZoneSet) {
        zone.setZones(zones, vessels: vessels, context: &context)
    }

    /// The newest data time seen.
    public var now: Milliseconds { context.now }

    /// The vessel with this MMSI.
    public func vessel(_ mmsi: UInt32) -> VesselState? {
        indexOf[mmsi].map { vessels[Int($0)] }
    }

    /// Updates produced since the last call, in order.
    public mutating func takeUpdates() -> [EventUpdate] {
        defer { context.updates.removeAll(keepingCapacity: true) }
        return context.updates
    }

    /// Whether updates are waiting.
    public var hasUpdates: Bool { !context.updates.isEmpty }

    private mutating func index(_ mmsi: UInt32) -> Int {
        if let i = indexOf[mmsi] { return Int(i) }
        let i = vessels.count
        indexOf[mmsi] = Int32(i)
        vessels.append(VesselState(mmsi: mmsi, historyCapacity: configuration.historyCapacity))
        context.addVessel()
        gap.addVessel()
        loitering.addVessel()
        encounter.addVessel()
        zone.addVessel()
        identity.addVessel()
        return i
    }

    /// Moves the clock to `time`, running the detectors that wait on it.
    public mutating func advance(to time: Milliseconds) {
        guard time > context.now else { return }
        context.now = time
        let step = Milliseconds(configuration.tickMinutes * 60_000)
        if nextTick == .min { nextTick = time - time % step + step }
        if time >= nextTick {
            nextTick = time - time % step + step
            gap.tick(vessels: vessels, context: &context)
            encounter.tick(vessels: vessels, context: &context)
            identity.tick(context: &context)
        }
    }

    /// A position report of vessel `mmsi`.
    public mutating func ingest(position fix: Fix, mmsi: UInt32) {
        guard fix.point.latitude.isFinite, abs(fix.point.latitude) <= 90, abs(fix.point.longitude) <= 180 else {
            return
        }
        advance(to: fix.time)
        let v = index(mmsi)
        statistics.positions += 1
        let previous = vessels.withUnsafeBufferPointer { $0[v].latest }
        if let previous {
            if fix.time < previous.time {
                statistics.latePositions += 1
                vessels[v].latePositions += 1
                vessels[v].rememberLate(fix)
                return
            }
            if fix.time == previous.time && fix.point == previous.point {
                statistics.duplicatePositions += 1
                return
            }
        }
        if identity.classify(vessel: v, mmsi: mmsi, fix: fix, previous: previous, context: &context) == .ghost {
            statistics.ghostPositions += 1
            return
        }
        let newSegment =
            previous == nil || fix.time - previous!.time > Milliseconds(configuration.segmentGapMinutes * 60_000)
        vessels.withUnsafeMutableBufferPointer { all in
            all[v].positions += 1
            if newSegment {
                all[v].segments += 1
                all[v].segmentStart = fix.time
            }
            all[v].latest = fix
            all[v].remember(fix)
        }
        gap.observe(vessel: v, mmsi: mmsi, fix: fix, previous: previous, context: &context)
        loitering.observe(vessel: v, mmsi: mmsi, fix: fix, previous: previous, context: &context)
        encounter.observe(vessel: v, fix: fix, vessels: vessels, context: &context)
        zone.observe(vessel: v, mmsi: mmsi, fix: fix, firstSight: previous == nil, context: &context)
    }

    /// Static data of vessel `mmsi`: nil fields leave what is known as it is.
    public mutating func ingest(identity new: VesselIdentity, mmsi: UInt32, time: Milliseconds) {
        advance(to: time)
        let v = index(mmsi)
        statistics.identities += 1
        let old = vessels[v].identity
        identity.observeIdentity(
            vessel: v,
            mmsi: mmsi,
            old: old,
            new: new,
            time: time,
            at: vessels[v].latest?.point,
            context: &context
        )
        var merged = old
        if let n = new.name, !n.isEmpty { merged.name = n }
        if let c = new.callSign, !c.isEmpty { merged.callSign = c }
        if let i = new.imo { merged.imo = i }
        if let t = new.shipType { merged.shipType = t }
        if let l = new.lengthMetres { merged.lengthMetres = l }
        if let b = new.beamMetres { merged.beamMetres = b }
        vessels[v].identity = merged
        vessels[v].identityTime = time
    }

    /// An AIS message received at `time` (milliseconds, from its tag block or the CSV row).
    public mutating func ingest(_ message: AISMessage, time: Milliseconds) {
        let mmsi = message.mmsi
        switch message.body {
        case .positionReport(let r):
            guard let lat = r.latitude, let lon = r.longitude else { return }
            ingest(
                position: Fix(
                    time: time,
                    point: GeoPoint(latitude: lat, longitude: lon),
                    speedKnots: r.speedOverGround,
                    courseDegrees: r.courseOverGround
                ),
                mmsi: mmsi
            )
        case .classBPosition(let r):
            guard let lat = r.latitude, let lon = r.longitude else { return }
            ingest(
                position: Fix(
                    time: time,
                    point: GeoPoint(latitude: lat, longitude: lon),
                    speedKnots: r.speedOverGround,
                    courseDegrees: r.courseOverGround
                ),
                mmsi: mmsi
            )
        case .extendedClassBPosition(let r):
            if let lat = r.latitude, let lon = r.longitude {
                ingest(
                    position: Fix(
                        time: time,
                        point: GeoPoint(latitude: lat, longitude: lon),
                        speedKnots: r.speedOverGround,
                        courseDegrees: r.courseOverGround
                    ),
                    mmsi: mmsi
                )
            }
            ingest(
                identity: VesselIdentity(
                    name: Self.clean(r.shipName),
                    shipType: r.shipType == 0 ? nil : r.shipType,
                    lengthMetres: Self.size(r.toBow, r.toStern),
                    beamMetres: Self.size(UInt16(r.toPort), UInt16(r.toStarboard))
                ),
                mmsi: mmsi,
                time: time
            )
        case .longRangePosition(let r):
            guard let lat = r.latitude, let lon = r.longitude else { return }
            ingest(
                position: Fix(
                    time: time,
                    point: GeoPoint(latitude: lat, longitude: lon),
                    speedKnots: r.speedOverGround.map { Double($0) },
                    courseDegrees: r.courseOverGround.map { Double($0) }
                ),
                mmsi: mmsi
            )
        case .staticVoyageData(let s):
            ingest(
                identity: VesselIdentity(
                    name: Self.clean(s.shipName),
                    callSign: Self.clean(s.callSign),
                    imo: s.imoNumber == 0 ? nil : s.imoNumber,
                    shipType: s.shipType == 0 ? nil : s.shipType,
                    lengthMetres: Self.size(s.toBow, s.toStern),
                    beamMetres: Self.size(UInt16(s.toPort), UInt16(s.toStarboard))
                ),
                mmsi: mmsi,
                time: time
            )
        case .staticDataReport(let s):
            let partA = s.partNumber == 0
            ingest(
                identity: VesselIdentity(
                    name: partA ? Self.clean(s.shipName) : nil,
                    callSign: partA ? nil : Self.clean(s.callSign),
                    shipType: partA || s.shipType == 0 ? nil : s.shipType,
                    lengthMetres: partA ? nil : Self.size(s.toBow, s.toStern)
                ),
                mmsi: mmsi,
                time: time
            )
        default:
            statistics.otherMessages += 1
            advance(to: time)
        }
    }

    static func clean(_ s: String) -> String? {
        var t = Substring(s)
        while let last = t.last, last == " " || last == "@" { t.removeLast() }
        while let first = t.first, first == " " { t.removeFirst() }
        return t.isEmpty ? nil : String(t)
    }

    static func size(_ a: UInt16, _ b: UInt16) -> Int? {
        let s = Int(a) + Int(b)
        return s == 0 ? nil : s
    }

    /// Ends every open event (the data are over).
    public mutating func finish() {
        gap.finish(context: &context)
        encounter.finish(vessels: vessels, context: &context)
        loitering.finish(vessels: vessels, context: &context)
        zone.finish(vessels: vessels, context: &context)
        identity.finish(context: &context)
    }

    /// MMSIs of vessels whose latest position is within `metres` of `p` (a linear scan; for a
    /// map query, not the hot path).
    public func vessels(near p: GeoPoint, metres: Double) -> [UInt32] {
        vessels.compactMap { v in
            guard let f = v.latest, f.point.distanceMetres(to: p) <= metres else { return nil }
            return v.mmsi
        }
    }

    /// Ids of the zones holding `p`.
    public func zones(containing p: GeoPoint) -> [String] {
        zone.zones.containing(p).map { zone.zones.zones[$0].id }
    }
}
