// PricingBenchmark: how fast TokenPricing prices model calls and workflows.
//
//     swift run -c release --scratch-path .build-release PricingBenchmark            # full run
//     swift run -c release --scratch-path .build-release PricingBenchmark --quick    # smoke run
//
// Run it from the package root (it reads Site/templates.json; `--catalog <file>` reads
// another). Every figure is the median of 5 timed runs (1 with --quick) on one thread,
// measured with ContinuousClock and, beside it, the thread's CPU time (steadier on a shared
// machine). The totals of every run (for single calls, a checksum of them) are added into
// a sink that is printed at the end, so the optimiser cannot drop the work. Besides the mix
// of all models' calls, one model of each rule shape gets its own row. Figures are recorded
// in Docs/PRICING.md ("Performance").

import Foundation
import ModelRegistry
import PriceStream
import TokenPricing

// MARK: - Options

let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("--help") || arguments.contains("-h") {
    print("usage: PricingBenchmark [--quick] [--catalog Site/templates.json] [--only <measurement name part>]")
    print("       PricingBenchmark --emit-price-lines N [--catalog Site/templates.json]   # N realistic request lines on stdout")
    exit(0)
}
let quick = arguments.contains("--quick")
let runs = quick ? 1 : 5
/// `--only <text>`: run only the measurements whose name contains the text (for profiling).
let only: String? = {
    if let i = arguments.firstIndex(of: "--only"), arguments.index(after: i) < arguments.endIndex {
        return arguments[arguments.index(after: i)]
    }
    return nil
}()
let catalogPath: String = {
    if let i = arguments.firstIndex(of: "--catalog"), arguments.index(after: i) < arguments.endIndex {
        return arguments[arguments.index(after: i)]
    }
    return "Site/templates.json"
}()

// MARK: - Measuring

/// Keeps every computed total alive: the sum is printed at the end.
final class Sink {
    var total = ExactDecimal.zero
    var count = 0
    func add(_ value: ExactDecimal) {
        total = total + value
        count += 1
    }
}
let sink = Sink()

struct Row {
    let what: String
    let iterations: Int
    /// Wall-clock seconds, and the thread's CPU seconds, of the median run.
    let seconds: Double
    let cpuSeconds: Double
    var perSecond: Double { Double(iterations) / seconds }
    var nanosecondsEach: Double { seconds * 1e9 / Double(iterations) }
    var cpuPerSecond: Double { Double(iterations) / cpuSeconds }
    var cpuNanosecondsEach: Double { cpuSeconds * 1e9 / Double(iterations) }
}

/// The CPU time this thread has used. On a machine shared with other jobs the wall clock
/// also counts the time the thread waited for a core; the CPU time does not, so it is the
/// steadier measure of what one core does (the report gives both).
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}
var rows: [Row] = []

func seconds(_ d: Duration) -> Double {
    Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18
}

/// Times `body` `runs` times and records the median. `body` returns the sum of what it
/// priced, which goes into the sink.
@MainActor
func measure(_ what: String, iterations: Int, _ body: () throws -> ExactDecimal) rethrows {
    if let only, !what.contains(only) { return }
    let clock = ContinuousClock()
    var times: [(wall: Double, cpu: Double)] = []
    for _ in 0..<runs {
        var result = ExactDecimal.zero
        let cpuStart = threadCPUSeconds()
        let elapsed = try clock.measure { result = try body() }
        let cpu = threadCPUSeconds() - cpuStart
        sink.add(result)
        times.append((seconds(elapsed), cpu))
    }
    let wall = times.map(\.wall).sorted()[times.count / 2]
    let cpu = times.map(\.cpu).sorted()[times.count / 2]
    rows.append(Row(what: what, iterations: iterations, seconds: wall, cpuSeconds: cpu))
}

// MARK: - Calls to price

let registry = ModelRegistry.standard
let registryModels = registry.models.map(\.priced)
let usingRegistry = !registryModels.isEmpty
let models = usingRegistry ? registryModels : handModels
let allCalls = models.flatMap(calls(for:))
guard !allCalls.isEmpty else {
    print("no model could be priced with its own defaults: nothing to measure")
    exit(1)
}
// A fixed, interleaved order so that consecutive calls hit different models.
var mixed: [Call] = []
var byModel = Dictionary(grouping: allCalls, by: { $0.model.recordId }).values.map { $0 }
byModel.sort { $0[0].model.recordId < $1[0].model.recordId }
var index = 0
while mixed.count < allCalls.count {
    for group in byModel where index < group.count { mixed.append(group[index]) }
    index += 1
}

