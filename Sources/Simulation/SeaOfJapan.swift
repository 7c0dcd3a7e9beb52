import Geo

/// The Sea of Japan scenario: lanes between Korea, Russia's Primorye and Japan's west coast; a
/// joint Russian–Chinese naval patrol heading for the Tsugaru Strait; squid boats on the Yamato
/// Bank (seen only by satellite); a ship-to-ship transfer of the kind UN panels have linked to
/// North Korea, off Ulleungdo; a loitering survey ship; a cloned MMSI, a renamed tanker and an
/// invalid MMSI.
///
/// Positions as in ``EastChinaSea``: ports from the NGA World Port Index (Pub. 150), rounded.
public enum SeaOfJapan {
    static func p(_ latitude: Double, _ longitude: Double) -> GeoPoint {
        GeoPoint(latitude: latitude, longitude: longitude)
    }

    public static let ports: [Port] = [
        Port(name: "Busan", code: "KRPUS", latitude: 35.10, longitude: 129.04),
        Port(name: "Pohang", code: "KRKPO", latitude: 36.02, longitude: 129.40),
        Port(name: "Donghae", code: "KRTGH", latitude: 37.49, longitude: 129.14),
        Port(name: "Vladivostok", code: "RUVVO", latitude: 43.11, longitude: 131.89),
        Port(name: "Vostochny", code: "RUVYP", latitude: 42.74, longitude: 133.07),
        Port(name: "Niigata", code: "JPKIJ", latitude: 37.95, longitude: 139.06),
        Port(name: "Fushiki-Toyama", code: "JPFKJ", latitude: 36.80, longitude: 137.06),
        Port(name: "Maizuru", code: "JPMAI", latitude: 35.47, longitude: 135.38),
        Port(name: "Sakaiminato", code: "JPSMN", latitude: 35.55, longitude: 133.24),
        Port(name: "Akita", code: "JPAXT", latitude: 39.76, longitude: 140.06),
        Port(name: "Otaru", code: "JPOTR", latitude: 43.20, longitude: 141.00),
    ]

    static func port(_ code: String) -> Port { ports.first { $0.code == code }! }

    static let receivers: [CoastalReceiver] = [
        CoastalReceiver(name: "Busan", position: p(35.10, 129.04), baseStationMMSI: 4_400_001),
        CoastalReceiver(name: "Pohang", position: p(36.02, 129.55), baseStationMMSI: 4_400_003),
        CoastalReceiver(name: "Donghae", position: p(37.49, 129.14), baseStationMMSI: 4_400_004),
        CoastalReceiver(name: "Sokcho", position: p(38.20, 128.60), baseStationMMSI: 4_400_005),
        CoastalReceiver(name: "Ulleungdo", position: p(37.50, 130.90), baseStationMMSI: 4_400_006),
        CoastalReceiver(name: "Vladivostok", position: p(43.00, 131.90), baseStationMMSI: 2_730_001),
        CoastalReceiver(name: "Nakhodka", position: p(42.80, 132.90), baseStationMMSI: 2_730_002),
        CoastalReceiver(name: "Tsushima", position: p(34.20, 129.30), baseStationMMSI: 4_310_010),
        CoastalReceiver(name: "Oki", position: p(36.20, 133.30), baseStationMMSI: 4_310_011),
        CoastalReceiver(name: "Sakaiminato", position: p(35.55, 133.24), baseStationMMSI: 4_310_012),
        CoastalReceiver(name: "Maizuru", position: p(35.50, 135.30), baseStationMMSI: 4_310_013),
        CoastalReceiver(name: "Echizen", position: p(36.00, 136.00), baseStationMMSI: 4_310_014),
        CoastalReceiver(name: "Noto", position: p(37.50, 137.30), baseStationMMSI: 4_310_015),
        CoastalReceiver(name: "Toyama", position: p(36.80, 137.06), baseStationMMSI: 4_310_016),
        CoastalReceiver(name: "Sado", position: p(38.00, 138.40), baseStationMMSI: 4_310_017),
        CoastalReceiver(name: "Niigata", position: p(37.95, 139.06), baseStationMMSI: 4_310_018),
        CoastalReceiver(name: "Akita", position: p(39.76, 140.06), baseStationMMSI: 4_310_019),
        CoastalReceiver(name: "Okushiri", position: p(42.15, 139.45), baseStationMMSI: 4_310_020),
        CoastalReceiver(name: "Tappi", position: p(41.25, 140.35), baseStationMMSI: 4_310_021),
        CoastalReceiver(name: "Otaru", position: p(43.20, 141.00), baseStationMMSI: 4_310_022),
    ]

