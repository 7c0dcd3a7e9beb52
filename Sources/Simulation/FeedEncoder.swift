import AIS

/// Writes `\c:SECONDS*hh\!AIVDM,…` lines straight into a byte buffer.
///
/// Position reports (types 1 and 18) and base station reports (type 4) are 168 bits, one
/// sentence each, and make nearly all of a feed; they are packed and armoured here without
/// building any `String`. Static messages (5 and 24) go through ``AIS/AISEncoder``.
struct FeedEncoder {
    private var bits = PayloadBits()
    private var cachedSecond: Int64 = -1
    private var tag: [UInt8] = []
    private var sequenceID = 0
    private let encoder = AISEncoder()

    /// Appends a type 1 (Class A) or 18 (Class B) position report.
    mutating func appendPosition(
        mmsi: UInt32,
        stationClass: AISStationClass,
        state: VesselState,
        second: Int64,
        channel: UInt8,
        to out: inout [UInt8]
    ) {
        bits = PayloadBits()
        let sog = UInt64(min(1022, max(0, (state.speedKnots * 10).rounded())))
        let lon = UInt64(bitPattern: Int64((state.position.longitude * 600_000).rounded()))
        let lat = UInt64(bitPattern: Int64((state.position.latitude * 600_000).rounded()))
        var cog = UInt64(max(0, (state.courseDegrees * 10).rounded()))
        if cog >= 3600 { cog -= 3600 }
        let heading = UInt64(Int(state.courseDegrees.rounded()) % 360)
        let timestamp = UInt64(second % 60)
        switch stationClass {
        case .a:
            bits.put(1, 6)
            bits.put(0, 2)
            bits.put(UInt64(mmsi), 30)
            bits.put(UInt64(state.status), 4)
            bits.put(128, 8)  // rate of turn not available (−128)
            bits.put(sog, 10)
            bits.put(0, 1)
            bits.put(lon, 28)
            bits.put(lat, 27)
            bits.put(cog, 12)
            bits.put(heading, 9)
            bits.put(timestamp, 6)
            bits.put(0, 2)
            bits.put(0, 3)
            bits.put(0, 1)
            bits.put(0, 19)
        case .b:
            bits.put(18, 6)
            bits.put(0, 2)
            bits.put(UInt64(mmsi), 30)
            bits.put(0, 8)
            bits.put(sog, 10)
            bits.put(0, 1)
            bits.put(lon, 28)
            bits.put(lat, 27)
            bits.put(cog, 12)
            bits.put(511, 9)  // Class B sets often have no heading sensor
            bits.put(timestamp, 6)
            bits.put(0, 2)
            bits.put(1, 1)  // carrier sense unit
            bits.put(0, 5)
            bits.put(0, 1)
            bits.put(0, 20)
        }
        appendSingle(second: second, channel: channel, to: &out)
    }

    /// Appends a type 4 base station report for `second` (UTC date and time from the tag time).
    mutating func appendBaseStation(mmsi: UInt32, position: GeoPointValue, second: Int64, to out: inout [UInt8]) {
        bits = PayloadBits()
        let days = second / 86_400
        let (y, m, d) = ISO8601.civil(days: days)
        let sod = second - days * 86_400
        bits.put(4, 6)
        bits.put(0, 2)
        bits.put(UInt64(mmsi), 30)
        bits.put(UInt64(y), 14)
        bits.put(UInt64(m), 4)
        bits.put(UInt64(d), 5)
        bits.put(UInt64(sod / 3600), 5)
        bits.put(UInt64(sod / 60 % 60), 6)
        bits.put(UInt64(sod % 60), 6)
        bits.put(1, 1)
        bits.put(UInt64(bitPattern: Int64((position.longitude * 600_000).rounded())), 28)
        bits.put(UInt64(bitPattern: Int64((position.latitude * 600_000).rounded())), 27)
        bits.put(7, 4)  // surveyed position
        bits.put(0, 10)
        bits.put(0, 1)
        bits.put(0, 19)
        appendSingle(second: second, channel: UInt8(ascii: "A"), to: &out)
    }

