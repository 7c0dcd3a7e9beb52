/// An event reduced to what scoring compares: its type, its vessels and its time span.
public struct ScoredEvent: Sendable, Hashable {
    /// The event type as written (`gap`, `encounter`, …); unknown types are scored under their name.
    public var type: String
    /// The vessels, sorted and without repeats.
    public var mmsi: [UInt32]
    /// Seconds since 1970.
    public var start: Double
    public var end: Double

    public init(type: String, mmsi: [UInt32], start: Double, end: Double) {
        self.type = type
        self.mmsi = Array(Set(mmsi)).sorted()
        self.start = min(start, end)
        self.end = max(start, end)
    }

    public init(_ event: TruthEvent) {
        self.init(type: event.type.rawValue, mmsi: event.mmsi, start: event.start, end: event.end)
    }
}

/// Precision and recall of found events against the truth, per event type.
///
/// A found event matches a true one of the same type with the same set of vessels whose time
/// span overlaps its own, each span first widened by `tolerance` seconds on both sides (a
/// detector sees a zone crossing or a renaming only at the next received report). Each true
/// event is matched at most once and each found event at most once: within one type and vessel
/// set, found events are taken in order of start and each takes the unmatched true event it
/// overlaps most. A found event left over is a false positive (a duplicate of a matched event
/// included); a true event left over is a miss.
public enum EventScoring {
    /// Counts for one event type.
    public struct Counts: Sendable, Hashable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
            self.truePositives = truePositives
            self.falsePositives = falsePositives
            self.falseNegatives = falseNegatives
        }

        /// Found events that are true; 1 when nothing was found.
        public var precision: Double {
            let found = truePositives + falsePositives
            return found == 0 ? 1 : Double(truePositives) / Double(found)
        }

        /// True events that were found; 1 when there were none.
        public var recall: Double {
            let truth = truePositives + falseNegatives
            return truth == 0 ? 1 : Double(truePositives) / Double(truth)
        }

        public static func + (a: Counts, b: Counts) -> Counts {
            Counts(
                truePositives: a.truePositives + b.truePositives,
                falsePositives: a.falsePositives + b.falsePositives,
                falseNegatives: a.falseNegatives + b.falseNegatives
            )
        }
    }

    /// The default tolerance: ten minutes.
    public static let defaultTolerance = 600.0

    /// Counts per type over every type that occurs in `truth` or `found`.
    public static func score(
        truth: [ScoredEvent],
        found: [ScoredEvent],
        tolerance: Double = defaultTolerance
    ) -> [String: Counts] {
        struct Key: Hashable {
            var type: String
            var mmsi: [UInt32]
        }
        var truthByKey: [Key: [ScoredEvent]] = [:]
        var foundByKey: [Key: [ScoredEvent]] = [:]
        for e in truth { truthByKey[Key(type: e.type, mmsi: e.mmsi), default: []].append(e) }
        for e in found { foundByKey[Key(type: e.type, mmsi: e.mmsi), default: []].append(e) }
        var counts: [String: Counts] = [:]
        for type in Set(truth.map(\.type)).union(found.map(\.type)) { counts[type] = Counts() }

        for key in Set(truthByKey.keys).union(foundByKey.keys) {
            let trueEvents = truthByKey[key] ?? []
            let foundEvents = (foundByKey[key] ?? []).sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            var matched = [Bool](repeating: false, count: trueEvents.count)
            var c = counts[key.type]!
            for f in foundEvents {
                var best: Int?
                var bestOverlap = -Double.infinity
                for (i, t) in trueEvents.enumerated() where !matched[i] {
                    let overlap = min(f.end, t.end) - max(f.start, t.start) + 2 * tolerance
                    if overlap >= 0 && overlap > bestOverlap {
                        best = i
                        bestOverlap = overlap
                    }
                }
                if let best {
                    matched[best] = true
                    c.truePositives += 1
                } else {
                    c.falsePositives += 1
                }
            }
            c.falseNegatives += matched.filter { !$0 }.count
            counts[key.type] = c
        }
        return counts
    }
}
