import Foundation
import Sharing
import Store
import Testing

// One suite, serialized: the PostgreSQL cases share one database and empty it first.
@Suite("NodeStore, against every backend", .serialized)
struct NodeStoreTests {
    static let t0: Int64 = 1_700_000_000_000
    static let pictureLabels = Labels(owner: "jp-mod", tlp: .green)
    static let zoneLabels = Labels(
        owner: "jp-mod",
        tlp: .amberStrict,
        releasableTo: ["GBR", "nato-hq"],
        classification: "RESTRICTED"
    )

    @Test(arguments: StoreBackend.available)
    func vesselsMergeAndFilter(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.write(
                IngestBatch(vessels: [
                    StoredVessel(
                        mmsi: 431_000_001,
                        latitude: 26.0,
                        longitude: 124.0,
                        speed: 12.5,
                        course: 90,
                        heading: 91,
                        time: Self.t0
                    ),
                    StoredVessel(mmsi: 412_000_002, latitude: 30.0, longitude: 130.0, speed: 3, time: Self.t0),
                    StoredVessel(mmsi: 412_000_003, name: "NO POSITION YET", shipType: 30),
                ])
            )
            // a static report and an older position: the name is kept, the older position is not
            try await store.write(
                IngestBatch(vessels: [
                    StoredVessel(
                        mmsi: 431_000_001,
                        name: "KAIYO MARU",
                        callSign: "JABC",
                        imo: 9_123_456,
                        shipType: 70,
                        flag: "JP"
                    ),
                    StoredVessel(mmsi: 431_000_001, latitude: 1, longitude: 1, time: Self.t0 - 1000),
                    StoredVessel(mmsi: 412_000_002, name: "MIN_YU 7", shipType: 30, flag: "CN"),
                ])
            )
            let kaiyo = try #require(try await store.vessel(mmsi: 431_000_001))
            #expect(kaiyo.name == "KAIYO MARU")
            #expect(kaiyo.imo == 9_123_456)
            #expect(kaiyo.latitude == 26.0 && kaiyo.longitude == 124.0 && kaiyo.heading == 91)
            #expect(kaiyo.time == Self.t0)
            #expect(try await store.vessel(mmsi: 1) == nil)

            let box = BoundingBox(minLongitude: 120, minLatitude: 20, maxLongitude: 125, maxLatitude: 28)
            #expect(try await store.vessels(VesselQuery(box: box)).map(\.mmsi) == [431_000_001])
            #expect(try await store.vessels(VesselQuery()).map(\.mmsi) == [412_000_002, 431_000_001])
            #expect(try await store.vessels(VesselQuery(shipTypes: [30])).map(\.mmsi) == [412_000_002])
            #expect(try await store.vessels(VesselQuery(shipTypes: [])).isEmpty)
            #expect(try await store.vessels(VesselQuery(flag: "JP")).map(\.mmsi) == [431_000_001])
            #expect(try await store.vessels(VesselQuery(nameContains: "maru")).map(\.mmsi) == [431_000_001])
            // `_` is a literal, not a wildcard
            #expect(try await store.vessels(VesselQuery(nameContains: "N_Y")).map(\.mmsi) == [412_000_002])
            #expect(try await store.vessels(VesselQuery(nameContains: "IN_YU")).map(\.mmsi) == [412_000_002])
            #expect(try await store.vessels(VesselQuery(limit: 1)).count == 1)
        }
    }

    @Test(arguments: StoreBackend.available)
    func positionsAreKeptOnceAndTrackedInOrder(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let points = (0..<10).map {
                StoredPosition(
                    mmsi: 7,
                    time: Self.t0 + Int64($0) * 10_000,
                    latitude: 30 + Double($0) / 100,
                    longitude: 125,
                    speed: 10,
                    course: nil,
                    heading: nil
                )
            }
            try await store.write(IngestBatch(positions: points.reversed()))
            try await store.write(IngestBatch(positions: Array(points.prefix(3))))  // replayed: kept once
            #expect(try await store.counts().positions == 10)
            let track = try await store.track(mmsi: 7, from: Self.t0 + 20_000, to: Self.t0 + 50_000, limit: 100)
            #expect(track.map(\.time) == [2, 3, 4, 5].map { Self.t0 + $0 * 10_000 })
            #expect(track.first?.latitude == 30.02)
            #expect(track.first?.course == nil)
            #expect(try await store.track(mmsi: 7, from: 0, to: .max, limit: 4).count == 4)
            #expect(try await store.track(mmsi: 8, from: 0, to: .max, limit: 4).isEmpty)
        }
    }

    @Test(arguments: StoreBackend.available)
    func eventsAreUpdatedInPlaceAndFiltered(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            var entry = StoredEvent(
                id: "zone_entry-1",
                type: "zone_entry",
                mmsi: [412_000_002],
                start: Self.t0,
                latitude: 25.7,
                longitude: 123.5,
                zone: "senkaku-ts",
                detailsJSON: #"{"speed":4.1}"#,
                labels: Self.zoneLabels
            )
            let encounter = StoredEvent(
                id: "encounter-1",
                type: "encounter",
                mmsi: [412_000_002, 431_000_001],
                start: Self.t0 + 60_000,
                end: Self.t0 + 120_000,
                latitude: 26,
                longitude: 124,
                labels: Self.pictureLabels
            )
            try await store.write(IngestBatch(events: [entry, encounter]))
            entry.end = Self.t0 + 300_000
            entry.detailsJSON = #"{"speed":3.0}"#
            try await store.write(IngestBatch(events: [entry]))

            #expect(try await store.counts().events == 2)
            #expect(try await store.event(id: "zone_entry-1") == entry)
            #expect(try await store.event(id: "nope") == nil)
            #expect(try await store.events(EventQuery()).map(\.id) == ["encounter-1", "zone_entry-1"])
            #expect(try await store.events(EventQuery(type: "encounter")).map(\.id) == ["encounter-1"])
            #expect(try await store.events(EventQuery(mmsi: 431_000_001)).map(\.id) == ["encounter-1"])
            #expect(try await store.events(EventQuery(mmsi: 31_000_001)).isEmpty)
            #expect(try await store.events(EventQuery(zone: "senkaku-ts")).map(\.id) == ["zone_entry-1"])
            #expect(try await store.events(EventQuery(from: Self.t0 + 200_000)).map(\.id) == ["zone_entry-1"])
            #expect(try await store.events(EventQuery(to: Self.t0 + 30_000)).map(\.id) == ["zone_entry-1"])
            #expect(try await store.events(EventQuery(limit: 1)).count == 1)

            // one batch may update an event twice (the later wins) and withdraw others
            var second = entry
            second.id = "zone_entry-2"
            var later = second
            later.end = Self.t0 + 400_000
            try await store.write(IngestBatch(events: [second, later], withdrawnEvents: ["encounter-1"]))
            #expect(try await store.event(id: "zone_entry-2") == later)
            #expect(try await store.event(id: "encounter-1") == nil)
            try await store.write(IngestBatch(withdrawnEvents: ["zone_entry-1", "zone_entry-2"]))
            #expect(try await store.counts().events == 0)
        }
    }

    @Test(arguments: StoreBackend.available)
    func zonesAreCreatedReplacedAndDeleted(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            let geometry = #"{"type":"Polygon","coordinates":[[[123,25],[124,25],[124,26],[123,25]]]}"#
            try await store.saveZone(
                StoredZone(
                    id: "a",
                    name: "A",
                    kind: "user",
                    geometryJSON: geometry,
                    created: 1,
                    labels: Self.pictureLabels
                )
            )
            try await store.saveZone(
                StoredZone(
                    id: "b",
                    name: "B",
                    kind: "user",
                    geometryJSON: geometry,
                    created: 2,
                    labels: Self.pictureLabels
                )
            )
            try await store.saveZone(
                StoredZone(
                    id: "a",
                    name: "A2",
                    kind: "user",
                    geometryJSON: geometry,
                    created: 3,
                    labels: Self.zoneLabels
                )
            )
            #expect(try await store.zones().map(\.name) == ["A2", "B"])
            #expect(try await store.zones().first?.created == 1)
            // a replaced zone takes its new labels
            #expect(try await store.zones().map(\.labels) == [Self.zoneLabels, Self.pictureLabels])
            #expect(try await store.deleteZone(id: "a"))
            #expect(try await !store.deleteZone(id: "a"))
            #expect(try await store.zones().map(\.id) == ["b"])
        }
    }

    @Test(arguments: StoreBackend.available)
    func pruneKeepsOnlyTheRetention(_ backend: StoreBackend) async throws {
        try await backend.withStore(clock: .fixed(Self.t0 + 3_600_000)) { store in
            try await store.write(
                IngestBatch(
                    positions: [
                        StoredPosition(mmsi: 1, time: Self.t0, latitude: 0, longitude: 0),
                        StoredPosition(mmsi: 1, time: Self.t0 + 3_000_000, latitude: 0, longitude: 0),
                    ],
                    events: [
                        StoredEvent(
                            id: "old",
                            type: "gap",
                            mmsi: [1],
                            start: Self.t0,
                            end: Self.t0 + 1,
                            latitude: 0,
                            longitude: 0,
                            labels: Self.pictureLabels
                        ),
                        StoredEvent(
                            id: "open",
                            type: "gap",
                            mmsi: [1],
                            start: Self.t0,
                            latitude: 0,
                            longitude: 0,
                            labels: Self.pictureLabels
                        ),
                    ]
                )
            )
            #expect(try await store.prune(retentionMilliseconds: 1_800_000) == 2)
            let counts = try await store.counts()
            #expect(counts.positions == 1 && counts.events == 1)
            #expect(try await store.event(id: "open") != nil)
        }
    }

    @Test(arguments: StoreBackend.available)
    func migratingTwiceIsHarmless(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.write(IngestBatch(vessels: [StoredVessel(mmsi: 5, name: "X")]))
            try await store.migrate()
            #expect(try await store.vessel(mmsi: 5)?.name == "X")
        }
    }

    @Test(arguments: StoreBackend.available)
    func positionsAtATimeTakeEachVesselsLatestPoint(_ backend: StoreBackend) async throws {
        try await backend.withStore { store in
            try await store.write(
                IngestBatch(positions: [
                    StoredPosition(mmsi: 1, time: 1000, latitude: 10, longitude: 100),
                    StoredPosition(mmsi: 1, time: 2000, latitude: 11, longitude: 101),
                    StoredPosition(mmsi: 1, time: 3000, latitude: 12, longitude: 102),
                    StoredPosition(mmsi: 2, time: 500, latitude: 20, longitude: 120),
                    StoredPosition(mmsi: 3, time: 2500, latitude: 30, longitude: 130),
                ])
            )
            let at = try await store.positions(at: 2600, window: 1000, box: nil)
            #expect(at.map(\.mmsi) == [1, 3])
            #expect(at.first?.time == 2000)
            let boxed = try await store.positions(
                at: 2600,
                window: 5000,
                box: BoundingBox(minLongitude: 110, minLatitude: 0, maxLongitude: 125, maxLatitude: 25)
            )
            #expect(boxed.map(\.mmsi) == [2])
        }
    }
}

