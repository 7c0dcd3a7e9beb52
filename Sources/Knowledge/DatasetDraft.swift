/// The records read from the dataset files, each with where it was read, before the checks that
/// span records (unknown actors, duplicate ids, dates out of order…).
struct DatasetDraft {
    struct Placed<Record> {
        let record: Record
        let reader: RecordReader
    }

    private(set) var publications: [Placed<Publication>] = []
    private(set) var actors: [Placed<Actor>] = []
    private(set) var relations: [Placed<Relation>] = []
    private(set) var indicators: [Placed<Indicator>] = []
    private(set) var events: [Placed<Event>] = []
    private(set) var conflicts: [Placed<Conflict>] = []

    /// Reads one record of `section`.
    mutating func read(section: String, _ r: RecordReader) {
        switch section {
        case "publications": readPublication(r)
        case "actors": readActor(r)
        case "relations": readRelation(r)
        case "indicators": readIndicator(r)
        case "incidents": readEvent(r, category: .incident)
        case "facts": readEvent(r, category: .fact)
        case "conflicts": readConflict(r)
        default: break
        }
        r.finish()
    }

    private mutating func readPublication(_ r: RecordReader) {
        let id = r.string("id", required: true) ?? ""
        let title = r.string("title", required: true) ?? ""
        let seed = r.string("seed")
        if let seed, seed != "true", seed != "false" { r.report(.invalidValue, "seed", "`seed` must be true or false") }
        let publication = Publication(
            id: id,
            title: title,
            author: r.string("author"),
            publisher: r.string("publisher"),
            date: r.date("date"),
            url: r.string("url"),
            isSeed: seed == "true"
        )
        publications.append(Placed(record: publication, reader: r))
    }

    private mutating func readActor(_ r: RecordReader) {
        let actor = Actor(
            id: r.string("id", required: true) ?? "",
            name: r.string("name", required: true) ?? "",
            kind: r.choice("kind", Actor.Kind.self) ?? .state,
            region: r.choice("region", Actor.Region.self) ?? .other,
            aliases: r.strings("aliases"),
            summary: r.string("summary"),
            sources: r.citations()
        )
        actors.append(Placed(record: actor, reader: r))
    }

    private mutating func readRelation(_ r: RecordReader) {
        let dates = RelationDates(
            proposed: r.date("proposed"),
            start: r.date("start"),
            signed: r.date("signed"),
            inForce: r.date("in_force"),
            upgraded: r.dates("upgraded"),
            suspended: r.date("suspended"),
            resumed: r.date("resumed"),
            ended: r.date("ended")
        )
        let domains = r.strings("domains").compactMap { text -> CooperationDomain? in
            guard let domain = CooperationDomain(rawValue: text) else {
                r.report(.unknownDomain, "domains", "unknown cooperation domain `\(text)`")
                return nil
            }
            return domain
        }
        let relation = Relation(
            id: r.string("id", required: true) ?? "",
            name: r.string("name", required: true) ?? "",
            kind: r.choice("kind", RelationKind.self) ?? .dialogue,
            actors: r.strings("actors", required: true),
            dates: dates,
            status: r.choice("status", RelationStatus.self) ?? .active,
            domains: domains,
            stance: r.choice("stance", Relation.Stance.self, required: false),
            subject: r.string("subject"),
            summary: r.string("summary"),
            sources: r.citations()
        )
        relations.append(Placed(record: relation, reader: r))
    }

    private mutating func readIndicator(_ r: RecordReader) {
        let points = r.records("points", what: "indicator point").compactMap { p -> IndicatorPoint? in
            defer { p.finish() }
            let date = p.date("date", required: true)
            let text = p.string("value", required: true)
            let value = text.flatMap(Double.init)
            if let text, value == nil { p.report(.invalidValue, "value", "`value`: \(text) is not a number") }
            let sources = p.citations()
            guard let date, let value else { return nil }
            return IndicatorPoint(
                date: date,
                period: p.string("period"),
                value: value,
                label: p.string("label"),
                sources: sources
            )
        }
        if points.isEmpty { r.report(.missingField, "points", "an indicator needs at least one point") }
        let indicator = Indicator(
            id: r.string("id", required: true) ?? "",
            name: r.string("name", required: true) ?? "",
            unit: r.string("unit", required: true) ?? "",
            actor: r.string("actor"),
            summary: r.string("summary"),
            points: points
        )
        indicators.append(Placed(record: indicator, reader: r))
    }

    private mutating func readEvent(_ r: RecordReader, category: Event.Category) {
        let event = Event(
            id: r.string("id", required: true) ?? "",
            category: category,
            kind: r.choice("kind", Event.Kind.self) ?? .statement,
            date: r.date("date", required: true) ?? PartialDate(year: 1)!,
            place: r.string("place"),
            actors: r.strings("actors", required: true),
            summary: r.string("summary", required: true) ?? "",
            sources: r.citations()
        )
        events.append(Placed(record: event, reader: r))
    }

    private mutating func readConflict(_ r: RecordReader) {
        let claims = r.records("claims", what: "claim").map { c -> Claim in
            defer { c.finish() }
            return Claim(value: c.string("value", required: true) ?? "", sources: c.citations())
        }
        if claims.count < 2 { r.report(.missingField, "claims", "a conflict needs at least two claims") }
        var resolution = Resolution(outcome: .open, value: nil, note: "", sources: [])
        if let res = r.nested("resolution") {
            let outcome = res.choice("outcome", Conflict.Outcome.self) ?? .open
            let sources = res.strings("sources").compactMap(Citation.init(shortForm:))
            if sources.isEmpty, outcome != .open {
                res.report(.missingSource, nil, "a \(outcome.rawValue) conflict needs the correcting source")
            }
            resolution = Resolution(
                outcome: outcome,
                value: res.string("value"),
                note: res.string("note", required: true) ?? "",
                sources: sources
            )
            res.finish()
        } else {
            r.report(.missingField, nil, "missing `resolution`")
        }
        let conflict = Conflict(
            id: r.string("id", required: true) ?? "",
            subject: r.string("subject", required: true) ?? "",
            field: r.string("field", required: true) ?? "",
            summary: r.string("summary", required: true) ?? "",
            claims: claims,
            resolution: resolution
        )
        conflicts.append(Placed(record: conflict, reader: r))
    }
}
