import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

// Readers the tests check outputs with, written from the standards rather than from the code
// under test, and shared by every test target.

/// RFC 4180 records, each a list of fields; nil when the text breaks the grammar.
///
/// A standard reader written from the RFC: quoted fields with `""` for a quote, CRLF between
/// records, no bare LF outside quotes.
public func parseCSV(_ text: String) -> [[String]]? {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var scalars = Array(text.unicodeScalars)[...]
    // A UTF-8 byte-order mark before the first record marks the encoding; it is no data.
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var quoted = false
    var fieldStarted = false
    while let scalar = scalars.popFirst() {
        if quoted {
            if scalar == "\"" {
                if scalars.first == "\"" {
                    scalars.removeFirst()
                    field.unicodeScalars.append("\"")
                } else {
                    quoted = false
                }
            } else {
                field.unicodeScalars.append(scalar)
            }
            continue
        }
        switch scalar {
        case "\"":
            guard field.isEmpty, !fieldStarted else { return nil }
            quoted = true
            fieldStarted = true
        case ",":
            record.append(field)
            field = ""
            fieldStarted = false
        case "\r":
            guard scalars.popFirst() == "\n" else { return nil }
            record.append(field)
            records.append(record)
            record = []
            field = ""
            fieldStarted = false
        case "\n":
            return nil
        default:
            field.unicodeScalars.append(scalar)
            fieldStarted = true
        }
    }
    guard !quoted, field.isEmpty, record.isEmpty else { return nil }
    return records
}

/// The CSV's blocks (tables separated by one empty record), each a header and its records.
public func csvBlocks(_ records: [[String]]) -> [[[String]]] {
    var blocks: [[[String]]] = [[]]
    for record in records {
        if record == [""] {
            blocks.append([])
        } else {
            blocks[blocks.count - 1].append(record)
        }
    }
    return blocks
}

/// The element names of a well-formed XML document, or nil when it is not well-formed.
///
/// On Linux `XMLParser.parse()` can return true with `parserError` set, so both are checked,
/// and the delegate's error callback too.
public func xmlElementNames(_ text: String) -> [String]? {
    let parser = XMLParser(data: Data(text.utf8))
    let collector = ElementCollector()
    parser.delegate = collector
    guard parser.parse(), parser.parserError == nil, collector.failed == false else { return nil }
    return collector.names
}

private final class ElementCollector: NSObject, XMLParserDelegate {
    var names: [String] = []
    var failed = false

    func parser(
        _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
        qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
        names.append(elementName)
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) {
        failed = true
    }
}
