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
        out.append(#"{"id":"#, string: e.id)
        out.append(#","type":"#, string: e.type)
        out.append(#","mmsi":"#)
        out.append(array: e.mmsi) { $0.append(integer: $1) }
        out.append(#","start":"#, string: APIValues.iso(e.start))
        out.append(#","end":"#, string: e.end.map { APIValues.iso($0) })
        out.append(#","lat":"#, number: e.latitude)
        out.append(#","lon":"#, number: e.longitude)
        out.append(#","zone":"#, string: e.zone)
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
        out.append(#"{"id":"#, string: r.id)
        out.append(#","version":"#)
        out.append(integer: r.version)
        out.append(#","kind":"#, string: r.kind.rawValue)
        out.append(#","title":"#, string: r.title)
        out.append(#","body":"#, string: r.body)
        out.append(#","time":"#, string: APIValues.iso(seconds: r.time))
        out.append(#","lat":"#, number: r.latitude)
        out.append(#","lon":"#, number: r.longitude)
        out.append(#","vessels":"#)
        out.append(array: r.vessels) { $0.append(integer: $1) }
        out.append(#","events":"#)
        out.append(array: r.events) { $0.append(string: $1) }
        out.append(#","origin":"#, string: r.origin)
        out.append(#","author":"#, string: r.author)
        out.append(#","updated":"#, string: APIValues.iso(seconds: r.updated))
        if r.isDeleted { out.append(#","deleted":true"#) }
        out.append(#","labels":"#)
        labels(r.labels, to: &out)
        out.append(UInt8(ascii: "}"))
    }

    static func labels(_ l: Labels, to out: inout JSONOutput) {
        out.append(#"{"owner":"#, string: l.owner)
        out.append(#","tlp":"#, string: l.tlp.rawValue)
        out.append(#","releasableTo":"#)
        out.append(array: l.releasableTo) { $0.append(string: $1) }
        out.append(#","classification":"#, string: l.classification)
        out.append(UInt8(ascii: "}"))
    }
}

extension JSONOutput {
    /// A member — `member` is its opening punctuation and name, `{"id":` or `,"zone":` — holding
    /// `value` as a JSON string; nothing at all when `value` is nil.
    fileprivate mutating func append(_ member: StaticString, string value: String?) {
        guard let value else { return }
        append(member)
        append(string: value)
    }

    /// A member holding `value` as a JSON number (`null` if not finite); nothing when nil.
    fileprivate mutating func append(_ member: StaticString, number value: Double?) {
        guard let value else { return }
        append(member)
        append(shortest: value)
    }
}
