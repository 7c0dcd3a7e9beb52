import Foundation
import KizunaTesting
import Sharing
import Store
import Testing

@testable import Server

/// The events' JSON writer against the format written out here from DESIGN.md with Foundation's
/// JSON tools: random events, with the strings JSON must escape, parsed back and compared.
@Suite("Event JSON")
struct EventJSONTests {
    /// An event as DESIGN.md describes it, built with Foundation (the reference).
    static func reference(_ e: StoredEvent) -> [String: Any] {
        var object: [String: Any] = [
            "id": e.id, "type": e.type, "mmsi": e.mmsi.map { Int($0) }, "start": iso(e.start),
            "lat": e.latitude, "lon": e.longitude,
            "details": (try? JSONSerialization.jsonObject(with: Data(e.detailsJSON.utf8))) ?? [String: Any](),
        ]
        if let end = e.end { object["end"] = iso(end) }
        if let zone = e.zone { object["zone"] = zone }
        var labels: [String: Any] = [
            "owner": e.labels.owner, "tlp": e.labels.tlp.rawValue, "releasableTo": e.labels.releasableTo,
        ]
        if let classification = e.labels.classification { labels["classification"] = classification }
        object["labels"] = labels
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

    static func randomEvent(_ i: Int, _ g: inout SplitMix64) -> StoredEvent {
        func pick<T>(_ values: [T]) -> T { values[Int(g.next() % UInt64(values.count))] }
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
            labels: Labels(
                owner: pick(["jp-mod", "gb-mod"]),
                tlp: pick(TrafficLightProtocol.allCases),
                releasableTo: (0..<Int(g.next() % 3)).map { _ in pick(["GBR", "nato-hq", "ip4"]) },
                classification: g.next() % 2 == 0 ? nil : pick(awkward)
            )
        )
    }

    @Test func randomEventsReadBackAsTheReferenceFormat() throws {
        var g = SplitMix64(seed: 7)
        let events = (0..<2_000).map { Self.randomEvent($0, &g) }
        let list = EventJSON.list(events)
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(list.readableBytesView)) as? [[String: Any]]
        )
        #expect(parsed.count == events.count)
        for (object, event) in zip(parsed, events) {
            #expect(Self.same(object, Self.reference(event)), "\(event)")
        }
        let one = try JSONSerialization.jsonObject(with: Data(EventJSON.object(events[0])))
        #expect(Self.same(one, Self.reference(events[0])))
        #expect(String(buffer: EventJSON.list([])) == "[]")
    }
}
