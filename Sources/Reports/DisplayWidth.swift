/// Terminal column widths, so that Japanese labels align with ASCII ones.
public enum DisplayWidth {
    /// The number of terminal columns `text` takes: 2 for East Asian wide or fullwidth
    /// characters, 0 for combining marks and zero-width characters, 1 otherwise.
    public static func of(_ text: String) -> Int {
        // Printable ASCII is one column a byte; most table cells are nothing else.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text.utf8.count }
        var total = 0
        for character in text {
            total += width(of: character)
        }
        return total
    }

    /// `text` followed by spaces up to `width` columns (unchanged when already as wide).
    public static func padRight(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Spaces up to `width` columns followed by `text`.
    public static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }

    private static func width(of character: Character) -> Int {
        var sawVisible = false
        for scalar in character.unicodeScalars {
            if isWide(scalar.value) || scalar.properties.isEmojiPresentation { return 2 }
            if !isZeroWidth(scalar) { sawVisible = true }
        }
        return sawVisible ? 1 : 0
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return true
        default: return scalar.value == 0x200B
        }
    }

    /// East Asian Width W or F (Unicode UAX #11), by block; close enough for labels.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
            0x4E00...0x9FFF, 0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
            0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
