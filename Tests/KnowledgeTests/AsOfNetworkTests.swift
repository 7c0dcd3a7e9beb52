import Knowledge
import Testing

/// The networks of 2013-01-01, 2020-01-01 and 2025-06-01 differ as the documents describe:
/// in 2013 Japan's ties run through the US alliance only; the IPCP (2014) and the revived Quad
/// (2017) are there by 2020; by 2025 the ITPP, the IP4, reciprocal access agreements and the
/// fighter programme make Japan the network's main bridge between the two groups.
@Suite("As-of networks")
struct AsOfNetworkTests {
    let base = Fixture.base

    @Test func in2013JapanHasNoTieToNatoOrTheQuad() {
        let held = Fixture.held("JPN", on: "2013-01-01")
        #expect(held.contains("usa-jpn-treaty-1960"))
        #expect(!held.contains("nato-jpn-ipcp"))
        #expect(!held.contains("jpn-quad-membership"), "the Quad lapsed from 2008 to 2017")
        #expect(base.network(asOf: Fixture.day("2013-01-01"))["JPN"]?.contains("NATO") != true)
    }

    @Test func by2020TheIpcpAndTheRevivedQuad() {
        let held = Fixture.held("JPN", on: "2020-01-01")
        #expect(held.isSuperset(of: ["usa-jpn-treaty-1960", "nato-jpn-ipcp", "jpn-quad-membership"]))
        #expect(held.isDisjoint(with: ["nato-jpn-itpp", "jpn-aus-raa", "jpn-gbr-raa", "jpn-ip4-membership"]))
    }

    @Test func by2025TheItppIp4AccessAgreementsAndFighter() {
        let held = Fixture.held("JPN", on: "2025-06-01")
        #expect(
            held.isSuperset(of: [
                "nato-jpn-itpp", "jpn-ip4-membership", "jpn-aus-raa", "jpn-gbr-raa", "jpn-phl-raa",
                "jpn-gbr-ita-gcap", "jpn-deu-acsa",
            ])
        )
        #expect(!held.contains("nato-jpn-tokyo-liaison-office"), "the Tokyo office was blocked")
        #expect(!held.contains("jpn-mission-to-nato"), "Japan's own mission was still planned")
    }

    @Test func japansDegreeGrows() {
        let degrees = ["2013-01-01", "2020-01-01", "2025-06-01"].map {
            base.network(asOf: Fixture.day($0))["JPN", default: []].count
        }
        #expect(degrees[0] < degrees[1] && degrees[1] < degrees[2], "\(degrees)")
    }

    @Test func japanBridgesTheGroupsSinceTheIpcp() throws {
        let in2013 = try #require(base.measures(asOf: Fixture.day("2013-01-01")).bridge)
        #expect(in2013.share == 0 && in2013.since == nil)
        let in2020 = try #require(base.measures(asOf: Fixture.day("2020-01-01")).bridge)
        #expect(in2020.share > 0.5)
        #expect(in2020.since == Fixture.day("2014-05-01"))
        let in2025 = base.measures(asOf: Fixture.day("2025-06-01"))
        #expect(in2025.actors.first?.id == "JPN", "Japan has the highest betweenness in 2025")
        #expect(try #require(in2025.bridge).share > in2020.share)
    }

    @Test func measuresCarryTheirSources() {
        let measures = base.measures(asOf: Fixture.day("2020-01-01"))
        #expect(measures.relations.contains("nato-jpn-ipcp"))
        #expect(!measures.sources.isEmpty)
    }

    @Test func betweennessOnAPath() {
        // A-B-C: B lies on the one shortest path between A and C.
        let measures = NetworkMeasuresProbe.betweenness(["A": ["B"], "B": ["A", "C"], "C": ["B"]])
        #expect(measures == ["B": 1])
    }

    @Test func pathFromFranceToAustraliaIn2025() throws {
        let steps = try #require(base.path(from: "FRA", to: "AUS", asOf: Fixture.day("2025-06-01")))
        #expect(steps.first?.from == "FRA" && steps.last?.to == "AUS")
        #expect(steps.allSatisfy { !$0.relation.sources.isEmpty })
        #expect(base.path(from: "FRA", to: "AUS", asOf: Fixture.day("1950-01-01")) == nil)
    }
}

/// Betweenness on a tiny graph, through the public measures of a one-relation-per-edge base.
enum NetworkMeasuresProbe {
    static func betweenness(_ graph: [String: Set<String>]) -> [String: Double] {
        let publication = Publication(
            id: "T",
            title: "t",
            author: nil,
            publisher: nil,
            date: nil,
            url: nil,
            isSeed: false
        )
        let citation = Citation(publication: "T", locator: "")
        let actors = graph.keys.map { Actor(id: $0, name: $0, kind: .state, region: .other, sources: [citation]) }
        var relations: [Relation] = []
        for (a, neighbours) in graph {
            for b in neighbours where a < b {
                relations.append(
                    Relation(
                        id: "\(a)-\(b)",
                        name: "",
                        kind: .dialogue,
                        actors: [a, b],
                        dates: RelationDates(start: PartialDate("2000")),
                        status: .active,
                        sources: [citation]
                    )
                )
            }
        }
        let base = KnowledgeBase(
            publications: [publication],
            actors: actors,
            relations: relations,
            indicators: [],
            events: [],
            conflicts: []
        )
        let measures = base.measures(asOf: PartialDate("2001")!, bridgeActor: nil)
        return Dictionary(
            uniqueKeysWithValues: measures.actors.filter { $0.betweenness > 0 }.map { ($0.id, $0.betweenness) }
        )
    }
}
