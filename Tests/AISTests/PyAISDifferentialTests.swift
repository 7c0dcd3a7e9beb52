import AIS
import Foundation
import KizunaTesting
import Testing

/// Cross-check with pyais (PyPI), the most used Python decoder: the whole AISHub capture, message by
/// message, on the fields a maritime picture lives on (identity, position, motion, names).
@Suite("Differential: pyais")
struct PyAISDifferentialTests {
    /// Prints one JSON line per message pyais decodes from a file, with "not available" codes as null.
    static let script = """
        import json, sys
        from pyais.stream import FileReaderStream
        NA = {"lon": 181.0, "lat": 91.0, "speed": 102.3, "course": 360.0, "heading": 511}
        for sentence in FileReaderStream(sys.argv[1]):
            if not sentence.is_valid:
                continue
            try:
                m = sentence.decode().asdict()
            except Exception:
                continue
            out = {"type": m["msg_type"], "mmsi": int(m["mmsi"])}
            if m["msg_type"] in (1, 2, 3, 18, 19):
                for k in ("lon", "lat", "speed", "course", "heading"):
                    v = m.get(k)
                    out[k] = None if v is None or v == NA[k] else float(v)
            if m["msg_type"] == 5:
                out["shipname"] = m["shipname"]
                out["callsign"] = m["callsign"]
                out["imo"] = m["imo"]
            print(json.dumps(out))
        """

    struct Key: Hashable {
        var fields: [String]
    }

    static func pyaisRecords() throws -> [Key] {
        let python = try #require(Fixtures.executable("python3"), "python3 is needed")
        let output = try Fixtures.run(python, ["-c", script, Fixtures.aisHubCapture.path], input: Data())
        let lines = String(decoding: output, as: UTF8.self).split(separator: "\n")
        try #require(
            lines.count > 80_000,
            "pyais printed \(lines.count) lines: is pyais installed (make test does it)?"
        )
        return try lines.map { line in
            let object = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            return key(object)
        }
    }

    static func key(_ object: [String: Any]) -> Key {
        var fields = ["\(object["type"]!)", "\(object["mmsi"]!)"]
        for name in ["lon", "lat", "speed", "course", "heading", "shipname", "callsign", "imo"] {
            guard let value = object[name] else { continue }
            switch value {
            case let number as NSNumber where name == "lon" || name == "lat":
                fields.append(String(format: "%@=%.5f", name, number.doubleValue))
            case let number as NSNumber:
                fields.append(String(format: "%@=%.1f", name, number.doubleValue))
            case is NSNull:
                fields.append("\(name)=nil")
            case let text as String:
                // Intentional difference: ITU-R M.1371-5 Table 47 makes `@` mean "no more text", so
                // Kizuna (like gpsd) ends a name at the first `@` and keeps leading spaces; pyais keeps
                // what follows an `@` ("VAN CASTLE@@@@@@@@CL") and trims both ends. Names are compared
                // cut at the first `@` and trimmed.
                let cut = text.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                fields.append("\(name)=\(cut.trimmingCharacters(in: .whitespaces))")
            default:
                fields.append("\(name)=\(value)")
            }
        }
        return Key(fields: fields)
    }

    static func kizunaRecord(_ message: AISMessage) -> Key {
        var object: [String: Any] = ["type": Int(message.messageType), "mmsi": Int(message.mmsi)]
        func motion(_ lon: Double?, _ lat: Double?, _ speed: Double?, _ course: Double?, _ heading: UInt16?) {
            object["lon"] = lon ?? NSNull()
            object["lat"] = lat ?? NSNull()
            object["speed"] = speed ?? NSNull()
            object["course"] = course ?? NSNull()
            object["heading"] = heading.map { Double($0) } ?? NSNull()
        }
        switch message.body {
        case .positionReport(let r):
            motion(r.longitude, r.latitude, r.speedOverGround, r.courseOverGround, r.trueHeading)
        case .classBPosition(let r):
            motion(r.longitude, r.latitude, r.speedOverGround, r.courseOverGround, r.trueHeading)
        case .extendedClassBPosition(let r):
            motion(r.longitude, r.latitude, r.speedOverGround, r.courseOverGround, r.trueHeading)
        case .staticVoyageData(let r):
            object["shipname"] = r.shipName
            object["callsign"] = r.callSign
            object["imo"] = Int(r.imoNumber)
        default:
            break
        }
        return key(object)
    }

    @Test("every message of the AISHub capture agrees with pyais on identity, position, motion and names")
    func aisHub() throws {
        let theirs = try Self.pyaisRecords()
        let (decoded, stats) = AISDecoding.decodeAll(try Data(contentsOf: Fixtures.aisHubCapture))
        let ours = decoded.map { Self.kizunaRecord($0.message) }

        var counts: [Key: Int] = [:]
        for key in ours { counts[key, default: 0] += 1 }
        for key in theirs { counts[key, default: 0] -= 1 }
        let onlyOurs = counts.filter { $0.value > 0 }
        let onlyTheirs = counts.filter { $0.value < 0 }
        #expect(onlyOurs.isEmpty, "only Kizuna: \(onlyOurs.prefix(5).map(\.key.fields))")
        #expect(onlyTheirs.isEmpty, "only pyais: \(onlyTheirs.prefix(5).map(\.key.fields))")
        // Neither decodes the eight type 6 sentences that claim 6 fill bits (IEC 61162-1 allows 0–5).
        #expect(stats.rejections[.badFillBits] == 8)
        #expect(ours.count == 82_744)
    }
}
