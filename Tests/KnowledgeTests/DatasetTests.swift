import Foundation
import Knowledge
import Testing

/// The repository's dataset as a whole: it loads, every fact traces to a source, and the JSON
/// form of a relation has the fields the command line promises.
@Suite("Dataset")
struct DatasetTests {
    let base = Fixture.base

    @Test func coversTheDocumentsAmply() {
        let total = base.relations.count + base.indicators.count + base.events.count + base.actors.count
        #expect(total > 100)
        #expect(base.events.contains { $0.category == .incident })
    }

    @Test func everyCitationResolvesToAPublication() {
        #expect(base.allCitations.allSatisfy { base.publication($0.publication) != nil && $0.title != nil })
    }

    @Test func everySeedDocumentIsCited() {
        let cited = Set(base.allCitations.map(\.publication))
        let seeds = base.publications.filter(\.isSeed).map(\.id)
        #expect(seeds.count == 4)
        #expect(seeds.allSatisfy(cited.contains))
    }

    @Test func relationJSONHasTheContractFields() throws {
        let relation = try #require(base.relation("nato-jpn-itpp"))
        let data = try JSONEncoder().encode([relation])
        let array = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        let object = try #require(array.first)
        for key in ["id", "name", "kind", "actors", "start", "end", "status", "domains", "sources"] {
            #expect(object.keys.contains(key), "missing \(key)")
        }
        #expect(object["start"] as? String == "2023-07-12")
        #expect(object["end"] is NSNull)
        #expect((object["sources"] as? [Any])?.isEmpty == false)
    }

    @Test func relationsHoldOnlyWithinTheirDates() throws {
        let quad = try #require(base.relation("jpn-quad-membership"))
        #expect(quad.holds(on: Fixture.day("2007-06-01")))
        #expect(!quad.holds(on: Fixture.day("2012-01-01")))
        #expect(quad.holds(on: Fixture.day("2018-01-01")))
        let blocked = try #require(base.relation("nato-jpn-tokyo-liaison-office"))
        #expect(!blocked.holds(on: Fixture.day("2025-06-01")))
    }
}