    static let coast: [GeoPoint] = [
        p(37.24, 131.87), p(38.60, 128.35), p(39.80, 127.60), p(40.70, 129.70), p(41.80, 130.40), p(42.50, 131.00),
        p(43.50, 135.00), p(44.50, 136.30), p(37.00, 136.70), p(37.80, 137.30), p(40.00, 139.70), p(41.50, 140.00),
        p(42.50, 139.80), p(36.25, 133.30), p(35.60, 134.50), p(36.30, 136.10), p(35.45, 132.70),
    ]

    static func scenario(hours: Double, seed: UInt64, zones: [SimulationZone], trafficScale: Double) -> Scenario {
        let start = 1_767_225_600.0  // 2026-01-01T00:00:00Z
        var b = ScenarioBuilder(seed: seed, start: start, hours: hours, scale: trafficScale)
        for lane in lanes() { b.addMerchants(lane) }
        let yamato = p(39.40, 135.20)
        let firstSquid = b.vessels.count
        b.addFishingFleet(centre: yamato, radius: 22, count: 40, mids: [412, 413, 440], namePrefix: "LUYU")
        let coastal = b.vessels.count
        b.addFishingFleet(centre: p(37.70, 129.60), radius: 10, count: 15, mids: [440, 441], namePrefix: "DONGHAE")
        addJointPatrol(&b)
        b.addTransfer(
            TransferPlan(
                meeting: p(37.75, 131.30),
                startA: p(37.20, 130.90),
                homeA: [p(35.30, 129.40), port("KRPUS").position],
                approachBearing: 10,
                darkPoint: p(39.25, 134.95),
                fleet: yamato,
                exit: [p(41.40, 139.70)],
                midsA: [613, 667, 511],
                midsB: [671, 620, 457],
                names: ("NEW REGENT", "YU JONG 2")
            )
        )
        if hours >= 18 {
            b.addLoiterer(
                at: p(37.05, 130.55),
                hours: 7,
                knots: 0.6,
                fraction: 0.35,
                role: .survey,
                name: "AKADEMIK SOKOLOV",
                mid: 273,
                shipType: 52
            )
        }
        if hours >= 30 {
            b.goDark(
                firstSquid,
                over: (start + hours * 3600 * 0.3)...(start + hours * 3600 * 0.3 + b.rng.uniform(13, 16) * 3600),
                story: "squid boat switches AIS off on the Yamato Bank"
            )
        }
        b.addClone(
            lane: lanes()[0],
            clonePath: [p(38.40, 138.00), p(37.95, 138.80)],
            clonePort: port("JPKIJ"),
            story: "a second ship broadcasts this MMSI, name and IMO off Niigata"
        )
        b.addRenamedTanker(
            in: port("RUVVO"),
            exit: [p(42.60, 131.90), p(36.50, 130.50), p(35.30, 129.40)],
            mids: [273, 667],
            names: ("PRIMORYE TRADER", "GOLDEN WAVE 3")
        )
        b.giveInvalidMID(coastal, mid: 123, story: "fishing boat broadcasting an MMSI with unallocated MID 123")

        var satellite = SatelliteCoverage()
        satellite.phaseSeconds = b.rng.uniform(0, satellite.periodSeconds)
        let shore = ports.map(\.position) + receivers.map(\.position) + coast
        return Scenario(
            name: Scenario.Name.seaOfJapan.rawValue,
            seed: seed,
            startTime: Int64(start),
            duration: hours * 3600,
            vessels: b.vessels,
            reception: ReceptionModel(receivers: receivers, satellite: satellite),
            ports: ports,
            shore: shore,
            zones: zones,
            injected: b.injected
        )
    }

