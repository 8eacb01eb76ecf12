/// A ZIP archive written with the "stored" method: local headers, the files, the central directory.
///
/// Enough for an Office Open XML package (ECMA-376 Part 2 asks for nothing more); the dates are
/// fixed at 1980-01-01 00:00 so the same parts always make the same bytes.
public struct ZipArchive: Sendable {
    private var entries: [(name: [UInt8], data: [UInt8], crc: UInt32, offset: Int)] = []
    private var body: [UInt8] = []

    public init() {}

    /// Appends a file stored uncompressed under `name` (a relative path with `/` separators).
    public mutating func add(_ name: String, _ data: [UInt8]) {
        let nameBytes = Array(name.utf8)
        let crc = CRC32.checksum(data)
        let offset = body.count
        var header: [UInt8] = []
        header.append(le32: 0x0403_4b50)
        header.append(le16: 20)  // version needed: 2.0
        header.append(le16: Self.flags(nameBytes))
        header.append(le16: 0)  // method: stored
        header.append(le16: 0)  // time 00:00
        header.append(le16: Self.dosDate)
        header.append(le32: crc)
        header.append(le32: UInt32(truncatingIfNeeded: data.count))
        header.append(le32: UInt32(truncatingIfNeeded: data.count))
        header.append(le16: UInt16(truncatingIfNeeded: nameBytes.count))
        header.append(le16: 0)  // no extra field
        body += header + nameBytes + data
        entries.append((nameBytes, data, crc, offset))
    }

    /// The whole archive: every file, then the central directory and its end record.
    public var bytes: [UInt8] {
        var directory: [UInt8] = []
        for entry in entries {
            directory.append(le32: 0x0201_4b50)
            directory.append(le16: 20)  // made by: 2.0, MS-DOS attributes
            directory.append(le16: 20)
            directory.append(le16: Self.flags(entry.name))
            directory.append(le16: 0)
            directory.append(le16: 0)
            directory.append(le16: Self.dosDate)
            directory.append(le32: entry.crc)
            directory.append(le32: UInt32(truncatingIfNeeded: entry.data.count))
            directory.append(le32: UInt32(truncatingIfNeeded: entry.data.count))
            directory.append(le16: UInt16(truncatingIfNeeded: entry.name.count))
            directory.append(le16: 0)  // extra
            directory.append(le16: 0)  // comment
            directory.append(le16: 0)  // disk number
            directory.append(le16: 0)  // internal attributes
            directory.append(le32: 0)  // external attributes
            directory.append(le32: UInt32(truncatingIfNeeded: entry.offset))
            directory += entry.name
        }
        var end: [UInt8] = []
        end.append(le32: 0x0605_4b50)
        end.append(le16: 0)
        end.append(le16: 0)
        end.append(le16: UInt16(truncatingIfNeeded: entries.count))
        end.append(le16: UInt16(truncatingIfNeeded: entries.count))
        end.append(le32: UInt32(truncatingIfNeeded: directory.count))
        end.append(le32: UInt32(truncatingIfNeeded: body.count))
        end.append(le16: 0)  // comment length
        return body + directory + end
    }

    /// 1980-01-01, the first date a DOS timestamp can hold: (year − 1980) << 9 | month << 5 | day.
    private static let dosDate: UInt16 = 1 << 5 | 1

    /// Bit 11 marks a UTF-8 name; ASCII names leave it clear.
    private static func flags(_ name: [UInt8]) -> UInt16 {
        name.contains { $0 >= 0x80 } ? 1 << 11 : 0
    }
}

/// CRC-32 as ZIP uses it (IEEE 802.3, reflected polynomial 0xEDB88320).
public enum CRC32 {
    private static let table: [UInt32] = (0..<256).map { index in
        var value = UInt32(index)
        for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
        return value
    }

    /// The checksum of `bytes`; "123456789" gives 0xCBF43926.
    public static func checksum(_ bytes: [UInt8]) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in bytes { crc = table[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension [UInt8] {
    fileprivate mutating func append(le16 value: UInt16) {
        append(UInt8(value & 0xFF))
        append(UInt8(value >> 8))
    }

    fileprivate mutating func append(le32 value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
