/// A seeded pseudo-random generator: xoshiro256** (Blackman and Vigna, 2018) whose state is filled
/// from the seed by SplitMix64, as its authors recommend.
///
/// The simulator draws every random number from one of these, never from the system generator,
/// so that a scenario and a seed always give the same feed byte for byte. The helpers below turn
/// the 64-bit output into numbers themselves rather than through the standard library's
/// `random(in:using:)`, whose method could change between Swift releases.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator whose whole sequence is fixed by `seed`.
    public init(seed: UInt64) {
        var x = seed
        func splitMix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix()
        s1 = splitMix()
        s2 = splitMix()
        s3 = splitMix()
    }

    /// The next 64 random bits.
    @inlinable
    public mutating func next() -> UInt64 {
        nextBits()
    }

    @usableFromInline
    mutating func nextBits() -> UInt64 {
        let result = rotate(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotate(s3, 45)
        return result
    }

    private func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 {
        (x << k) | (x >> (64 - k))
    }

    /// A generator for a sub-stream (one vessel, one receiver), so that adding a vessel does not
    /// shift the numbers every other vessel draws.
    public mutating func split() -> SeededGenerator {
        SeededGenerator(seed: nextBits())
    }

    /// A uniform number in 0..<1 with 53 random bits.
    public mutating func unit() -> Double {
        Double(nextBits() >> 11) * 0x1p-53
    }

    /// A uniform number in `low..<high`.
    public mutating func uniform(_ low: Double, _ high: Double) -> Double {
        low + (high - low) * unit()
    }

    /// A uniform integer in `low...high`.
    public mutating func integer(_ low: Int, _ high: Int) -> Int {
        precondition(high >= low)
        let span = UInt64(high - low + 1)
        return low + Int(nextBits() % span)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool {
        unit() < p
    }

    /// One element of a non-empty array, chosen uniformly.
    public mutating func pick<T>(_ items: [T]) -> T {
        items[integer(0, items.count - 1)]
    }
}
