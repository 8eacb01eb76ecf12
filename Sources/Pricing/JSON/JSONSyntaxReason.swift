import Foundation

/// What a JSON reader wanted where it stopped, for the reasons of syntax errors.
public enum JSONExpectation: Sendable, Hashable {
    case value
    /// `true`, `false` or `null`, cut off by the end of the file.
    case literal(String)
    case commaOrBrace
    case commaOrBracket
    case keyAfterComma
    case keyOrBrace
    case colon

    /// The expectation in English, as the syntax error's message says it.
    public var description: String {
        switch self {
        case .value: "expected a value"
        case .literal(let whole): "expected '\(whole)'"
        case .commaOrBrace: "expected ',' or '}' after object member"
        case .commaOrBracket: "expected ',' or ']' after array element"
        case .keyAfterComma: "expected a string key after ','"
        case .keyOrBrace: "expected a string key or '}'"
        case .colon: "expected ':' after object key"
        }
    }
}

/// Why a JSON document could not be read, as a value; characters, bytes and texts as found.
public enum JSONSyntaxReason: Sendable, Hashable {
    case fileTooLarge(limit: String)
    /// The file ended where `expected` was wanted.
    case unexpectedEnd(JSONExpectation)
    /// Something other than `expected` was found.
    case notAsExpected(JSONExpectation)
    case unexpectedCharacter(String)
    case afterTopLevelValue(String)
    case nestingTooDeep(Int)
    case trailingComma(before: String)
    case singleQuotes
    case comments
    case invalidLiteral(String)
    case endInNumber(String)
    case invalidNumber(String)
    case unescapedLineBreak
    case unescapedControlCharacter(String)
    case invalidUTF8Byte(String)
    case invalidEscape(String)
    case loneSurrogate(String)
    case invalidEscapeSequence
    case invalidUnicodeEscape
    case unterminatedString(startingAt: SourceLocation)
    /// Well-formed JSON, but not LiteLLM's price map (`prices import`).
    case notALiteLLMPriceMap(found: String)
    /// Well-formed JSON, but not an array of InferenceX points (`deployments import`).
    case notInferenceXPoints(found: String)

    /// The reason in English, as `JSONSyntaxError.message` keeps it.
    public var description: String {
        switch self {
        case .fileTooLarge(let limit): "file is larger than \(limit)"
        case .unexpectedEnd(let expected): "unexpected end of file, \(expected.description)"
        case .notAsExpected(let expected): expected.description
        case .unexpectedCharacter(let character): "unexpected \(character), expected a value"
        case .afterTopLevelValue(let character): "unexpected \(character) after the top-level value"
        case .nestingTooDeep(let depth): "nesting deeper than \(depth) levels"
        case .trailingComma(let closer): "trailing comma before \(closer)"
        case .singleQuotes: "single quotes are not allowed, use '\"'"
        case .comments: "comments are not allowed in JSON"
        case .invalidLiteral(let word): "invalid literal '\(word)'"
        case .endInNumber(let text): "unexpected end of file in number '\(text)'"
        case .invalidNumber(let text): "invalid number '\(text)'"
        case .unescapedLineBreak: "unescaped line break in string"
        case .unescapedControlCharacter(let code): "unescaped control character \(code) in string"
        case .invalidUTF8Byte(let byte): "invalid UTF-8 byte \(byte)"
        case .invalidEscape(let shown): "invalid escape \(shown) in string"
        case .loneSurrogate(let text): "lone surrogate '\(text)' in string"
        case .invalidEscapeSequence: "invalid escape sequence in string"
        case .invalidUnicodeEscape: "invalid \\u escape, expected four hex digits"
        case .unterminatedString(let opening): "unterminated string starting at \(opening)"
        case .notALiteLLMPriceMap(let found):
            "expected LiteLLM's price map (an object of model entries), found \(found)"
        case .notInferenceXPoints(let found):
            "expected InferenceX benchmark points (a JSON array), found \(found)"
        }
    }
}
