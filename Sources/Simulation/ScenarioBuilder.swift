import Geo

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A shipping lane: waypoints from one end to the other; each end is a port (where ships moor and
/// turn round) or a gate at the edge of the area (where ships enter and leave the picture).
struct Lane {
    var waypoints: [GeoPoint]
    var startPort: Port?
    var endPort: Port?
    /// Ships on the lane at the start, at traffic scale 1.
    var ships: Int
    /// Ships entering per day at each gate end, at traffic scale 1.
    var arrivalsPerDay: Double = 0
    /// Flags (MIDs) to draw from.
    var mids: [UInt32]
    /// Fraction of tankers (the rest are cargo ships).
    var tankerShare = 0.3
}

/// Shared machinery of the scenarios: identities, merchant traffic on lanes, fishing fleets.
struct ScenarioBuilder {
    var rng: SeededGenerator
    let start: Double
    let end: Double
    let scale: Double
    var vessels: [SimulatedVessel] = []
    var injected: [TruthEvent] = []
    private var usedMMSI: Set<UInt32> = []
    private var berthCounts: [String: Int] = [:]

    init(seed: UInt64, start: Double, hours: Double, scale: Double) {
        rng = SeededGenerator(seed: seed)
        self.start = start
        self.end = start + hours * 3600
        self.scale = scale
    }

    var hours: Double { (end - start) / 3600 }

    // MARK: identities

    /// A fresh 9-digit ship MMSI with maritime identification digits `mid` (MIDxxxxxx).
    mutating func mmsi(_ mid: UInt32) -> UInt32 {
        while true {
            let candidate = mid * 1_000_000 + UInt32(rng.integer(100_000, 999_990))
            if usedMMSI.insert(candidate).inserted { return candidate }
        }
    }

    /// Marks an MMSI as taken (for the fixed ones a scenario uses on purpose).
    mutating func reserve(_ mmsi: UInt32) {
        usedMMSI.insert(mmsi)
    }

    /// A seven-digit IMO number with a valid check digit (the last digit is the sum of the first
    /// six weighted 7…2, modulo 10).
    mutating func imo() -> UInt32 {
        let body = rng.integer(900_000, 999_999)
        var digits = body
        var sum = 0
        for weight in 2...7 {
            sum += (digits % 10) * weight
            digits /= 10
        }
        return UInt32(body * 10 + sum % 10)
    }

    mutating func callSign(_ prefix: String) -> String {
        let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        var s = prefix
        while s.count < 6 { s.append(letters[rng.integer(0, letters.count - 1)]) }
        return s
    }

    mutating func shipName(_ first: [String], _ second: [String]) -> String {
        let name = rng.pick(first) + " " + rng.pick(second)
        return String(name.prefix(20))
    }

    static let firstWords = [
        "PACIFIC", "ORIENT", "EASTERN", "GOLDEN", "OCEAN", "SEA", "JADE", "BLUE", "GREAT", "NEW", "SUN", "STAR",
        "HARMONY", "GLORY", "FORTUNE", "EVER", "HAI", "XIN", "DONG", "NAN", "KOREA", "NIPPON", "ASIA", "GRAND",
    ]
    static let secondWords = [
        "PIONEER", "VENTURE", "SPIRIT", "TRADER", "CARRIER", "PEARL", "BRIDGE", "HORIZON", "WAVE", "DRAGON",
        "PHOENIX", "LOTUS", "CROWN", "EXPRESS", "HOPE", "ACE", "VICTORY", "MARU", "SHAN", "HANG", "FENG", "LIBRA",
    ]

    // MARK: merchant traffic

    /// Adds the lane's merchant ships: some already under way or moored at a start, more entering
    /// at gate ends while the scenario runs.
    mutating func addMerchants(_ lane: Lane) {
        let initial = Int((Double(lane.ships) * scale).rounded())
        for _ in 0..<initial {
            let forward = rng.chance(0.5)
            let moored = rng.chance(0.15)
            addMerchant(lane, forward: forward, fraction: moored ? 0 : rng.unit(), from: start, moored: moored)
        }
        let arrivals = lane.arrivalsPerDay * scale / 86_400
        if arrivals > 0 {
            for forward in [true, false] where (forward ? lane.startPort : lane.endPort) == nil {
                var t = start + exponential(1 / arrivals)
                while t < end {
                    addMerchant(lane, forward: forward, fraction: 0, from: t)
                    t += exponential(1 / arrivals)
                }
            }
        }
    }

    private mutating func exponential(_ mean: Double) -> Double {
        -mean * log(max(1e-12, 1 - rng.unit()))
    }

    /// A ship that starts `fraction` of the way along the lane (in its direction of travel) at
    /// `time`, and sails, moors and turns round until the scenario ends or it leaves at a gate.
    mutating func addMerchant(_ lane: Lane, forward: Bool, fraction: Double, from time: Double, moored: Bool = false) {
        let tanker = rng.chance(lane.tankerShare)
        let speed = tanker ? rng.uniform(11, 15) : rng.uniform(12.5, 21)
        var route = forward ? lane.waypoints : Array(lane.waypoints.reversed())
        var destination = forward ? lane.endPort : lane.startPort
        let origin = forward ? lane.startPort : lane.endPort
        var heading = forward
        // Start part-way: drop the waypoints already passed.
        let total = Self.length(route)
        var along = fraction * total
        var startPoint = route[0]
        var index = 1
        while index < route.count {
            let legLength = route[index - 1].distanceNauticalMiles(to: route[index])
            if along <= legLength {
                startPoint = route[index - 1].interpolated(
                    to: route[index],
                    fraction: legLength > 0 ? along / legLength : 0
                )
                break
            }
            along -= legLength
            index += 1
        }
        let mmsi = self.mmsi(rng.pick(lane.mids))
        var builder: TrackBuilder
        if moored, let origin {
            // Moored at the origin when the scenario begins.
            builder = TrackBuilder(time: time, at: berth(origin), status: NavigationStatus.moored)
            builder.stay(seconds: rng.uniform(1, 8) * 3600, status: NavigationStatus.moored)
            builder.sail(to: origin.position, knots: 6)
        } else {
            builder = TrackBuilder(time: time, at: startPoint)
        }
        route = Array(route[min(index, route.count)...])
        while builder.time < end {
            builder.sail(through: route, knots: speed)
            guard let port = destination, builder.time < end else { break }
            builder.sail(to: berth(port), knots: 5)
            builder.stay(seconds: rng.uniform(4, 10) * 3600, status: NavigationStatus.moored)
            builder.sail(to: port.position, knots: 5)
            heading.toggle()
            destination = heading ? lane.endPort : lane.startPort
            route = heading ? lane.waypoints : lane.waypoints.reversed()
            route.removeFirst()
        }
        let name = shipName(Self.firstWords, Self.secondWords)
        vessels.append(
            SimulatedVessel(
                mmsi: mmsi,
                stationClass: .a,
                role: tanker ? .tanker : .merchant,
                name: name,
                callSign: callSign(String(mmsi / 1_000_000 % 10)),
                imo: imo(),
                shipType: tanker ? 80 : 70,
                length: tanker ? rng.integer(120, 250) : rng.integer(100, 300),
                beam: rng.integer(18, 45),
                destination: destination?.code ?? "",
                track: builder.track
            )
        )
    }

    /// A berth in `port` that no other ship of this scenario uses: points on a sunflower spiral
    /// (radius 450 m · √k, successive points 137.5° apart) are at least about 700 m from each other,
    /// and the hundredth is 4.5 km from the port's point, well inside 10 km.
    mutating func berth(_ port: Port) -> GeoPoint {
        let k = (berthCounts[port.code] ?? 0) + 1
        berthCounts[port.code] = k
        return port.position.destination(
            distanceMetres: 450 * Double(k).squareRoot(),
            bearingDegrees: Double(k) * 137.508
        )
    }

    static func length(_ route: [GeoPoint]) -> Double {
        var total = 0.0
        for i in 1..<max(1, route.count) { total += route[i - 1].distanceNauticalMiles(to: route[i]) }
        return total
    }

    // MARK: fishing

    /// Fishing boats working inside a circle: trawling legs at 2.6–4.5 kn, pauses of at most
    /// 15 minutes (so no 4-hour window averages below 2 kn and no two boats stay slow together).
    mutating func fishingTrack(centre: GeoPoint, radius: Double, from time: Double) -> VesselTrack {
        let first = centre.destination(
            nauticalMiles: radius * rng.unit().squareRoot(),
            bearingDegrees: rng.uniform(0, 360)
        )
        var builder = TrackBuilder(time: time, at: first, status: NavigationStatus.fishing)
        while builder.time < end {
            if rng.chance(0.2) {
                builder.stay(seconds: rng.uniform(5, 15) * 60, status: NavigationStatus.fishing)
            }
            var bearing = rng.uniform(0, 360)
            let here = builder.position
            if here.distanceNauticalMiles(to: centre) > radius * 0.8 {
                bearing = here.initialBearingDegrees(to: centre) + rng.uniform(-40, 40)
            }
            let knots = rng.uniform(2.6, 4.5)
            let minutes = rng.uniform(20, 50)
            builder.drift(seconds: minutes * 60, knots: knots, bearing: bearing, status: NavigationStatus.fishing)
        }
        return builder.track
    }

    /// A fleet of `count` (scaled) boats around `centre`.
    mutating func addFishingFleet(
        centre: GeoPoint,
        radius: Double,
        count: Int,
        mids: [UInt32],
        namePrefix: String,
        classBShare: Double = 0.8
    ) {
        let n = max(2, Int((Double(count) * scale).rounded()))
        for k in 0..<n {
            let mmsi = self.mmsi(rng.pick(mids))
            let classB = rng.chance(classBShare)
            vessels.append(
                SimulatedVessel(
                    mmsi: mmsi,
                    stationClass: classB ? .b : .a,
                    role: .fishing,
                    name: "\(namePrefix) \(rng.integer(100, 99_999))",
                    callSign: callSign(namePrefix.prefix(1) + String(k % 10)),
                    imo: 0,
                    shipType: 30,
                    length: rng.integer(20, 60),
                    beam: rng.integer(5, 10),
                    track: fishingTrack(centre: centre, radius: radius, from: start)
                )
            )
        }
    }

    // MARK: injected behaviour

    /// Turns vessel `index`'s transmitter off over `interval` and records the truth `gap`.
    mutating func goDark(_ index: Int, over interval: ClosedRange<Double>, story: String) {
        vessels[index].silences.append(interval)
        let p = vessels[index].track.state(at: interval.lowerBound).position
        injected.append(
            TruthEvent(
                type: .gap,
                mmsi: [vessels[index].mmsi],
                start: interval.lowerBound,
                end: interval.upperBound,
                latitude: p.latitude,
                longitude: p.longitude,
                details: [
                    ("story", .text(story)),
                    ("hours", .number((interval.upperBound - interval.lowerBound) / 3600)),
                ]
            )
        )
    }

    /// Records an identity anomaly for `mmsi` over `interval` at `position`.
    mutating func identityEvent(
        _ mmsi: UInt32,
        _ interval: ClosedRange<Double>,
        at position: GeoPoint,
        kind: String,
        story: String
    ) {
        injected.append(
            TruthEvent(
                type: .identity,
                mmsi: [mmsi],
                start: interval.lowerBound,
                end: interval.upperBound,
                latitude: position.latitude,
                longitude: position.longitude,
                details: [("kind", .text(kind)), ("story", .text(story))]
            )
        )
    }
}
