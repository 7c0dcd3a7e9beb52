/// The as-of network of cooperation and its measures: degree and betweenness centrality for each
/// actor, and how far one actor bridges the Euro-Atlantic and Indo-Pacific groups.
///
/// Nodes are actors; two actors are adjacent when a cooperative relation (see
/// `RelationKind.isSecurityTie`) that holds on the day ties them. A relation among more than two
/// actors joins each pair. Betweenness is Brandes's algorithm on the unweighted, undirected graph
/// (U. Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociology 25(2), 2001),
/// counting each unordered pair once; `normalised` divides by (n−1)(n−2)/2.
public struct NetworkMeasures: Sendable, Encodable {
    /// Degree and betweenness of one actor.
    public struct ActorMeasure: Hashable, Sendable, Encodable {
        public let id: String
        public let region: Actor.Region
        public let degree: Int
        public let betweenness: Double
        public let normalised: Double
    }

    /// How much of the traffic between the two groups passes through one actor.
    public struct Bridge: Hashable, Sendable, Encodable {
        public let actor: String
        /// Pairs (Euro-Atlantic actor, Indo-Pacific actor) that are connected, neither being `actor`.
        public let connectedPairs: Int
        /// Sum over those pairs of the share of their shortest paths through `actor`.
        public let pathsThrough: Double
        /// `pathsThrough / connectedPairs`, 0 when there are no pairs.
        public let share: Double
        /// The first day from which `actor` has carried some cross-group shortest path without a
        /// break up to the as-of day; nil when it does not bridge on the day.
        public let since: PartialDate?
    }

    public let asOf: PartialDate
    public let nodeCount: Int
    public let edgeCount: Int
    /// Actors by descending betweenness, then degree, then id.
    public let actors: [ActorMeasure]
    public let bridge: Bridge?
    /// Ids of the relations that make up the network.
    public let relations: [String]
    public let sources: [Citation]
}

extension KnowledgeBase {
    /// The adjacency of the cooperation network on `day`: actor id → neighbour ids.
    public func network(asOf day: PartialDate) -> [String: Set<String>] {
        var adjacency: [String: Set<String>] = [:]
        for relation in relations where relation.kind.isSecurityTie && relation.holds(on: day) {
            for a in relation.actors {
                adjacency[a, default: []].formUnion(relation.actors.filter { $0 != a })
            }
        }
        return adjacency
    }

    /// Degree and betweenness on the network of `day`, and the bridging of `bridgeActor`
    /// between the Euro-Atlantic and Indo-Pacific groups.
    public func measures(asOf day: PartialDate, bridgeActor: String? = "JPN") -> NetworkMeasures {
        let graph = network(asOf: day)
        let scores = Self.betweenness(graph)
        let n = Double(graph.count)
        let scale = n > 2 ? (n - 1) * (n - 2) / 2 : 1
        let measures = graph.keys.map { id in
            NetworkMeasures.ActorMeasure(
                id: id,
                region: actor(id)?.region ?? .other,
                degree: graph[id]?.count ?? 0,
                betweenness: scores[id] ?? 0,
                normalised: (scores[id] ?? 0) / scale
            )
        }
        .sorted { ($1.betweenness, $1.degree, $0.id) < ($0.betweenness, $0.degree, $1.id) }
        let held = relations.filter { $0.kind.isSecurityTie && $0.holds(on: day) }
        var seen = Set<Citation>()
        return NetworkMeasures(
            asOf: day,
            nodeCount: graph.count,
            edgeCount: graph.values.reduce(0) { $0 + $1.count } / 2,
            actors: measures,
            bridge: bridgeActor.map { bridge(by: $0, asOf: day) },
            relations: held.map(\.id),
            sources: held.flatMap(\.sources).filter { seen.insert($0).inserted }
        )
    }

    /// The bridging of `actor` on `day`, with the day from which it has bridged without a break.
    public func bridge(by actor: String, asOf day: PartialDate) -> NetworkMeasures.Bridge {
        let today = bridgeShare(of: actor, in: network(asOf: day))
        var since: PartialDate? = nil
        if today.through > 0 {
            since = day.firstDay
            for change in changeDays().reversed() where change <= day.firstDay {
                guard bridgeShare(of: actor, in: network(asOf: change)).through > 0 else { break }
                since = change
            }
        }
        return NetworkMeasures.Bridge(
            actor: actor,
            connectedPairs: today.pairs,
            pathsThrough: today.through,
            share: today.pairs > 0 ? today.through / Double(today.pairs) : 0,
            since: since
        )
    }

    /// Days on which the network can change, ascending.
    func changeDays() -> [PartialDate] {
        var days = Set<PartialDate>()
        for relation in relations where relation.status.cameIntoBeing {
            let dates = relation.dates
            for date in [dates.start ?? dates.signed ?? dates.inForce, dates.suspended, dates.resumed] {
                if let date { days.insert(date.firstDay) }
            }
            if let ended = dates.ended { days.insert(ended.lastDay.nextDay) }
        }
        return days.sorted()
    }

    private func bridgeShare(of actor: String, in graph: [String: Set<String>]) -> (pairs: Int, through: Double) {
        guard graph[actor] != nil else { return (0, 0) }
        let western = graph.keys.filter { $0 != actor && self.actor($0)?.region == .euroAtlantic }
        let eastern = Set(graph.keys.filter { $0 != actor && self.actor($0)?.region == .indoPacific })
        let fromActor = Self.shortestPaths(graph, from: actor)
        var pairs = 0
        var through = 0.0
        for source in western {
            let fromSource = Self.shortestPaths(graph, from: source)
            for target in eastern {
                guard let distance = fromSource.distance[target] else { continue }
                pairs += 1
                if let toActor = fromSource.distance[actor], let onward = fromActor.distance[target],
                    toActor + onward == distance
                {
                    through += fromSource.count[actor]! * fromActor.count[target]! / fromSource.count[target]!
                }
            }
        }
        return (pairs, through)
    }

    static func shortestPaths(
        _ graph: [String: Set<String>],
        from source: String
    ) -> (distance: [String: Int], count: [String: Double], order: [String], parents: [String: [String]]) {
        var distance = [source: 0]
        var count = [source: 1.0]
        var order: [String] = []
        var parents: [String: [String]] = [:]
        var queue = [source]
        var head = 0
        while head < queue.count {
            let v = queue[head]
            head += 1
            order.append(v)
            for w in (graph[v] ?? []).sorted() {
                if distance[w] == nil {
                    distance[w] = distance[v]! + 1
                    queue.append(w)
                }
                if distance[w] == distance[v]! + 1 {
                    count[w, default: 0] += count[v]!
                    parents[w, default: []].append(v)
                }
            }
        }
        return (distance, count, order, parents)
    }

    static func betweenness(_ graph: [String: Set<String>]) -> [String: Double] {
        var score: [String: Double] = [:]
        for source in graph.keys {
            let paths = shortestPaths(graph, from: source)
            var dependency: [String: Double] = [:]
            for w in paths.order.reversed() {
                for v in paths.parents[w] ?? [] {
                    dependency[v, default: 0] += paths.count[v]! / paths.count[w]! * (1 + dependency[w, default: 0])
                }
                if w != source { score[w, default: 0] += dependency[w, default: 0] }
            }
        }
        return score.mapValues { $0 / 2 }
    }
}
