import Geo

/// The East China Sea scenario: lanes between the ports of China, Taiwan, Korea and Japan;
/// fishing fleets; China Coast Guard patrols around the Senkaku Islands; a ship-to-ship transfer
/// off Shanghai with a tanker that goes dark; loiterers; a cloned MMSI, a renamed ship and an
/// invalid MMSI.
///
/// Port positions are points in each main harbour read from the NGA World Port Index (Pub. 150)
/// and rounded to 0.01°; island positions are from the Geospatial Information Authority of Japan's
/// maps, rounded to 0.001°. Coast points are rounded headlands and islands for distance to
/// shore; they are coarse, so the injected behaviour keeps at least 5 nm beyond each threshold.
public enum EastChinaSea {
    static func p(_ latitude: Double, _ longitude: Double) -> GeoPoint {
        GeoPoint(latitude: latitude, longitude: longitude)
    }

    // MARK: places

    public static let ports: [Port] = [
        Port(name: "Shanghai", code: "CNSHA", latitude: 31.33, longitude: 121.70),
        Port(name: "Ningbo", code: "CNNGB", latitude: 29.93, longitude: 121.85),
        Port(name: "Fuzhou", code: "CNFOC", latitude: 25.98, longitude: 119.65),
        Port(name: "Xiamen", code: "CNXMN", latitude: 24.45, longitude: 118.07),
        Port(name: "Keelung", code: "TWKEL", latitude: 25.15, longitude: 121.74),
        Port(name: "Taichung", code: "TWTXG", latitude: 24.29, longitude: 120.51),
        Port(name: "Kaohsiung", code: "TWKHH", latitude: 22.61, longitude: 120.28),
        Port(name: "Naha", code: "JPNAH", latitude: 26.22, longitude: 127.67),
        Port(name: "Ishigaki", code: "JPISG", latitude: 24.33, longitude: 124.15),
        Port(name: "Hirara", code: "JPHRR", latitude: 24.81, longitude: 125.28),
        Port(name: "Kagoshima", code: "JPKOJ", latitude: 31.59, longitude: 130.57),
        Port(name: "Nagasaki", code: "JPNGS", latitude: 32.74, longitude: 129.86),
        Port(name: "Busan", code: "KRPUS", latitude: 35.10, longitude: 129.04),
    ]

    static func port(_ code: String) -> Port { ports.first { $0.code == code }! }

    /// The Senkaku Islands: Uotsuri-shima, Kita-kojima, Minami-kojima, Kuba-shima, Taisho-to.
    public static let senkaku: [GeoPoint] = [
        p(25.743, 123.474), p(25.730, 123.541), p(25.722, 123.553), p(25.923, 123.682), p(25.922, 124.557),
    ]
    /// Yonaguni-jima, Ishigaki-jima (two points), Miyako-jima (two points).
    public static let sakishima: [GeoPoint] = [
        p(24.450, 122.990), p(24.340, 124.160), p(24.560, 124.280), p(24.730, 125.330), p(24.880, 125.260),
    ]

    /// The zones used when no zone file is given: 12 nm and 24 nm buffers around the island points.
    public static let defaultZones: [SimulationZone] = [
        .buffer(name: "Senkaku territorial sea", around: senkaku, radiusNauticalMiles: 12),
        .buffer(name: "Senkaku contiguous zone", around: senkaku, radiusNauticalMiles: 24),
        .buffer(name: "Sakishima territorial sea", around: sakishima, radiusNauticalMiles: 12),
        .buffer(name: "Sakishima contiguous zone", around: sakishima, radiusNauticalMiles: 24),
    ]

