import Geo
import Picture
import Testing

@Suite struct CSVReaderTests {
    @Test func marineCadastre() throws {
        let header =
            "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName,IMO,CallSign,VesselType,Status,Length,Width,Draft,Cargo,TransceiverClass"
        let reader = try #require(AISCSVReader(header: header))
        #expect(reader.layout == .marineCadastre)
        let row = try reader.read(
            "367000001,2024-01-01T00:00:05,29.50123,-94.80012,12.3,181.0,180,OCEAN STAR,IMO9123456,WDA1234,70,0,180,30,10.5,70,A"
        ).get()
        #expect(row.mmsi == 367_000_001)
        #expect(row.time == Track.t0 + 5000)
        #expect(row.fix?.point == GeoPoint(latitude: 29.50123, longitude: -94.80012))
        #expect(row.fix?.speedKnots == 12.3)
        #expect(row.identity.name == "OCEAN STAR")
        #expect(row.identity.imo == 9_123_456)
        #expect(row.identity.callSign == "WDA1234")
        #expect(row.identity.shipType == 70)
        #expect(row.identity.lengthMetres == 180)
        #expect(throws: AISCSVReader.RejectionError.self) { try reader.read("367000001,yesterday,29.5,-94.8").get() }
        #expect(throws: AISCSVReader.RejectionError.self) { try reader.read("367000001").get() }
    }

    @Test func danishMaritimeAuthority() throws {
        let header =
            "# Timestamp,Type of mobile,MMSI,Latitude,Longitude,Navigational status,ROT,SOG,COG,Heading,IMO,Callsign,Name,Ship type,Cargo type,Width,Length,Type of position fixing device,Draught,Destination,ETA,Data source type,A,B,C,D"
        let reader = try #require(AISCSVReader(header: header))
        #expect(reader.layout == .danishMaritimeAuthority)
        let row = try reader.read(
            "01/01/2024 00:00:10,Class A,219000001,55.123456,10.5,Under way using engine,0.0,8.1,90.2,91,Unknown,OXAB2,NORDIC SUN,Cargo,,20,120,GPS,6.0,AARHUS,,AIS,100,20,10,10"
        ).get()
        #expect(row.time == Track.t0 + 10_000)
        #expect(row.fix?.point == GeoPoint(latitude: 55.123456, longitude: 10.5))
        #expect(row.identity.imo == nil)
        #expect(row.identity.name == "NORDIC SUN")
        #expect(row.identity.callSign == "OXAB2")
        #expect(row.identity.lengthMetres == 120)
        let base = reader.read(
            "01/01/2024 00:00:10,Base Station,2190001,55.1,10.5,Unknown value,,,,,,,,,,,,,,,,AIS,,,,"
        )
        if case .failure(let e) = base { #expect(e.reason == .notVessel) } else { Issue.record("base station read") }
        let bad = reader.read("2024-01-01 00:00:10,Class A,219000001,55.1,10.5,,,,,,,,,,,,,,,,,AIS,,,,")
        if case .failure(let e) = bad { #expect(e.reason == .badTime) } else { Issue.record("bad time read") }
    }

    @Test func neitherLayout() {
        #expect(AISCSVReader(header: "!AIVDM,1,1,,A,13u?etPv2;0n:dDPwUM1U1Cb069D,0*24") == nil)
    }

    @Test func quotedFields() throws {
        let reader = try #require(AISCSVReader(header: "MMSI,BaseDateTime,LAT,LON,SOG,COG,Heading,VesselName"))
        let row = try reader.read("431000001,2024-01-01T00:00:00,25,125,1,2,3,\"SEA, \"\"STAR\"\"\"").get()
        #expect(row.identity.name == "SEA, \"STAR\"")
    }
}
