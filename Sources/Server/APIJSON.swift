import AIS
import Geo
import NIOCore
import Picture
import Sharing
import Store

/// Events and records as the API shows them, written straight to JSON bytes: building dictionaries
/// for JSONSerialization spent 70 % of a 500-event list in its writer (perf, BENCHMARKS.md).
///
/// An event (DESIGN.md) is `{"id","type","mmsi":[…],"start","end","lat","lon","zone","details":{…},
/// "labels":{…}}`; `end` and `zone` are left out when the event has none, and `details` is the
/// detector's stored JSON as it was written (`{}` if the stored text is not JSON).
///
/// A record (docs/sharing.md) is `{"id","version","kind","title","body","time","lat","lon",
/// "vessels":[…],"events":[…],"origin","author","updated","deleted","labels":{…}}`; `lat`/`lon` are
/// left out when it has no position, `deleted` (true) appears only in a tombstone.
///
/// Times are ISO 8601 UTC; `labels` holds `owner`, `tlp`, `releasableTo` and, when set,
/// `classification`.
enum APIJSON {
    /// A JSON array of `items`, each written by `element`.
    static func list<T>(_ items: [T], _ element: (T, inout JSONOutput) -> Void) -> ByteBuffer {
        var out = JSONOutput(capacity: 512 * max(items.count, 1))
        out.append(array: items) { element($1, &$0) }
        return ByteBuffer(bytes: out.bytes)
    }

    /// One item as a JSON object.
    static func object<T>(_ item: T, _ element: (T, inout JSONOutput) -> Void) -> ByteBuffer {
        var out = JSONOutput(capacity: 512)
        element(item, &out)
        return ByteBuffer(bytes: out.bytes)
    }

    static func event(_ e: StoredEvent, to out: inout JSONOutput) {
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
        // a control byte would end the line of a live-stream message (or be invalid JSON)
        if !details.contains(where: { $0 < 0x20 }), (try? JSONValue.parse(details)) != nil {
            out.bytes.append(contentsOf: details)
        } else {
            out.append("{}")
        }
        out.append(#","labels":"#)
        labels(e.labels, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    static func record(_ r: SharedRecord, to out: inout JSONOutput) {
        out.append(#"{"id":"#)
        out.append(string: r.id)
        out.append(#","version":"#)
        out.append(integer: r.version)
        out.append(#","kind":"#)
        out.append(string: r.kind.rawValue)
        out.append(#","title":"#)
        out.append(string: r.title)
        out.append(#","body":"#)
        out.append(string: r.body)
        out.append(#","time":"#)
        out.append(string: APIValues.iso(seconds: r.time))
        if let lat = r.latitude {
            out.append(#","lat":"#)
            out.append(shortest: lat)
        }
        if let lon = r.longitude {
            out.append(#","lon":"#)
            out.append(shortest: lon)
        }
        out.append(#","vessels":"#)
        out.append(array: r.vessels) { $0.append(integer: $1) }
        out.append(#","events":"#)
        out.append(array: r.events) { $0.append(string: $1) }
        out.append(#","origin":"#)
        out.append(string: r.origin)
        out.append(#","author":"#)
        out.append(string: r.author)
        out.append(#","updated":"#)
        out.append(string: APIValues.iso(seconds: r.updated))
        if r.isDeleted { out.append(#","deleted":true"#) }
        out.append(#","labels":"#)
        labels(r.labels, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    static func labels(_ l: Labels, to out: inout JSONOutput) {
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
