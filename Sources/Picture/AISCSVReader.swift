import Geo

/// Reads the common AIS CSV layouts, one row at a time, into positions and static data.
///
/// - NOAA MarineCadastre (`MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,
///   VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass`), times like
///   `2023-01-01T00:00:01`, UTC.
/// - Danish Maritime Authority (`# Timestamp,Type of mobile,MMSI,Latitude,Longitude,
///   Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,…`), times like
///   `01/01/2024 00:00:00` (day/month/year), UTC. Rows whose "Type of mobile" is not `Class A`
///   or `Class B` (base stations, aids to navigation, SAR aircraft) are skipped as `not_vessel`.
///
/// Columns are found by their header names, so other column orders and extra columns work.
public struct AISCSVReader: Sendable {
    public enum Layout: String, Sendable {
        case marineCadastre = "noaa"
        case danishMaritimeAuthority = "dma"
    }

    /// One row: a position (when it has one) and what the row says about the vessel.
    public struct Row: Sendable {
        public var mmsi: UInt32
        public var time: Milliseconds
        public var fix: Fix?
        public var identity: VesselIdentity
    }

    public let layout: Layout
    let mmsi: Int
    let time: Int
    let lat: Int
    let lon: Int
    let sog: Int?
    let cog: Int?
    let name: Int?
    let imo: Int?
    let callSign: Int?
    let shipType: Int?
    let length: Int?
    let width: Int?
    let mobileType: Int?

    /// A reader for the layout named by `header` (the first line), or nil when it is neither.
    public init?(header: some StringProtocol) {
        var h = Substring(header)
        if h.hasPrefix("#") { h = h.dropFirst() }
        let names = Self.split(h).map { $0.trimmingSpaces.lowercased() }
        func col(_ n: String) -> Int? { names.firstIndex(of: n) }
        if let m = col("mmsi"), let t = col("basedatetime"), let la = col("lat"), let lo = col("lon") {
            layout = .marineCadastre
            (mmsi, time, lat, lon) = (m, t, la, lo)
            (sog, cog, name, imo, callSign) = (col("sog"), col("cog"), col("vesselname"), col("imo"), col("callsign"))
            (shipType, length, width, mobileType) = (col("vesseltype"), col("length"), col("width"), nil)
        } else if let m = col("mmsi"), let t = col("timestamp"), let la = col("latitude"), let lo = col("longitude") {
            layout = .danishMaritimeAuthority
            (mmsi, time, lat, lon) = (m, t, la, lo)
            (sog, cog, name, imo, callSign) = (col("sog"), col("cog"), col("name"), col("imo"), col("callsign"))
            (shipType, length, width, mobileType) = (nil, col("length"), col("width"), col("type of mobile"))
        } else {
            return nil
        }
    }

    /// Why a row was not read.
    public enum Rejection: String, Sendable, CaseIterable {
        case tooFewFields = "too_few_fields"
        case badMMSI = "bad_mmsi"
        case badTime = "bad_time"
        case notVessel = "not_vessel"
    }

    /// Parses one data row.
    public func read(_ line: some StringProtocol) -> Result<Row, RejectionError> {
        let f = Self.split(Substring(line))
        let needed = max(mmsi, time, lat, lon)
        guard f.count > needed else { return .failure(RejectionError(.tooFewFields)) }
        if let mobileType, mobileType < f.count {
            let t = f[mobileType].trimmingSpaces
            if t != "Class A" && t != "Class B" { return .failure(RejectionError(.notVessel)) }
        }
        guard let m = UInt32(f[mmsi].trimmingSpaces), m > 0 else { return .failure(RejectionError(.badMMSI)) }
        let t: Milliseconds?
        switch layout {
        case .marineCadastre: t = ISOTime.parse(f[time].trimmingSpaces)
        case .danishMaritimeAuthority: t = Self.danishTime(f[time].trimmingSpaces)
        }
        guard let t else { return .failure(RejectionError(.badTime)) }
        func text(_ i: Int?) -> String? {
            guard let i, i < f.count else { return nil }
            let s = f[i].trimmingSpaces
            return s.isEmpty || s == "Unknown" || s == "Undefined" ? nil : String(s)
        }
        func number(_ i: Int?) -> Double? { text(i).flatMap { Double($0) } }
        var fix: Fix?
        if let la = number(lat), let lo = number(lon), abs(la) <= 90, abs(lo) <= 180 {
            var speed = number(sog)
            if let s = speed, s < 0 || s >= 102.3 { speed = nil }
            var course = number(cog)
            if let c = course, c < 0 || c >= 360 { course = nil }
            fix = Fix(time: t, point: GeoPoint(latitude: la, longitude: lo), speedKnots: speed, courseDegrees: course)
        }
        var imoNumber: UInt32?
        if var s = text(imo) {
            if s.hasPrefix("IMO") { s.removeFirst(3) }
            if let n = UInt32(s), n > 0 { imoNumber = n }
        }
        let identity = VesselIdentity(
            name: text(name),
            callSign: text(callSign),
            imo: imoNumber,
            shipType: text(shipType).flatMap { UInt8($0) }.flatMap { $0 == 0 ? nil : $0 },
            lengthMetres: number(length).map { Int($0) }.flatMap { $0 > 0 ? $0 : nil },
            beamMetres: number(width).map { Int($0) }.flatMap { $0 > 0 ? $0 : nil }
        )
        return .success(Row(mmsi: m, time: t, fix: fix, identity: identity))
    }

    /// A rejected row's reason.
    public struct RejectionError: Error, Sendable {
        public var reason: Rejection
        init(_ reason: Rejection) { self.reason = reason }
    }

    /// `DD/MM/YYYY HH:MM:SS`, UTC.
    static func danishTime(_ s: Substring) -> Milliseconds? {
        let b = Array(s.utf8)
        guard b.count >= 19, b[2] == UInt8(ascii: "/"), b[5] == UInt8(ascii: "/") else { return nil }
        func num(_ i: Int, _ n: Int) -> Int? {
            var v = 0
            for k in i..<i + n {
                guard b[k] >= 0x30 && b[k] <= 0x39 else { return nil }
                v = v * 10 + Int(b[k] - 0x30)
            }
            return v
        }
        guard let d = num(0, 2), let mo = num(3, 2), let y = num(6, 4), let h = num(11, 2), let mi = num(14, 2),
            let se = num(17, 2), (1...12).contains(mo), (1...31).contains(d), h < 24, mi < 60, se < 61
        else { return nil }
        return ISOTime.milliseconds(year: Int64(y), month: mo, day: d, hour: h, minute: mi, second: se)
    }

    /// Splits on commas, honouring double quotes (`"a, b"` is one field; `""` is a quote).
    static func split(_ line: Substring) -> [Substring] {
        var line = line
        if line.last == "\r" { line = line.dropLast() }
        if !line.contains("\"") { return line.split(separator: ",", omittingEmptySubsequences: false) }
        var out: [Substring] = []
        var field = ""
        var quoted = false
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            let c = chars[i]
            i += 1
            if quoted {
                if c == "\"" {
                    if i < chars.count, chars[i] == "\"" {
                        field.append("\"")
                        i += 1
                    } else {
                        quoted = false
                    }
                } else {
                    field.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                out.append(Substring(field))
                field = ""
            } else {
                field.append(c)
            }
        }
        out.append(Substring(field))
        return out
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" || l == "\r" { s = s.dropLast() }
        return s
    }
}
