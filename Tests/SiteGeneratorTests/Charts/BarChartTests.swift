import Testing

@testable import SiteGenerator

@Suite("Bar charts")
struct BarChartTests {
    @Test("bar charts escape labels and carry every value in their description")
    func charts() {
        let svg = BarChart.svg(id: "c", title: "T<", bars: [
            .init(label: "<b>x</b>", value: 3, tooltip: "<b>x</b>: 3"), .init(label: "y", value: 0, tooltip: "y: 0"),
        ]).html
        #expect(!svg.contains("<b>"))
        #expect(svg.contains("<desc id=\"c-desc\">&lt;b&gt;x&lt;/b&gt;: 3; y: 0.</desc>"))
        #expect(svg.contains("role=\"img\" aria-labelledby=\"c-title c-desc\""))
    }

    @Test("bars scale to the largest value and zero bars have no width")
    func scaling() {
        let svg = BarChart.svg(id: "s", title: "T", bars: [
            .init(label: "a", value: 10, tooltip: "a"), .init(label: "b", value: 5, tooltip: "b"), .init(label: "c", value: 0, tooltip: "c"),
        ]).html
        let barSpace = BarChart.width - BarChart.labelWidth - 70
        #expect(svg.contains("width=\"\(barSpace)\" height=\"\(BarChart.barHeight)\""))
        #expect(svg.contains("width=\"\(barSpace / 2)\" height="))
        #expect(svg.contains("width=\"0\" height="))
    }
}
