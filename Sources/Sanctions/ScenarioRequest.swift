/// The measures of a scenario as a client writes them, everything but the coalition: the target,
/// which flows are cut, in which industries, how the economy responds, and retaliation.
///
/// The command line builds it from flags; the node's API decodes it from the JSON of
/// `POST /api/v1/sanctions/assess` and `/compare` (field names as the properties; `sectors` may be
/// an array of industry codes or one comma-separated string). Every refusal is a `ScenarioError`
/// whose `field` names the part at fault.
public struct ScenarioMeasures: Sendable, Hashable {
    /// Target region code, e.g. `CHN` (case-insensitive).
    public var target: String
    /// Which flows are cut; default `both`.
    public var direction: TradeDirection
    /// Industry codes whose products are cut (the seller's industry); nil for all.
    public var sectors: [String]?
    /// How the economy responds; default `baseline`.
    public var method: ScenarioMethod
    /// Whether the target answers by cutting the opposite direction in all industries; default false.
    public var retaliation: Bool

    /// Measures; see the properties.
    public init(
        target: String,
        direction: TradeDirection = .both,
        sectors: [String]? = nil,
        method: ScenarioMethod = .baseline,
        retaliation: Bool = false
    ) {
        self.target = target
        self.direction = direction
        self.sectors = sectors
        self.method = method
        self.retaliation = retaliation
    }

    /// The scenario for the coalition written `spec` (codes and aliases, comma-separated), checked
    /// against `table` before anything is solved.
    ///
    /// - Throws: `ScenarioError` naming `coalition` (unknown code or alias, no member in the table),
    ///   `target` (unknown, or inside the coalition) or `sectors` (unknown code, empty list).
    public func scenario(coalition spec: String, table: InputOutputTable) throws(ScenarioError) -> SanctionScenario {
        let coalition = try Coalition(spec, regions: table.regions)
        guard let target = table.regions.first(where: { $0.uppercased() == target.uppercased() }) else {
            throw .unknownRegion(target.isEmpty ? "\"\"" : target, known: table.regions, field: "target")
        }
        if coalition.members.contains(target) { throw .targetInCoalition(target) }
        if let sectors {
            guard !sectors.isEmpty else {
                throw .invalid("sectors", "give at least one industry code, or leave sectors out for all industries")
            }
            let known = table.industries
            for code in sectors where !known.contains(code) { throw .unknownIndustry(code, known: known) }
        }
        return SanctionScenario(
            coalition: coalition,
            target: target,
            direction: direction,
            industries: sectors,
            retaliation: retaliation,
            method: method
        )
    }
}

/// One coalition's scenario: `{"coalition": "JPN,EU", "target": "CHN", ...}`; the coalition may also
/// be an array of codes and aliases.
public struct ScenarioRequest: Sendable, Decodable {
    /// The coalition as written, e.g. `JPN,EU`.
    public var coalition: String
    /// Everything else.
    public var measures: ScenarioMeasures

    /// Reads the request; throws `ScenarioError` naming the field that is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: RequestField.self)
        guard let codes = try fields.codes(.coalition) else { throw ScenarioError.invalid("coalition", "is required") }
        coalition = codes.joined(separator: ",")
        measures = try ScenarioMeasures(from: decoder)
    }

    /// The scenario in `table`; see `ScenarioMeasures.scenario(coalition:table:)`.
    public func scenario(in table: InputOutputTable) throws(ScenarioError) -> SanctionScenario {
        try measures.scenario(coalition: coalition, table: table)
    }
}

/// Several coalitions against the same target with the same measures:
/// `{"coalitions": ["JPN", "JPN,EU", ["G7", "EU"]], "target": "CHN", ...}`.
public struct ComparisonRequest: Sendable, Decodable {
    /// Most coalitions one request may compare.
    public static let maximumCoalitions = 8
    /// The coalitions as written.
    public var coalitions: [String]
    /// Everything else, shared by all coalitions.
    public var measures: ScenarioMeasures

