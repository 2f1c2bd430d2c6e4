extension WorkflowTemplate {
    /// The steps whose output the user receives, in step order.
    ///
    /// SPEC gives a workflow no explicit "output" field, so the shape decides: a step's output
    /// that no later step reads (through an input mapping `step<N>.<outputKey>` or a prompt
    /// placeholder `{{step<N>.<outputKey>}}`) leaves the workflow, and is a deliverable. A step
    /// without an `outputKey` cannot be read by another, so it is one too. The last step is
    /// always one; "Storyboard to Trailer" delivers its video clip and its soundtrack, not only
    /// the soundtrack its last step makes.
    public var deliverableSteps: [WorkflowStep] {
        let ordered = steps.sorted { $0.stepNumber < $1.stepNumber }
        var consumed = Set<String>()
        for step in ordered {
            let mapped = step.inputMappings.values.map { $0 }
            let placeholders = step.promptTemplate.map(PromptPlaceholders.names(in:)) ?? []
            for text in mapped + placeholders {
                guard case .stepOutput(let n, let key) = MappingSource(text), n < step.stepNumber else { continue }
                consumed.insert("\(n).\(key)")
            }
        }
        return ordered.filter { step in
            guard let key = step.outputKey, !key.isEmpty else { return true }
            return !consumed.contains("\(step.stepNumber).\(key)")
        }
    }
}
