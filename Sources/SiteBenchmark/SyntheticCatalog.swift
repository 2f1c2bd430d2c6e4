import ModelRegistry
import TokenPricing

/// Makes `count` templates over a synthetic registry: four in five are content templates,
/// one in five a workflow of 2–4 steps. Deterministic for a seed, and valid against the
/// models' schemas (no integrity errors): presets are enum values, required fields are
/// editable or given, mappings name declared user fields and earlier steps' outputs, and a
/// `select` field's options are exactly the enum values of the parameter it feeds.
struct SyntheticCatalog {
    static let categories = ["Marketing", "Social", "Product", "Portraits", "Storytelling", "Education", "Music", "Ads"]
    static let adjectives = ["Bold", "Calm", "Cinematic", "Dreamy", "Epic", "Fresh", "Golden", "Moody", "Neon", "Playful", "Retro", "Sleek"]
    static let nouns = ["Launch", "Portrait", "Teaser", "Story", "Loop", "Banner", "Poster", "Jingle", "Trailer", "Showcase", "Recap", "Spotlight"]

    let catalog: TemplateCatalog

    init(count: Int, registry: ModelRegistry, seed: UInt64 = 0x5EED_0002) {
        var rng = SplitMix64(seed: seed)
        let models = registry.models
        guard !models.isEmpty else { catalog = .empty; return }
        var byType: [ContentType: [ModelDefinition]] = [:]
        for m in models { byType[m.config.contentType, default: []].append(m) }

        let workflowCount = count / 5
        let contentCount = count - workflowCount
        var contents: [ContentTemplate] = []
        contents.reserveCapacity(contentCount)
        for i in 0..<contentCount {
            // The first N templates use every model once, so no model is unused when M ≥ N.
            let model = i < models.count ? models[i] : rng.pick(models)
            contents.append(Self.contentTemplate(index: i, model: model, rng: &rng))
        }
        var workflows: [WorkflowTemplate] = []
        workflows.reserveCapacity(workflowCount)
        for i in 0..<workflowCount {
            workflows.append(Self.workflow(index: i, models: models, byType: byType, rng: &rng))
        }
        catalog = TemplateCatalog(contentTemplates: contents, workflowTemplates: workflows)
    }

    static func title(_ rng: inout SplitMix64) -> String { "\(rng.pick(adjectives)) \(rng.pick(nouns))" }

    /// The field that carries the prompt: `prompt`, else `text`.
    static func promptField(of schema: InputSchema) -> String? {
        schema.properties.first { ["prompt", "text"].contains($0.name) }?.name
    }

    static func contentTemplate(index: Int, model: ModelDefinition, rng: inout SplitMix64) -> ContentTemplate {
        let schema = model.inputSchema
        var editable: [String] = []
        if let p = promptField(of: schema) { editable.append(p) }
        if let image = schema.imageInputField { editable.append(image) }
        var presets: [String: ParameterValue] = [:]
        var hidden: [String: ParameterValue] = [:]
        for property in schema.properties where !editable.contains(property.name) {
            if let allowed = property.allowedValues, !allowed.isEmpty {
                switch rng.int(0...3) {
                case 0: editable.append(property.name)
                case 1, 2: presets[property.name] = rng.pick(allowed)
                default: break
                }
            } else if property.name == "num_images" {
                if rng.chance(0.5) { editable.append(property.name) } else { presets[property.name] = .number(ExactDecimal(rng.int(1...4))) }
            } else if property.name == "seed", rng.chance(0.3) {
                hidden["seed"] = .number(ExactDecimal(rng.int(0...1_000_000)))
            } else if property.showToUser == false, let d = property.defaultValue {
                hidden[property.name] = d
            }
        }
        for name in schema.required where !editable.contains(name) && presets[name] == nil && hidden[name] == nil {
            editable.append(name)
        }
        let name = title(&rng)
        return ContentTemplate(
            id: "tpl-\(index)-\(slug(name))",
            category: rng.pick(categories),
            name: "\(name) \(index)",
            description: "\(name) with \(model.config.modelName): \(rng.pick(["one click", "brand colours", "studio light", "a short hook", "three variations"])).",
            modelRecordId: model.recordId,
            presetParameters: presets,
            userEditableFields: editable,
            hiddenFieldDefaults: hidden,
            estimatedTimeSeconds: model.config.estimatedTimeSeconds,
            displayOrder: index,
            isActive: rng.chance(0.9),
            thumbnailUrl: "https://cdn.example.com/templates/\(index).webp")
    }

