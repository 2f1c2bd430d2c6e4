import Testing
import TokenPricing

/// `WorkflowTemplate.deliverableSteps`: what a workflow gives the user.
@Suite("Workflow deliverables")
struct DeliverablesTests {
    static func workflow(_ steps: [WorkflowStep]) -> WorkflowTemplate { WorkflowTemplate(id: "w", name: "W", steps: steps) }

    @Test("an output read by a later step's mapping is intermediate; the rest are delivered")
    func storyboard() {
        let w = Self.workflow([
            WorkflowStep(stepNumber: 3, modelRecordId: "suno", promptTemplate: "score", outputKey: "soundtrack"),
            WorkflowStep(stepNumber: 1, modelRecordId: "img", promptTemplate: "{{user.story}}", outputKey: "keyframe"),
            WorkflowStep(stepNumber: 2, modelRecordId: "vid", inputMappings: ["image_url": "step1.keyframe"], outputKey: "clip"),
        ])
        #expect(w.deliverableSteps.map(\.stepNumber) == [2, 3])
    }

    @Test("a prompt placeholder consumes an output too; a step without an output key is delivered")
    func placeholdersAndNoKey() {
        let w = Self.workflow([
            WorkflowStep(stepNumber: 1, modelRecordId: "a", outputKey: "caption"),
            WorkflowStep(stepNumber: 2, modelRecordId: "b", promptTemplate: "Draw {{ step1.caption }}"),
        ])
        #expect(w.deliverableSteps.map(\.stepNumber) == [2])
    }

    @Test("a reference to a later or the same step consumes nothing (the integrity check reports it)")
    func forwardReference() {
        let w = Self.workflow([
            WorkflowStep(stepNumber: 1, modelRecordId: "a", inputMappings: ["x": "step2.out"], outputKey: "first"),
            WorkflowStep(stepNumber: 2, modelRecordId: "b", inputMappings: ["y": "step2.out"], outputKey: "out"),
        ])
        #expect(w.deliverableSteps.map(\.stepNumber) == [1, 2])
    }
}
