import Foundation
import KizunaTesting
import Testing

/// `kizuna serve` killed with SIGKILL while a feed streams in (scripts/server-durability.py): every
/// position it acknowledged is in the store afterwards, on SQLite and on PostgreSQL. A short run;
/// `make test-durability` does 20 kills on the release build.
@Suite("Durability, as processes", .serialized)
struct DurabilityProcessTests {
    static var postgresURL: String? { ProcessInfo.processInfo.environment["KIZUNA_TEST_POSTGRES_URL"] }

    static func run(_ arguments: [String]) async throws -> (Int32, String) {
        let kizuna = try #require(Fixtures.kizunaExecutable, "build the kizuna executable with the tests")
        let script = TestNode.repository.appendingPathComponent("scripts/server-durability.py").path
        // on a thread of its own: a test blocking one of the few cooperative threads for minutes
        // would stall every other test's async work meanwhile
        let (status, out, err) = try await RawSocket.offPool {
            try Fixtures.runStatus(
                URL(fileURLWithPath: "/usr/bin/env"),
                ["python3", script, "--kizuna", kizuna.path, "--kills", "3", "--messages", "40000"] + arguments
            )
        }
        let text = String(decoding: out + err, as: UTF8.self)
        print(text)
        return (status, text)
    }

    @Test func sqliteKeepsEveryAcknowledgedPosition() async throws {
        let (status, text) = try await Self.run([])
        #expect(status == 0)
        #expect(text.contains("durability (SQLite): 3 SIGKILLs, 0 with"))
    }

    @Test(.enabled(if: postgresURL != nil, "set KIZUNA_TEST_POSTGRES_URL (make test does)"))
    func postgresKeepsEveryAcknowledgedPosition() async throws {
        let (status, text) = try await Self.run(["--database", try #require(Self.postgresURL)])
        #expect(status == 0)
        #expect(text.contains("durability (PostgreSQL): 3 SIGKILLs, 0 with"))
    }
}
