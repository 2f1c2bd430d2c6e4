import Foundation
import Integrity
import ModelRegistry
import TokenPricing

/// Paths and helpers shared by the integrity tests.
enum Support {
    /// The package root (this file is `Tests/IntegrityTests/Support.swift`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A fixture's path relative to the package root.
    static func fixturePath(_ name: String) -> String { "Tests/IntegrityTests/Fixtures/Catalogues/\(name).json" }

    /// A fixture's text.
    static func text(ofFixture name: String) throws -> String {
        try String(contentsOf: packageRoot.appendingPathComponent(fixturePath(name)), encoding: .utf8)
    }

    /// The catalogue of a fixture.
    static func catalogue(_ name: String) throws -> TemplateCatalog {
        try TemplateCatalog.load(from: packageRoot.appendingPathComponent(fixturePath(name)))
    }

    /// Checks a fixture against `models`, naming the file relative to the package root.
    static func check(fixture name: String, models: [ModelDefinition]) throws -> IntegrityReport {
        IntegrityChecker(packageRoot: packageRoot).check(
            registry: ModelRegistry(models: models), catalog: try catalogue(name), catalogFile: fixturePath(name))
    }

    /// The 1-based line of the `occurrence`-th line of `text` containing `marker`, and the
    /// 1-based column (UTF-8) where the marker starts.
    static func position(of marker: String, in text: String, occurrence: Int = 0) -> (line: Int, column: Int)? {
        var seen = 0
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let r = line.range(of: marker) else { continue }
            if seen == occurrence { return (i + 1, line.utf8.distance(from: line.startIndex, to: r.lowerBound) + 1) }
            seen += 1
        }
        return nil
    }

    /// A catalogue with one content template per model, each making every schema property
    /// editable: it uses every model and trips no catalogue rule.
    static func catalogueUsing(_ models: [ModelDefinition]) -> TemplateCatalog {
        TemplateCatalog(contentTemplates: models.enumerated().map { i, m in
            ContentTemplate(
                id: "uses-\(i)", name: "Uses \(m.config.modelName)", modelRecordId: m.recordId,
                userEditableFields: m.inputSchema.properties.map(\.name))
        })
    }

    /// Checks `models` with a catalogue that uses them all.
    static func checkModels(_ models: [ModelDefinition], packageRoot: URL? = nil) -> IntegrityReport {
        IntegrityChecker(packageRoot: packageRoot).check(
            registry: ModelRegistry(models: models), catalog: catalogueUsing(models))
    }

    /// The text of a fixture model file, by its path relative to the package root.
    static func modelSource(_ model: ModelDefinition) throws -> String {
        try String(contentsOfFile: model.sourceFile, encoding: .utf8)
    }
}
