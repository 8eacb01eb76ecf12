import Foundation

extension Report {
    /// The report with every chart captioned by the price date and the sites its notes cite, so a
    /// chart pasted on its own still says where its numbers come from.
    ///
    /// `Prices as of 2026-11-24 · sources: openai.com, runpod.io, … · assumptions: see the notes`.
    func captioningCharts(pricesAsOf date: String, language: Language) -> Report {
        var hosts: [String] = []
        for footnote in footnotes {
            for case .url(let url) in Links.pieces(footnote.text) {
                let host = url.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first
                    .map { String($0).replacingOccurrences(of: "www.", with: "") }
                if let host, !hosts.contains(host) { hosts.append(host) }
            }
        }
        let english =
            "Prices as of \(date)" + (hosts.isEmpty ? "" : " · sources: " + hosts.joined(separator: ", "))
            + " · assumptions and dates of each figure: see the notes of the report"
        // Spaces around the ASCII parts let the caption wrap between them, never inside a host name.
        let japanese =
            "価格は \(date) 時点 ・ " + (hosts.isEmpty ? "" : "出典： " + hosts.joined(separator: ", ") + " ・ ")
            + "各数値の前提と日付はレポートの注を参照"
        var report = self
        for index in report.charts.indices where report.charts[index].caption == nil {
            report.charts[index].caption = language == .ja ? japanese : english
        }
        return report
    }
}
