import AIS
import Foundation
import KizunaTesting
import Testing

/// Two-thread decoding of a file must give exactly what one decoder reading it in order gives: the
/// same JSON, byte for byte, and the same counts, wherever the segments are cut.
@Suite("Parallel decoding")
struct ParallelDecodingTests {
    static let stream: [UInt8] = {
        var bytes: [UInt8] = []
        for name in [
            "gpsd__test__sample.aivdm", "libais__test__data__tagblock.nmea", "gpsd__test__daemon__ais-nmea.log",
        ] {
            if let data = try? Fixtures.aisFile(name) { bytes += data + [10] }
        }
        if let capture = try? Data(contentsOf: Fixtures.aisHubCapture) { bytes += capture.prefix(400_000) }
        return bytes
    }()

    func sequential(_ format: MessageSink.Format) -> ([UInt8], DecodeStatistics) {
        var decoder = AISStreamDecoder()
        var sink = MessageSink(format: format)
        Self.stream.withUnsafeBytes { decoder.feed($0) { sink.take($0) } }
        decoder.finish { sink.take($0) }
        return (sink.out.bytes, decoder.statistics)
    }

    @Test(
        "segments of many sizes, cut inside multi-sentence messages too",
        arguments: [97, 1000, 4096, 65_536, 1 << 20]
    )
    func sameAsSequential(segmentSize: Int) {
        for format in [MessageSink.Format.json, .gpsd] {
            let (expected, expectedStats) = sequential(format)
            var written: [UInt8] = []
            let (stats, messages) = Self.stream.withUnsafeBytes { bytes in
                ParallelDecoding(segmentSize: segmentSize, format: format).decode(
                    bytes,
                    progress: { _, _ in },
                    write: { out in
                        written += out.bytes
                        out.removeAll()
                    }
                )
            }
            #expect(written == expected, "segment size \(segmentSize)")
            #expect(stats == expectedStats, "segment size \(segmentSize)")
            #expect(messages == expectedStats.messages)
        }
    }
}
