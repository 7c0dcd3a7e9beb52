import Foundation
import KizunaTesting
import Testing

/// Whole nodes as separate `kizuna` processes, driven by scripts that act as partners and as an
/// attacker with the database file in hand would.
@Suite("Federation and audit, as processes", .serialized)
struct FederationProcessTests {
    static func script(_ name: String, _ arguments: [String] = []) async throws -> (Int32, String) {
        let kizuna = try #require(Fixtures.kizunaExecutable, "build the kizuna executable with the tests")
        let script = TestNode.repository.appendingPathComponent("scripts/\(name)").path
        // on a thread of its own: a test blocking one of the few cooperative threads for minutes
        // would stall every other test's async work meanwhile
        let (status, out, err) = try await RawSocket.offPool {
            try Fixtures.runStatus(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["python3", script, "--kizuna", kizuna.path] + arguments
            )
        }
        let text = String(decoding: out + err, as: UTF8.self)
        print(text)
        return (status, text)
    }

    /// Three nodes (a Japanese ministry, a British ministry, NATO headquarters) in a full mesh, each
    /// killed and restarted while records flow: every record ends exactly where its labels allow, and
    /// one deleted mid-run ends absent (410 Gone) on all three.
    @Test func threeNodesShareExactlyWhatLabelsAllowThroughRestarts() async throws {
        let (status, text) = try await Self.script("federation-test.py", ["--seed", "3"])
        #expect(status == 0)
        #expect(text.contains("federation: ok"))
        #expect(text.contains("SIGKILL nato-hq"))
        #expect(text.contains("deleted record on jp-mod, gb-mod, nato-hq: HTTP [410, 410, 410]"))
    }

    /// `kizuna audit verify` passes on a clean log and fails, naming the entry, on every single-byte
    /// change and every removal.
    @Test func auditVerifyCatchesEveryByteChange() async throws {
        let (status, text) = try await Self.script("audit-tamper-test.py")
        #expect(status == 0)
        #expect(text.contains("caught and blamed on the right entry"))
    }
}