@Suite("SQLite store on disk")
struct SQLiteStoreTests {
    @Test func reopenedFileKeepsCommittedBatchesAndIsIntact() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-reopen-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("node.sqlite").path
        let first = try SQLiteStore(path: path)
        try await first.migrate()
        try await first.write(
            IngestBatch(
                positions: (0..<100).map { StoredPosition(mmsi: 9, time: Int64($0), latitude: 1, longitude: 2) }
            )
        )
        try await first.close()
        let second = try SQLiteStore(path: path)
        try await second.migrate()
        #expect(try await second.counts().positions == 100)
        #expect(try await second.integrityCheck() == "ok")
        try await second.close()
    }

    @Test func thinnerKeepsOnePointPerResolutionStep() {
        var thinner = HistoryThinner(policy: HistoryPolicy(resolutionMilliseconds: 10_000))
        let kept = stride(from: Int64(0), to: 60_000, by: 3_000).filter {
            thinner.keep(StoredPosition(mmsi: 1, time: $0, latitude: 0, longitude: 0))
        }
        #expect(kept == [0, 12_000, 24_000, 36_000, 48_000])
        let otherVessel = thinner.keep(StoredPosition(mmsi: 2, time: 1, latitude: 0, longitude: 0))
        #expect(otherVessel)
    }

    @Test func locationsAreRead() throws {
        #expect(try StoreLocation(nil, defaultSQLitePath: "/d/node.sqlite") == .sqlite(path: "/d/node.sqlite"))
        #expect(
            try StoreLocation("postgres://u:p@h:1/db", defaultSQLitePath: "") == .postgres(url: "postgres://u:p@h:1/db")
        )
        #expect(try StoreLocation("memory:", defaultSQLitePath: "") == .memory)
        #expect(throws: StoreError.self) { try StoreLocation("mysql://x", defaultSQLitePath: "") }
    }
}
