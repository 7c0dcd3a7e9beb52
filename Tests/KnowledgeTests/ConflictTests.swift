import Knowledge
import Testing

/// The documents' errors and disagreements, recorded side by side with the correcting source.
@Suite("Conflicts")
struct ConflictTests {
    let base = Fixture.base

    @Test func aukusMembersCorrected() throws {
        let conflict = try #require(base.conflicts(about: "AUKUS").first)
        #expect(
            conflict.claims.contains { $0.value.contains("NZL") && $0.sources.contains { $0.publication == "LAC2025" } }
        )
        #expect(conflict.resolution.outcome == .corrected)
        #expect(conflict.resolution.sources.map(\.publication) == ["WH-AUKUS-2021"])
        // The dataset itself follows the correction.
        let members = Set(base.relations(of: "AUKUS").filter { $0.kind == .membership }.flatMap(\.actors))
        #expect(members == ["AUKUS", "AUS", "GBR", "USA"])
    }

    @Test func ukAccessAgreementYearsCorrected() throws {
        let conflict = try #require(base.conflicts(about: "jpn-gbr-raa").first)
        #expect(Set(conflict.claims.map(\.value)) == ["2022", "2023"])
        #expect(conflict.claims.allSatisfy { $0.sources.allSatisfy { $0.publication == "LAC2025" } })
        #expect(conflict.resolution.value == "2023-01-11")
        #expect(try #require(base.relation("jpn-gbr-raa")).dates.signed == Fixture.day("2023-01-11"))
    }

    @Test(arguments: [
        "nato-jpn-tokyo-liaison-office", "jpn-deu-acsa", "nato-jor-amman-office", "jpn-defence-share-gdp",
        "jpn-defence-increase-five-year", "chn-rus-joint-air-patrol-2023-06", "jpn-quad-membership",
    ])
    func otherDisagreementsAreRecorded(_ subject: String) throws {
        let conflict = try #require(base.conflicts(about: subject).first)
        #expect(conflict.claims.count >= 2)
        #expect(conflict.resolution.outcome != .open)
        #expect(!conflict.resolution.sources.isEmpty)
    }

    @Test func everyConflictCitesEachClaim() {
        for conflict in base.conflicts {
            #expect(conflict.claims.allSatisfy { !$0.sources.isEmpty }, "\(conflict.id)")
            #expect(conflict.sources.allSatisfy { $0.title != nil }, "\(conflict.id)")
        }
    }

    @Test func conflictsAreSearchable() {
        #expect(base.search("New Zealand").contains { $0.recordType == "conflict" && $0.id == "aukus-members" })
    }
}
