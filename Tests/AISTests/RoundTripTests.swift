import AIS
import Foundation
import KizunaTesting
import Testing

/// Encoder ↔ decoder: every message of every type in the real captures, encoded again and decoded,
/// comes back equal; and the bits come back identical to the received payload.
@Suite("Encoder round trips")
struct RoundTripTests {
    /// Every message in gpsd's and libais's regression captures, which between them cover types 1–27.
    static let messages: [AISMessage] = {
        var all: [AISMessage] = []
        for name in [
            "gpsd__test__sample.aivdm", "libais__test__data__typeexamples.nmea", "libais__test__data__test.aivdm",
        ] {
            guard let data = try? Fixtures.aisFile(name) else { continue }
            all += AISDecoding.decodeAll(data).0.map(\.message)
        }
        return all
    }()

    @Test("every type 1–27 is present in the captures and survives encode → decode", arguments: 1...27)
    func roundTrip(type: Int) throws {
        let ofType = Self.messages.filter { Int($0.messageType) == type }
        #expect(!ofType.isEmpty, "no type \(type) message in the captures")
        for message in ofType {
            let again = try AISMessage(bits: message.bits)
            #expect(again == message)
            let sentences = AISEncoder().sentences(
                for: message,
                channel: "B",
                sequenceID: type % 10,
                time: 1_700_000_000
            )
            let decoded = AISDecoding.decodeAll(Array((sentences.joined(separator: "\n") + "\n").utf8))
            #expect(decoded.0.map(\.message) == [message], "\(sentences)")
            #expect(decoded.0.first?.time == 1_700_000_000_000)
        }
    }

    @Test("re-encoding reproduces the received bits of Class A position reports, apart from spare bits")
    func exactBits() throws {
        let data = try Data(contentsOf: Fixtures.aisHubCapture)
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").prefix(5000)
        var checked = 0
        for line in lines where line.hasPrefix("!AIVDM,1,1,") && line.contains(",0*") {
            let payload = line.split(separator: ",", omittingEmptySubsequences: false)[5]
            guard payload.count == 28, "123".contains(payload.first!),
                let message = AISDecoding.message(String(line))
            else { continue }
            var received = AISBits()
            _ = payload.utf8.withContiguousStorageIfAvailable { received.appendArmoured(UnsafeRawBufferPointer($0)) }
            let again = message.bits
            #expect(again.count == received.count)
            // bits 145–147 are spare (M.1371-5 Table 46); some senders set them, the encoder writes zeros
            for (offset, width) in [(0, 64), (64, 64), (128, 17), (148, 20)] {
                #expect(
                    again.unsigned(at: offset, width: width) == received.unsigned(at: offset, width: width),
                    "\(line)"
                )
            }
            checked += 1
        }
        #expect(checked > 3000)
    }

    @Test("hand-built messages with every optional value missing encode to the not-available codes")
    func notAvailable() throws {
        let report = PositionReport()
        let message = AISMessage(messageType: 1, mmsi: 211_000_001, body: .positionReport(report))
        let bits = message.bits
        #expect(bits.unsigned(at: 61, width: 28) == 0x6791AC0)  // 181° longitude
        #expect(bits.unsigned(at: 89, width: 27) == 0x3412140)  // 91° latitude
        #expect(bits.unsigned(at: 50, width: 10) == 1023)
        #expect(bits.unsigned(at: 128, width: 9) == 511)
        let again = try AISMessage(bits: bits)
        guard case .positionReport(let decoded) = again.body else {
            Issue.record("wrong body")
            return
        }
        #expect(decoded.longitude == nil && decoded.latitude == nil && decoded.speedOverGround == nil)
        #expect(decoded.trueHeading == nil && decoded.courseOverGround == nil && decoded.rateOfTurnIndicator == nil)
    }

    @Test("long messages are split over several sentences and joined again")
    func multiSentence() throws {
        var safety = BroadcastSafetyMessage()
        safety.text = String(repeating: "SECURITE NAVIGATIONAL WARNING ", count: 5)
        let message = AISMessage(messageType: 14, mmsi: 431_000_001, body: .broadcastSafety(safety))
        let sentences = AISEncoder().sentences(for: message, sequenceID: 7)
        #expect(sentences.count == 3)
        let decoded = AISDecoding.decodeAll(Array(sentences.joined(separator: "\r\n").utf8))
        guard case .broadcastSafety(let text) = decoded.0.first?.message.body else {
            Issue.record("not decoded")
            return
        }
        #expect(text.text == String(safety.text.dropLast()))
    }
}
