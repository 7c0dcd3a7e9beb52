import Foundation
import Sanctions

/// Renders sanctions results as JSON or as plain-text tables for the terminal.
enum SanctionsReport {
    /// One sector's row in `io multipliers`.
    struct Multiplier: Encodable {
        var sector: String
        var region: String
        var industry: String
        var outputMultiplier: Double
        var valueAddedCoefficient: Double
        var grossOutput: Double
    }

    /// `io multipliers`' JSON.
    struct Multipliers: Encodable {
        var table: String
        var sectors: [Multiplier]
    }

    /// Sorted-key, pretty JSON, as the node's API answers (`SanctionsJSON`).
    static func json(_ value: some Encodable) throws -> String { try SanctionsJSON.string(value) }

    static func fixed(_ value: Double, _ digits: Int) -> String { String(format: "%.\(digits)f", value) }

    static func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    static func describe(_ s: SanctionScenario) -> String {
        let industries = s.industries.map { $0.joined(separator: ",") } ?? "all industries"
        var text = "coalition \(s.coalition.name) (\(s.coalition.members.count) members) vs \(s.target);"
        text += " cut \(s.direction.rawValue), \(industries); method \(s.method.rawValue)"
        if s.retaliation { text += "; target retaliates" }
        if !s.coalition.absent.isEmpty { text += "\nnot in the table: \(s.coalition.absent.joined(separator: " "))" }
        return text
    }

    /// The terminal form of one assessment.
    static func text(_ a: ScenarioAssessment) -> String {
        var lines = [describe(a.scenario), "table: \(a.table). \(TableDescription.caveat(tableName: a.table))", ""]
        lines.append(
            "coalition value added \(fixed(a.coalitionCost.valueAddedChangePercent, 3)) %"
                + " (\(fixed(a.coalitionCost.valueAddedChange, 0)) million)"
        )
        lines.append(
            "target \(a.scenario.target) value added \(fixed(a.targetCost.valueAddedChangePercent, 3)) %"
                + " (\(fixed(a.targetCost.valueAddedChange, 0)) million)"
        )
        lines.append("leverage (target loss / coalition loss): " + (a.leverage.map { fixed($0, 2) } ?? "n/a"))
        lines.append("")
        lines.append("burden      change %   share of loss %   share of VA %   index")
        let byCountry = Dictionary(uniqueKeysWithValues: a.countries.map { ($0.country, $0) })
        for b in a.burden {
            lines.append(
                pad(b.country, 12) + pad(fixed(byCountry[b.country]!.valueAddedChangePercent, 3), 11)
                    + pad(fixed(b.shareOfLossPercent, 1), 18) + pad(fixed(b.shareOfValueAddedPercent, 1), 16)
                    + fixed(b.burdenIndex, 2)
            )
        }
        lines.append("")
        lines.append("most exposed industries of members (value added change, million; output change %)")
        for e in a.exposedIndustries {
            lines.append(
                "  " + pad(e.country, 5) + pad(e.industry, 5) + pad(fixed(e.valueAddedChange, 0), 10)
                    + pad(fixed(e.outputChangePercent, 2) + " %", 10) + (e.industryName ?? "")
            )
        }
        lines.append("")
        lines.append("bystanders hit hardest (value added change %)")
        for b in a.bystanders {
            lines.append("  " + pad(b.country, 6) + fixed(b.valueAddedChangePercent, 3))
        }
        return lines.joined(separator: "\n")
    }

    /// The terminal form of a comparison: a summary line per coalition, then every country.
    static func comparisonText(_ list: [ScenarioAssessment]) -> String {
        guard let first = list.first else { return "" }
        let s = first.scenario
        let industries = s.industries.map { $0.joined(separator: ",") } ?? "all industries"
        var lines = [
            "target \(s.target); cut \(s.direction.rawValue), \(industries); method \(s.method.rawValue)",
            "table: \(first.table). \(TableDescription.caveat(tableName: first.table))", "",
            "coalition            members  coalition %  target %   leverage  most burdened  worst bystander",
        ]
        for a in list {
            let worst = a.burden.first.map { "\($0.country) \(fixed($0.shareOfLossPercent, 0)) %" } ?? "-"
            let bystander = a.bystanders.first.map { "\($0.country) \(fixed($0.valueAddedChangePercent, 2))" } ?? "-"
            lines.append(
                pad(a.scenario.coalition.name, 21) + pad(String(a.scenario.coalition.members.count), 9)
                    + pad(fixed(a.coalitionCost.valueAddedChangePercent, 3), 13)
                    + pad(fixed(a.targetCost.valueAddedChangePercent, 3), 11)
                    + pad(a.leverage.map { fixed($0, 2) } ?? "n/a", 10) + pad(worst, 15) + bystander
            )
        }
        lines.append("")
        lines.append("value added change % by country (* coalition member, T target)")
        lines.append(pad("country", 9) + list.map { pad(String($0.scenario.coalition.name.prefix(12)), 14) }.joined())
        for (r, country) in first.countries.enumerated() {
            var line = pad(country.country, 9)
            for a in list {
                let c = a.countries[r]
                let mark = c.role == .coalition ? "*" : c.role == .target ? "T" : ""
                line += pad(fixed(c.valueAddedChangePercent, 3) + mark, 14)
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
