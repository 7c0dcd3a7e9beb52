import AIS
import Foundation
import Geo
import Picture
import Store

/// The picture engine's detectors (`Sources/Picture`: gap, encounter, loitering, zone, identity)
/// run over the ingest stream, their updates turned into stored events.
///
/// An event is stored when it starts (with no `end`: open), rewritten as it is updated, and given
/// its `end` when it ends; an event the engine withdraws is deleted.
struct PictureDetectors {
    private var picture: MaritimePicture

    init(zones: [StoredZone], coastline: CoastlineIndex?) {
        picture = MaritimePicture(zones: Self.zoneSet(zones), coastline: coastline)
    }

    /// Watches a new set of zones, keeping every vessel and open event (`MaritimePicture.setZones`):
    /// visits to zones still there go on, visits to removed zones end (open), and those updates come
    /// out with the next message's.
    mutating func setZones(_ zones: [StoredZone]) {
        picture.setZones(Self.zoneSet(zones))
    }

    /// Feeds one message (at `time`, milliseconds since 1970 UTC); returns the events to write and
    /// the ids of events to delete.
    mutating func observe(_ message: AISMessage, time: Int64) -> (events: [StoredEvent], withdrawn: [String]) {
        picture.ingest(message, time: time)
        guard picture.hasUpdates else { return ([], []) }
        var events: [StoredEvent] = []
        var withdrawn: [String] = []
        for update in picture.takeUpdates() {
            switch update.action {
            case .withdrawn: withdrawn.append(update.event.id)
            case .started, .updated: events.append(Self.stored(update.event, open: true))
            case .ended: events.append(Self.stored(update.event, open: false))
            }
        }
        return (events, withdrawn)
    }

    static func stored(_ e: PictureEvent, open: Bool) -> StoredEvent {
        StoredEvent(
            id: e.id,
            type: e.type.rawValue,
            mmsi: e.mmsi,
            start: e.start,
            end: open ? nil : e.end,
            latitude: e.latitude,
            longitude: e.longitude,
            zone: e.zone,
            detailsJSON: details(of: e)
        )
    }

    /// The `details` object of the engine's own JSON line for the event.
    static func details(of e: PictureEvent) -> String {
        guard let object = try? JSONSerialization.jsonObject(with: Data(e.json.utf8)) as? [String: Any],
            let details = object["details"],
            let data = try? JSONSerialization.data(withJSONObject: details, options: [.sortedKeys])
        else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }

    static func zoneSet(_ zones: [StoredZone]) -> ZoneSet {
        let features = zones.map { zone -> String in
            let properties = try? JSONSerialization.data(withJSONObject: ["id": zone.id, "name": zone.name])
            return #"{"type":"Feature","id":"# + quoted(zone.id) + #","properties":"#
                + String(decoding: properties ?? Data("{}".utf8), as: UTF8.self) + #","geometry":"# + zone.geometryJSON
                + "}"
        }
        let text = #"{"type":"FeatureCollection","features":["# + features.joined(separator: ",") + "]}"
        return (try? ZoneSet.load(geoJSON: Array(text.utf8))) ?? ZoneSet()
    }

    private static func quoted(_ text: String) -> String {
        let data = try? JSONSerialization.data(withJSONObject: [text])
        return String(String(decoding: data ?? Data("[\"\"]".utf8), as: UTF8.self).dropFirst().dropLast())
    }
}

/// The shoreline the detectors measure distances to shore from (GeoJSON lines, e.g. GSHHG).
public enum Coastline {
    /// Reads a GeoJSON file of shoreline lines into the engine's index; nil when there is no file.
    public static func load(_ path: String?) throws -> CoastlineIndex? {
        guard let path, FileManager.default.fileExists(atPath: path) else { return nil }
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        let lines = try GeoJSON.features(bytes).flatMap(\.lines)
        return CoastlineIndex(lines: lines)
    }
}
