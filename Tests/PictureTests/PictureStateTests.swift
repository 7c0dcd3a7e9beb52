import AIS
import Geo
import Picture
import Testing

@Suite struct PictureStateTests {
    @Test func lateMessagesGoIntoHistoryNotTheDetectors() throws {
        var picture = Track.picture()
        let p = Track.offshore(60)
        picture.ingest(position: Fix(time: Track.t0, point: p, speedKnots: 5), mmsi: 431_000_001)
        picture.ingest(position: Fix(time: Track.t0 + 20 * 60_000, point: p, speedKnots: 5), mmsi: 431_000_001)
        picture.ingest(position: Fix(time: Track.t0 + 10 * 60_000, point: p, speedKnots: 5), mmsi: 431_000_001)
        picture.ingest(position: Fix(time: Track.t0 + 20 * 60_000, point: p, speedKnots: 5), mmsi: 431_000_001)
        let v = try #require(picture.vessel(431_000_001))
        #expect(v.latest?.time == Track.t0 + 20 * 60_000)
        #expect(v.history.map(\.time) == [0, 10, 20].map { Track.t0 + $0 * 60_000 })
        #expect(picture.statistics.latePositions == 1)
        #expect(picture.statistics.duplicatePositions == 1)
        #expect(picture.now == Track.t0 + 20 * 60_000)
    }

    @Test func historyIsBoundedAndSegmentsSplitOnSilence() throws {
        var picture = Track.picture()
        for i in 0..<100 {
            picture.ingest(
                position: Fix(time: Track.t0 + Int64(i) * 60_000, point: Track.offshore(60), speedKnots: 5),
                mmsi: 431_000_001
            )
        }
        picture.ingest(
            position: Fix(time: Track.t0 + 300 * 60_000, point: Track.offshore(60), speedKnots: 5),
            mmsi: 431_000_001
        )
        let v = try #require(picture.vessel(431_000_001))
        #expect(v.history.count == picture.configuration.historyCapacity)
        #expect(v.history.last?.time == Track.t0 + 300 * 60_000)
        #expect(v.segments == 2)
    }

    @Test func staticAndDynamicAISMessages() throws {
        var picture = Track.picture()
        var s = StaticVoyageData()
        s.shipName = "KAIYO MARU@@@@"
        s.callSign = "JABC"
        s.imoNumber = 9_123_456
        s.shipType = 70
        s.toBow = 100
        s.toStern = 20
        s.toPort = 10
        s.toStarboard = 8
        picture.ingest(AISMessage(messageType: 5, mmsi: 431_000_001, body: .staticVoyageData(s)), time: Track.t0)
        var r = PositionReport()
        r.latitude = 25.1
        r.longitude = 125.2
        r.speedOverGround = 12.3
        picture.ingest(AISMessage(messageType: 1, mmsi: 431_000_001, body: .positionReport(r)), time: Track.t0 + 1000)
        let v = try #require(picture.vessel(431_000_001))
        #expect(v.identity.name == "KAIYO MARU")
        #expect(v.identity.callSign == "JABC")
        #expect(v.identity.imo == 9_123_456)
        #expect(v.identity.lengthMetres == 120)
        #expect(v.identity.beamMetres == 18)
        #expect(v.flag == "JPN")
        #expect(v.latest?.point == GeoPoint(latitude: 25.1, longitude: 125.2))
        #expect(picture.vessels(near: GeoPoint(latitude: 25.1, longitude: 125.2), metres: 10) == [431_000_001])
    }

    @Test(arguments: [
        (UInt32(431_000_001), "JPN"), (412_000_001, "CHN"), (477_000_001, "HKG"), (440_000_001, "KOR"),
        (273_000_001, "RUS"), (538_000_001, "MHL"), (636_000_001, "LBR"), (351_000_001, "PAN"),
    ])
    func flags(mmsi: UInt32, flag: String) {
        #expect(MaritimeIdentification.flag(of: mmsi) == flag)
    }

    @Test func isoTime() {
        #expect(ISOTime.format(0) == "1970-01-01T00:00:00Z")
        #expect(ISOTime.format(Track.t0 + 1500) == "2024-01-01T00:00:01.500Z")
        #expect(ISOTime.parse("2024-01-01T00:00:01.5Z") == Track.t0 + 1500)
        #expect(ISOTime.parse("2024-02-29 12:00") == ISOTime.milliseconds(year: 2024, month: 2, day: 29, hour: 12))
        #expect(ISOTime.parse("1704067200") == Track.t0)
        #expect(ISOTime.parse("2024-13-01") == nil)
    }

    @Test func eventJSONFollowsTheFormat() {
        let e = PictureEvent(
            id: "gap-1-2",
            type: .zoneEntry,
            mmsi: [431_000_001],
            start: Track.t0,
            end: Track.t0 + 60_000,
            latitude: 25.123456,
            longitude: 123.5,
            zone: "senkaku-territorial-sea",
            details: [("dwell_s", .integer(60)), ("name", .string("A \"B\""))]
        )
        #expect(
            e.json == """
                {"id":"gap-1-2","type":"zone_entry","mmsi":[431000001],"start":"2024-01-01T00:00:00Z",\
                "end":"2024-01-01T00:01:00Z","lat":25.12346,"lon":123.5,"zone":"senkaku-territorial-sea",\
                "details":{"dwell_s":60,"name":"A \\"B\\""}}
                """
        )
    }
}
