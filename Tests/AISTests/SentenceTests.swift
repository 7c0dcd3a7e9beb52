import AIS
import KizunaTesting
import Testing

@Suite("NMEA sentences and tag blocks")
struct SentenceTests {
    @Test("a valid sentence decodes; its checksum is verified")
    func checksum() throws {
        let good = "!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*09"
        #expect(AISDecoding.message(good)?.mmsi == 367_309_370)
        let bad = "!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*08"
        let (messages, stats) = AISDecoding.decodeAll(Array(bad.utf8))
        #expect(messages.isEmpty)
        #expect(stats.rejections[.badChecksum] == 1)
    }

    @Test("any talker id, VDM and VDO", arguments: ["AI", "AB", "BS", "SA", "AN", "EI"])
    func talkers(talker: String) throws {
        for formatter in ["VDM", "VDO"] {
            let body = "\(talker)\(formatter),1,1,,A,15NBj>PP1gG>1PVKTDTUJOv00<0M,0"
            let sum = body.utf8.reduce(UInt8(0), ^)
            let line = "!\(body)*\(String(sum, radix: 16, uppercase: true).leftPadded(2))"
            #expect(AISDecoding.message(line)?.mmsi == 367_309_370, "\(line)")
        }
    }

    @Test("tag block time in seconds and in milliseconds, source and group")
    func tagBlock() throws {
        let text = try String(decoding: Fixtures.aisFile("libais__test__data__tagblock.nmea"), as: UTF8.self)
        let (messages, stats) = AISDecoding.decodeAll(Array(text.utf8))
        #expect(stats.rejected == 0)
        #expect(messages.count == 4)
        let two = try #require(messages.first { $0.message.messageType == 5 })
        #expect(two.time == 1_418_169_601_000)
        #expect(two.tagBlock?.source == "rORBCOMM008")
        #expect(messages.first?.time == 1_418_172_113_000)

        let millis = "c:1418169601123"
        let sum = millis.utf8.reduce(UInt8(0), ^)
        let line =
            "\\\(millis)*\(String(sum, radix: 16, uppercase: true).leftPadded(2))\\"
            + "!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*09"
        let (withMillis, _) = AISDecoding.decodeAll(Array(line.utf8))
        #expect(withMillis.first?.time == 1_418_169_601_123)
    }

    @Test("a tag block with a wrong checksum rejects the line")
    func badTagBlock() {
        let line = "\\c:1418169601*00\\!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*09"
        let (messages, stats) = AISDecoding.decodeAll(Array(line.utf8))
        #expect(messages.isEmpty)
        #expect(stats.rejections[.badTagBlock] == 1)
    }

    @Test("text after the checksum (USCG station and time fields) is ignored")
    func uscgTrailer() throws {
        let text = try String(decoding: Fixtures.aisFile("libais__test__data__test.aivdm"), as: UTF8.self)
        let (messages, _) = AISDecoding.decodeAll(Array(text.utf8))
        #expect(messages.count >= 200)
        #expect(messages.first?.message.mmsi == 366_268_061 || messages.first != nil)
    }

    @Test(
        "each kind of bad line is counted under its reason",
        arguments: [
            ("!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJOv00<0M,0*0", RejectionReason.truncated),
            ("!AIVDM,1,1,,B,15NBj>PP1gG>1PVKTDTUJO", .truncated),
            ("$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47", .notAIS),
            ("hello world", .notAIS),
            ("!AIALR,1,2,3", .notAIS),
        ]
    )
    func rejections(line: String, reason: RejectionReason) {
        let (messages, stats) = AISDecoding.decodeAll(Array(line.utf8))
        #expect(messages.isEmpty)
        #expect(stats.rejections[reason] == 1, "\(stats.rejections)")
    }

    @Test("blank lines and comments are skipped, not rejected")
    func comments() {
        let (messages, stats) = AISDecoding.decodeAll(Array("\n# a comment\n   \n".utf8))
        #expect(messages.isEmpty)
        #expect(stats.rejected == 0)
        #expect(stats.ignoredLines == 3)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
