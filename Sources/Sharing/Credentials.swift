import Crypto
import Foundation
import HummingbirdBcrypt

/// Password hashing with bcrypt. The work factor follows the OWASP Password Storage Cheat Sheet
/// and ASVS 4.0.3 §2.4.4 (bcrypt with a work factor of at least 10); Kizuna uses 12.
public enum PasswordHasher {
    public static let cost: UInt8 = 12
    /// bcrypt reads at most 72 bytes of a password; longer ones are refused rather than cut.
    public static let maximumBytes = 72
    public static let minimumCharacters = 12

    /// Hashes a password after checking its length.
    public static func hash(_ password: String, cost: UInt8 = cost) throws(CredentialError) -> String {
        guard password.count >= minimumCharacters else {
            throw .weakPassword("at least \(minimumCharacters) characters")
        }
        guard password.utf8.count <= maximumBytes else { throw .weakPassword("at most \(maximumBytes) bytes") }
        return Bcrypt.hash(password, cost: cost)
    }

    /// A hash of a random password nobody knows (made at first use), checked in place of a user who
    /// has none, so that refusing an unknown name costs the same time as refusing a wrong password.
    public static let decoyHash = Bcrypt.hash(AccessToken.generate().secret, cost: cost)

    public static func verify(_ password: String, hash: String) -> Bool {
        guard password.utf8.count <= maximumBytes else { return false }
        return Bcrypt.verify(password, hash: hash)
    }
}

/// A bearer credential: a session token from a password login, or an API token for a machine.
/// Tokens carry 256 random bits; the node stores only their SHA-256 digest.
public struct AccessToken: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case session
        case api
    }

    /// The text handed to the caller once: `kz_` and 43 base64url characters.
    public let secret: String

    /// A new token from the system's cryptographically secure generator.
    public static func generate() -> AccessToken {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        let text = Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
        return AccessToken(secret: "kz_" + text)
    }

    public init(secret: String) { self.secret = secret }

    /// The digest stored and looked up, as lower-case hex.
    public var digest: String { Self.digest(of: secret) }

    public static func digest(of secret: String) -> String {
        SHA256.hash(data: Data(secret.utf8)).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }

    /// Whether `text` has the form of a token (so that garbage is refused before any lookup).
    public static func isWellFormed(_ text: some StringProtocol) -> Bool {
        text.hasPrefix("kz_") && text.utf8.count == 46
            && text.utf8.dropFirst(3).allSatisfy { byte in
                (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            }
    }
}

/// A token as the node keeps it.
public struct StoredToken: Sendable, Hashable, Codable {
    public var digest: String
    public var user: String
    public var kind: AccessToken.Kind
    /// Seconds since 1970 UTC.
    public var created: Int64
    /// Seconds since 1970 UTC; nil for API tokens without expiry.
    public var expires: Int64?
    public var revoked: Bool

    public init(
        digest: String,
        user: String,
        kind: AccessToken.Kind,
        created: Int64,
        expires: Int64?,
        revoked: Bool = false
    ) {
        self.digest = digest
        self.user = user
        self.kind = kind
        self.created = created
        self.expires = expires
        self.revoked = revoked
    }

    public func isValid(at now: Int64) -> Bool { !revoked && (expires.map { now < $0 } ?? true) }
}

public enum CredentialError: Error, Sendable, Equatable, CustomStringConvertible {
    case weakPassword(String)

    public var description: String {
        switch self {
        case .weakPassword(let rule): "password must be \(rule)"
        }
    }
}
