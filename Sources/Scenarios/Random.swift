/// SplitMix64 (Steele, Lea and Flood 2014), used only to expand a seed into xoshiro's state.
///
/// `next()`: state += 0x9E3779B97F4A7C15; z = state; z = (z ^ (z >> 30)) · 0xBF58476D1CE4E5B9;
/// z = (z ^ (z >> 27)) · 0x94D049BB133111EB; return z ^ (z >> 31), all modulo 2⁶⁴.
public struct SplitMix64: Sendable, Hashable {
    public private(set) var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// xoshiro256** 1.0 (Blackman and Vigna 2018): the simulation's generator, identical on every platform.
///
/// Only 64-bit integer operations, so a seed gives the same stream everywhere. Seeding: the four
/// state words are the first four outputs of SplitMix64 started at the seed.
public struct Xoshiro256StarStar: Sendable, Hashable {
    public private(set) var state: (UInt64, UInt64, UInt64, UInt64)

    /// Starts from a state given word by word (not all zero), as the published test vectors do.
    public init(state: (UInt64, UInt64, UInt64, UInt64)) {
        self.state = state
    }

    /// Seeds the state from SplitMix64(seed).
    public init(seed: UInt64) {
        var mixer = SplitMix64(seed: seed)
        state = (mixer.next(), mixer.next(), mixer.next(), mixer.next())
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.state == rhs.state
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(state.0)
        hasher.combine(state.1)
        hasher.combine(state.2)
        hasher.combine(state.3)
    }

    @inline(__always)
    static func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// The next 64 random bits: rotl(s1·5, 7)·9, then the state steps.
    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = Self.rotl(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = Self.rotl(state.3, 45)
        return result
    }

    /// A uniform double in [0, 1): the top 53 bits of `next()` times 2⁻⁵³ (exact, no rounding).
    @inline(__always)
    public mutating func uniform() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// A draw from the triangular distribution by its inverse CDF at `uniform()`.
    ///
    /// With F = (mode − low)/(high − low): u < F gives low + √(u·(high − low)·(mode − low)),
    /// otherwise high − √((1 − u)·(high − low)·(high − mode)). A point range gives its mode
    /// and still consumes one draw, so adding a range elsewhere does not shift this one's stream.
    @inline(__always)
    public mutating func triangular(low: Double, mode: Double, high: Double) -> Double {
        let u = uniform()
        let width = high - low
        guard width > 0 else { return mode }
        if u * width < mode - low {
            return low + (u * width * (mode - low)).squareRoot()
        }
        return high - ((1 - u) * width * (high - mode)).squareRoot()
    }
}

/// Closed forms of the triangular distribution, for tests and documentation.
public enum TriangularMoments {
    /// (low + mode + high) / 3.
    public static func mean(low: Double, mode: Double, high: Double) -> Double { (low + mode + high) / 3 }

    /// low + √((high−low)(mode−low)/2) when mode ≥ (low+high)/2, else high − √((high−low)(high−mode)/2).
    public static func median(low: Double, mode: Double, high: Double) -> Double {
        let width = high - low
        if mode >= (low + high) / 2 { return low + (width * (mode - low) / 2).squareRoot() }
        return high - (width * (high - mode) / 2).squareRoot()
    }

    /// The p-quantile (0 ≤ p ≤ 1) by the inverse CDF.
    public static func quantile(_ p: Double, low: Double, mode: Double, high: Double) -> Double {
        let width = high - low
        guard width > 0 else { return mode }
        if p * width < mode - low { return low + (p * width * (mode - low)).squareRoot() }
        return high - ((1 - p) * width * (high - mode)).squareRoot()
    }
}
