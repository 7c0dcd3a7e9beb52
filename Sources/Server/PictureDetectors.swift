import AIS
import Foundation
import Geo
import Picture
import Sharing
import Store

/// The picture engine's detectors (`Sources/Picture`: gap, encounter, loitering, zone, identity)
/// run over the ingest stream, their updates turned into stored events.
///
/// An event is stored when it starts (with no `end`: open), rewritten as it is updated, and given
/// its `end` when it ends; an event the engine withdraws is deleted.
///
/// Each event gets its labels when it is first seen: those of the zone it is about, else the node's
/// picture labels. It keeps them through every update and its end, even when the zone is replaced
/// or deleted meanwhile, so that changing a zone never widens who may see its events.
struct PictureDetectors {
    private var picture: MaritimePicture
    private let pictureLabels: Labels
    /// Labels of every zone watched since the node started, by id; a deleted zone's stay, for the
    /// events that end after it is gone.
    private var zoneLabels: [String: Labels] = [:]
    /// Labels of the events still open, fixed at their first sight.
    private var openEventLabels: [String: Labels] = [:]

    init(zones: [StoredZone], coastline: CoastlineIndex?, pictureLabels: Labels) {
        self.pictureLabels = pictureLabels
        picture = MaritimePicture(zones: Self.zoneSet(zones), coastline: coastline)
        for zone in zones { zoneLabels[zone.id] = zone.labels }
    }

    /// Watches a new set of zones, keeping every vessel and open event (`MaritimePicture.setZones`):
    /// visits to zones still there go on, visits to removed zones end (open), and those updates come
    /// out with the next message's.
    mutating func setZones(_ zones: [StoredZone]) {
        for zone in zones { zoneLabels[zone.id] = zone.labels }
        picture.setZones(Self.zoneSet(zones))
    }

    /// The labels an event carries: fixed at its first sight, from its zone or the picture's.
    private mutating func labels(of event: PictureEvent, ending: Bool) -> Labels {
        let labels =
            openEventLabels[event.id] ?? event.zone.flatMap { zoneLabels[$0] } ?? pictureLabels
        if ending { openEventLabels[event.id] = nil } else { openEventLabels[event.id] = labels }
        return labels
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
            case .withdrawn:
                openEventLabels[update.event.id] = nil
                withdrawn.append(update.event.id)
            case .started, .updated:
                let labels = labels(of: update.event, ending: false)
                events.append(Self.stored(update.event, open: true, labels: labels))
            case .ended:
                let labels = labels(of: update.event, ending: true)
                events.append(Self.stored(update.event, open: false, labels: labels))
            }
        }
        return (events, withdrawn)
    }

    static func stored(_ e: PictureEvent, open: Bool, labels: Labels) -> StoredEvent {
        StoredEvent(
            id: e.id,
            type: e.type.rawValue,
            mmsi: e.mmsi,
            start: e.start,
            end: open ? nil : e.end,
            latitude: e.latitude,
            longitude: e.longitude,
            zone: e.zone,
            detailsJSON: details(of: e),
            labels: labels
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
