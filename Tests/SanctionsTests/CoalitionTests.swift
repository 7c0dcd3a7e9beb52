import Sanctions
import Testing

/// Coalition aliases expand to the members present in the table.
@Suite("Coalitions")
struct CoalitionTests {
    /// WIOD 2013's regions (Romania is ROM there).
    static let wiod = [
        "AUS", "AUT", "BEL", "BGR", "BRA", "CAN", "CHN", "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN", "FRA",
        "GBR", "GRC", "HUN", "IDN", "IND", "IRL", "ITA", "JPN", "KOR", "LTU", "LUX", "LVA", "MEX", "MLT", "NLD",
        "POL", "PRT", "ROM", "RUS", "SVK", "SVN", "SWE", "TUR", "TWN", "USA", "RoW",
    ]

    @Test("EU: 26 members in WIOD 2013, Romania as ROM, Croatia absent, United Kingdom out")
    func eu() throws {
        let eu = try Coalition("EU", regions: Self.wiod)
        #expect(eu.members.count == 26)
        #expect(eu.members.contains("ROM"))
        #expect(!eu.members.contains("GBR"))
        #expect(eu.absent == ["HRV"])
    }

    @Test("G7 + EU, IP4, QUAD, mixed with codes and in any case")
    func others() throws {
        #expect(try Coalition("G7,EU", regions: Self.wiod).members.count == 30)  // EU 26 + CAN GBR JPN USA
        let ip4 = try Coalition("ip4", regions: Self.wiod)
        #expect(ip4.members == ["AUS", "JPN", "KOR"])
        #expect(ip4.absent == ["NZL"])
        #expect(try Coalition("QUAD", regions: Self.wiod).members == ["AUS", "IND", "JPN", "USA"])
        #expect(try Coalition("JPN, kor ,ROU", regions: Self.wiod).members == ["JPN", "KOR", "ROM"])
    }

    @Test("unknown codes and empty coalitions are refused", arguments: ["XXX", "", " , ", "NATO"])
    func refused(spec: String) {
        #expect(throws: ScenarioError.self) { try Coalition(spec, regions: Self.wiod) }
    }
}
