import Foundation
import Testing

@testable import Pricing

@Suite("JSONReader: keeping what came before a syntax error")
struct JSONRecoveryTests {
    let reader = JSONReader()

    /// The keys of an object node, in order.
    func keys(_ node: JSONNode?) -> [String]? {
        node?.members?.map(\.key)
    }

    @Test func aWellFormedDocumentComesBackWholeWithNothingIncomplete() throws {
        let text = #"{"a": [1, {"b": null}], "c": "d"}"#
        let partial = reader.parsePartial(text)
        #expect(partial.error == nil)
        #expect(partial.incomplete.isEmpty)
        #expect(partial.root == (try reader.parse(text)))
    }

    @Test func openContainersAreClosedWithWhatTheyHeldAndMarked() throws {
        let text = """
            {"a": 1,
             "b": [1, 2, {"c": tr
            """
        let partial = reader.parsePartial(text)
        let error = try #require(partial.error)
        #expect(
            error
                == JSONSyntaxError(
                    location: SourceLocation(line: 2, column: 22),
                    message: "unexpected end of file, expected 'true'"))
        let root = try #require(partial.root)
        // The cut-off `"c": tr` is dropped; the object holding it is kept, empty.
        #expect(keys(root) == ["a", "b"])
        let array = try #require(root["b"]?.elements)
        #expect(array.count == 3)
        #expect(array[2].members == [])
        #expect(array[2].location == SourceLocation(line: 2, column: 14))
        #expect(array[2].path.description == "b[2]")
        #expect(Set(partial.incomplete.map(\.description)) == ["$", "b", "b[2]"])
        #expect(partial.isIncomplete(array[2]))
        #expect(!partial.isIncomplete(array[0]))
    }

    @Test func aMemberWhoseValueWasCutOffIsDropped() throws {
        let partial = reader.parsePartial(#"{"a": 1, "b": "unterminat"#)
        #expect(partial.error?.message == "unterminated string starting at 1:15")
        #expect(keys(partial.root) == ["a"])
        #expect(partial.incomplete == [JSONPath.root])
    }

    @Test func containersClosedBeforeTheErrorAreNotMarked() throws {
        let partial = reader.parsePartial(#"{"done": {"x": [1]}, "open": ["#)
        let root = try #require(partial.root)
        #expect(keys(root) == ["done", "open"])
        #expect(root["done"]?["x"]?.elements?.count == 1)
        #expect(root["open"]?.elements == [])
        #expect(Set(partial.incomplete.map(\.description)) == ["$", "open"])
    }

    @Test func anErrorInTheMiddleKeepsTheElementsBeforeIt() throws {
        let partial = reader.parsePartial("[1, 2 3, 4]")
        #expect(
            partial.error
                == JSONSyntaxError(
                    location: SourceLocation(line: 1, column: 7),
                    message: "expected ',' or ']' after array element"))
        #expect(
            partial.root?.elements?.map(\.value) == [
                .number(JSONNumber(literal: "1")), .number(JSONNumber(literal: "2")),
            ])
        #expect(partial.incomplete == [JSONPath.root])
    }

    @Test func aNumberRunningToTheEndMayBeCutSoItIsDropped() throws {
        // `2` may be the start of `25`; after a space it is known to be whole.
        let cut = reader.parsePartial(#"{"a": 1, "b": 2"#)
        #expect(cut.error?.message == "unexpected end of file, expected ',' or '}' after object member")
        #expect(keys(cut.root) == ["a"])
        let whole = reader.parsePartial("[1, 2 ")
        #expect(whole.root?.elements?.count == 2)
    }

    @Test func aTrailingCommaKeepsTheMemberBeforeIt() throws {
        let partial = reader.parsePartial(#"{"a": 1, }"#)
        #expect(partial.error?.message == "trailing comma before '}'")
        #expect(keys(partial.root) == ["a"])
    }

    @Test func junkAfterACompleteDocumentKeepsTheWholeDocument() throws {
        let partial = reader.parsePartial(#"{"a": 1} x"#)
        #expect(partial.error?.message == "unexpected 'x' after the top-level value")
        #expect(keys(partial.root) == ["a"])
        #expect(partial.incomplete.isEmpty)
    }

    @Test(arguments: ["", "tru", "\"abc", "-"])
    func aBrokenTopLevelScalarGivesNoTree(_ text: String) {
        let partial = reader.parsePartial(text)
        #expect(partial.root == nil)
        #expect(partial.error != nil)
        #expect(partial.incomplete.isEmpty)
    }

    @Test func theSizeLimitStillApplies() {
        let small = JSONReader(maxBytes: 4)
        let partial = small.parsePartial("[1, 2, 3]")
        #expect(partial.root == nil)
        #expect(partial.error?.message == "file is larger than 4 bytes")
    }

    @Test func tooDeepNestingKeepsTheLevelsWithinTheLimit() throws {
        let partial = JSONReader(maxDepth: 2).parsePartial("[[[1]]]")
        #expect(partial.error?.message == "nesting deeper than 2 levels")
        #expect(partial.root?.elements?.first?.elements == [])
        #expect(Set(partial.incomplete.map(\.description)) == ["$", "[0]"])
    }

    /// Every prefix of a document reports the strict parser's error, and every value it keeps
    /// is one the whole document has at the same place.
    @Test func everyCutAgreesWithTheStrictParserAndTheWholeDocument() throws {
        let text = """
            {"models": [{"id": "a/b", "prices": [{"in": 2.5, "tiers": [], "ok": true}]},
                        {"id": "c/d", "open": null}], "n": -1e3}
            """
        let whole = try reader.parse(text)
        let bytes = Array(text.utf8)
        for cut in 0..<bytes.count {
            let prefix = Array(bytes[..<cut])
            let partial = reader.parsePartial(bytes: prefix)
            var strictError: JSONSyntaxError?
            do {
                _ = try reader.parse(bytes: prefix)
            } catch {
                strictError = error
            }
            #expect(partial.error == strictError, "cut at \(cut)")
            if let root = partial.root {
                #expect(isPart(root, of: whole, incomplete: partial.incomplete), "cut at \(cut)")
            }
        }
    }

    /// True when `part` matches `whole` at the same path and location, and any container that
    /// differs is marked incomplete and holds a prefix of the whole one's members or elements.
    func isPart(_ part: JSONNode, of whole: JSONNode, incomplete: Set<JSONPath>) -> Bool {
        guard part.path == whole.path, part.location == whole.location else { return false }
        switch (part.value, whole.value) {
        case (.object(let partMembers), .object(let wholeMembers)):
            guard partMembers.count <= wholeMembers.count else { return false }
            if partMembers.count < wholeMembers.count && !incomplete.contains(part.path) { return false }
            return zip(partMembers, wholeMembers).allSatisfy { pair in
                pair.0.key == pair.1.key && pair.0.keyLocation == pair.1.keyLocation
                    && isPart(pair.0.value, of: pair.1.value, incomplete: incomplete)
            }
        case (.array(let partElements), .array(let wholeElements)):
            guard partElements.count <= wholeElements.count else { return false }
            if partElements.count < wholeElements.count && !incomplete.contains(part.path) { return false }
            return zip(partElements, wholeElements).allSatisfy {
                isPart($0.0, of: $0.1, incomplete: incomplete)
            }
        default:
            return part.value == whole.value && !incomplete.contains(part.path)
        }
    }
}
