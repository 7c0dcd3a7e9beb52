/// A publication that facts are drawn from: one of the four source documents, or an outside text
/// (a treaty, an official press release, a NATO page) that corrects or completes them.
///
/// The knowledge base never stores a publication's sentences, only its bibliographic record.
public struct Publication: Hashable, Sendable, Codable {
    /// Short upper-case id used in citations, e.g. `LAC2025`.
    public let id: String
    public let title: String
    /// Author or authors, as credited.
    public let author: String?
    public let publisher: String?
    /// Publication date, as precise as known.
    public let date: PartialDate?
    /// Web address, when the publication has one.
    public let url: String?
    /// True for the four documents the knowledge base is built from (`../shared/seeds`).
    public let isSeed: Bool

    public init(
        id: String,
        title: String,
        author: String?,
        publisher: String?,
        date: PartialDate?,
        url: String?,
        isSeed: Bool
    ) {
        self.id = id
        self.title = title
        self.author = author
        self.publisher = publisher
        self.date = date
        self.url = url
        self.isSeed = isSeed
    }

    enum CodingKeys: String, CodingKey {
        case id, title, author, publisher, date, url
        case isSeed = "seed"
    }
}

/// Where a fact comes from: a publication plus the section, paragraph or page that holds it.
///
/// The loader copies the publication's title, author and date into each citation, so that every
/// answer carries a complete reference without a second look-up.
public struct Citation: Hashable, Sendable, Codable {
    /// The id of a `Publication`.
    public let publication: String
    /// Section, paragraph, page or footnote within the publication, e.g. `ch. 2 (p. 5–11), fn. 54`.
    public let locator: String
    public var title: String?
    public var author: String?
    public var date: PartialDate?

    public init(publication: String, locator: String) {
        self.publication = publication
        self.locator = locator
    }

    /// Parses the short form used in the dataset: the publication id, then the locator,
    /// e.g. `"LAC2025 ch. 2, fn. 54"`. Nil when there is no id.
    public init?(shortForm text: String) {
        let trimmed = text.drop(while: { $0 == " " })
        guard let id = trimmed.split(separator: " ", maxSplits: 1).first, !id.isEmpty else { return nil }
        let rest = trimmed.dropFirst(id.count).drop(while: { $0 == " " })
        self.init(publication: String(id), locator: String(rest))
    }

    /// Copies the bibliographic fields of `publication` into the citation.
    public func resolved(with publication: Publication) -> Citation {
        var copy = self
        copy.title = publication.title
        copy.author = publication.author
        copy.date = publication.date
        return copy
    }

    /// A one-line reference: `LAC2025 ch. 2 (p. 5–11), fn. 54`.
    public var shortReference: String {
        locator.isEmpty ? publication : "\(publication) \(locator)"
    }

    enum CodingKeys: String, CodingKey {
        case publication, title, author, date
        case locator = "section"
    }
}