    /// Appends `message` through the general encoder (for static messages).
    mutating func appendMessage(_ message: AISMessage, second: Int64, channel: UInt8, to out: inout [UInt8]) {
        let sentences = encoder.sentences(
            for: message,
            channel: Character(Unicode.Scalar(channel)),
            sequenceID: sequenceID,
            time: second
        )
        if sentences.count > 1 { sequenceID = (sequenceID + 1) % 10 }
        for s in sentences {
            out.append(contentsOf: s.utf8)
            out.append(10)
        }
    }

    private mutating func appendSingle(second: Int64, channel: UInt8, to out: inout [UInt8]) {
        if second != cachedSecond { makeTag(second) }
        out.append(contentsOf: tag)
        // "!AIVDM,1,1,,A," + 28 payload characters + ",0*hh\n"
        let prefix: StaticString = "AIVDM,1,1,,"
        var checksum: UInt8 = 0
        out.append(UInt8(ascii: "!"))
        prefix.withUTF8Buffer { p in
            for c in p { checksum ^= c }
            out.append(contentsOf: p)
        }
        out.append(channel)
        out.append(UInt8(ascii: ","))
        checksum ^= channel ^ UInt8(ascii: ",")
        for i in 0..<28 {
            let v = bits.sixBits(at: i * 6)
            let c = v < 40 ? v + 48 : v + 56
            checksum ^= c
            out.append(c)
        }
        checksum ^= UInt8(ascii: ",") ^ UInt8(ascii: "0")
        out.append(UInt8(ascii: ","))
        out.append(UInt8(ascii: "0"))
        out.append(UInt8(ascii: "*"))
        out.append(Self.hexDigit(checksum >> 4))
        out.append(Self.hexDigit(checksum & 15))
        out.append(10)
    }

    private mutating func makeTag(_ second: Int64) {
        cachedSecond = second
        var body: [UInt8] = Array("c:".utf8) + Array(String(second).utf8)
        let checksum = body.reduce(0, ^)
        body.append(UInt8(ascii: "*"))
        body.append(Self.hexDigit(checksum >> 4))
        body.append(Self.hexDigit(checksum & 15))
        tag = [UInt8(ascii: "\\")] + body + [UInt8(ascii: "\\")]
    }

    private static func hexDigit(_ v: UInt8) -> UInt8 {
        v < 10 ? v + 48 : v + 55
    }
}

/// Latitude and longitude for the base station encoder.
typealias GeoPointValue = (latitude: Double, longitude: Double)

/// Up to 192 payload bits, most significant first, in three words.
struct PayloadBits {
    private var w0: UInt64 = 0
    private var w1: UInt64 = 0
    private var w2: UInt64 = 0
    private var count = 0

    /// Appends the low `width` bits of `value`.
    mutating func put(_ value: UInt64, _ width: Int) {
        var remaining = width
        let v = width == 64 ? value : value & ((1 << UInt64(width)) - 1)
        while remaining > 0 {
            let offset = count & 63
            let room = 64 - offset
            let take = min(room, remaining)
            let chunk = (v >> UInt64(remaining - take)) & (take == 64 ? ~0 : (1 << UInt64(take)) - 1)
            let shifted = chunk << UInt64(room - take)
            switch count >> 6 {
            case 0: w0 |= shifted
            case 1: w1 |= shifted
            default: w2 |= shifted
            }
            count += take
            remaining -= take
        }
    }

    /// The six bits starting at bit `position`.
    func sixBits(at position: Int) -> UInt8 {
        let word = position >> 6
        let offset = position & 63
        let a: UInt64 = word == 0 ? w0 : word == 1 ? w1 : w2
        if offset <= 58 {
            return UInt8((a >> UInt64(58 - offset)) & 63)
        }
        let b: UInt64 = word == 0 ? w1 : w2
        let high = (a << UInt64(offset - 58)) & 63
        let low = b >> UInt64(122 - offset)
        return UInt8((high | low) & 63)
    }
}
