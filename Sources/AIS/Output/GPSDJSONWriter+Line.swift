/// A line assembled in a stack buffer and appended to the output in one copy: the fast path for the
/// Class A position reports that make up most of any feed.
struct GPSDLine {
    private let start: UnsafeMutablePointer<UInt8>
    private(set) var count = 0

    init(_ start: UnsafeMutablePointer<UInt8>) {
        self.start = start
    }

    /// Writes at most `capacity` bytes through a `GPSDLine`, then appends them to `out`.
    static func write(to out: inout JSONOutput, capacity: Int, _ body: (inout GPSDLine) -> Void) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { buffer in
            var line = GPSDLine(buffer.baseAddress!)
            body(&line)
            out.bytes.append(contentsOf: UnsafeBufferPointer(start: buffer.baseAddress!, count: line.count))
        }
    }

    @inline(__always)
    mutating func append(_ text: StaticString) {
        let n = text.utf8CodeUnitCount
        (start + count).update(from: text.utf8Start, count: n)
        count += n
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        start[count] = byte
        count += 1
    }

    @inline(__always)
    mutating func bool(_ value: Bool) {
        if value { append("true") } else { append("false") }
    }

    /// A decimal integer.
    mutating func append(integer value: UInt64) {
        var digits = 1
        var power: UInt64 = 10
        while digits < 20 && value >= power {
            digits += 1
            power = power &* 10
        }
        var rest = value
        var i = count + digits
        while i > count {
            i -= 1
            start[i] = 48 + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        }
        count += digits
    }

    mutating func append(integer value: some BinaryInteger) {
        if value < 0 { append(UInt8(ascii: "-")) }
        append(integer: UInt64(value.magnitude))
    }

    /// `value` as C's `printf("%.*f")` writes it (see ``JSONOutput/append(fixed:decimals:)``).
    mutating func append(fixed value: Double, decimals: Int) {
        let scale = JSONOutput.powersOfTen[decimals]
        guard value.isFinite, value.magnitude < 1e9, let units = JSONOutput.roundedProduct(value.magnitude, scale)
        else {
            var slow = JSONOutput(capacity: 32)
            slow.append(fixed: value, decimals: decimals)
            for byte in slow.bytes { append(byte) }
            return
        }
        if value.sign == .minus { append(UInt8(ascii: "-")) }
        append(integer: units / scale)
        guard decimals > 0 else { return }
        append(UInt8(ascii: "."))
        var fraction = units % scale
        var i = count + decimals
        while i > count {
            i -= 1
            start[i] = 48 + UInt8(truncatingIfNeeded: fraction % 10)
            fraction /= 10
        }
        count += decimals
    }

    /// `"lon":%.6f,"lat":%.6f` in degrees; nil prints gpsd's sentinels 181 and 91.
    mutating func position(_ longitude: Double?, _ latitude: Double?) {
        append(#","lon":"#)
        append(fixed: longitude ?? 181, decimals: 6)
        append(#","lat":"#)
        append(fixed: latitude ?? 91, decimals: 6)
    }
}

extension GPSDJSONWriter {
    /// Types 1, 2 and 3, header and newline included (at most about 320 bytes).
    static func positionReportLine(_ message: AISMessage, _ m: PositionReport, _ out: inout JSONOutput) {
        GPSDLine.write(to: &out, capacity: 512) { line in
            line.append(#"{"class":"AIS","device":"stdin","type":"#)
            line.append(integer: message.messageType)
            line.append(#","repeat":"#)
            line.append(integer: message.repeatIndicator)
            line.append(#","mmsi":"#)
            line.append(integer: message.mmsi)
            line.append(#","scaled":true,"status":"#)
            line.append(integer: m.navigationStatus)
            line.append(#","status_text":""#)
            line.append(GPSDLegends.navigationStatus[Int(m.navigationStatus & 15)])
            line.append(#"","turn":"#)
            switch m.rateOfTurnIndicator {
            case nil: line.append(#""nan""#)
            case -127: line.append(#""fastleft""#)
            case 127: line.append(#""fastright""#)
            case let raw?:
                // gpsd squares ROT_AIS / 4.733 and so loses the sign of the turn
                let root = Double(raw) / 4.733
                line.append(fixed: root * root, decimals: 0)
            }
            line.append(#","speed":"#)
            switch m.speedOverGround {
            case nil: line.append(#""nan""#)
            case 102.2: line.append(#""fast""#)
            case let speed?: line.append(fixed: speed, decimals: 1)
            }
            line.append(#","accuracy":"#)
            line.bool(m.positionAccuracy)
            line.position(m.longitude, m.latitude)
            line.append(#","course":"#)
            line.append(fixed: m.courseOverGround ?? 360, decimals: 1)
            line.append(#","heading":"#)
            line.append(integer: m.trueHeading ?? 511)
            line.append(#","second":"#)
            line.append(integer: m.timestampSecond)
            line.append(#","maneuver":"#)
            line.append(integer: m.specialManeuver)
            line.append(#","raim":"#)
            line.bool(m.raim)
            line.append(#","radio":"#)
            line.append(integer: m.radioStatus)
            line.append("}\n")
        }
    }
}
