/// One vessel of a scenario: its identity as its AIS station broadcasts it, its ground-truth
/// track, and when its transmitter is off.
public struct SimulatedVessel: Sendable {
    /// What the vessel is in the story (for the truth's details and for tests).
    public enum Role: String, Sendable {
        case merchant
        case tanker
        case fishing
        case coastGuard = "coast_guard"
        case navy
        case survey
        case carrier
    }

    /// A change of broadcast identity at `time`: from then on the static messages carry these.
    public struct IdentityChange: Sendable {
        public var time: Double
        public var name: String
        public var callSign: String
        public var imo: UInt32

        public init(time: Double, name: String, callSign: String, imo: UInt32) {
            self.time = time
            self.name = name
            self.callSign = callSign
            self.imo = imo
        }
    }

    /// Maritime Mobile Service Identity (9 digits); two vessels share one when one is a clone.
    public var mmsi: UInt32
    public var stationClass: AISStationClass
    public var role: Role
    /// Name as broadcast (at most 20 characters of the AIS 6-bit set).
    public var name: String
    /// Call sign (at most 7 characters).
    public var callSign: String
    /// IMO number, 0 when none (Class B).
    public var imo: UInt32
    /// Ship and cargo type, ITU-R M.1371-5 Annex 8, Table 53 (30 fishing, 55 law enforcement,
    /// 70 cargo, 80 tanker, 35 military).
    public var shipType: UInt8
    /// Length and beam in metres.
    public var length: Int
    public var beam: Int
    /// Destination as broadcast in message 5.
    public var destination: String
    public var track: VesselTrack
    /// Intervals (seconds since 1970) during which the transmitter is off.
    public var silences: [ClosedRange<Double>]
    public var identityChange: IdentityChange?

    public init(
        mmsi: UInt32,
        stationClass: AISStationClass,
        role: Role,
        name: String,
        callSign: String,
        imo: UInt32 = 0,
        shipType: UInt8,
        length: Int,
        beam: Int,
        destination: String = "",
        track: VesselTrack,
        silences: [ClosedRange<Double>] = [],
        identityChange: IdentityChange? = nil
    ) {
        self.mmsi = mmsi
        self.stationClass = stationClass
        self.role = role
        self.name = name
        self.callSign = callSign
        self.imo = imo
        self.shipType = shipType
        self.length = length
        self.beam = beam
        self.destination = destination
        self.track = track
        self.silences = silences
        self.identityChange = identityChange
    }

    /// Whether the transmitter is on at `time` (and the vessel exists).
    public func isTransmitting(at time: Double) -> Bool {
        guard time >= track.startTime, time <= track.endTime else { return false }
        for s in silences where s.contains(time) { return false }
        return true
    }
}
