import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Server
import Sharing
import Store
import Testing

/// Requests nobody signed cannot grow the audit log at will: refusals are written as counts, one
/// entry per source and reason a minute, from a table of bounded size (issue 5).
@Suite("Refused requests are audited as counts")
struct RefusalAuditTests {
    /// The audit entries after the first `count`, with the number of refusals each stands for.
    static func counted(_ sharing: SharingService, after count: Int) async throws -> [(AuditEntry, Int)] {
        await sharing.flushRefusals(all: true)
        return try await sharing.store.auditLines().dropFirst(count).map { line in
            let entry = try AuditEntry(storedLine: line)
            let refusals = Int(entry.detail.prefix { $0.isNumber }) ?? 0
            return (entry, refusals)
        }
    }

    @Test func tenThousandBadTokensMakeAFewEntries() async throws {
        try await AuthenticationTests.withApp { client, signedIn in
            let before = try await signedIn.sharing.store.auditLines().count
            let requests = 10_000
            let started = Date()
            let bad: HTTPFields = [.authorization: "Bearer kz_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"]
            for _ in 0..<requests {
                try await client.execute(uri: "/api/v1/records", method: .get, headers: bad) {
                    #expect($0.status == .unauthorized)
                }
            }
            // while a window is open nothing of it is written: one entry for each window closed so far
            let closed = Int(Date().timeIntervalSince(started) / 60)
            #expect(try await signedIn.sharing.store.auditLines().count <= before + closed + 1)
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(String(buffer: response.body).contains("kizuna_http_unauthenticated_total \(requests)"))
            }
            let minutes = Int(Date().timeIntervalSince(started) / 60)
            let audit = try await Self.counted(signedIn.sharing, after: before)
            #expect(audit.count >= 1 && audit.count <= minutes + 2, "\(audit.count) entries for \(requests) refusals")
            #expect(audit.allSatisfy { $0.0.action == .authenticationFailed && $0.0.outcome == "unknown token" })
            #expect(audit.map(\.1).reduce(0, +) == requests)
            #expect(AuditChain.verify(try await signedIn.sharing.store.auditLines()).isIntact)
        }
    }

    @Test func manySourcesStayWithinTheTable() async throws {
        let signedIn = try await SignedIn.make()
        let before = try await signedIn.sharing.store.auditLines().count
        let sources = 6_000
        let capacity = RefusalTally().capacity
        for i in 0..<sources {
            await signedIn.sharing.refuse(
                .authenticationFailed,
                client: "10.\(i / 65536).\(i / 256 % 256).\(i % 256)",
                target: "api",
                reason: "unknown token"
            )
        }
        #expect(await signedIn.sharing.overflowedRefusals() == sources - capacity)
        let audit = try await Self.counted(signedIn.sharing, after: before)
        #expect(audit.count == capacity + 1)
        #expect(audit.map(\.1).reduce(0, +) == sources)
        #expect(audit.filter { $0.0.actor == "client:*" }.map(\.1) == [sources - capacity])
    }

    @Test func failedSignInsStayOneByOneAndThrottledOnesAreCounted() async throws {
        let signedIn = try await SignedIn.make(password: true)
        let before = try await signedIn.sharing.store.auditLines().count
        let attempts = 50
        for _ in 0..<attempts {
            _ = try? await signedIn.sharing.login(user: "tester", password: "wrong password 1", client: "192.0.2.7")
        }
        let audit = try await Self.counted(signedIn.sharing, after: before)
        let failed = audit.filter { $0.0.outcome == "bad credentials" }
        let throttled = audit.filter { $0.0.outcome == "throttled" }
        #expect(failed.count == LoginThrottle().freeAttempts, "each checked password has its own entry")
        #expect(throttled.count == 1)
        #expect(throttled.first?.1 == attempts - failed.count)
        #expect(throttled.first?.0.target == "user:tester")
    }
}
