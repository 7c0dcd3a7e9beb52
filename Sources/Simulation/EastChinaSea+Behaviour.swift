import Geo

extension EastChinaSea {
    /// China Coast Guard: four ships hold north-west of the Senkaku and every day steam into the
    /// contiguous zone, follow a track 18 nm from the nearest of the western islands (6 nm inside
    /// the contiguous zone, 6 nm outside the territorial sea) for 7–9 hours, and leave. On about
    /// one day in three (always on the first day) the leading pair also enter the territorial sea
    /// to a point 7 nm west of Uotsuri-shima and steam a 3-nm box there for two hours.
    static func addCoastGuard(_ b: inout ScenarioBuilder) {
        let western = Array(senkaku.prefix(4))
        let loop = SimulationZone.ring(around: western, radiusNauticalMiles: 18)
        let holding = p(26.30, 123.00)
        let intrusionPoint = senkaku[0].destination(nauticalMiles: 7, bearingDegrees: 270)
        let days = Int((b.hours / 24).rounded(.up))
        var intrusionDays: [Bool] = (0..<days).map { _ in b.rng.chance(0.35) }
        if b.hours >= 20 && !intrusionDays.isEmpty { intrusionDays[0] = true }
        let entries = (0..<days).map { d in b.start + Double(d) * 86_400 + b.rng.uniform(0.5, 1.5) * 3600 }
        let loopHours = (0..<days).map { _ in b.rng.uniform(7, 9) }
        let entryIndex = loop.indices.min {
            loop[$0].distanceNauticalMiles(to: holding) < loop[$1].distanceNauticalMiles(to: holding)
        }!

        for k in 0..<4 {
            let lag = Double(k) * 450  // about 1.1 nm apart at 9 kn
            var t = TrackBuilder(
                time: b.start,
                at: holding.destination(nauticalMiles: Double(k) * 1.2, bearingDegrees: 315)
            )
            for d in 0..<days {
                // Hold in a 4-nm box at 6 kn until this day's entry.
                holdBox(&t, around: holding, side: 4, knots: 6, until: entries[d] + lag)
                guard t.time < b.end else { break }
                t.sail(to: loop[entryIndex], knots: 12)
                let loopEnd = t.time + loopHours[d] * 3600
                var i = entryIndex
                var intruded = false
                while t.time < loopEnd {
                    i = (i + 1) % (loop.count - 1)
                    t.sail(to: loop[i], knots: 9)
                    if k < 2 && intrusionDays[d] && !intruded && t.time > loopEnd - loopHours[d] * 3600 + 1.5 * 3600 {
                        intruded = true
                        t.sail(to: intrusionPoint, knots: 12)
                        holdBox(&t, around: intrusionPoint, side: 3, knots: 5, until: t.time + 2 * 3600)
                        let back = loop.indices.min {
                            loop[$0].distanceNauticalMiles(to: intrusionPoint)
                                < loop[$1].distanceNauticalMiles(to: intrusionPoint)
                        }!
                        t.sail(to: loop[back], knots: 12)
                        i = back
                    }
                }
                t.sail(to: holding, knots: 12)
            }
            holdBox(&t, around: holding, side: 4, knots: 6, until: b.end)
            let mmsi = b.mmsi(413)
            b.vessels.append(
                SimulatedVessel(
                    mmsi: mmsi,
                    stationClass: .a,
                    role: .coastGuard,
                    name: "HAIJING \(2301 + k * 201)",
                    callSign: b.callSign("BN"),
                    imo: 0,
                    shipType: 55,
                    length: 100 + 10 * k,
                    beam: 15,
                    destination: "",
                    track: t.track
                )
            )
        }
    }

    /// Steams round a square of `side` nm centred on `centre` until `time`.
    static func holdBox(
        _ t: inout TrackBuilder,
        around centre: GeoPoint,
        side: Double,
        knots: Double,
        until time: Double
    ) {
        let half = side / 2 * 2.0.squareRoot()
        let corners = [45.0, 135, 225, 315].map { centre.destination(nauticalMiles: half, bearingDegrees: $0) }
        var c = corners.indices.min {
            corners[$0].distanceNauticalMiles(to: t.position) < corners[$1].distanceNauticalMiles(to: t.position)
        }!
        while t.time < time {
            t.sail(to: corners[c], knots: knots)
            c = (c + 1) % 4
        }
    }
}
