import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A node's Ed25519 signing identity (RFC 8032), made once with `kizuna` and kept in a small text
/// file beside the node's data. It signs federation messages and audit checkpoints; partners hold
/// its ``publicKey`` (exchanged out of band as base64 text).
///
/// File format: lines starting with `#` are comments; the one other line is the 32-byte raw
/// private key (the RFC 8032 seed) in standard base64 (RFC 4648 §4).
public struct NodeKey: Sendable {
    let signing: Curve25519.Signing.PrivateKey

    init(signing: Curve25519.Signing.PrivateKey) { self.signing = signing }

    /// A new key from the system's secure random source.
    public static func generate() -> NodeKey { NodeKey(signing: Curve25519.Signing.PrivateKey()) }

    /// Reads a key from the text of a key file.
    /// - Throws: ``NodeKeyError`` when the text holds no key line, more than one, or a line that is
    ///   not base64 of exactly 32 bytes.
    public init(text: String) throws(NodeKeyError) {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
        guard lines.count == 1 else {
            throw NodeKeyError("a node key file holds exactly one base64 line; found \(lines.count)")
        }
        guard let raw = Data(base64Encoded: lines[0]), raw.count == 32,
            let key = try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)
        else { throw NodeKeyError("the key line is not base64 of a 32-byte Ed25519 private key") }
        self.signing = key
    }

    /// The text of a key file for this key.
    public var text: String {
        "# Kizuna node key: Ed25519 private key, base64 of the 32 raw bytes. Keep it secret.\n"
            + signing.rawRepresentation.base64EncodedString() + "\n"
    }

    /// Reads the key file at `path`.
    public init(contentsOfFile path: String) throws(NodeKeyError) {
        guard let data = FileManager.default.contents(atPath: path) else { throw NodeKeyError("cannot read \(path)") }
        try self.init(text: String(decoding: data, as: UTF8.self))
    }

    /// Writes the key file at `path`, readable by the owner only (mode 0600); refuses to replace an
    /// existing file so that a node never loses its identity by accident.
    public func write(toFile path: String) throws(NodeKeyError) {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard fd >= 0 else {
            throw NodeKeyError("cannot create \(path): \(String(cString: strerror(errno)))")
        }
        defer { close(fd) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { buffer in
            #if canImport(Glibc)
            Glibc.write(fd, buffer.baseAddress, buffer.count)
            #else
            Darwin.write(fd, buffer.baseAddress, buffer.count)
            #endif
        }
        guard written == bytes.count else { throw NodeKeyError("cannot write \(path)") }
    }

    /// The public half, to give to partners.
    public var publicKey: NodePublicKey { NodePublicKey(signing: signing.publicKey) }

    /// An Ed25519 signature (64 bytes) over exactly `bytes`.
    public func signature(for bytes: some DataProtocol) -> Data {
        // Signing with a valid in-memory key fails only if the platform's random or crypto backend
        // is broken; that is not a state a node can continue in.
        do { return try signing.signature(for: bytes) } catch { fatalError("Ed25519 signing failed: \(error)") }
    }
}

/// A partner node's Ed25519 public key.
public struct NodePublicKey: Sendable, Hashable, CustomStringConvertible {
    let signing: Curve25519.Signing.PublicKey

    init(signing: Curve25519.Signing.PublicKey) { self.signing = signing }

    /// Reads a public key written as base64 of its 32 raw bytes (what ``base64`` gives).
    /// - Throws: ``NodeKeyError`` when the text is not base64 of 32 bytes.
    public init(base64: String) throws(NodeKeyError) {
        guard let raw = Data(base64Encoded: base64.trimmingCharacters(in: .whitespacesAndNewlines)), raw.count == 32,
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: raw)
        else { throw NodeKeyError("\"\(base64.prefix(80))\" is not base64 of a 32-byte Ed25519 public key") }
        self.signing = key
    }

    /// The 32 raw bytes in standard base64: the text partners exchange out of band.
    public var base64: String { signing.rawRepresentation.base64EncodedString() }

    /// The first 16 bytes of SHA-256 over the raw key, as 32 lower-case hex digits: short enough to
    /// read aloud when partners confirm a key by telephone, and what a signed message names its key by.
    public var fingerprint: String { Hex.string(SHA256.hash(data: signing.rawRepresentation).prefix(16)) }

    public var description: String { fingerprint }

    /// Whether `signature` is a valid Ed25519 signature by this key over exactly `bytes`.
    public func isValidSignature(_ signature: some DataProtocol, for bytes: some DataProtocol) -> Bool {
        signing.isValidSignature(signature, for: bytes)
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.signing.rawRepresentation == rhs.signing.rawRepresentation
    }
    public func hash(into hasher: inout Hasher) { hasher.combine(signing.rawRepresentation) }
}

/// A node key that could not be read, written or parsed, saying why.
public struct NodeKeyError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

/// Lower-case hexadecimal text of bytes.
enum Hex {
    static func string(_ bytes: some Sequence<UInt8>) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        for b in bytes {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0x0F)])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether `text` is exactly `count` lower-case hex digits.
    static func isLowercase(_ text: some StringProtocol, count: Int) -> Bool {
        text.utf8.count == count && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
