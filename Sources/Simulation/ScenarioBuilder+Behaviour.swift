import Geo

/// Where and how a ship-to-ship transfer happens.
struct TransferPlan {
    /// Where the tankers meet (in coastal coverage, more than 20 nm from shore and 10 km from ports).
    var meeting: GeoPoint
    /// Where tanker A starts, and where it goes after the transfer.
    var startA: GeoPoint
    var homeA: [GeoPoint]
    /// Bearing from the meeting point to where tanker B starts, 66 nm out, AIS off.
    var approachBearing: Double
    /// Where tanker B goes dark, and the fleet it waits among.
    var darkPoint: GeoPoint
    var fleet: GeoPoint
    /// Tanker B's way out of the area afterwards.
    var exit: [GeoPoint]
    var midsA: [UInt32]
    var midsB: [UInt32]
    var names: (String, String)
}

extension ScenarioBuilder {
    /// The transfer: tanker A sails to the meeting point and drifts at 0.4 kn; tanker B arrives
    /// with its AIS off, switches it on 60 m alongside, transfers for 6.5–7.5 hours, leaves at 14 kn for the
    /// offshore fleet and goes dark there for 13–15 hours before leaving. The encounter and both
    /// tankers' loitering are found from the tracks by ``GroundTruth``; the dark period is injected
    /// as a `gap` only when it ends at least two hours before the feed does (so that the ship is
    /// seen again), and otherwise left out (tanker B then keeps transmitting).
    mutating func addTransfer(_ plan: TransferPlan) {
        var a = TrackBuilder(time: start + rng.uniform(0, 1) * 3600, at: plan.startA)
        a.sail(to: plan.meeting, knots: 12)
        let arrival = a.time
        let meet = arrival + rng.uniform(0.8, 1.5) * 3600
        let part = meet + rng.uniform(6.5, 7.5) * 3600
        let leaveA = part + 3600
        a.drift(seconds: leaveA - arrival, knots: 0.4, bearing: 80)
        a.sail(through: plan.homeA, knots: 12)
        let trackA = a.track

        func alongside(_ time: Double) -> GeoPoint {
            trackA.state(at: time).position.destination(distanceMetres: 60, bearingDegrees: 170)
        }
        let q = plan.meeting.destination(nauticalMiles: 66, bearingDegrees: plan.approachBearing)
        let slow = alongside(meet).destination(nauticalMiles: 1, bearingDegrees: plan.approachBearing)
        var bt = TrackBuilder(time: meet - 6 * 3600, at: q)
        bt.move(to: slow, arriving: meet - 20 * 60)
        bt.move(to: alongside(meet), arriving: meet)
        bt.move(to: alongside(part), arriving: part)
        bt.sail(to: plan.darkPoint, knots: 14)
        let darkStart = bt.time
        let darkHours = rng.uniform(13, 15)
        while bt.time < darkStart + darkHours * 3600 {
            var bearing = rng.uniform(0, 360)
            if bt.position.distanceNauticalMiles(to: plan.fleet) > 12 {
                bearing = bt.position.initialBearingDegrees(to: plan.fleet)
            }
            bt.drift(seconds: rng.uniform(40, 80) * 60, knots: rng.uniform(3, 6), bearing: bearing)
        }
        let darkEnd = bt.time
        bt.sail(through: plan.exit, knots: 12)

        let mmsiA = mmsi(rng.pick(plan.midsA))
        let mmsiB = mmsi(rng.pick(plan.midsB))
        vessels.append(
            SimulatedVessel(
                mmsi: mmsiA,
                stationClass: .a,
                role: .tanker,
                name: plan.names.0,
                callSign: callSign("3E"),
                imo: imo(),
                shipType: 80,
                length: 180,
                beam: 32,
                destination: "",
                track: trackA
            )
        )
        let indexB = vessels.count
        vessels.append(
            SimulatedVessel(
                mmsi: mmsiB,
                stationClass: .a,
                role: .tanker,
                name: plan.names.1,
                callSign: callSign("9L"),
                imo: imo(),
                shipType: 80,
                length: 170,
                beam: 30,
                destination: "",
                track: bt.track,
                silences: [bt.points[0].time...(meet - 1)]
            )
        )
        if darkEnd + 2 * 3600 <= end {
            goDark(indexB, over: darkStart...darkEnd, story: "tanker goes dark after a ship-to-ship transfer")
        }
    }

