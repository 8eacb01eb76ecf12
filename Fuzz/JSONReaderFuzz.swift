import Foundation

// libFuzzer entry point: the reader must return or throw for any bytes, never crash, and what
// it reports must stay inside the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func jsonReaderFuzz(_ data: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: data, count: count))
    let reader = JSONReader(maxDepth: 64, maxBytes: 1 << 20)
    // An upper bound on lines: every CR or LF may end one.
    let lines = bytes.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) }
    do {
        let node = try reader.parse(bytes: bytes)
        precondition(node.location.line >= 1 && node.location.line <= lines && node.location.column >= 1)
        // Parsing is deterministic, and a String holding the same bytes reads the same.
        precondition((try? reader.parse(bytes: bytes)) == node)
        if let text = String(validating: bytes, as: UTF8.self) {
            precondition((try? reader.parse(text)) == node)
        }
    } catch {
        precondition(error.location.line >= 1 && error.location.line <= lines && error.location.column >= 1)
        precondition(!error.message.isEmpty && !error.message.contains("\n"))
    }
    // The recovering reader, which `prices validate` uses: the same verdict as the strict one,
    // and a partial tree only when there was an error.
    let partial = reader.parsePartial(bytes: bytes)
    let strict = Result { () throws(JSONSyntaxError) in try reader.parse(bytes: bytes) }
    switch strict {
    case .success(let node):
        precondition(partial.error == nil && partial.root == node && partial.incomplete.isEmpty)
    case .failure(let error):
        precondition(partial.error == error)
    }
    return 0
}