    static let receivers: [CoastalReceiver] = [
        CoastalReceiver(name: "Shanghai Pudong", position: p(31.20, 121.90), baseStationMMSI: 4_123_001),
        CoastalReceiver(name: "Shengsi Huaniao", position: p(30.86, 122.67), baseStationMMSI: 4_123_002),
        CoastalReceiver(name: "Zhoushan Zhujiajian", position: p(29.90, 122.40), baseStationMMSI: 4_123_003),
        CoastalReceiver(name: "Taizhou Dachen", position: p(28.45, 121.90), baseStationMMSI: 4_123_004),
        CoastalReceiver(name: "Wenzhou Nanji", position: p(27.46, 121.08), baseStationMMSI: 4_123_005),
        CoastalReceiver(name: "Matsu", position: p(26.15, 119.95), baseStationMMSI: 4_163_001),
        CoastalReceiver(name: "Xiamen", position: p(24.45, 118.10), baseStationMMSI: 4_123_006),
        CoastalReceiver(name: "Penghu", position: p(23.57, 119.58), baseStationMMSI: 4_163_002),
        CoastalReceiver(name: "Taichung", position: p(24.29, 120.51), baseStationMMSI: 4_163_003),
        CoastalReceiver(name: "Kaohsiung", position: p(22.60, 120.28), baseStationMMSI: 4_163_004),
        CoastalReceiver(name: "Eluanbi", position: p(21.90, 120.85), baseStationMMSI: 4_163_005),
        CoastalReceiver(name: "Su-ao", position: p(24.60, 121.87), baseStationMMSI: 4_163_006),
        CoastalReceiver(name: "Keelung", position: p(25.15, 121.74), baseStationMMSI: 4_163_007),
        CoastalReceiver(name: "Taoyuan", position: p(25.05, 121.10), baseStationMMSI: 4_163_008),
        CoastalReceiver(name: "Yonaguni", position: p(24.45, 122.99), baseStationMMSI: 4_310_001),
        CoastalReceiver(name: "Ishigaki", position: p(24.40, 124.18), baseStationMMSI: 4_310_002),
        CoastalReceiver(name: "Miyako", position: p(24.78, 125.30), baseStationMMSI: 4_310_003),
        CoastalReceiver(name: "Kumejima", position: p(26.35, 126.77), baseStationMMSI: 4_310_004),
        CoastalReceiver(name: "Naha", position: p(26.22, 127.67), baseStationMMSI: 4_310_005),
        CoastalReceiver(name: "Amami", position: p(28.38, 129.49), baseStationMMSI: 4_310_006),
        CoastalReceiver(name: "Kagoshima", position: p(31.30, 130.55), baseStationMMSI: 4_310_007),
        CoastalReceiver(name: "Goto Fukue", position: p(32.70, 128.84), baseStationMMSI: 4_310_008),
        CoastalReceiver(name: "Nagasaki", position: p(32.74, 129.86), baseStationMMSI: 4_310_009),
        CoastalReceiver(name: "Tsushima", position: p(34.20, 129.30), baseStationMMSI: 4_310_010),
        CoastalReceiver(name: "Busan", position: p(35.10, 129.04), baseStationMMSI: 4_400_001),
        CoastalReceiver(name: "Jeju", position: p(33.50, 126.50), baseStationMMSI: 4_400_002),
        // Receivers aboard the Japan Coast Guard patrol ships on station off the Senkaku (modelled
        // as fixed; no base station).
        CoastalReceiver(name: "JCG patrol west", position: p(26.05, 123.60)),
        CoastalReceiver(name: "JCG patrol east", position: p(25.85, 124.35)),
    ]

    /// Coast points besides ports and shore receivers: Chinese, Taiwanese, Korean and Japanese
    /// headlands and islands.
    static let coast: [GeoPoint] = [
        p(30.20, 122.70), p(29.20, 122.10), p(27.00, 120.50), p(26.40, 120.50), p(25.30, 121.55), p(25.00, 121.00),
        p(24.00, 121.65), p(23.00, 121.40), p(22.05, 121.55), p(23.20, 119.50), p(25.63, 122.08), p(33.20, 126.30),
        p(34.00, 127.30), p(34.85, 128.70), p(33.10, 129.00), p(31.00, 130.66), p(30.35, 130.50), p(30.83, 129.93),
        p(29.97, 129.93), p(27.80, 128.95), p(27.40, 128.60), p(26.87, 128.27), p(26.35, 126.80), p(26.20, 127.30),
        p(25.85, 131.23), p(25.95, 131.30),
    ]

    static let satelliteHoleCentre = p(22.8, 127.8)

    // MARK: building

