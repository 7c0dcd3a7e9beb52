import Foundation
import Hummingbird
import HummingbirdTesting
import Sharing
import Testing

/// A bundle made by OASIS's `stix2` package (PyPI; scripts/stix2-bundle.py), with no Kizuna
/// properties, imported over `POST /api/v1/import/stix`. `make test` installs stix2 (mk/sharing.mk)
/// and sets KIZUNA_STIX_TEST=1; without it the suite is skipped.
@Suite(.enabled(if: ProcessInfo.processInfo.environment["KIZUNA_STIX_TEST"] == "1", "set KIZUNA_STIX_TEST=1"))
struct STIXPartnerBundleTests {
    /// What scripts/stix2-bundle.py prints.
    static func bundle() throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            ProcessInfo.processInfo.environment["PYTHON"] ?? "python3",
            TestNode.repository.appendingPathComponent("scripts/stix2-bundle.py").path,
        ]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return data
    }

    @Test func aBundleMadeByStix2Imports() async throws {
        let data = try Self.bundle()
        let objects = try #require(
            (try JSONSerialization.jsonObject(with: data) as? [String: Any])?["objects"] as? [[String: Any]]
        )
        func first(_ type: String, where test: ([String: Any]) -> Bool = { _ in true }) throws -> [String: Any] {
            try #require(objects.first { $0["type"] as? String == type && test($0) })
        }
        let incident = try first("incident")
        let location = try first("location")
        let note = try first("note") { ($0["content"] as? String)?.hasPrefix("Same hull") == true }
        let report = try first("report")
        let notImported = try [
            first("indicator"), first("note") { $0["id"] as? String != note["id"] as? String },
            first("relationship") { $0["relationship_type"] as? String == "related-to" },
        ].compactMap { $0["id"] as? String }
        // what the records must hold, read from the bundle (Sendable values for the closure below)
        let count = objects.count
        let (incidentName, incidentText) = (incident["name"] as? String, incident["description"] as? String)
        let (latitude, longitude) = (location["latitude"] as? Double, location["longitude"] as? Double)
        let (noteText, reportName) = (note["content"] as? String, report["name"] as? String)

        try await RecordsAPITests.withApp { client, signedIn in
            let (status, answer) = try await STIXImportAPITests.importing(client, ByteBuffer(bytes: data))
            #expect(status == .created)
            #expect(answer["imported"] as? Int == 3)
            let skipped = STIXImportAPITests.skipped(answer)
            #expect(Set(skipped.keys) == Set(notImported), "\(skipped)")
            #expect(skipped[notImported[1]]?.contains("TLP 1.0 AMBER") == true)
            #expect(answer["context"] as? Int == count - 3 - notImported.count)

            let records = await signedIn.sharing.allRecords()
            let fromIncident = try #require(records.first { $0.kind == .incident })
            #expect(fromIncident.title == incidentName)
            #expect(fromIncident.body == incidentText)
            #expect(fromIncident.latitude == latitude)
            #expect(fromIncident.longitude == longitude)
            #expect(fromIncident.labels.tlp == .amber)
            #expect(fromIncident.time == 1_795_143_600, "created, 2026-11-20T03:00:00Z")
            let fromNote = try #require(records.first { $0.kind == .observation })
            #expect(fromNote.body == noteText)
            #expect(fromNote.title == "Same hull seen loitering last week.", "the content's first line")
            #expect(fromNote.labels.tlp == .green)
            let fromReport = try #require(records.first { $0.kind == .assessment })
            #expect(fromReport.title == reportName)
            #expect(fromReport.time == 1_795_240_800, "published, 2026-11-21T06:00:00Z")
            #expect(records.allSatisfy { $0.labels.owner == SignedIn.organisation && $0.labels.releasableTo.isEmpty })
        }
    }
}
