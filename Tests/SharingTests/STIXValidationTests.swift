import Foundation
import Sharing
import Testing

/// Exported bundles checked by OASIS's Python `stix2` package (PyPI), which `make test` installs
/// (mk/sharing.mk) before setting KIZUNA_STIX_TEST=1; without it the suite is skipped.
@Suite(
    .enabled(if: ProcessInfo.processInfo.environment["KIZUNA_STIX_TEST"] == "1", "set KIZUNA_STIX_TEST=1")
)
struct STIXValidationTests {
    /// stix2.parse validates every object's required properties, types and ranges; stix2 3.0.2 knows
    /// no TLP 2.0, so the script also checks each marking against the OASIS table itself and that
    /// every reference resolves inside the bundle.
    static let script = #"""
        import json, sys, stix2
        EXT = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"
        OASIS = {
            "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487": "clear",
            "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb": "green",
            "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421": "amber",
            "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003": "amber+strict",
            "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1": "red",
        }
        text = open(sys.argv[1]).read()
        bundle = stix2.parse(text, allow_custom=True)
        raw = json.loads(text)
        ids = {o["id"] for o in raw["objects"]}
        markings = {o["id"]: o for o in raw["objects"] if o["type"] == "marking-definition"}
        for m in markings.values():
            level = OASIS[m["id"]]
            assert m["extensions"][EXT] == {"extension_type": "property-extension", "tlp_2_0": level}, m
            assert m["name"] == "TLP:" + level.upper() and m["created"] == "2022-10-01T00:00:00.000Z", m
        marked = 0
        for o in raw["objects"]:
            if o["type"] in ("incident", "note", "report", "location", "relationship"):
                refs = o["object_marking_refs"]
                assert len(refs) == 1 and refs[0] in markings, o
                marked += 1
            for key in ("created_by_ref", "source_ref", "target_ref"):
                assert key not in o or o[key] in ids, (key, o)
            assert all(ref in ids for ref in o.get("object_refs", [])), o
        print("valid", len(bundle.objects), marked)
        """#

    /// Runs the script on `bundle`; the exit status and what it printed.
    static func validate(_ bundle: Data) throws -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kizuna-stix-\(UUID().uuidString).json"
        )
        try bundle.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [ProcessInfo.processInfo.environment["PYTHON"] ?? "python3", "-c", script, file.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    @Test func exportedBundlesAreValidSTIX() throws {
        let records = STIXBundleTests.records
        let result = try Self.validate(try STIXBundle(records: records).json())
        #expect(result.status == 0, "\(result.output)")
        let positioned = records.filter { $0.latitude != nil }.count
        let vessels = Set(records.filter { $0.kind == .annotation }.flatMap(\.vessels)).count
        // Five markings, two organisations, a vessel identity per annotated vessel, each record, and a
        // location and relationship per position.
        #expect(
            result.output.trimmingCharacters(in: .whitespacesAndNewlines)
                == "valid \(5 + 2 + vessels + records.count + 2 * positioned) \(records.count + 2 * positioned)"
        )
    }

    @Test func theValidatorRefusesABrokenBundle() throws {
        var objects = try STIXBundleTests.objects()
        let index = try #require(objects.firstIndex { $0["type"] as? String == "location" })
        objects[index]["latitude"] = 130.0
        let result = try Self.validate(try STIXBundleTests.bundle(objects))
        #expect(result.status != 0)
        #expect(result.output.contains("latitude"))
    }
}
