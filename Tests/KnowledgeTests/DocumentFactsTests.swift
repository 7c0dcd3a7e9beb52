import Knowledge
import Testing

/// Dated facts taken from each of the four source documents, asked of the public query
/// interface. Each test names the document and the passage it was written from.
@Suite("Facts from the documents")
struct DocumentFactsTests {
    let base = Fixture.base

    /// Perkins, Beyond the Horizon ISSG (2023).
    @Suite("PERKINS2023") struct Perkins {
        let base = Fixture.base

        @Test func quadFormedIn2007ByFourStates() throws {
            // key points ¶1: India, Japan, Australia and the US formed the Quad in 2007.
            let members = Set(base.relations(of: "QUAD").filter { $0.kind == .membership }.flatMap(\.actors))
            #expect(members == ["QUAD", "JPN", "USA", "AUS", "IND"])
            let japan = try #require(base.relations(of: "JPN", with: "QUAD").first)
            #expect(japan.start?.year == 2007)
        }

        @Test func itppSignedJuly2023() throws {
            // key points ¶4.
            let itpp = try #require(base.relation("nato-jpn-itpp"))
            #expect(itpp.dates.signed?.year == 2023 && itpp.dates.signed?.month == 7)
            #expect(Fixture.held("JPN", with: "NATO", on: "2023-08-01").contains("nato-jpn-itpp"))
            #expect(!Fixture.held("JPN", with: "NATO", on: "2023-06-30").contains("nato-jpn-itpp"))
        }

        @Test func tashkentOffice2013To2017AndKuwait2017() {
            // key points ¶3.
            #expect(Fixture.held("NATO", with: "UZB", on: "2015-06-01") == ["nato-uzb-tashkent-office"])
            #expect(Fixture.held("NATO", with: "UZB", on: "2018-01-01").isEmpty)
            #expect(Fixture.held("NATO", with: "KWT", on: "2017-12-31") == ["nato-kwt-ici-regional-centre"])
        }

        @Test func scramblesAprilToJune() throws {
            // Japan's Regional Security ¶3: 238 scrambles, 66% China, 31% Russia.
            #expect(try #require(base.indicator("jpn-scrambles")).points.first?.value == 238)
            #expect(try #require(base.indicator("jpn-scrambles-share-china")).points.first?.value == 66)
            #expect(try #require(base.indicator("jpn-scrambles-share-russia")).points.first?.value == 31)
        }

        @Test func missileOverJapanAndEvacuationOrder() {
            // Japan's Regional Security ¶4: October 2022 overflight; April launch and evacuation order.
            let kinds = base.timeline(of: "JPN", with: "PRK").map { "\($0.date) \($0.label)" }
            #expect(kinds.contains("2022-10 missile-launch"))
            #expect(kinds.contains("2023-04 evacuation-order"))
        }

        @Test func counterstrikePoll() throws {
            // Japan's Regional Security ¶6: 55% in favour in December polls.
            let point = try #require(base.indicator("jpn-poll-counterstrike")?.points.first)
            #expect(point.value == 55 && point.date == Fixture.day("2022-12"))
        }
    }

    /// Rosen, Fallout newsletter (June 2023).
    @Suite("ROSEN2023") struct Rosen {
        let base = Fixture.base

        @Test func onePercentCapSince1976() throws {
            // ¶7.
            let first = try #require(base.indicator("jpn-defence-share-gdp")?.points.first)
            #expect(first.date == Fixture.day("1976") && first.value == 1)
        }

        @Test func hayashiOnLiaisonOfficeMay10() {
            // ¶2.
            let hits = base.search("Hayashi").map(\.id)
            #expect(hits.contains("hayashi-liaison-office"))
            #expect(base.timeline(of: "JPN", with: "NATO").contains { $0.date == Fixture.day("2023-05-10") })
        }

        @Test func exportsAndSupplyFigures() throws {
            // ¶8 and ¶14.
            #expect(try #require(base.indicator("jpn-exports")).points.first?.value == 756)
            let food = try #require(base.indicator("jpn-food-self-sufficiency")).points.map(\.value)
            #expect(food == [38, 45])
            #expect(try #require(base.indicator("jpn-lng-from-russia")).points.first?.value == 10)
        }

        @Test func macronOpposesTheOffice() throws {
            // ¶12.
            let position = try #require(base.relation("fra-opposes-nato-tokyo-office"))
            #expect(position.stance == .opposition && position.subject == "nato-jpn-tokyo-liaison-office")
        }

        @Test func wangYiMarch2022() {
            // ¶11.
            #expect(base.events(of: "CHN", with: "QUAD").contains { $0.date == Fixture.day("2022-03") })
        }
    }