    static func scenario(hours: Double, seed: UInt64, zones: [SimulationZone], trafficScale: Double) -> Scenario {
        let start = 1_767_225_600.0  // 2026-01-01T00:00:00Z
        var b = ScenarioBuilder(seed: seed, start: start, hours: hours, scale: trafficScale)
        for lane in lanes() { b.addMerchants(lane) }
        // Fleets: Chinese trawlers far out in the middle of the sea (seen only by satellite), a
        // coastal fleet off Zhoushan, Taiwanese boats off Su-ao.
        let offshoreFleet = p(29.25, 124.95)
        let firstOffshore = b.vessels.count
        b.addFishingFleet(centre: offshoreFleet, radius: 18, count: 30, mids: [412, 413], namePrefix: "ZHEPUYU")
        b.addFishingFleet(centre: p(29.55, 122.90), radius: 12, count: 40, mids: [412, 413], namePrefix: "ZHEDAIYU")
        let taiwanFleet = b.vessels.count
        b.addFishingFleet(centre: p(24.95, 122.20), radius: 12, count: 20, mids: [416], namePrefix: "YU SHENG")
        addCoastGuard(&b)
        b.addTransfer(
            TransferPlan(
                meeting: p(30.95, 123.20),
                startA: p(29.75, 122.65),
                homeA: [p(29.75, 122.65), port("CNNGB").position],
                approachBearing: 120,
                darkPoint: p(29.35, 124.85),
                fleet: offshoreFleet,
                exit: [p(25.60, 126.60), p(26.50, 133.50)],
                midsA: [351, 352, 370, 636],
                midsB: [613, 667, 671],
                names: ("JIN HAI STAR", "SKY ROSE")
            )
        )
        if hours >= 18 {
            // A survey ship 32 nm north of Kuba-shima (outside the contiguous zone, heard by the
            // patrol ship's receiver) and a reefer beside the offshore fleet (heard by satellite).
            b.addLoiterer(
                at: p(26.40, 123.95),
                hours: 7,
                knots: 0.6,
                fraction: 0.3,
                role: .survey,
                name: "HAI DIAO 718",
                mid: 413,
                shipType: 52
            )
            b.addLoiterer(
                at: p(29.05, 125.35),
                hours: 8,
                knots: 0.8,
                fraction: 0.45,
                role: .carrier,
                name: "FU YUAN LENG 66",
                mid: 412,
                shipType: 70
            )
        }
        if hours >= 30 {
            b.goDark(
                firstOffshore,
                over: (start + hours * 3600 * 0.3)...(start + hours * 3600 * 0.3 + b.rng.uniform(13, 16) * 3600),
                story: "fishing boat switches AIS off inside its fleet"
            )
        }
        b.addClone(
            lane: lanes()[1],
            clonePath: [p(25.55, 120.65), p(23.00, 119.30), p(22.50, 120.10)],
            clonePort: port("TWKHH"),
            story: "a second ship broadcasts this MMSI, name and IMO in the Taiwan Strait"
        )
        b.addRenamedTanker(
            in: port("TWKHH"),
            exit: [p(22.50, 120.10), p(21.30, 120.90)],
            mids: [352, 636, 538],
            names: ("ASIA GLORY", "OCEAN LOTUS 7")
        )
        b.giveInvalidMID(taiwanFleet, mid: 100, story: "fishing boat broadcasting an MMSI with unallocated MID 100")

        var satellite = SatelliteCoverage()
        satellite.phaseSeconds = b.rng.uniform(0, satellite.periodSeconds)
        satellite.holes = [(satelliteHoleCentre, 120)]
        let shore =
            ports.map(\.position) + receivers.filter { !$0.name.hasPrefix("JCG") }.map(\.position) + coast
            + senkaku + sakishima
        return Scenario(
            name: Scenario.Name.eastChinaSea.rawValue,
            seed: seed,
            startTime: Int64(start),
            duration: hours * 3600,
            vessels: b.vessels,
            reception: ReceptionModel(receivers: receivers, satellite: satellite),
            ports: ports,
            shore: shore,
            zones: zones.isEmpty ? defaultZones : zones,
            injected: b.injected
        )
    }

