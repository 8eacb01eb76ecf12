import Foundation
import Scenarios

/// The engine's SplitMix64 as a `RandomNumberGenerator`, so a fuzz case is reproduced from its seed alone.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    private var splitMix: SplitMix64

    public init(seed: UInt64) { splitMix = SplitMix64(seed: seed) }

    public mutating func next() -> UInt64 { splitMix.next() }
}

/// Mutates JSON documents the way broken or hostile files differ from good ones.
///
/// Byte mutations (flip, delete, duplicate, truncate, insert invalid UTF-8) break the syntax;
/// value mutations keep it and swap one value for an adversarial one (huge, negative,
/// fractional, NaN-like strings, deep nesting, an empty array, a very long string). Every
/// output is bounded (at most `limit` bytes), so no case can grow without end.
public struct Mutator {
    public var generator: SeededGenerator
    /// The largest document a mutation may produce.
    public var limit = 256 * 1024
    /// The values swapped in so far, as written (an output may echo them back).
    public var injected: [String] = []
    /// When not empty, value and container swaps pick only inside the values of these keys (where
    /// the document has any), so that a few fields among many are reached often.
    public var focus: [String] = []

    public init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

    /// Values a mutation swaps in, written as JSON text: each is valid JSON, so the reader sees
    /// a well-formed document and the checks behind it must cope.
    public static let adversarialValues: [String] = [
        "1e400", "-1e400", "1e38", "-1", "-0", "0", "0.0", "1e-400", "0.000000000000000000000000000001",
        "99999999999999999999999999999999999999999", "123456789012345678901234567890.123456789",
        "1000000000000000", "2147483647", "2147483648", "9223372036854775807", "4611686018427387904",
        "1e-127", "1e127", "-1e-127", "9223372036854775808", "18446744073709551616", "1.5", "-2.5",
        "\"NaN\"", "\"nan\"", "\"Infinity\"", "\"-Infinity\"", "\"inf\"", "\"∞\"", "\"1e400\"", "\"-1\"",
        "\"150%\"", "\"-30%\"", "\"1.5m\"", "\"3M\"", "\"1_000\"", "\"\"", "\" \"", "\"0x10\"",
        "\"2026-02-30\"", "\"9999-12-31\"", "\"0000-01-01\"", "\"rent\"", "\"own\"", "\"USD\"", "\"XXX\"",
        "null", "true", "false", "[]", "{}", "[1]", "{\"low\": 1, \"mode\": 2, \"high\": 3}",
        "{\"low\": 3, \"mode\": 2, \"high\": 1}", "{\"low\": \"NaN\", \"mode\": 1, \"high\": 1e400}",
        "\"\\u0000\"", "\"\\ud800\"", "\"a\\nb\"", "\"=HYPERLINK(\\\"x\\\")\"", "\"<script>\"",
    ]

    public mutating func int(_ upperBound: Int) -> Int {
        upperBound <= 1 ? 0 : Int.random(in: 0..<upperBound, using: &generator)
    }

    public mutating func pick<T>(_ items: [T]) -> T { items[int(items.count)] }

    /// One to `maximum` mutations of `bytes`, and a short description of each (to reproduce by eye).
    public mutating func mutate(_ bytes: [UInt8], maximum: Int = 3) -> (bytes: [UInt8], steps: [String]) {
        var result = bytes
        var steps: [String] = []
        for _ in 0...int(maximum) {
            let step = mutateOnce(&result)
            steps.append(step)
            if result.count > limit {
                result.removeLast(result.count - limit)
                steps.append("clipped to \(limit) bytes")
            }
        }
        return (result, steps)
    }

    private mutating func mutateOnce(_ bytes: inout [UInt8]) -> String {
        // Value swaps keep the document well-formed and reach the checks; they come up most often.
        switch int(12) {
        case 0:
            guard !bytes.isEmpty else { return "nothing to flip" }
            let index = int(bytes.count)
            let bit = UInt8(1) << UInt8(int(8))
            bytes[index] ^= bit
            return "flip bit \(bit) at \(index)"
        case 1:
            let start = int(bytes.count + 1)
            let length = min(bytes.count - start, 1 + int(64))
            bytes.removeSubrange(start..<(start + length))
            return "delete \(length) at \(start)"
        case 2:
            let start = int(bytes.count + 1)
            let length = min(bytes.count - start, 1 + int(256))
            bytes.insert(contentsOf: bytes[start..<(start + length)], at: int(bytes.count + 1))
            return "duplicate \(length) from \(start)"
        case 3:
            let at = int(bytes.count + 1)
            bytes.removeSubrange(at...)
            return "truncate at \(at)"
        case 4:
            let junk: [[UInt8]] = [
                [0xFF], [0xC0, 0x80], [0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90], [0x00], [0xEF],
            ]
            let bad = pick(junk)
            let at = int(bytes.count + 1)
            bytes.insert(contentsOf: bad, at: at)
            return "insert \(bad) at \(at)"
        case 5:
            return replaceContainer(&bytes)
        case 6:
            return replaceValue(&bytes, with: deepNesting())
        case 7:
            let long = "\"" + String(repeating: pick(["x", "é", "9", "漢"]), count: 1 + int(20_000)) + "\""
            return replaceValue(&bytes, with: long)
        default:
            return replaceValue(&bytes, with: pick(Self.adversarialValues))
        }
    }