/// One model of each rule shape, the first in registry order, for per-model rows: how the
/// cost of a price moves with what the rule does.
@MainActor
func representativeModels() -> [(String, PricedModel)] {
    let priced = Set(mixed.map(\.model.recordId))
    let candidates = models.filter { priced.contains($0.recordId) }
    let shapes: [(String, (PricedModel) -> Bool)] = [
        ("flat", { $0.rule.factors.isEmpty && $0.rule.rounding == nil }),
        ("one multiplier", { $0.rule.factors.count == 1 && $0.rule.pricedParameters.count == 1 && $0.rule.rounding == nil && $0.rule.factors.allSatisfy { if case .multiplier = $0 { true } else { false } } }),
        ("two multipliers", { $0.rule.factors.count >= 2 && $0.rule.factors.allSatisfy { if case .multiplier = $0 { true } else { false } } }),
        ("per unit", { $0.rule.factors.contains { if case .perUnit = $0 { true } else { false } } }),
        ("rounded", { $0.rule.rounding != nil }),
    ]
    return shapes.compactMap { shape in candidates.first(where: shape.1).map { (shape.0, $0) } }
}

// MARK: - Workflows to price

struct WorkflowCase {
    let name: String
    let prepared: PreparedTemplate
    let workflow: WorkflowTemplate
    let pricer: TemplatePricer
    let inputs: [String: ParameterValue]
}

/// The catalogue's 4-step workflows with fixed inputs that change the price, or a synthetic
/// 4-step workflow over the hand-made models when the registry cannot price the catalogue.
@MainActor
func workflowCases() -> [WorkflowCase] {
    var cases: [WorkflowCase] = []
    let registryPricer = TemplatePricer(models: registry)
    if usingRegistry, let catalog = try? TemplateCatalog.load(from: URL(fileURLWithPath: catalogPath)) {
        let inputsById: [String: [String: ParameterValue]] = [
            "cinematic-ad": [
                "concept": "A watch on a glacier", "voiceover_script": "Time, frozen.", "variants": 2, "quality": "BALANCED", "voice": "Sarah",
            ],
            "product-launch-video": [
                "product_photo": "https://cdn.example.com/lamp.png", "product_name": "Aurora Lamp", "scene": "a Nordic living room",
                "script": "Meet Aurora.", "duration": "10", "voice": "Aria",
            ],
        ]
        for w in catalog.workflowTemplates where w.steps.count == 4 {
            guard let prepared = try? registryPricer.prepare(w) else {
                print("note: \(w.id) does not price against the registry yet; skipped")
                continue
            }
            var inputs = inputsById[w.id] ?? [:]
            if inputs.isEmpty {
                // Fill every required field, and pick the last option of each select.
                for f in w.userInputFields {
                    if f.type == .select, let last = f.options?.last { inputs[f.name] = last }
                    else if f.required { inputs[f.name] = f.type == .file ? "https://cdn.example.com/in.png" : "text" }
                }
            }
            guard (try? prepared.total(userInputs: inputs)) != nil else {
                print("note: \(w.id) rejects the benchmark's inputs; skipped")
                continue
            }
            cases.append(WorkflowCase(name: w.id, prepared: prepared, workflow: w, pricer: registryPricer, inputs: inputs))
        }
    }
    if cases.isEmpty {
        struct Hand: ModelCatalog {
            let byId: [String: PricedModel]
            func pricedModel(recordId: String) -> PricedModel? { byId[recordId] }
        }
        let pricer = TemplatePricer(models: Hand(byId: Dictionary(uniqueKeysWithValues: handModels.map { ($0.recordId, $0) })))
        let w = WorkflowTemplate(
            id: "synthetic-4-step", name: "Synthetic 4-step",
            userInputFields: [
                UserInputField(name: "idea", type: .text, required: true),
                UserInputField(name: "variants", type: .select, options: [1, 2, 4]),
                UserInputField(name: "length", type: .select, options: ["3", "5", "10"]),
                UserInputField(name: "resolution", type: .select, options: ["480p", "720p", "1080p"]),
                UserInputField(name: "count", type: .select, options: [1, 2, 3, 4]),
            ],
            steps: [
                WorkflowStep(stepNumber: 1, modelRecordId: "gpt", promptTemplate: "{{user.idea}}", inputMappings: ["nVariants": "user.variants"], outputKey: "image"),
                WorkflowStep(stepNumber: 2, modelRecordId: "lite", promptTemplate: "{{user.idea}}", inputMappings: ["duration": "user.length", "resolution": "user.resolution"], outputKey: "video"),
                WorkflowStep(stepNumber: 3, modelRecordId: "nano", promptTemplate: "{{user.idea}}", inputMappings: ["number_of_images": "user.count"], outputKey: "stills"),
                WorkflowStep(stepNumber: 4, modelRecordId: "tts", inputMappings: ["text": "user.idea"], outputKey: "voice"),
            ])
        if let prepared = try? pricer.prepare(w) {
            let inputs: [String: ParameterValue] = ["idea": "A fox in the snow", "variants": 2, "length": "10", "resolution": "720p", "count": 3]
            cases.append(WorkflowCase(name: w.id, prepared: prepared, workflow: w, pricer: pricer, inputs: inputs))
        }
    }
    return cases
}