    /// Ďurďovičová (2023).
    @Suite("DURDOVICOVA2023") struct Durdovicova {
        let base = Fixture.base

        @Test func fiveYearPlanWorth320Billion() throws {
            // ¶3.
            let point = try #require(base.indicator("jpn-defence-plan-five-year")?.points.first)
            #expect(point.value == 320)
        }

        @Test func missionToNatoDeclared() throws {
            // ¶1: Japan declared it would set up its own mission to NATO.
            let mission = try #require(base.relation("jpn-mission-to-nato"))
            #expect(mission.status == .planned)
            #expect(mission.sources.contains { $0.publication == "DURDOVICOVA2023" })
        }

        @Test func noPlanToJoinNato() {
            // ¶4: Kishida said in May 2023 Japan had no plans to join.
            #expect(base.relations(of: "JPN", with: "NATO").allSatisfy { $0.kind != .membership })
            #expect(base.events(of: "JPN", with: "NATO").contains { $0.id == "kishida-no-nato-membership" })
        }
    }

    /// Van der Veere, LeidenAsiaCentre (April 2025).
    @Suite("LAC2025") struct LeidenAsiaCentre {
        let base = Fixture.base

        @Test func allianceTreaty1951RevisedIn1960() throws {
            // app. I.
            #expect(Fixture.held("USA", with: "JPN", on: "1955-01-01").contains("usa-jpn-security-treaty-1951"))
            #expect(Fixture.held("USA", with: "JPN", on: "1970-01-01") == ["usa-jpn-treaty-1960"])
            #expect(try #require(base.relation("usa-jpn-treaty-1960")).dates.signed?.year == 1960)
        }

        @Test func ipcp2014UpgradedIn2020() throws {
            // ch. 2.
            let ipcp = try #require(base.relation("nato-jpn-ipcp"))
            #expect(ipcp.start?.year == 2014)
            #expect(ipcp.dates.upgraded.map(\.year) == [2020])
        }

        @Test func reciprocalAccessAgreements() {
            // ch. 1 and 3: Australia (2022), UK (2023), Philippines (July 2024).
            let raa = base.relations(of: "JPN").filter { $0.kind == .reciprocalAccess }
            let years = Dictionary(uniqueKeysWithValues: raa.map { ($0.actors.first { $0 != "JPN" }!, $0.start!.year) })
            #expect(years == ["AUS": 2022, "GBR": 2023, "PHL": 2024])
        }

        @Test func fighterWithUKAndItaly() {
            // ch. 2.
            let partners = base.relations(of: "JPN").filter { $0.kind == .coDevelopment }.flatMap(\.actors)
            #expect(Set(partners) == ["JPN", "GBR", "ITA"])
        }

        @Test func ip4AtMadrid2022() {
            // ch. 3: Japan at the 2022 Madrid summit as one of four Asia-Pacific partners.
            let members = base.relations(of: "IP4", asOf: Fixture.day("2022-07-01")).filter { $0.kind == .membership }
            #expect(Set(members.flatMap(\.actors)) == ["IP4", "JPN", "KOR", "AUS", "NZL"])
            #expect(base.relations(of: "IP4", asOf: Fixture.day("2022-06-01")).isEmpty)
        }

        @Test func tppWithdrawal2017AndRcep() throws {
            // ch. 2.
            #expect(try #require(base.relation("usa-tpp")).end?.year == 2017)
            #expect(Fixture.held("JPN", with: "RCEP", on: "2023-01-01") == ["jpn-rcep"])
        }

        @Test func doublingBy2027AndRolesPoll() throws {
            // ch. 1 and ch. 3.
            let target = try #require(base.indicator("jpn-defence-share-gdp")?.points.last)
            #expect(target.date == Fixture.day("2027") && target.value == 2)
            #expect(try #require(base.indicator("jpn-poll-never-use-force")).points.first?.value == 45)
        }

        @Test func appendixChronology() {
            // app. I and II: 1854, 1950, 1952, 1954, 1972, 1992, 2014.
            let dated = Dictionary(uniqueKeysWithValues: base.events.map { ($0.id, $0.date.year) })
            #expect(dated["treaty-of-kanagawa"] == 1854)
            #expect(dated["national-police-reserve"] == 1950)
            #expect(dated["national-safety-force"] == 1952)
            #expect(dated["jsdf-established"] == 1954)
            #expect(dated["okinawa-reversion"] == 1972)
            #expect(dated["peacekeeping-law"] == 1992)
            #expect(dated["article-9-reinterpretation"] == 2014)
        }
    }
}