    private mutating func deepNesting() -> String {
        let depth = 1 + int(300)
        return pick([
            String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth),
            String(repeating: "{\"a\":", count: depth) + "1" + String(repeating: "}", count: depth),
        ])
    }

    /// Replaces one scalar value (a string or number literal) with `replacement`.
    private mutating func replaceValue(_ bytes: inout [UInt8], with replacement: String) -> String {
        let spans = focused(Self.scalarSpans(bytes), in: bytes)
        guard !spans.isEmpty else { return "no value to replace" }
        let span = pick(spans)
        bytes.replaceSubrange(span, with: Array(replacement.utf8))
        injected.append(replacement)
        return "value at \(span.lowerBound) → \(replacement.prefix(40))"
    }

    /// Empties an array or object, or swaps it for an empty array.
    private mutating func replaceContainer(_ bytes: inout [UInt8]) -> String {
        let spans = focused(Self.containerSpans(bytes), in: bytes)
        guard !spans.isEmpty else { return "no container" }
        let span = pick(spans)
        let opening = bytes[span.lowerBound]
        let replacement: [UInt8] =
            int(2) == 0 ? [opening, opening == UInt8(ascii: "[") ? 93 : 125] : [91, 93]
        bytes.replaceSubrange(span, with: replacement)
        return "container at \(span.lowerBound) → \(String(decoding: replacement, as: UTF8.self))"
    }

    /// The spans that lie inside the value of a `focus` key, or all of them when none does.
    private func focused(_ spans: [Range<Int>], in bytes: [UInt8]) -> [Range<Int>] {
        guard !focus.isEmpty else { return spans }
        let regions = Self.valueSpans(of: focus, in: bytes)
        let inside = spans.filter { span in
            regions.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }
        }
        return inside.isEmpty ? spans : inside
    }

    /// The byte ranges of the values of `keys` (a scalar, or an array or object with its brackets).
    public static func valueSpans(of keys: [String], in bytes: [UInt8]) -> [Range<Int>] {
        let scalars = scalarSpans(bytes)
        let containers = containerSpans(bytes)
        var regions: [Range<Int>] = []
        for key in keys {
            let quoted = Array("\"\(key)\"".utf8)
            var index = 0
            while index + quoted.count <= bytes.count {
                defer { index += 1 }
                guard bytes[index..<(index + quoted.count)].elementsEqual(quoted) else { continue }
                var next = index + quoted.count
                while next < bytes.count, [9, 10, 13, 32].contains(bytes[next]) { next += 1 }
                guard next < bytes.count, bytes[next] == UInt8(ascii: ":") else { continue }
                next += 1
                while next < bytes.count, [9, 10, 13, 32].contains(bytes[next]) { next += 1 }
                if let span = containers.first(where: { $0.lowerBound == next })
                    ?? scalars.first(where: { $0.lowerBound == next })
                {
                    regions.append(span)
                }
            }
        }
        return regions
    }

    /// Sets `key` to `value` (JSON text): replaces the key's first value where the document has
    /// the key, else inserts the pair as the first member of the outermost object.
    public mutating func set(_ key: String, to value: String, in bytes: inout [UInt8]) -> String {
        injected.append(value)
        if let span = Self.valueSpans(of: [key], in: bytes).first {
            bytes.replaceSubrange(span, with: Array(value.utf8))
            return "set \(key) at \(span.lowerBound) → \(value.prefix(60))"
        }
        guard let brace = bytes.firstIndex(of: UInt8(ascii: "{")) else { return "no object for \(key)" }
        bytes.insert(contentsOf: Array("\"\(key)\": \(value),".utf8), at: brace + 1)
        return "add \(key): \(value.prefix(60))"
    }

    /// The byte ranges of string and number literals, outside strings only.
    static func scalarSpans(_ bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let start = index
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                index = min(index + 1, bytes.count)
                // A key is followed by a colon; only values are swapped.
                var next = index
                while next < bytes.count, [9, 10, 13, 32].contains(bytes[next]) { next += 1 }
                if next >= bytes.count || bytes[next] != UInt8(ascii: ":") { spans.append(start..<index) }
            } else if byte == UInt8(ascii: "-") || (byte >= 48 && byte <= 57) {
                let start = index
                while index < bytes.count, "0123456789+-.eE".utf8.contains(bytes[index]) { index += 1 }
                spans.append(start..<index)
            } else {
                index += 1
            }
        }
        return spans
    }

    /// The byte ranges of arrays and objects (brackets matched outside strings).
    static func containerSpans(_ bytes: [UInt8]) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var open: [Int] = []
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                open.append(index)
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                if let start = open.popLast() { spans.append(start..<(index + 1)) }
            default:
                break
            }
            index += 1
        }
        return spans
    }
}