// MARK: - Runs

/// `PricedModel.total` over `calls`, round-robin (see `roundRobin`).
@inline(never)
func priceCalls(_ calls: [Call], iterations: Int) throws -> ExactDecimal {
    try roundRobin(calls, iterations: iterations) { call in try call.model.total(call.parameters) }
}

/// `priceCalls` through `PreparedCall`: the same calls, each given as its values.
@inline(never)
func pricePreparedRows(_ rows: [PreparedRow], iterations: Int) throws -> ExactDecimal {
    try roundRobin(rows, iterations: iterations) { row in try row.prepared.total(row.values) }
}

@inline(never)
func quoteCalls(_ calls: [Call], iterations: Int) throws -> ExactDecimal {
    var sum = ExactDecimal.zero
    var i = 0
    for _ in 0..<iterations {
        let call = calls[i]
        sum = sum + (try call.model.quote(call.parameters)).total
        i += 1
        if i == calls.count { i = 0 }
    }
    return sum
}

@inline(never)
func priceWorkflows(_ prepared: PreparedTemplate, inputs: [String: ParameterValue], iterations: Int) throws -> ExactDecimal {
    var sum = ExactDecimal.zero
    for _ in 0..<iterations {
        sum = sum + (try prepared.total(userInputs: inputs))
    }
    return sum
}

/// The same run priced without a plan: one `PricedModel.total` per step on the step's
/// effective parameters (prepared beforehand), added up.
@inline(never)
func priceStepsDirectly(_ steps: [Call], iterations: Int) throws -> ExactDecimal {
    var sum = ExactDecimal.zero
    for _ in 0..<iterations {
        var run = ExactDecimal.zero
        for call in steps { run = run + (try call.model.total(call.parameters)) }
        sum = sum + run
    }
    return sum
}

@inline(never)
func costWorkflows(_ c: WorkflowCase, iterations: Int) throws -> ExactDecimal {
    var sum = ExactDecimal.zero
    for _ in 0..<iterations {
        sum = sum + (try c.pricer.cost(of: c.workflow, userInputs: c.inputs)).total!
    }
    return sum
}

let catalogueIds: [String] = {
    guard let catalog = try? TemplateCatalog.load(from: URL(fileURLWithPath: catalogPath)) else { return [] }
    return catalog.contentTemplates.map(\.id) + catalog.workflowTemplates.map(\.id)
}()

if let i = arguments.firstIndex(of: "--emit-price-lines"), arguments.index(after: i) < arguments.endIndex,
   let n = Int(arguments[arguments.index(after: i)]) {
    let out = FileHandle.standardOutput
    var chunk = ""
    for line in priceLines(n, calls: mixed, templateIds: catalogueIds) {
        chunk += line
        chunk += "\n"
        if chunk.utf8.count > 1 << 20 { out.write(Data(chunk.utf8)); chunk = "" }
    }
    out.write(Data(chunk.utf8))
    exit(0)
}

let callIterations = quick ? 200_000 : 5_000_000
let quoteIterations = quick ? 50_000 : 1_000_000
let workflowIterations = quick ? 100_000 : 1_000_000
let costIterations = quick ? 500 : 10_000

