import Geo
import Picture
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite struct DefaultZonesTests {
    static func repositoryFile(_ path: String) -> [UInt8]? {
        var root = "\(#filePath)"
        for _ in 0..<3 { root = String(root[..<(root.lastIndex(of: "/") ?? root.startIndex)]) }
        guard let f = fopen(root + "/" + path, "rb") else { return nil }
        defer { fclose(f) }
        var out: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = fread(&buffer, 1, buffer.count, f)
            if n == 0 { break }
            out += buffer[..<n]
        }
        return out
    }

    static let zones: ZoneSet = {
        guard let bytes = repositoryFile("Data/zones/default-zones.geojson") else { return ZoneSet() }
        return (try? ZoneSet.load(geoJSON: bytes)) ?? ZoneSet()
    }()

    func zone(_ id: String) throws -> Zone {
        try #require(Self.zones.zones.first { $0.id == id })
    }

    @Test(arguments: DefaultZones.islands)
    func theZonesHoldTheIslands(island: DefaultZones.Island) throws {
        let ts = try zone("\(island.group)-territorial-sea")
        let cz = try zone("\(island.group)-contiguous-zone")
        #expect(ts.shape.contains(island.point))
        #expect(cz.shape.contains(island.point))
        for bearing in stride(from: 0.0, to: 360, by: 30) {
            #expect(ts.shape.contains(island.point.destination(nauticalMiles: 11.5, bearingDegrees: bearing)))
            #expect(cz.shape.contains(island.point.destination(nauticalMiles: 23.5, bearingDegrees: bearing)))
        }
    }

    @Test(arguments: ["senkaku", "sakishima"])
    func territorialSeaLiesInsideTheContiguousZone(group: String) throws {
        let ts = try zone("\(group)-territorial-sea")
        let cz = try zone("\(group)-contiguous-zone")
        for polygon in ts.shape.polygons {
            for p in polygon.outer { #expect(cz.shape.contains(p)) }
        }
        // And the contiguous zone reaches about 12 nm beyond it.
        let island = try #require(DefaultZones.islands.first { $0.group == group })
        let out = island.point.destination(nauticalMiles: 40, bearingDegrees: 0)
        #expect(!cz.shape.contains(out))
    }

    @Test func farFromTheIslandsIsInNoZone() {
        #expect(Self.zones.containing(GeoPoint(latitude: 27, longitude: 125)).isEmpty)
        #expect(Self.zones.zones.count == 4)
    }

    @Test func theBuilderMakesTheSameShapeFromPointsAlone() {
        // Without a shoreline, Taisho-jima's 12 nm zone is a circle around its reference point.
        let built = DefaultZones.build(coastline: [], resolutionNauticalMiles: 0.5)
        let taisho = DefaultZones.islands.first { $0.name == "Taisho-jima" }!
        let ts = built.first { $0.id == "senkaku-territorial-sea" }!
        #expect(ts.shape.contains(taisho.point.destination(nauticalMiles: 11.7, bearingDegrees: 90)))
        #expect(!ts.shape.contains(taisho.point.destination(nauticalMiles: 12.3, bearingDegrees: 90)))
    }
}
