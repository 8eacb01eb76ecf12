import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Whole-descriptor reads and writes with `read(2)`/`write(2)`, checked at every call.
///
/// `FileHandle.write` traps on Linux when the write fails (a full disk, a closed pipe), and
/// `FileManager.contents(atPath:)` reads by the file's size, which is 0 for a pipe; these loop
/// until the end or an error and hand the error back as a value.
enum FileDescriptors {
    /// How a write ended.
    enum WriteOutcome: Equatable, Sendable {
        case written
        /// The reader went away (EPIPE): `| head` has all it wanted.
        case closed
        /// Any other failure, with the system's reason.
        case failed(String)
    }

    /// Writes every byte of `data` to `descriptor`, retrying short writes and interruptions.
    static func write(_ data: Data, to descriptor: Int32) -> WriteOutcome {
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> WriteOutcome in
            guard let base = buffer.baseAddress else { return .written }
            var offset = 0
            while offset < buffer.count {
                let count = systemWrite(descriptor, base + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    return errno == EPIPE ? .closed : .failed(String(cString: strerror(errno)))
                }
                offset += count
            }
            return .written
        }
    }

    /// Everything `descriptor` holds until its end, or the system's reason for failing.
    static func readAll(_ descriptor: Int32) -> Result<Data, ReadFailure> {
        var data = Data()
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(ReadFailure(errno: errno))
            }
            if count == 0 { return .success(data) }
            data.append(contentsOf: chunk[0..<count])
        }
    }

    /// Opens `path` for reading (following links, so FIFOs, `/dev/stdin` and `<(…)` work) and reads it all.
    static func readFile(_ path: String) -> Result<Data, ReadFailure> {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return .failure(ReadFailure(errno: errno)) }
        defer { close(descriptor) }
        var status = stat()
        if fstat(descriptor, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR {
            return .failure(ReadFailure(errno: EISDIR))
        }
        return readAll(descriptor)
    }

    /// Opens an existing node that is not renamed onto (a FIFO, a device, an open descriptor) and
    /// appends `data` to it (`O_APPEND`: a descriptor a shell opened with `>` or `>>` keeps what it holds).
    static func writeNode(_ data: Data, to path: String) -> WriteOutcome {
        let descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { return .failed(String(cString: strerror(errno))) }
        let outcome = write(data, to: descriptor)
        close(descriptor)
        return outcome
    }

    /// A failed read's `errno`, kept to word the message.
    struct ReadFailure: Error, Sendable {
        var errno: Int32
    }

    private static func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.write(descriptor, pointer, count)
        #else
            Darwin.write(descriptor, pointer, count)
        #endif
    }

    private static func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutableRawPointer?, _ count: Int)
        -> Int
    {
        #if canImport(Glibc)
            Glibc.read(descriptor, pointer, count)
        #else
            Darwin.read(descriptor, pointer, count)
        #endif
    }
}

/// Facts about a path from `stat(2)`/`lstat(2)`.
struct PathStatus: Equatable, Sendable {
    enum Kind: Equatable, Sendable { case regular, directory, link, other }
    var kind: Kind
    var device: UInt64
    var inode: UInt64

    /// The node at `path` itself (`lstat`), or nil when nothing is there.
    static func of(link path: String) -> PathStatus? {
        var status = stat()
        guard lstat(path, &status) == 0 else { return nil }
        return PathStatus(status)
    }

    /// What `path` names after following its links (`stat`), or nil when nothing is there.
    static func of(_ path: String) -> PathStatus? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return PathStatus(status)
    }

    private init(_ status: stat) {
        switch status.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFLNK: kind = .link
        default: kind = .other
        }
        device = UInt64(status.st_dev)
        inode = UInt64(status.st_ino)
    }

    /// Whether two statuses are the same file (same device and inode).
    func isSameFile(as other: PathStatus) -> Bool {
        device == other.device && inode == other.inode
    }
}
