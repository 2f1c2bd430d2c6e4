extension Models {
    /// Every model of the registry. Adding a model: add its file, then one line here
    /// (`admin-site new-model` does both). A test fails when a model file is not listed.
    public static let all: [ModelDefinition] = [
    ]
}
