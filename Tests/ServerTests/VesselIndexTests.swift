import Foundation
import Server
import Store
import Testing

@Suite("Vessel index: bbox answers from memory")
struct VesselIndexTests {
    /// xorshift64* (Vigna 2016), so that every run draws the same vessels and boxes.
    struct Draws: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state >> 12
            state ^= state << 25
            state ^= state >> 27
            return state &* 0x2545_F491_4F6C_DD1D
        }
    }

    static let flags = ["JPN", "CHN", "KOR", "PAN", nil]
    static let names = ["KAIYO MARU", "MIN YU 7", "ORIENT \"STAR\"", "SEA BIRD", "maru 2", nil]

    /// A vessel with random identity, somewhere on Earth (a few at the poles and the antimeridian),
    /// or with no position at all.
    static func randomVessel(_ mmsi: UInt32, _ g: inout Draws) -> StoredVessel {
        var v = StoredVessel(mmsi: mmsi)
        v.name = names.randomElement(using: &g)!
        v.flag = flags.randomElement(using: &g)!
        v.shipType = Bool.random(using: &g) ? Int.random(in: 20...99, using: &g) : nil
        switch Int.random(in: 0..<20, using: &g) {
        case 0: return v  // never heard a position
        case 1: v.longitude = [-180, 180].randomElement(using: &g)!
        case 2: v.longitude = Double(Int.random(in: -360...360, using: &g)) / 2  // on cell edges
        default: v.longitude = Double.random(in: -180...180, using: &g)
        }
        v.latitude = Int.random(in: 0..<20, using: &g) == 0 ? 90 : Double.random(in: -90...90, using: &g)
        v.speed = Double.random(in: 0...30, using: &g)
        v.course = Double.random(in: 0..<360, using: &g)
        v.time = Int64.random(in: 1_700_000_000_000...1_800_000_000_000, using: &g)
        return v
    }

    /// A box that does not cross the antimeridian: anywhere from a point to the whole Earth.
    static func randomBox(_ g: inout Draws) -> BoundingBox {
        func range(_ limit: Double) -> (Double, Double) {
            switch Int.random(in: 0..<10, using: &g) {
            case 0: return (-limit, limit)
            case 1:
                let a = Double(Int.random(in: -Int(limit)...Int(limit), using: &g))
                return (a, a)
            default:
                let a = Double.random(in: -limit...limit, using: &g)
                let b = Double.random(in: -limit...limit, using: &g)
                return (min(a, b), max(a, b))
            }
        }
        let (w, e) = range(180)
        let (s, n) = range(90)
        return BoundingBox(minLongitude: w, minLatitude: s, maxLongitude: e, maxLatitude: n)
    }

    static func randomQuery(_ g: inout Draws) -> VesselQuery {
        var query = VesselQuery(limit: Int.random(in: 0..<4, using: &g) == 0 ? Int.random(in: 1...50, using: &g) : 5000)
        if Int.random(in: 0..<8, using: &g) > 0 { query.box = randomBox(&g) }
        if Int.random(in: 0..<4, using: &g) == 0 {
            query.shipTypes = ShipCategory.allCases.randomElement(using: &g)!.codes
        }
        if Int.random(in: 0..<4, using: &g) == 0 { query.flag = flags.compactMap { $0 }.randomElement(using: &g) }
        if Int.random(in: 0..<4, using: &g) == 0 {
            query.nameContains = ["MARU", "maru", "\"", "x"].randomElement(using: &g)
        }
        return query
    }

    /// Runs `body` on a fresh store: in memory, or SQLite in a temporary file (whose SQL filters the
    /// API used to run), removed afterwards.
    static func withStore(_ kind: String, _ body: (any NodeStore) async throws -> Void) async throws {
        guard kind == "sqlite" else { return try await body(MemoryStore()) }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kizuna-index-\(UUID()).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        let store = try SQLiteStore(path: path)
        do {
            try await store.migrate()
            try await body(store)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    @Test(arguments: zip([0.5, 1, 7.3], ["sqlite", "memory", "sqlite"]))
    func answersWhatTheStoreAnswers(cellDegrees: Double, backend: String) async throws {
        var g = Draws(state: 0x9E37_79B9_7F4A_7C15 ^ UInt64(cellDegrees * 100))
        try await Self.withStore(backend) { store in
            let vessels = (0..<3000).map { Self.randomVessel(200_000_000 + UInt32($0), &g) }
            try await store.write(IngestBatch(vessels: vessels))
            let index = VesselIndex(cellDegrees: cellDegrees)
            try await index.loadIfNeeded(from: store)
            for _ in 0..<400 {
                let query = Self.randomQuery(&g)
                let expected = try await store.vessels(query).map(\.mmsi)
                #expect(index.features(query).map(\.vessel.mmsi) == expected, "\(query)")
            }
        }
    }

    @Test(arguments: ["memory", "sqlite"])
    func followsCommittedUpdatesAndVesselsMovingBetweenCells(backend: String) async throws {
        var g = Draws(state: 42)
        try await Self.withStore(backend) { store in
            let index = VesselIndex(cellDegrees: 1)
            try await index.loadIfNeeded(from: store)
            // batches of partial updates: positions that move vessels across cells, names, types
            for _ in 0..<60 {
                var batch: [StoredVessel] = []
                for _ in 0..<40 {
                    let mmsi = 300_000_000 + UInt32.random(in: 0..<80, using: &g)
                    var update = StoredVessel(mmsi: mmsi)
                    if Bool.random(using: &g) {
                        update.latitude = Double.random(in: 20...35, using: &g)
                        update.longitude = Double.random(in: 118...135, using: &g)
                        update.speed = Double.random(in: 0...20, using: &g)
                        update.time = Int64.random(in: 0...1_000_000, using: &g)
                    } else {
                        update.name = Self.names.randomElement(using: &g)!
                        update.shipType = Int.random(in: 30...89, using: &g)
                        update.flag = Self.flags.randomElement(using: &g)!
                    }
                    batch.append(update)
                }
                try await store.write(IngestBatch(vessels: batch))
                let current = try await index.apply(batch, store: store)
                // a vessel updated twice in a batch comes back once, at its first place
                var seen: Set<UInt32> = []
                #expect(current.map(\.vessel.mmsi) == batch.map(\.mmsi).filter { seen.insert($0).inserted })
                for _ in 0..<10 {
                    let query = Self.randomQuery(&g)
                    #expect(index.features(query).map(\.vessel.mmsi) == (try await store.vessels(query)).map(\.mmsi))
                }
            }
            // every vessel held is exactly the store's
            let all = try await store.vessels(VesselQuery(limit: 1000))
            #expect(index.features(VesselQuery(limit: 1000)).map(\.vessel) == all)
        }
    }

    @Test func aVesselMovesFromOneCellToAnother() async throws {
        let store = MemoryStore()
        let index = VesselIndex(cellDegrees: 1)
        try await index.loadIfNeeded(from: store)
        let west = BoundingBox(minLongitude: 120, minLatitude: 25, maxLongitude: 120.9, maxLatitude: 25.9)
        let east = BoundingBox(minLongitude: 121.1, minLatitude: 25, maxLongitude: 122, maxLatitude: 25.9)
        let updates = [
            StoredVessel(mmsi: 431_000_001, latitude: 25.5, longitude: 120.5, time: 1),
            StoredVessel(mmsi: 431_000_001, latitude: 25.5, longitude: 121.5, time: 2),
            StoredVessel(mmsi: 431_000_001, latitude: 25.5, longitude: 120.2, time: 1),  // older: ignored
        ]
        let expected: [([UInt32], [UInt32])] = [([431_000_001], []), ([], [431_000_001]), ([], [431_000_001])]
        for (update, (inWest, inEast)) in zip(updates, expected) {
            try await store.write(IngestBatch(vessels: [update]))
            _ = try await index.apply([update], store: store)
            #expect(index.features(VesselQuery(box: west)).map(\.vessel.mmsi) == inWest)
            #expect(index.features(VesselQuery(box: east)).map(\.vessel.mmsi) == inEast)
            #expect(index.count == 1)
        }
    }

    @Test func aVesselNewToTheIndexIsReadBackWithWhatTheStoreKnew() async throws {
        // the store already knew the name (from before a restart); the position arrives now
        let store = MemoryStore()
        try await store.write(IngestBatch(vessels: [StoredVessel(mmsi: 412_000_002, name: "MIN YU 7", shipType: 30)]))
        let index = VesselIndex()
        try await index.loadIfNeeded(from: store)
        #expect(index.count == 0)
        let update = StoredVessel(mmsi: 412_000_002, latitude: 30, longitude: 125, time: 5)
        try await store.write(IngestBatch(vessels: [update]))
        let current = try await index.apply([update], store: store)
        #expect(current.first?.vessel.name == "MIN YU 7")
        let fishing = VesselQuery(shipTypes: ShipCategory.fishing.codes, nameContains: "yu")
        #expect(index.features(fishing).map(\.vessel.mmsi) == [412_000_002])
    }

    @Test func theCollectionIsGeoJSONInMMSIOrderUpToTheLimit() async throws {
        let store = MemoryStore()
        try await store.write(
            IngestBatch(vessels: [30, 10, 20].map { StoredVessel(mmsi: $0, latitude: 1, longitude: 2, time: 0) })
        )
        let index = VesselIndex()
        try await index.loadIfNeeded(from: store)
        let body = index.featureCollection(VesselQuery(limit: 2))
        let collection = try #require(
            try JSONSerialization.jsonObject(with: Data(body.readableBytesView)) as? [String: Any]
        )
        #expect(collection["type"] as? String == "FeatureCollection")
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.map { $0["id"] as? Int } == [10, 20])
        let empty = index.featureCollection(VesselQuery(flag: "XXX"))
        #expect(String(buffer: empty) == #"{"type":"FeatureCollection","features":[]}"#)
    }
}
