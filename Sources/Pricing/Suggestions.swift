/// The candidate closest to a misspelt `word`, for "did you mean" hints.
///
/// Distance is the optimal-string-alignment form of Damerau–Levenshtein (a swap of two
/// neighbouring characters costs 1), compared case-insensitively on characters. A candidate
/// is offered only within `max(1, word.count / 3)` edits, so short words allow at most 2 and
/// `--curency`, `input_per_mtk` or `openai/gpt4o` find their intended spelling while unrelated
/// words find nothing. A candidate that shares nothing with the word is never offered. Ties go
/// to the smaller distance, then to the lexicographically first candidate, so hints are stable.
public func closestMatch(to word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased())
    let limit = max(1, target.count / 3)
    var best: (distance: Int, candidate: String)?
    for candidate in candidates {
        let other = Array(candidate.lowercased())
        guard abs(other.count - target.count) <= limit else { continue }
        let distance = editDistance(target, other)
        guard distance <= limit, distance < max(target.count, other.count) else { continue }
        if let current = best, (current.distance, current.candidate) <= (distance, candidate) { continue }
        best = (distance, candidate)
    }
    return best?.candidate
}

/// Edits (insert, delete, substitute, swap neighbours) that turn `a` into `b`.
func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    // Three rolling rows: the swap rule looks two rows back.
    var twoBack = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, twoBack[j - 2] + 1)
            }
            current[j] = value
        }
        (twoBack, previous, current) = (previous, current, twoBack)
    }
    return previous[b.count]
}
