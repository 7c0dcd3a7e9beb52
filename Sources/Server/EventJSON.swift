import AIS
import Geo
import NIOCore
import Picture
import Sharing
import Store

/// Events in DESIGN.md's format, written straight to JSON bytes for `GET /api/v1/events`,
/// `GET /api/v1/events/{id}` and the live stream.
///
/// An event is `{"id","type","mmsi":[…],"start","end","lat","lon","zone","details":{…},"labels":{…}}`;
/// `end` and `zone` are left out when the event has none, times are ISO 8601 UTC, `details` is the
/// detector's stored JSON as it was written (`{}` if the stored text is not JSON), and `labels` holds
/// `owner`, `tlp`, `releasableTo` and, when set, `classification`. Building dictionaries for
/// JSONSerialization spent 70 % of a 500-event list in its writer (perf, BENCHMARKS.md).
enum EventJSON {
    /// A JSON array of `events`.
    static func list(_ events: [StoredEvent]) -> ByteBuffer {
        var out = JSONOutput(capacity: 512 * max(events.count, 1))
        out.append(array: events) { append($1, to: &$0) }
        return ByteBuffer(bytes: out.bytes)
    }

    /// One event as a JSON object.
    static func object(_ event: StoredEvent) -> [UInt8] {
        var out = JSONOutput(capacity: 512)
        append(event, to: &out)
        return out.bytes
    }

    static func append(_ e: StoredEvent, to out: inout JSONOutput) {
        out.append(#"{"id":"#)
        out.append(string: e.id)
        out.append(#","type":"#)
        out.append(string: e.type)
        out.append(#","mmsi":"#)
        out.append(array: e.mmsi) { $0.append(integer: $1) }
        out.append(#","start":"#)
        out.append(string: APIValues.iso(e.start))
        if let end = e.end {
            out.append(#","end":"#)
            out.append(string: APIValues.iso(end))
        }
        out.append(#","lat":"#)
        out.append(shortest: e.latitude)
        out.append(#","lon":"#)
        out.append(shortest: e.longitude)
        if let zone = e.zone {
            out.append(#","zone":"#)
            out.append(string: zone)
        }
        out.append(#","details":"#)
        let details = Array(e.detailsJSON.utf8)
        if (try? JSONValue.parse(details)) != nil {
            out.bytes.append(contentsOf: details)
        } else {
            out.append("{}")
        }
        out.append(#","labels":"#)
        append(e.labels, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    /// Labels as the API shows them (``APIValues/labels(_:)``).
    static func append(_ l: Labels, to out: inout JSONOutput) {
        out.append(#"{"owner":"#)
        out.append(string: l.owner)
        out.append(#","tlp":"#)
        out.append(string: l.tlp.rawValue)
        out.append(#","releasableTo":"#)
        out.append(array: l.releasableTo) { $0.append(string: $1) }
        if let classification = l.classification {
            out.append(#","classification":"#)
            out.append(string: classification)
        }
        out.append(UInt8(ascii: "}"))
    }
}
