import Sharing
import Testing

@Suite struct ReleasabilityPolicyTests {
    static let japan = Reader(organisation: "jp-mod", nation: "JPN", groups: ["ip4"])
    static let nato = Reader(organisation: "nato-hq", nation: nil, groups: ["ip4"])

    @Test func ownerAlwaysReads() {
        #expect(ReleasabilityPolicy.canRead(Self.japan, Labels(owner: "jp-mod", tlp: .red)))
    }

    @Test func emptyReleasabilityIsOwnerOnly() {
        #expect(!ReleasabilityPolicy.canRead(Self.nato, Labels(owner: "jp-mod", tlp: .clear)))
    }

    @Test(arguments: [
        (["nato-hq"], true), (["JPN"], false), (["ip4"], true), (["GBR", "eu"], false), (["NATO-HQ"], false),
    ])
    func namedEntriesRelease(_ entries: [String], _ natoReads: Bool) {
        #expect(
            ReleasabilityPolicy.canRead(Self.nato, Labels(owner: "gb-mod", tlp: .amber, releasableTo: entries))
                == natoReads
        )
    }

    @Test func nationReleasesToItsOrganisationsOnly() {
        let labels = Labels(owner: "gb-mod", tlp: .green, releasableTo: ["JPN"])
        #expect(ReleasabilityPolicy.canRead(Self.japan, labels))
        #expect(!ReleasabilityPolicy.canRead(Self.nato, labels))
    }

    @Test func redTravelsOnlyFromItsOwner() {
        let labels = Labels(owner: "gb-mod", tlp: .red, releasableTo: ["jp-mod", "nato-hq"])
        #expect(ReleasabilityPolicy.mayForward(labels, to: Self.nato, fromOwner: true))
        #expect(!ReleasabilityPolicy.mayForward(labels, to: Self.nato, fromOwner: false))
        #expect(
            ReleasabilityPolicy.mayForward(
                Labels(owner: "gb-mod", tlp: .amber, releasableTo: ["nato-hq"]),
                to: Self.nato,
                fromOwner: false
            )
        )
    }

    @Test(arguments: ["", "-x", "jp mod", "jp_mod", String(repeating: "a", count: 65), "日本"])
    func malformedIdentifiersRefused(_ id: String) {
        #expect(throws: SharingError.self) { try Labels(owner: "jp-mod", tlp: .red, releasableTo: [id]).validate() }
    }

    @Test func tlpParsesItsWrittenForms() {
        #expect(TrafficLightProtocol(label: "TLP:AMBER+STRICT") == .amberStrict)
        #expect(TrafficLightProtocol(label: "green") == .green)
        #expect(TrafficLightProtocol(label: "WHITE") == nil)
    }
}
