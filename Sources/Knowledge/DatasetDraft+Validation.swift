/// The checks that span records, and the assembly of the validated knowledge base.
extension DatasetDraft {
    /// Reports cross-record problems to `log` and returns the knowledge base, its citations
    /// completed from the publications.
    func validate(log: IssueLog) -> KnowledgeBase {
        let publicationsByID = Dictionary(
            publications.map { ($0.record.id, $0.record) },
            uniquingKeysWith: { a, _ in a }
        )
        let actorIDs = Set(actors.map(\.record.id))
        let relationIDs = Set(relations.map(\.record.id))
        let subjects =
            actorIDs.union(relationIDs).union(indicators.map(\.record.id)).union(events.map(\.record.id))

        checkDuplicates(publications.map { ($0.record.id, $0.reader) }, what: "publication")
        checkDuplicates(actors.map { ($0.record.id, $0.reader) }, what: "actor")
        checkDuplicates(relations.map { ($0.record.id, $0.reader) }, what: "relation")
        checkDuplicates(indicators.map { ($0.record.id, $0.reader) }, what: "indicator")
        checkDuplicates(events.map { ($0.record.id, $0.reader) }, what: "incident or fact")
        checkDuplicates(conflicts.map { ($0.record.id, $0.reader) }, what: "conflict")

        func checkActors(_ ids: [String], _ reader: RecordReader, key: String) {
            for id in ids where !actorIDs.contains(id) {
                reader.report(.unknownActor, key, "unknown actor `\(id)`")
            }
        }
        func resolve(_ citations: [Citation], _ reader: RecordReader) -> [Citation] {
            citations.map { citation in
                guard let publication = publicationsByID[citation.publication] else {
                    reader.report(.unknownPublication, "sources", "unknown publication `\(citation.publication)`")
                    return citation
                }
                return citation.resolved(with: publication)
            }
        }

        let checkedActors = actors.map { placed in
            var actor = placed.record
            actor.sources = resolve(actor.sources, placed.reader)
            return actor
        }
        let checkedRelations = relations.map { placed in
            var relation = placed.record
            checkRelation(relation, placed.reader, actorIDs: actorIDs, relationIDs: relationIDs)
            relation.sources = resolve(relation.sources, placed.reader)
            return relation
        }
        let checkedIndicators = indicators.map { placed in
            var indicator = placed.record
            if let actor = indicator.actor { checkActors([actor], placed.reader, key: "actor") }
            for index in indicator.points.indices {
                indicator.points[index].sources = resolve(indicator.points[index].sources, placed.reader)
            }
            return indicator
        }
        let checkedEvents = events.map { placed in
            var event = placed.record
            checkActors(event.actors, placed.reader, key: "actors")
            event.sources = resolve(event.sources, placed.reader)
            return event
        }
        let checkedConflicts = conflicts.map { placed in
            var conflict = placed.record
            if !conflict.subject.isEmpty, !subjects.contains(conflict.subject) {
                placed.reader.report(
                    .unknownReference,
                    "subject",
                    "no record `\(conflict.subject)` to be in conflict about"
                )
            }
            for index in conflict.claims.indices {
                conflict.claims[index].sources = resolve(conflict.claims[index].sources, placed.reader)
            }
            conflict.resolution.sources = resolve(conflict.resolution.sources, placed.reader)
            return conflict
        }
        return KnowledgeBase(
            publications: publications.map(\.record),
            actors: checkedActors,
            relations: checkedRelations,
            indicators: checkedIndicators,
            events: checkedEvents,
            conflicts: checkedConflicts
        )
    }

    private func checkRelation(
        _ relation: Relation,
        _ reader: RecordReader,
        actorIDs: Set<String>,
        relationIDs: Set<String>
    ) {
        for id in relation.actors where !actorIDs.contains(id) {
            reader.report(.unknownActor, "actors", "unknown actor `\(id)`")
        }
        if relation.actors.count < 2 {
            reader.report(.invalidValue, "actors", "a relation needs at least two actors")
        }
        checkDates(relation, reader)
        if relation.kind == .position {
            if relation.stance == nil { reader.report(.missingField, nil, "a position needs a `stance`") }
            if let subject = relation.subject, !relationIDs.contains(subject) {
                reader.report(.unknownReference, "subject", "no relation `\(subject)`")
            }
        }
    }

    private func checkDuplicates(_ ids: [(String, RecordReader)], what: String) {
        var first: [String: RecordReader] = [:]
        for (id, reader) in ids where !id.isEmpty {
            if let earlier = first[id] {
                reader.report(
                    .duplicateID,
                    "id",
                    "duplicate \(what) id `\(id)` (first at \(earlier.file):\(earlier.line))"
                )
            } else {
                first[id] = reader
            }
        }
    }

    /// A date pair is out of order when the later step's last day precedes the earlier step's
    /// first day: partial dates that overlap are given the benefit of the doubt.
    private func checkDates(_ relation: Relation, _ reader: RecordReader) {
        let d = relation.dates
        let begin = d.start ?? d.signed ?? d.inForce
        let pairs: [(PartialDate?, PartialDate?, String, String)] =
            [
                (begin, d.ended, "ended", "starts"),
                (d.signed, d.inForce, "in_force", "is signed"),
                (d.proposed, begin, relation.dates.start != nil ? "start" : "signed", "is proposed"),
                (d.suspended, d.resumed, "resumed", "is suspended"),
                (begin, d.suspended, "suspended", "starts"),
            ] + d.upgraded.map { (begin, $0, "upgraded", "starts") }
        for (earlier, later, key, verb) in pairs {
            guard let earlier, let later, later.lastDay < earlier.firstDay else { continue }
            reader.report(
                .endBeforeStart,
                key,
                "`\(relation.id)`: \(key.replacingUnderscores) \(later) comes before it \(verb) (\(earlier))"
            )
        }
    }
}

extension String {
    fileprivate var replacingUnderscores: String { split(separator: "_").joined(separator: " ") }
}
