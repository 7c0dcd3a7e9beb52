import AIS
import Foundation
import KizunaTesting
import Sharing
import Store
import Testing

@testable import Server

/// The API's JSON writer against the formats written out here (DESIGN.md's events, docs/sharing.md's
/// records) with Foundation's JSON tools: random events and records, with the strings JSON must
/// escape, parsed back and compared.
@Suite("API JSON")
struct APIJSONTests {
    /// An event as DESIGN.md describes it, built with Foundation (the reference).
    static func reference(_ e: StoredEvent) -> [String: Any] {
        var object: [String: Any] = [
            "id": e.id, "type": e.type, "mmsi": e.mmsi.map { Int($0) }, "start": iso(e.start),
            "lat": e.latitude, "lon": e.longitude,
            "details": (try? JSONSerialization.jsonObject(with: Data(e.detailsJSON.utf8))) ?? [String: Any](),
        ]
        if let end = e.end { object["end"] = iso(end) }
        if let zone = e.zone { object["zone"] = zone }
        object["labels"] = reference(e.labels)
        return object
    }

    static func reference(_ l: Labels) -> [String: Any] {
        var labels: [String: Any] = ["owner": l.owner, "tlp": l.tlp.rawValue, "releasableTo": l.releasableTo]
        if let classification = l.classification { labels["classification"] = classification }
        return labels
    }

    /// A record as docs/sharing.md describes it, built with Foundation (the reference).
    static func reference(_ r: SharedRecord) -> [String: Any] {
        var object: [String: Any] = [
            "id": r.id, "version": r.version, "kind": r.kind.rawValue, "title": r.title, "body": r.body,
            "time": iso(r.time * 1000), "vessels": r.vessels.map { Int($0) }, "events": r.events,
            "origin": r.origin, "author": r.author, "updated": iso(r.updated * 1000), "labels": reference(r.labels),
        ]
        if let lat = r.latitude { object["lat"] = lat }
        if let lon = r.longitude { object["lon"] = lon }
        if r.isDeleted { object["deleted"] = true }
        return object
    }

    /// Whether two Foundation JSON values are equal (bridged as Foundation compares them).
    static func same(_ a: Any, _ b: Any) -> Bool { NSArray(array: [a]) == NSArray(array: [b]) }

    /// Whole seconds by Foundation's ISO 8601 style, the milliseconds written here: a `Date` made from
    /// milliseconds / 1000 can fall a hair below the exact time and show the millisecond before it.
    static func iso(_ milliseconds: Int64) -> String {
        let seconds = milliseconds / 1000
        let text = Date(timeIntervalSince1970: Double(seconds)).formatted(Date.ISO8601FormatStyle())
        let fraction = milliseconds % 1000
        guard fraction != 0 else { return text }
        return text.dropLast() + "." + String(String(fraction + 1000).dropFirst()) + "Z"
    }

    static let awkward = ["", "plain", "quote \" and \\ backslash", "tab\tnew\nline\u{1}", "東シナ海", "🚢 / slash"]

    static func pick<T>(_ values: [T], _ g: inout SplitMix64) -> T { values[Int(g.next() % UInt64(values.count))] }

    static func randomLabels(_ g: inout SplitMix64) -> Labels {
        Labels(
            owner: pick(["jp-mod", "gb-mod"], &g),
            tlp: pick(TrafficLightProtocol.allCases, &g),
            releasableTo: (0..<Int(g.next() % 3)).map { _ in pick(["GBR", "nato-hq", "ip4"], &g) },
            classification: g.next() % 2 == 0 ? nil : pick(awkward, &g)
        )
    }

    static func randomRecord(_ i: Int, _ g: inout SplitMix64) -> SharedRecord {
        let placed = g.next() % 2 == 0
        return SharedRecord(
            id: "r\(i)-" + pick(awkward, &g),
            version: Int(g.next() % 5) + 1,
            kind: pick(SharedRecord.Kind.allCases, &g),
            title: pick(awkward, &g),
            body: pick(awkward, &g) + "\n" + pick(awkward, &g),
            time: Int64(g.next() % 4_000_000_000),
            latitude: placed ? Double(Int64(g.next() % 180_000_000) - 90_000_000) / 1e6 : nil,
            longitude: placed ? Double(Int64(g.next() % 360_000_000) - 180_000_000) / 1e6 : nil,
            vessels: (0..<Int(g.next() % 3)).map { _ in UInt32(g.next() % 999_999_999) + 1 },
            events: (0..<Int(g.next() % 3)).map { _ in pick(awkward, &g) },
            labels: randomLabels(&g),
            origin: pick(["jp-mod", "gb-mod"], &g),
            author: pick(awkward, &g),
            updated: Int64(g.next() % 4_000_000_000),
            deleted: g.next() % 4 == 0 ? true : nil
        )
    }

