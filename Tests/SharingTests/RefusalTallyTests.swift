import Sharing
import Testing

/// A flood of refused requests becomes a bounded number of counted summaries (issue 5).
@Suite("Refusal tally")
struct RefusalTallyTests {
    static let t0: Int64 = 1_790_000_000

    static func key(_ source: String, reason: String = "unknown token") -> RefusalTally.Key {
        RefusalTally.Key(source: source, action: .authenticationFailed, target: "api", reason: reason)
    }

    @Test func aFloodFromOneSourceIsOneSummaryPerWindow() {
        var tally = RefusalTally(interval: 60)
        var summaries: [RefusalTally.Summary] = []
        let requests = 10_000
        let perSecond = 50
        for i in 0..<requests {
            if let due = tally.count(Self.key("client:203.0.113.9"), now: Self.t0 + Int64(i / perSecond)) {
                summaries.append(due)
            }
            #expect(tally.openWindows == 1)
        }
        summaries += tally.close(now: Self.t0 + Int64(requests / perSecond), all: true)
        let seconds = Int64(requests / perSecond)
        #expect(summaries.count <= Int(seconds / tally.interval) + 1, "\(summaries.count) summaries")
        #expect(summaries.map(\.count).reduce(0, +) == requests)
        #expect(Set(summaries.map(\.key)) == [Self.key("client:203.0.113.9")])
        // windows follow one another without overlapping
        for (a, b) in zip(summaries, summaries.dropFirst()) {
            #expect(a.last < b.first && b.first >= a.first + tally.interval)
        }
        #expect(tally.openWindows == 0)
    }

    @Test func reasonsAreCountedApart() {
        var tally = RefusalTally()
        for _ in 0..<3 { _ = tally.count(Self.key("client:a"), now: Self.t0) }
        _ = tally.count(Self.key("client:a", reason: "no credentials"), now: Self.t0)
        let summaries = tally.close(now: Self.t0, all: true)
        #expect(Set(summaries.map { "\($0.key.reason) \($0.count)" }) == ["unknown token 3", "no credentials 1"])
    }

    @Test func aWindowIsDueWhenItCloses() {
        var tally = RefusalTally(interval: 60)
        #expect(tally.count(Self.key("client:a"), now: Self.t0) == nil)
        #expect(tally.count(Self.key("client:b"), now: Self.t0 + 30) == nil)
        #expect(tally.count(Self.key("client:a"), now: Self.t0 + 59) == nil)
        #expect(tally.close(now: Self.t0 + 59).isEmpty)
        let first = tally.close(now: Self.t0 + 60)
        #expect(first.map(\.key.source) == ["client:a"])
        #expect(first.first?.count == 2)
        #expect(first.first?.detail.hasPrefix("2 refusals from \(Self.t0) to \(Self.t0 + 59)") == true)
        // the next refusal after a window closed hands that window over at once
        #expect(tally.count(Self.key("client:b"), now: Self.t0 + 95)?.count == 1)
        #expect(tally.close(now: Self.t0 + 95, all: true).map(\.count) == [1])
    }

    @Test func manySourcesStayWithinTheTable() {
        let capacity = 100
        var tally = RefusalTally(interval: 60, capacity: capacity)
        let sources = 10_000
        var summaries: [RefusalTally.Summary] = []
        for i in 0..<sources {
            if let due = tally.count(Self.key("client:10.0.\(i / 256).\(i % 256)"), now: Self.t0 + Int64(i % 30)) {
                summaries.append(due)
            }
            #expect(tally.openWindows <= capacity + 1)
        }
        summaries += tally.close(now: Self.t0 + 30, all: true)
        #expect(summaries.count <= capacity + 1)
        #expect(summaries.map(\.count).reduce(0, +) == sources)
        let overflow = summaries.filter { $0.key == RefusalTally.overflowKey(.authenticationFailed) }
        #expect(overflow.map(\.count) == [sources - capacity])
        #expect(tally.overflowed == sources - capacity)
        // once the windows are written, new sources are counted one by one again
        #expect(tally.count(Self.key("client:192.0.2.1"), now: Self.t0 + 61) == nil)
        #expect(tally.close(now: Self.t0 + 61, all: true).map(\.key.source) == ["client:192.0.2.1"])
    }
}
