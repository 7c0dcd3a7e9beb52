/// TLP 2.0 as STIX 2.1 marks it: five marking-definition objects with fixed ids, each carrying the
/// TLP 2.0 property extension.
///
/// Source: OASIS CTI TC, cti-stix-common-objects,
/// `extension-definition-specifications/tlp-2.0/extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d.json`
/// (the JSON schema that fixes each level's id, name and `tlp_2_0` value) and its `examples/`
/// (which fix `created` as 2022-10-01T00:00:00.000Z). The `stix2` Python package (3.0.2) predefines
/// only TLP 1.0; its maintainers point to these objects for TLP 2.0 (oasis-open/cti-python-stix2
/// issues #569 and #583).
enum STIXMarking {
    /// The TLP 2.0 extension definition every marking names.
    static let extensionID = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
    /// The `created` time of the five published marking objects.
    static let created = "2022-10-01T00:00:00.000Z"

    static func id(_ tlp: TrafficLightProtocol) -> String {
        switch tlp {
        case .clear: "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487"
        case .green: "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb"
        case .amber: "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421"
        case .amberStrict: "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003"
        case .red: "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1"
        }
    }

    /// The level a TLP 2.0 marking id stands for, or nil.
    static func level(id: String) -> TrafficLightProtocol? { TrafficLightProtocol.allCases.first { Self.id($0) == id } }

    /// The `tlp_2_0` value: the level in lower case, e.g. `amber+strict`.
    static func value(_ tlp: TrafficLightProtocol) -> String { tlp.rawValue.lowercased() }

    /// The ids STIX 2.1 (§7.2.1.4) predefines for TLP 1.0, which Kizuna does not read: TLP 1.0's
    /// WHITE and AMBER do not mean what TLP 2.0's CLEAR and AMBER mean.
    static let tlp1: [String: String] = [
        "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9": "WHITE",
        "marking-definition--34098fce-860f-48ae-8e50-ebd3cc5e41da": "GREEN",
        "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82": "AMBER",
        "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed": "RED",
    ]

    /// The marking-definition object for a level, as published.
    static func definition(_ tlp: TrafficLightProtocol) -> STIXObject {
        var object = STIXObject(type: "marking-definition", id: id(tlp))
        object.created = created
        object.name = tlp.label
        object.extensions = [extensionID: STIXObject.Extension(extensionType: "property-extension", tlp20: value(tlp))]
        return object
    }
}