    /// Reads the request; throws `ScenarioError` naming the field that is missing or of the wrong type.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: RequestField.self)
        guard fields.contains(.coalitions) else { throw ScenarioError.invalid("coalitions", "is required") }
        guard var list = try? fields.nestedUnkeyedContainer(forKey: .coalitions) else {
            throw ScenarioError.invalid("coalitions", "must be an array")
        }
        var coalitions: [String] = []
        while !list.isAtEnd {
            if let text = try? list.decode(String.self) {
                coalitions.append(text)
            } else if let codes = try? list.decode([String].self) {
                coalitions.append(codes.joined(separator: ","))
            } else {
                throw ScenarioError.invalid("coalitions", "each coalition is a string or an array of strings")
            }
        }
        guard (1...Self.maximumCoalitions).contains(coalitions.count) else {
            throw ScenarioError.invalid("coalitions", "give 1 to \(Self.maximumCoalitions) coalitions")
        }
        self.coalitions = coalitions
        measures = try ScenarioMeasures(from: decoder)
    }

    /// One scenario per coalition, in order; a refused coalition is named by its position.
    public func scenarios(in table: InputOutputTable) throws(ScenarioError) -> [SanctionScenario] {
        var scenarios: [SanctionScenario] = []
        for (i, spec) in coalitions.enumerated() {
            do throws(ScenarioError) {
                scenarios.append(try measures.scenario(coalition: spec, table: table))
            } catch  where error.field == "coalition" {
                throw .invalid("coalitions", "coalition \(i + 1) (\(spec)): \(error.problem)")
            }
        }
        return scenarios
    }
}

extension ScenarioMeasures: Decodable {
    /// Reads the measures' fields; throws `ScenarioError` naming a missing target or a field of the
    /// wrong type or value.
    public init(from decoder: any Decoder) throws {
        let fields = try decoder.container(keyedBy: RequestField.self)
        guard let target = try fields.text(.target) else { throw ScenarioError.invalid("target", "is required") }
        self.init(target: target)
        direction = try fields.choice(.direction) ?? direction
        method = try fields.choice(.method) ?? method
        sectors = try fields.codes(.sectors)
        if fields.contains(.retaliation), try !fields.decodeNil(forKey: .retaliation) {
            guard let flag = try? fields.decode(Bool.self, forKey: .retaliation) else {
                throw ScenarioError.invalid("retaliation", "must be true or false")
            }
            retaliation = flag
        }
    }
}

/// The JSON fields of scenario requests.
enum RequestField: String, CodingKey {
    case coalition, coalitions, target, direction, sectors, method, retaliation
}

extension KeyedDecodingContainer where Key == RequestField {
    /// A string field, nil when absent or null.
    fileprivate func text(_ key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        guard let value = try? decode(String.self, forKey: key) else {
            throw ScenarioError.invalid(key.stringValue, "must be a string")
        }
        return value
    }

    /// A field whose string value must be one of `Value`'s cases; nil when absent.
    fileprivate func choice<Value: RawRepresentable & CaseIterable>(_ key: Key) throws -> Value?
    where Value.RawValue == String {
        guard let text = try text(key) else { return nil }
        guard let value = Value(rawValue: text) else {
            throw ScenarioError.unknownValue(
                text,
                field: key.stringValue,
                allowed: Value.allCases.map(\.rawValue)
            )
        }
        return value
    }

    /// A list of codes written as an array of strings or one comma-separated string; nil when absent.
    fileprivate func codes(_ key: Key) throws -> [String]? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) {
            return text.split(separator: ",").map { String($0.trimmingSpaces()) }.filter { !$0.isEmpty }
        }
        guard let list = try? decode([String].self, forKey: key) else {
            throw ScenarioError.invalid(key.stringValue, "must be an array of codes or a comma-separated string")
        }
        return list
    }
}