    static func workflow(
        index: Int, models: [ModelDefinition], byType: [ContentType: [ModelDefinition]], rng: inout SplitMix64
    ) -> WorkflowTemplate {
        func model(_ types: [ContentType]) -> ModelDefinition {
            // Pick among the models of `types` without concatenating the pools.
            let total = types.reduce(0) { $0 + (byType[$1]?.count ?? 0) }
            guard total > 0 else { return rng.pick(models) }
            var i = rng.int(0...(total - 1))
            for type in types {
                let pool = byType[type] ?? []
                if i < pool.count { return pool[i] }
                i -= pool.count
            }
            return rng.pick(models)
        }
        // A plan: make an image, then 1–3 of: edit it, animate it, add a soundtrack.
        var plan: [ModelDefinition] = [model([.promptToImage])]
        for _ in 0..<rng.int(1...3) {
            plan.append(model(rng.pick([[.imageEditing], [.imageToVideo], [.promptToAudio], [.imageToVideo, .imageEditing]])))
        }
        var fields: [UserInputField] = [
            UserInputField(name: "idea", type: .textarea, label: "What should it show?", required: true),
            UserInputField(name: "style", type: .select, label: "Style", options: ["photo", "illustration", "3d render", "anime"]),
        ]
        var steps: [WorkflowStep] = []
        var previousOutput: (step: Int, key: String)?
        for (i, m) in plan.enumerated() {
            let number = i + 1
            let schema = m.inputSchema
            var mappings: [String: String] = [:]
            var parameters: [String: ParameterValue] = [:]
            // Priced choices go to the user as selects whose options are the enum's values.
            for name in ["duration", "resolution", "aspect_ratio", "voice"] {
                guard let allowed = schema[name]?.allowedValues, rng.chance(0.6) else { continue }
                let field = "\(name)_\(number)"
                fields.append(UserInputField(name: field, type: .select, label: "\(name.replacingOccurrences(of: "_", with: " ").capitalized) (step \(number))", options: allowed, defaultValue: allowed[0]))
                mappings[name] = "user.\(field)"
            }
            if schema["num_images"] != nil {
                if rng.chance(0.5) {
                    let field = "count_\(number)"
                    fields.append(UserInputField(name: field, type: .select, label: "Images (step \(number))", options: [1, 2, 3, 4], defaultValue: 1))
                    mappings["num_images"] = "user.\(field)"
                } else {
                    parameters["num_images"] = .number(ExactDecimal(rng.int(1...2)))
                }
            }
            if let image = schema.imageInputField {
                if let previous = previousOutput {
                    mappings[image] = "step\(previous.step).\(previous.key)"
                } else {
                    if !fields.contains(where: { $0.name == "reference" }) {
                        fields.append(UserInputField(name: "reference", type: .file, label: "Reference image", required: true, maxFiles: 1))
                    }
                    mappings[image] = "user.reference"
                }
            }
            if let seed = schema["seed"], seed.showToUser == false { parameters["seed"] = 42 }
            for name in schema.required where parameters[name] == nil && mappings[name] == nil && !["prompt", "text"].contains(name) {
                // A required field the plan does not feed: take it from the user.
                let field = "input_\(number)_\(name)"
                fields.append(UserInputField(name: field, type: .text, label: name, required: true))
                mappings[name] = "user.\(field)"
            }
            let outputKey = m.config.contentType.outputKind
            let prompt: String
            if let previous = previousOutput, number > 2 {
                prompt = "Continue {{step\(previous.step).\(previous.key)}} for: {{user.idea}}"
            } else {
                prompt = "{{user.idea}}, in a {{user.style}} style"
            }
            steps.append(WorkflowStep(
                stepNumber: number, stepName: "\(rng.pick(["Draft", "Refine", "Animate", "Score", "Polish"])) \(number)",
                modelRecordId: m.recordId, promptTemplate: prompt, parameters: parameters,
                inputMappings: mappings, outputKey: outputKey))
            if outputKey == "image" || previousOutput == nil { previousOutput = (number, outputKey) }
        }
        let name = title(&rng)
        return WorkflowTemplate(
            id: "wf-\(index)-\(slug(name))",
            name: "\(name) workflow \(index)",
            description: "A \(steps.count)-step chain: \(plan.map(\.config.contentType.displayName).joined(separator: " → ")).",
            category: rng.pick(categories),
            isActive: rng.chance(0.9),
            displayOrder: index,
            estimatedTimeSeconds: plan.reduce(0) { $0 + $1.config.estimatedTimeSeconds },
            thumbnailUrl: "https://cdn.example.com/workflows/\(index).webp",
            userInputFields: fields,
            steps: steps)
    }
}
