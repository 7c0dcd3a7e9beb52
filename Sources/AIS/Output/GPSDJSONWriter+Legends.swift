/// The text gpsd prints beside a coded value (`status_text`, `shiptype_text`, …), exactly as gpsd
/// 3.22 spells it, misspellings included, so that the two outputs can be compared byte for byte.
enum GPSDLegends {
    /// Navigational status, ITU-R M.1371-5 Table 46 (`status_text` of types 1–3, `status` of type 27).
    static let navigationStatus: [StaticString] = [
        "Under way using engine", "At anchor", "Not under command", "Restricted manoeuverability",
        "Constrained by her draught", "Moored", "Aground", "Engaged in fishing", "Under way sailing",
        "Reserved for HSC", "Reserved for WIG", "Reserved", "Reserved", "Reserved", "Reserved", "Not defined",
    ]

    /// Type of electronic position fixing device (`epfd_text`); gpsd knows 0–8.
    static func fixType(_ code: UInt8) -> StaticString {
        switch code {
        case 0: "Undefined"
        case 1: "GPS"
        case 2: "GLONASS"
        case 3: "Combined GPS/GLONASS"
        case 4: "Loran-C"
        case 5: "Chayka"
        case 6: "Integrated navigation system"
        case 7: "Surveyed"
        case 8: "Galileo"
        default: "INVALID EPFD"
        }
    }

    /// Type of ship and cargo, ITU-R M.1371-5 Table 53 (`shiptype_text`).
    static func shipType(_ code: UInt8) -> StaticString {
        switch code {
        case 0: return "Not available"
        case 1...19: return "Reserved for future use"
        case 20...29: return wingInGround[Int(code - 20)]
        case 30: return "Fishing"
        case 31: return "Towing"
        case 32: return "Towing: length exceeds 200m or breadth exceeds 25m"
        case 33: return "Dredging or underwater ops"
        case 34: return "Diving ops"
        case 35: return "Military ops"
        case 36: return "Sailing"
        case 37: return "Pleasure Craft"
        case 38, 39: return "Reserved"
        case 40...49: return highSpeedCraft[Int(code - 40)]
        case 50: return "Pilot Vessel"
        case 51: return "Search and Rescue vessel"
        case 52: return "Tug"
        case 53: return "Port Tender"
        case 54: return "Anti-pollution equipment"
        case 55: return "Law Enforcement"
        case 56, 57: return "Spare - Local Vessel"
        case 58: return "Medical Transport"
        case 59: return "Ship according to RR Resolution No. 18"
        case 60...69: return passenger[Int(code - 60)]
        case 70...79: return cargo[Int(code - 70)]
        case 80...89: return tanker[Int(code - 80)]
        case 90...99: return other[Int(code - 90)]
        default: return "INVALID SHIP TYPE"
        }
    }

    private static let wingInGround: [StaticString] = [
        "Wing in ground (WIG) - all ships of this type", "Wing in ground (WIG) - Hazardous category A",
        "Wing in ground (WIG) - Hazardous category B", "Wing in ground (WIG) - Hazardous category C",
        "Wing in ground (WIG) - Hazardous category D", "Wing in ground (WIG) - Reserved for future use",
        "Wing in ground (WIG) - Reserved for future use", "Wing in ground (WIG) - Reserved for future use",
        "Wing in ground (WIG) - Reserved for future use", "Wing in ground (WIG) - Reserved for future use",
    ]
    private static let highSpeedCraft: [StaticString] = [
        "High speed craft (HSC) - all ships of this type", "High speed craft (HSC) - Hazardous category A",
        "High speed craft (HSC) - Hazardous category B", "High speed craft (HSC) - Hazardous category C",
        "High speed craft (HSC) - Hazardous category D", "High speed craft (HSC) - Reserved for future use",
        "High speed craft (HSC) - Reserved for future use", "High speed craft (HSC) - Reserved for future use",
        "High speed craft (HSC) - Reserved for future use", "High speed craft (HSC) - No additional information",
    ]
    private static let passenger: [StaticString] = [
        "Passenger - all ships of this type", "Passenger - Hazardous category A", "Passenger - Hazardous category B",
        "Passenger - Hazardous category C", "Passenger - Hazardous category D", "Passenger - Reserved for future use",
        "Passenger - Reserved for future use", "Passenger - Reserved for future use",
        "Passenger - Reserved for future use", "Passenger - No additional information",
    ]
    private static let cargo: [StaticString] = [
        "Cargo - all ships of this type", "Cargo - Hazardous category A", "Cargo - Hazardous category B",
        "Cargo - Hazardous category C", "Cargo - Hazardous category D", "Cargo - Reserved for future use",
        "Cargo - Reserved for future use", "Cargo - Reserved for future use", "Cargo - Reserved for future use",
        "Cargo - No additional information",
    ]
    private static let tanker: [StaticString] = [
        "Tanker - all ships of this type", "Tanker - Hazardous category A", "Tanker - Hazardous category B",
        "Tanker - Hazardous category C", "Tanker - Hazardous category D", "Tanker - Reserved for future use",
        "Tanker - Reserved for future use", "Tanker - Reserved for future use", "Tanker - Reserved for future use",
        "Tanker - No additional information",
    ]
    private static let other: [StaticString] = [
        "Other Type - all ships of this type", "Other Type - Hazardous category A",
        "Other Type - Hazardous category B", "Other Type - Hazardous category C", "Other Type - Hazardous category D",
        "Other Type - Reserved for future use", "Other Type - Reserved for future use",
        "Other Type - Reserved for future use", "Other Type - Reserved for future use",
        "Other Type - no additional information",
    ]

    /// Station type addressed by a type 23 group assignment (`stationtype_text`).
    static func stationType(_ code: UInt8) -> StaticString {
        switch code {
        case 0: "All types of mobiles"
        case 2: "All types of Class B mobile stations"
        case 3: "SAR airborne mobile station"
        case 4: "Aid to Navigation station"
        case 5: "Class B shipborne mobile station"
        case 6...9: "Regional use and inland waterways"
        case 1, 10...15: "Reserved for future use"
        default: "INVALID STATION TYPE"
        }
    }

    /// Type of aid to navigation, ITU-R M.1371-5 Table 74 note (`aid_type_text`).
    static let aidType: [StaticString] = [
        "Unspecified", "Reference point", "RACON", "Fixed offshore structure", "Spare, Reserved for future use.",
        "Light, without sectors", "Light, with sectors", "Leading Light Front", "Leading Light Rear",
        "Beacon, Cardinal N", "Beacon, Cardinal E", "Beacon, Cardinal S", "Beacon, Cardinal W", "Beacon, Port hand",
        "Beacon, Starboard hand", "Beacon, Preferred Channel port hand", "Beacon, Preferred Channel starboard hand",
        "Beacon, Isolated danger", "Beacon, Safe water", "Beacon, Special mark", "Cardinal Mark N",
        "Cardinal Mark E", "Cardinal Mark S", "Cardinal Mark W", "Port hand Mark", "Starboard hand Mark",
        "Preferred Channel Port hand", "Preferred Channel Starboard hand", "Isolated danger", "Safe Water",
        "Special Mark", "Light Vessel / LANBY / Rigs",
    ]
}