    static func lanes() -> [Lane] {
        let sha = port("CNSHA")
        let ngb = port("CNNGB")
        let foc = port("CNFOC")
        let xmn = port("CNXMN")
        let kel = port("TWKEL")
        let txg = port("TWTXG")
        let khh = port("TWKHH")
        let nah = port("JPNAH")
        let isg = port("JPISG")
        let hrr = port("JPHRR")
        let koj = port("JPKOJ")
        let ngs = port("JPNGS")
        let pus = port("KRPUS")
        let shaA = p(31.05, 122.45)
        let ngbA = p(29.75, 122.65)
        let zj1 = p(28.30, 122.55)
        let zj2 = p(27.00, 121.60)
        let tsn = p(25.55, 120.65)
        let tss = p(23.00, 119.30)
        let jejuS = p(32.70, 126.60)
        let koreaS = p(34.30, 128.40)
        let luzon = p(21.30, 120.90)
        let pacific = p(26.50, 133.50)
        let yellowSea = p(34.50, 123.50)
        let southChinaSea = p(22.30, 118.30)
        let nahaA = p(26.20, 127.50)
        let china: [UInt32] = [412, 413, 414, 477]
        let flags: [UInt32] = [351, 352, 353, 354, 370, 371, 372, 636, 538, 563, 477, 256, 229]
        let japan: [UInt32] = [431, 432]
        return [
            Lane(
                waypoints: [sha.position, shaA, zj1, zj2, tsn, tss, p(22.50, 120.10), khh.position],
                startPort: sha,
                endPort: khh,
                ships: 22,
                mids: china + flags
            ),
            Lane(
                waypoints: [sha.position, shaA, jejuS, koreaS, p(34.95, 128.90), pus.position],
                startPort: sha,
                endPort: pus,
                ships: 22,
                mids: china + flags + [440, 441]
            ),
            Lane(
                waypoints: [sha.position, shaA, p(28.50, 125.50), p(26.05, 127.10), nahaA, nah.position],
                startPort: sha,
                endPort: nah,
                ships: 8,
                mids: china + japan + flags
            ),
            Lane(
                waypoints: [
                    kel.position, p(25.30, 121.90), p(25.20, 123.00), p(25.25, 125.60), p(26.05, 127.10), nahaA,
                    nah.position,
                ],
                startPort: kel,
                endPort: nah,
                ships: 6,
                mids: japan + [416]
            ),
            Lane(
                waypoints: [nah.position, nahaA, p(25.60, 126.50), p(24.95, 125.60), hrr.position],
                startPort: nah,
                endPort: hrr,
                ships: 3,
                mids: japan
            ),
            Lane(
                waypoints: [hrr.position, p(24.60, 125.00), p(24.25, 124.40), isg.position],
                startPort: hrr,
                endPort: isg,
                ships: 3,
                mids: japan
            ),
            Lane(
                waypoints: [khh.position, p(22.50, 120.10), luzon],
                startPort: khh,
                endPort: nil,
                ships: 12,
                arrivalsPerDay: 6,
                mids: [416] + flags
            ),
            Lane(
                waypoints: [yellowSea, p(31.50, 123.20), zj1, zj2, tsn, tss, southChinaSea],
                startPort: nil,
                endPort: nil,
                ships: 40,
                arrivalsPerDay: 22,
                mids: china + flags
            ),
            Lane(
                waypoints: [
                    pus.position, p(34.95, 128.90), koreaS, jejuS, p(29.50, 124.50), p(26.00, 122.60),
                    p(24.00, 122.10), p(22.30, 121.25), luzon,
                ],
                startPort: pus,
                endPort: nil,
                ships: 30,
                arrivalsPerDay: 16,
                mids: [440, 441] + flags
            ),
            Lane(
                waypoints: [luzon, p(23.50, 127.50), pacific],
                startPort: nil,
                endPort: nil,
                ships: 12,
                arrivalsPerDay: 8,
                mids: flags
            ),
            Lane(
                waypoints: [xmn.position, p(24.35, 118.30), tsn, zj2, zj1, shaA, sha.position],
                startPort: xmn,
                endPort: sha,
                ships: 14,
                mids: china
            ),
            Lane(
                waypoints: [foc.position, p(26.05, 120.00), zj2, zj1, ngbA, ngb.position],
                startPort: foc,
                endPort: ngb,
                ships: 8,
                mids: china
            ),
            Lane(
                waypoints: [txg.position, p(24.30, 120.35), tss, southChinaSea],
                startPort: txg,
                endPort: nil,
                ships: 6,
                arrivalsPerDay: 3,
                mids: [416] + flags
            ),
            Lane(
                waypoints: [
                    ngb.position, ngbA, p(30.50, 125.00), jejuS, p(33.60, 128.00), p(32.70, 129.65),
                    ngs.position,
                ],
                startPort: ngb,
                endPort: ngs,
                ships: 8,
                mids: china + japan + flags
            ),
            Lane(
                waypoints: [
                    koj.position, p(31.05, 130.62), p(30.60, 129.60), p(28.00, 128.60), p(26.90, 127.95),
                    p(26.50, 127.55), nahaA, nah.position,
                ],
                startPort: koj,
                endPort: nah,
                ships: 6,
                mids: japan
            ),
            Lane(
                waypoints: [ngb.position, ngbA, p(29.00, 125.50), p(25.60, 126.60), pacific],
                startPort: ngb,
                endPort: nil,
                ships: 16,
                arrivalsPerDay: 8,
                mids: china + flags
            ),
        ]
    }
}