    static func randomEvent(_ i: Int, _ g: inout SplitMix64) -> StoredEvent {
        func pick<T>(_ values: [T]) -> T { Self.pick(values, &g) }
        let details = pick([
            "{}", #"{"minutes":42,"gap":true}"#, #"{"names":["A \"B\"","東"],"distance":12.5}"#, "not json", "",
        ])
        return StoredEvent(
            id: "e\(i)-" + pick(awkward),
            type: pick(["gap", "encounter", "zone_entry", pick(awkward)]),
            mmsi: (0..<Int(g.next() % 3)).map { _ in UInt32(g.next() % 999_999_999) + 1 },
            start: Int64(g.next() % 4_000_000_000_000),
            end: g.next() % 2 == 0 ? nil : Int64(g.next() % 4_000_000_000_000),
            latitude: Double(Int64(g.next() % 180_000_000) - 90_000_000) / 1e6,
            longitude: Double(Int64(g.next() % 360_000_000) - 180_000_000) / 1e6,
            zone: g.next() % 2 == 0 ? nil : pick(awkward),
            detailsJSON: details,
            labels: randomLabels(&g)
        )
    }

    /// Writes `items` as a list, parses it back with Foundation and compares each object with
    /// `reference`; returns the parsed objects.
    static func readBack<T>(
        _ items: [T],
        _ element: (T, inout JSONOutput) -> Void,
        _ reference: (T) -> [String: Any]
    ) throws -> [[String: Any]] {
        let list = APIJSON.list(items, element)
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(list.readableBytesView)) as? [[String: Any]]
        )
        #expect(parsed.count == items.count)
        for (object, item) in zip(parsed, items) { #expect(same(object, reference(item)), "\(item)") }
        return parsed
    }

    @Test func randomEventsReadBackAsTheReferenceFormat() throws {
        var g = SplitMix64(seed: 7)
        let events = (0..<2_000).map { Self.randomEvent($0, &g) }
        _ = try Self.readBack(events, APIJSON.event, Self.reference)
        let one = try JSONSerialization.jsonObject(
            with: Data(APIJSON.object(events[0], APIJSON.event).readableBytesView)
        )
        #expect(Self.same(one, Self.reference(events[0])))
        #expect(String(buffer: APIJSON.list([StoredEvent](), APIJSON.event)) == "[]")
    }

    @Test func randomRecordsReadBackAsTheReferenceFormat() throws {
        var g = SplitMix64(seed: 11)
        let records = (0..<2_000).map { Self.randomRecord($0, &g) }
        let parsed = try Self.readBack(records, APIJSON.record, Self.reference)
        #expect(parsed.contains { $0["deleted"] as? Bool == true } && parsed.contains { $0["lat"] == nil })
    }
}

extension APIJSONTests {
    /// What a partner or a detector could put in a stored row never makes the answer unreadable: a
    /// record time far past year 9999 is shown as 9999, and details that are not clean JSON as `{}`.
    @Test func extremeTimesAndUncleanDetailsStillMakeJSON() throws {
        let labels = Labels(owner: "jp-mod", tlp: .red)
        let far = SharedRecord(
            id: "far",
            title: "t",
            body: "b",
            time: .max,
            labels: labels,
            origin: "jp-mod",
            author: "a",
            updated: .min
        )
        let record = try #require(
            try JSONSerialization.jsonObject(with: Data(APIJSON.object(far, APIJSON.record).readableBytesView))
                as? [String: Any]
        )
        #expect(record["time"] as? String == "9999-12-31T23:59:59Z")
        #expect(record["updated"] as? String == "0001-01-01T00:00:00Z")
        for details in ["{\"a\":\"line\nbreak\"}", "{\"a\":1}\n", "{\"a\":\u{1}1}"] {
            let event = StoredEvent(
                id: "e",
                type: "gap",
                mmsi: [1],
                start: 0,
                latitude: 0,
                longitude: 0,
                detailsJSON: details,
                labels: labels
            )
            let bytes = APIJSON.object(event, APIJSON.event)
            #expect(!bytes.readableBytesView.contains(0x0A), "a newline would end a live-stream message")
            let object = try JSONSerialization.jsonObject(with: Data(bytes.readableBytesView)) as? [String: Any]
            #expect((object?["details"] as? [String: Any])?.isEmpty == true)
        }
    }
}
