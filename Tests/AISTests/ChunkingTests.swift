import AIS
import Foundation
import KizunaTesting
import Testing

/// The same stream fed at every chunk size gives the same messages and the same counts.
@Suite("Streaming in chunks")
struct ChunkingTests {
    static let stream: [UInt8] = {
        var bytes: [UInt8] = []
        for name in [
            "gpsd__test__sample.aivdm", "libais__test__data__tagblock.nmea", "gpsd__test__daemon__ais-nmea.log",
            "pyais__tests__mixed.txt", "pyais__tests__nmea_data_sample.txt",
        ] {
            if let data = try? Fixtures.aisFile(name) { bytes += data + [10] }
        }
        return bytes
    }()

    @Test("chunk sizes 1…512 and a few large ones agree with a single feed")
    func everyChunkSize() {
        let (reference, referenceStats) = AISDecoding.decodeAll(Self.stream)
        #expect(reference.count > 1000)
        for size in Array(1...512) + [1000, 4096, 65_536] {
            let (messages, stats) = AISDecoding.decodeChunked(Self.stream, chunkSize: size)
            #expect(messages.map(\.message) == reference.map(\.message), "chunk size \(size)")
            #expect(stats == referenceStats, "chunk size \(size)")
        }
    }
}
