import Foundation
import Pricing

/// GitHub Actions workflow commands (`::error file=…,line=…,col=…,title=…::message`), which
/// GitHub shows as annotations on a pull request's diff.
enum GitHubAnnotation {
    /// One annotation line; `level` is `error`, `warning` or `notice`.
    static func line(
        _ level: String, file: String?, location: SourceLocation?, title: String?, message text: String
    ) -> String {
        var properties: [String] = []
        if let file { properties.append("file=\(property(file))") }
        if let location { properties += ["line=\(location.line)", "col=\(location.column)"] }
        if let title { properties.append("title=\(property(title))") }
        return "::\(level) \(properties.joined(separator: ","))::\(message(text))\n"
    }

    /// A message escaped as GitHub requires: `%`, CR and LF.
    private static func message(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    /// A property value, which must also escape the `:` and `,` that separate properties.
    private static func property(_ text: String) -> String {
        message(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