    /// A vessel that comes from 30 nm north-west at 10 kn, drifts `hours` at `knots` towards 020°
    /// from `point`, and leaves north-east, arriving `fraction` of the way into the run.
    mutating func addLoiterer(
        at point: GeoPoint,
        hours: Double,
        knots: Double,
        fraction: Double,
        role: SimulatedVessel.Role,
        name: String,
        mid: UInt32,
        shipType: UInt8
    ) {
        let arrive = start + (end - start) * fraction + rng.uniform(0, 2) * 3600
        var t = TrackBuilder(time: arrive - 3 * 3600, at: point.destination(nauticalMiles: 30, bearingDegrees: 315))
        t.sail(to: point, knots: 10)
        t.drift(seconds: hours * 3600, knots: knots, bearing: 20)
        t.sail(to: t.position.destination(nauticalMiles: 60, bearingDegrees: 45), knots: 10)
        vessels.append(
            SimulatedVessel(
                mmsi: mmsi(mid),
                stationClass: .a,
                role: role,
                name: name,
                callSign: callSign("BS"),
                imo: imo(),
                shipType: shipType,
                length: 90,
                beam: 15,
                track: t.track
            )
        )
    }

    /// A cargo ship on `lane` whose MMSI, name and IMO a second ship broadcasts along `clonePath`
    /// (ending moored in `clonePort`) for the middle half of the run.
    mutating func addClone(lane: Lane, clonePath: [GeoPoint], clonePort: Port, story: String) {
        let h = end - start
        addMerchant(lane, forward: true, fraction: 0.3, from: start)
        let original = vessels[vessels.count - 1]
        let t0 = start + 0.2 * h
        let t1 = start + 0.7 * h
        var c = TrackBuilder(time: t0, at: clonePath[0])
        c.sail(through: Array(clonePath.dropFirst()), knots: 12)
        c.sail(to: berth(clonePort), knots: 5)
        c.stay(seconds: max(60, t1 - c.time), status: NavigationStatus.moored)
        var clone = original
        clone.track = c.track
        clone.destination = clonePort.code
        vessels.append(clone)
        identityEvent(original.mmsi, t0...clone.track.endTime, at: clonePath[0], kind: "mmsi_clone", story: story)
    }

    /// A tanker moored in `port` that changes name and call sign (keeping its IMO number) 40 % of
    /// the way into the run, two hours before it sails along `exit`. The truth holds two events (name and call
    /// sign, as the detector reports each kind), each spanning the half hour after the change, in
    /// which the 6-minute static reports carry the new identity.
    mutating func addRenamedTanker(in port: Port, exit: [GeoPoint], mids: [UInt32], names: (String, String)) {
        let change = start + 0.4 * (end - start)
        var r = TrackBuilder(time: start, at: berth(port), status: NavigationStatus.moored)
        r.stay(seconds: change - start + 2 * 3600, status: NavigationStatus.moored)
        r.sail(through: [port.position] + exit, knots: 12)
        let mmsi = self.mmsi(rng.pick(mids))
        let imo = self.imo()
        vessels.append(
            SimulatedVessel(
                mmsi: mmsi,
                stationClass: .a,
                role: .tanker,
                name: names.0,
                callSign: callSign("3F"),
                imo: imo,
                shipType: 80,
                length: 150,
                beam: 26,
                destination: port.code,
                track: r.track,
                identityChange: .init(time: change, name: names.1, callSign: callSign("T8"), imo: imo)
            )
        )
        for kind in ["name_change", "call_sign_change"] {
            identityEvent(
                mmsi,
                change...(change + 1800),
                at: r.points[0].position,
                kind: kind,
                story: "name and call sign change while moored"
            )
        }
    }

    /// Gives vessel `index` an MMSI whose MID (`mid`) is not allocated to any country (the ITU's
    /// table of Maritime Identification Digits allocates 201–775 to ship stations).
    mutating func giveInvalidMID(_ index: Int, mid: UInt32, story: String) {
        let invalid = mid * 1_000_000 + UInt32(rng.integer(100_000, 999_999))
        reserve(invalid)
        vessels[index].mmsi = invalid
        let v = vessels[index]
        identityEvent(
            invalid,
            v.track.startTime...min(end, v.track.endTime),
            at: v.track.points[0].position,
            kind: "invalid_mid",
            story: story
        )
    }
}