    /// Five Russian and five Chinese warships in two columns, 2 nm apart and 1.5 nm between ships,
    /// from Peter the Great Gulf to the Tsugaru Strait at 14 kn (as the 2021–2023 joint patrols did).
    static func addJointPatrol(_ b: inout ScenarioBuilder) {
        let route = [p(42.50, 132.20), p(40.20, 136.00), p(41.40, 139.70)]
        let depart = b.start + b.rng.uniform(0.1, 0.3) * (b.end - b.start)
        for column in 0..<2 {
            for k in 0..<5 {
                let sideways = Double(column) * 2 - 1
                let lag = Double(k) * 1.5 / 14 * 3600
                let offset = route.map { $0.destination(nauticalMiles: sideways, bearingDegrees: 45) }
                var t = TrackBuilder(time: depart + lag, at: offset[0])
                t.sail(through: Array(offset.dropFirst()), knots: 14)
                b.vessels.append(
                    SimulatedVessel(
                        mmsi: b.mmsi(column == 0 ? 273 : 412),
                        stationClass: .a,
                        role: .navy,
                        name: column == 0 ? "RFS WARSHIP \(k + 1)" : "PLAN WARSHIP \(k + 1)",
                        callSign: b.callSign(column == 0 ? "UB" : "BB"),
                        imo: 0,
                        shipType: 35,
                        length: 160,
                        beam: 18,
                        track: t.track
                    )
                )
            }
        }
    }

    static func lanes() -> [Lane] {
        let pus = port("KRPUS")
        let pohang = port("KRKPO")
        let donghae = port("KRTGH")
        let vvo = port("RUVVO")
        let vyp = port("RUVYP")
        let niigata = port("JPKIJ")
        let toyama = port("JPFKJ")
        let maizuru = port("JPMAI")
        let sakai = port("JPSMN")
        let akita = port("JPAXT")
        let otaru = port("JPOTR")
        let pusA = p(35.30, 129.40)
        let tsushimaGate = p(33.80, 128.90)
        let tsugaru = p(41.40, 139.70)
        let korea: [UInt32] = [440, 441]
        let russia: [UInt32] = [273]
        let japan: [UInt32] = [431, 432]
        let flags: [UInt32] = [351, 352, 353, 370, 371, 636, 538, 477, 412, 413]
        return [
            Lane(
                waypoints: [pus.position, pusA, p(36.50, 130.50), p(42.60, 131.90), vvo.position],
                startPort: pus,
                endPort: vvo,
                ships: 14,
                mids: korea + russia + flags
            ),
            Lane(
                waypoints: [
                    pus.position, pusA, p(35.60, 131.00), p(36.80, 134.00), p(37.70, 138.50), niigata.position,
                ],
                startPort: pus,
                endPort: niigata,
                ships: 10,
                mids: korea + japan + flags
            ),
            Lane(
                waypoints: [vvo.position, p(42.60, 131.90), p(39.00, 137.00), p(38.10, 138.70), niigata.position],
                startPort: vvo,
                endPort: niigata,
                ships: 6,
                mids: russia + japan
            ),
            Lane(
                waypoints: [vyp.position, p(42.40, 133.20), tsugaru],
                startPort: vyp,
                endPort: nil,
                ships: 10,
                arrivalsPerDay: 6,
                mids: russia + flags
            ),
            Lane(
                waypoints: [tsushimaGate, pusA, p(37.00, 130.20), p(40.50, 137.50), tsugaru],
                startPort: nil,
                endPort: nil,
                ships: 16,
                arrivalsPerDay: 10,
                mids: flags + korea
            ),
            Lane(
                waypoints: [maizuru.position, p(35.70, 135.30), p(40.00, 133.00), p(42.60, 131.90), vvo.position],
                startPort: maizuru,
                endPort: vvo,
                ships: 4,
                mids: japan + russia
            ),
            Lane(
                waypoints: [sakai.position, p(35.70, 133.00), p(36.00, 130.50), pohang.position],
                startPort: sakai,
                endPort: pohang,
                ships: 4,
                mids: japan + korea
            ),
            Lane(
                waypoints: [toyama.position, p(37.00, 137.00), p(40.00, 134.50), vyp.position],
                startPort: toyama,
                endPort: vyp,
                ships: 4,
                mids: japan + russia
            ),
            Lane(
                waypoints: [akita.position, p(39.80, 139.50), p(38.00, 132.00), donghae.position],
                startPort: akita,
                endPort: donghae,
                ships: 4,
                mids: japan + korea
            ),
            Lane(
                waypoints: [otaru.position, p(43.30, 140.50), p(42.80, 135.00), vvo.position],
                startPort: otaru,
                endPort: vvo,
                ships: 4,
                mids: japan + russia
            ),
        ]
    }
}
