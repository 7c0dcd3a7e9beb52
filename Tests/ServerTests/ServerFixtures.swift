import AIS
import Foundation
import Logging
import Server
import Sharing
import Store

/// Messages, feeds and running writers for the server tests.
enum ServerFixtures {
    static let logger: Logger = {
        var logger = Logger(label: "server-tests")
        logger.logLevel = .warning
        return logger
    }()
    static let t0: Int64 = 1_750_000_000  // seconds

    static func position(
        _ mmsi: UInt32,
        lat: Double,
        lon: Double,
        speed: Double = 10,
        course: Double = 45
    ) -> AISMessage {
        var report = PositionReport()
        report.latitude = lat
        report.longitude = lon
        report.speedOverGround = speed
        report.courseOverGround = course
        report.trueHeading = UInt16(course)
        report.navigationStatus = 0
        return AISMessage(messageType: 1, mmsi: mmsi, body: .positionReport(report))
    }

    static func staticData(_ mmsi: UInt32, name: String, shipType: UInt8) -> AISMessage {
        var data = StaticVoyageData()
        data.shipName = name
        data.shipType = shipType
        data.callSign = "TEST"
        data.destination = "NAHA"
        return AISMessage(messageType: 5, mmsi: mmsi, body: .staticVoyageData(data))
    }

    /// NMEA lines with tag-block times, one message per second from `t0`.
    static func feed(_ messages: [AISMessage], start: Int64 = t0) -> String {
        let encoder = AISEncoder()
        var text = ""
        for (i, message) in messages.enumerated() {
            for line in encoder.sentences(for: message, sequenceID: i % 10, time: start + Int64(i)) {
                text += line + "\n"
            }
        }
        return text
    }

    /// A square zone around (lat, lon), `half` degrees each way, as a GeoJSON Feature.
    static func zoneFeature(id: String, name: String, lat: Double, lon: Double, half: Double = 0.1) -> String {
        let ring = [
            [lon - half, lat - half], [lon + half, lat - half], [lon + half, lat + half],
            [lon - half, lat + half], [lon - half, lat - half],
        ]
        let coordinates = ring.map { "[\($0[0]),\($0[1])]" }.joined(separator: ",")
        return
            #"{"type":"Feature","properties":{"id":"\#(id)","name":"\#(name)"},"geometry":{"type":"Polygon","coordinates":[[\#(coordinates)]]}}"#
    }
}

/// A store that takes its time over every write, to show that ingest waits rather than drops.
actor SlowStore: NodeStore {
    let base = MemoryStore()
    let delay: Duration
    var writes = 0
    /// Events the store handed out through ``events(_:)``, to show what a list cost.
    var eventsRead = 0

    init(delay: Duration) { self.delay = delay }

    func migrate() async throws {}
    func adoptUnlabelled(_ labels: Labels) async throws -> Int { 0 }
    func write(_ batch: IngestBatch) async throws {
        try await Task.sleep(for: delay)
        writes += 1
        try await base.write(batch)
    }
    func vessels(_ query: VesselQuery) async throws -> [StoredVessel] { try await base.vessels(query) }
    func vessel(mmsi: UInt32) async throws -> StoredVessel? { try await base.vessel(mmsi: mmsi) }
    func track(mmsi: UInt32, from: Int64, to: Int64, limit: Int) async throws -> [StoredPosition] {
        try await base.track(mmsi: mmsi, from: from, to: to, limit: limit)
    }
    func positions(at time: Int64, window: Int64, box: BoundingBox?) async throws -> [StoredPosition] {
        try await base.positions(at: time, window: window, box: box)
    }
    func events(_ query: EventQuery) async throws -> [StoredEvent] {
        let events = try await base.events(query)
        eventsRead += events.count
        return events
    }
    func event(id: String) async throws -> StoredEvent? { try await base.event(id: id) }
    func eventLabels() async throws -> [EventLabelSet] { try await base.eventLabels() }
    func zones() async throws -> [StoredZone] { try await base.zones() }
    func saveZone(_ zone: StoredZone) async throws { try await base.saveZone(zone) }
    func deleteZone(id: String) async throws -> Bool { try await base.deleteZone(id: id) }
    func prune(retentionMilliseconds: Int64) async throws -> Int { 0 }
    func counts() async throws -> StoreCounts { try await base.counts() }
    func close() async throws {}
}
