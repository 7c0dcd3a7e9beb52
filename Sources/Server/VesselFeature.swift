import AIS
import Picture
import Store

/// One vessel and its GeoJSON Feature, written once as bytes and served as they are by
/// `GET /api/v1/vessels` and the live stream.
///
/// The Feature is `{"type":"Feature","id":MMSI,"properties":{…},"geometry":…}`: `properties` holds
/// `mmsi`, `category` (``ShipCategory``) and whichever of `name`, `callSign`, `imo`, `shipType`,
/// `flag`, `destination`, `speed` (knots), `course` (degrees), `heading` (degrees) and `time`
/// (ISO 8601 UTC) the node knows; `geometry` is a `Point` of longitude, latitude in degrees (WGS 84),
/// or `null` for a vessel with no position yet.
public struct VesselFeature: Sendable {
    public let vessel: StoredVessel
    /// The Feature as UTF-8 JSON.
    public let json: [UInt8]

    public init(_ vessel: StoredVessel) {
        self.vessel = vessel
        json = Self.encode(vessel)
    }

    static func encode(_ v: StoredVessel) -> [UInt8] {
        var out = JSONOutput(capacity: 384)
        // each optional member is written with its leading comma, or left out when nil
        func text(_ member: StaticString, _ value: String?) {
            guard let value else { return }
            out.append(member)
            out.append(string: value)
        }
        func integer(_ member: StaticString, _ value: (some BinaryInteger)?) {
            guard let value else { return }
            out.append(member)
            out.append(integer: value)
        }
        func number(_ member: StaticString, _ value: Double?) {
            guard let value else { return }
            out.append(member)
            out.append(shortest: value)
        }
        out.append(#"{"type":"Feature","id":"#)
        out.append(integer: v.mmsi)
        integer(#","properties":{"mmsi":"#, v.mmsi)
        text(#","name":"#, v.name)
        text(#","callSign":"#, v.callSign)
        integer(#","imo":"#, v.imo)
        integer(#","shipType":"#, v.shipType)
        text(#","category":"#, (v.shipType.map(ShipCategory.init(code:)) ?? .other).rawValue)
        text(#","flag":"#, v.flag)
        text(#","destination":"#, v.destination)
        number(#","speed":"#, v.speed)
        number(#","course":"#, v.course)
        integer(#","heading":"#, v.heading)
        text(#","time":"#, v.time.map(ISOTime.format))
        if let lat = v.latitude, let lon = v.longitude {
            number(#"},"geometry":{"type":"Point","coordinates":["#, lon)
            number(",", lat)
            out.append("]}}")
        } else {
            out.append(#"},"geometry":null}"#)
        }
        return out.bytes
    }
}