do {
    try measure("PricedModel.total, mixed calls", iterations: callIterations) {
        try priceCalls(mixed, iterations: callIterations)
    }
    let rows = try mixed.map(PreparedRow.init)
    try measure("PreparedCall.total, mixed calls", iterations: callIterations) {
        try pricePreparedRows(rows, iterations: callIterations)
    }
    for (shape, model) in representativeModels() {
        let own = mixed.filter { $0.model.recordId == model.recordId }
        try measure("PricedModel.total, \(model.name) (\(shape))", iterations: callIterations) {
            try priceCalls(own, iterations: callIterations)
        }
    }
    try measure("PricedModel.quote (with line items)", iterations: quoteIterations) {
        try quoteCalls(mixed, iterations: quoteIterations)
    }
    let cases = workflowCases()
    for c in cases {
        try measure("\(c.name) (\(c.workflow.steps.count) steps): total at defaults", iterations: workflowIterations) {
            try priceWorkflows(c.prepared, inputs: [:], iterations: workflowIterations)
        }
        try measure("\(c.name) (\(c.workflow.steps.count) steps): total with inputs", iterations: workflowIterations) {
            try priceWorkflows(c.prepared, inputs: c.inputs, iterations: workflowIterations)
        }
        let cost = try c.pricer.cost(of: c.workflow, userInputs: c.inputs)
        var models: [PricedModel] = []
        for step in c.workflow.steps {
            if let m = c.pricer.models.pricedModel(recordId: step.modelRecordId) { models.append(m) }
        }
        let direct = zip(models, cost.steps).map { Call($0, $1.effectiveParameters) }
        try measure("\(c.name) (\(c.workflow.steps.count) steps): one total per step, no plan", iterations: workflowIterations) {
            try priceStepsDirectly(direct, iterations: workflowIterations)
        }
        try measure("\(c.name) (\(c.workflow.steps.count) steps): prepare + cost(of:) with breakdown", iterations: costIterations) {
            try costWorkflows(c, iterations: costIterations)
        }
    }
    let streamCount = quick ? 20_000 : 500_000
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? URL(fileURLWithPath: "/dev/shm") : FileManager.default.temporaryDirectory
    let streamFile = folder.appendingPathComponent("price-lines-\(getpid()).ndjson")
    try Data((priceLines(streamCount, calls: mixed, templateIds: catalogueIds).joined(separator: "\n") + "\n").utf8).write(to: streamFile)
    defer { try? FileManager.default.removeItem(at: streamFile) }
    let catalog = (try? TemplateCatalog.load(from: URL(fileURLWithPath: catalogPath))) ?? .empty
    let service = PriceService(models: registry, templates: catalog)
    try measure("PriceStream: NDJSON lines, file → /dev/null (90% model calls)", iterations: streamCount) {
        streamLines(service, file: streamFile)
    }
} catch {
    print("pricing failed: \(error)")
    exit(1)
}

// MARK: - Report

print("PricingBenchmark: \(quick ? "quick smoke run, 1 run each" : "median of \(runs) runs"), one thread")
print("models: \(models.count) (\(usingRegistry ? "ModelRegistry.standard" : "hand-made: the registry is empty")), prepared calls: \(mixed.count)")
print("")
let width = max(44, rows.map(\.what.count).max() ?? 0)
print(
    pad("what", width) + pad("iterations", 13, right: true) + pad("median", 11, right: true) + pad("each", 11, right: true)
        + pad("rate", 13, right: true) + pad("cpu each", 11, right: true) + pad("cpu rate", 13, right: true))
for row in rows {
    print(
        pad(row.what, width) + pad(grouped(row.iterations), 13, right: true)
            + pad(String(format: "%.3f s", row.seconds), 11, right: true)
            + pad(String(format: "%.0f ns", row.nanosecondsEach), 11, right: true)
            + pad(rate(row.perSecond), 13, right: true)
            + pad(String(format: "%.0f ns", row.cpuNanosecondsEach), 11, right: true)
            + pad(rate(row.cpuPerSecond), 13, right: true))
}
print("(median of wall-clock times, and median of the thread's CPU times: on a shared machine the CPU time leaves out waiting for a core)")
print("")
print("sink: \(sink.count) runs, sum of totals and checksums \(sink.total)")
