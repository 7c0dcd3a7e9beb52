import AIS
import Foundation
import KizunaTesting
import Testing

/// Field values from real captures, checked against what the capture's own notes and gpsd's
/// regression output say (gpsd `test/sample.aivdm` and its `.chk`).
@Suite("Message values from real captures")
struct MessageValueTests {
    @Test("type 1: Class A position report")
    func type1() throws {
        let message = try #require(AISDecoding.message("!AIVDM,1,1,,A,15RTgt0PAso;90TKcjM8h6g208CQ,0*4A"))
        guard case .positionReport(let r) = message.body else { throw Failure("body") }
        #expect(message.mmsi == 371_798_000)
        #expect(r.navigationStatus == 0)
        #expect(r.rateOfTurnIndicator == -127)
        #expect(r.speedOverGround == 12.3)
        #expect(r.positionAccuracy)
        #expect(abs(r.longitude! - -123.395383) < 1e-6)
        #expect(abs(r.latitude! - 48.381633) < 1e-6)
        #expect(r.courseOverGround == 224.0)
        #expect(r.trueHeading == 215)
        #expect(r.timestampSecond == 33)
        #expect(r.radioStatus == 34017)
    }

    @Test("type 5: static and voyage data over two sentences")
    func type5() throws {
        let text = """
            !AIVDM,2,1,1,A,55?MbV02;H;s<HtKR20EHE:0@T4@Dn2222222216L961O5Gf0NSQEp6ClRp8,0*1C
            !AIVDM,2,2,1,A,88888888880,2*25
            """
        let message = try #require(AISDecoding.message(text))
        guard case .staticVoyageData(let r) = message.body else { throw Failure("body") }
        #expect(message.mmsi == 351_759_000)
        #expect(r.imoNumber == 9_134_270)
        #expect(r.callSign == "3FOF8")
        #expect(r.shipName == "EVER DIADEM")
        #expect(r.shipType == 70)
        #expect((r.toBow, r.toStern, r.toPort, r.toStarboard) == (225, 70, 1, 31))
        #expect((r.etaMonth, r.etaDay, r.etaHour, r.etaMinute) == (5, 15, 14, 0))
        #expect(r.draught == 12.2)
        #expect(r.destination == "NEW YORK")
    }

    @Test("type 24 parts A and B; part numbers 2 and 3 are rejected as invalid")
    func type24() throws {
        let a = try #require(AISDecoding.message("!AIVDM,1,1,,A,H42O55i18tMET00000000000000,2*6D"))
        guard case .staticDataReport(let partA) = a.body else { throw Failure("body") }
        #expect(partA.partNumber == 0)
        #expect(partA.shipName == "PROGUY")
        let data = try Fixtures.aisFile("gpsd__test__daemon__ais-18-27.log")
        let (_, stats) = AISDecoding.decodeAll(data)
        #expect(stats.rejections[.invalidField] == 69)
        #expect(stats.messagesByType[18] == 69 && stats.messagesByType[27] == 69)
    }

    @Test("type 27: long-range position in tenths of a minute")
    func type27() throws {
        let message = try #require(AISDecoding.message("!AIVDM,1,1,,B,KC5E2b@U19PFdLbMuc5=ROv62<7m,0*16"))
        guard case .longRangePosition(let r) = message.body else { throw Failure("body") }
        #expect(message.mmsi == 206_914_217)
        #expect(r.navigationStatus == 2)  // not under command
        #expect(abs(r.longitude! - 137.0) < 0.05)
        #expect(abs(r.latitude! - 4.8) < 0.05)
        #expect(r.speedOverGround == 57)
        #expect(r.courseOverGround == 167)
    }

    @Test("the AISHub capture decodes to exactly the messages pyais counts, type by type")
    func aisHubCounts() throws {
        let (messages, stats) = AISDecoding.decodeAll(try Data(contentsOf: Fixtures.aisHubCapture))
        #expect(messages.count == 82_744)
        let expected = [
            1: 61374, 2: 1973, 3: 8785, 4: 4043, 5: 2221, 6: 435, 8: 1082, 9: 27, 10: 7, 11: 28, 16: 1, 17: 314,
            18: 1361, 19: 109, 20: 276, 21: 379, 22: 23, 24: 306,
        ]
        for (type, count) in expected { #expect(stats.messagesByType[type] == count, "type \(type)") }
        // eight type 6 sentences claim 6 fill bits, which IEC 61162-1 does not allow (0–5)
        #expect(stats.rejections[.badFillBits] == 8)
    }
}

struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
