/// A field that a relation covers, as the documents name them (maritime security, cyber,
/// intelligence sharing…). The dataset spells them in kebab case: `maritime-security`.
public enum CooperationDomain: String, Sendable, Codable, CaseIterable, Comparable {
    case capacityBuilding = "capacity-building"
    case counterPiracy = "counter-piracy"
    case cyber
    case defenceIndustry = "defence-industry"
    case deterrence
    case development
    case disasterRelief = "disaster-relief"
    case economicSecurity = "economic-security"
    case health
    case humanitarian
    case infrastructure
    case intelligenceSharing = "intelligence-sharing"
    case interoperability
    case logistics
    case maritimeSecurity = "maritime-security"
    case missileDefence = "missile-defence"
    case nuclearDeterrence = "nuclear-deterrence"
    case peacekeeping
    case politicalDialogue = "political-dialogue"
    case space
    case technology
    case trade
    case training

    public static func < (lhs: CooperationDomain, rhs: CooperationDomain) -> Bool {
        lhs.rawValue < rhs.rawValue
    }
}
