import Foundation
import Testing

extension RawSocket {
    /// A socket reading the node's live picture stream (`GET /api/v1/stream`, Server-Sent Events) as
    /// the holder of `token`, once the node has said `: connected`.
    static func openPictureStream(port: Int, token: String) async throws -> Int32 {
        let socket = try await offPool { try connect(port: port) }
        try write(socket, "GET /api/v1/stream HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer \(token)\r\n\r\n")
        #expect(await read(socket, until: ": connected"))
        return socket
    }
}
