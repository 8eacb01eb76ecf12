import Foundation

/// The files of the package's `Data/` directory, embedded in the binary at build time.
public enum DefaultData {
    /// Every embedded file's bytes, keyed by its path relative to `Data/` (e.g. `models.json`).
    public static let files: [String: Data] = {
        var files: [String: Data] = [:]
        for entry in embeddedFilesBase64 {
            files[entry.path] = Data(base64Encoded: entry.base64) ?? Data()
        }
        return files
    }()
}
