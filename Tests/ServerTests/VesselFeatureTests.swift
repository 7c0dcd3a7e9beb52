import Foundation
import Server
import Store
import Testing

@Suite("Vessel features written as bytes")
struct VesselFeatureTests {
    /// The Feature as the API wrote it before it wrote bytes: Foundation objects through
    /// `JSONSerialization`, times through `Date.ISO8601FormatStyle`.
    static func reference(_ v: StoredVessel) -> [String: Any] {
        var properties: [String: Any] = ["mmsi": v.mmsi]
        let optional: [(String, Any?)] = [
            ("name", v.name), ("callSign", v.callSign), ("imo", v.imo), ("shipType", v.shipType), ("flag", v.flag),
            ("destination", v.destination), ("speed", v.speed), ("course", v.course), ("heading", v.heading),
        ]
        for case (let key, let value?) in optional { properties[key] = value }
        properties["category"] = v.shipType.map(ShipCategory.init(code:))?.rawValue ?? "other"
        if let time = v.time {
            let date = Date(timeIntervalSince1970: Double(time) / 1000)
            properties["time"] = date.formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: time % 1000 != 0))
        }
        var feature: [String: Any] = ["type": "Feature", "id": v.mmsi, "properties": properties]
        if let lat = v.latitude, let lon = v.longitude {
            feature["geometry"] = ["type": "Point", "coordinates": [lon, lat]]
        } else {
            feature["geometry"] = NSNull()
        }
        return feature
    }

    static func parsed(_ bytes: [UInt8]) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? NSDictionary)
    }

    @Test func theBytesSayWhatTheDictionarySaid() throws {
        var g = VesselIndexTests.Draws(state: 7)
        let texts = ["KAIYO MARU", "A \"QUOTED\" \\ NAME", "TAB\tAND\u{1}CONTROL", "港 MARU", "", nil]
        for i in 0..<2000 {
            var v = VesselIndexTests.randomVessel(100_000_000 + UInt32(i), &g)
            v.callSign = texts.randomElement(using: &g)!
            v.destination = texts.randomElement(using: &g)!
            v.imo = Bool.random(using: &g) ? UInt32.random(in: 1_000_000...9_999_999, using: &g) : nil
            v.heading = Bool.random(using: &g) ? Int.random(in: 0...359, using: &g) : nil
            // fractions a Double holds exactly, so that the reference's own rounding does not differ
            let fraction = [0, 0, 250, 500, 750].randomElement(using: &g)!
            v.time = v.time.map { $0 / 1000 * 1000 + Int64(fraction) }
            if i % 97 == 0 { v.time = Int64.random(in: -2_000_000_000...0, using: &g) * 1000 + Int64(fraction) }
            let written = try Self.parsed(VesselFeature(v).json)
            let expected = try Self.parsed(Array(try JSONSerialization.data(withJSONObject: Self.reference(v))))
            #expect(written == expected, "\(v)")
        }
    }

    @Test func timesAreISO8601UTC() throws {
        let v = StoredVessel(mmsi: 1, time: 1_750_000_000_500)
        let properties = try #require(try Self.parsed(VesselFeature(v).json)["properties"] as? [String: Any])
        #expect(properties["time"] as? String == "2025-06-15T15:06:40.500Z")
        #expect(properties["category"] as? String == "other")
    }
}
