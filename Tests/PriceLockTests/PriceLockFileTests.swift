import PriceLock
import Testing
import TokenPricing

/// The lockfile's text: deterministic, diff-friendly, read back strictly.
@Suite struct PriceLockFileTests {
    let lock = PriceLock(pricing: [LockModels.kling(), LockModels.flat("b", "Flat B", "0.5"), LockModels.flat("a", "Flat A", 3)])

    @Test func modelsAreSortedByRecordIdAndTheTextIsStable() throws {
        #expect(lock.models.map(\.recordId) == ["84084ca4-4153-46bc-8d01-cd4e37d1da68", "a", "b"])
        let reversed = PriceLock(pricing: [LockModels.flat("a", "Flat A", 3), LockModels.flat("b", "Flat B", "0.5"), LockModels.kling()])
        #expect(reversed.encoded == lock.encoded)
    }

    @Test func theTextReadsBackToTheSameLockAndBytes() throws {
        let back = try PriceLock(json: Array(lock.encoded.utf8))
        #expect(back == lock)
        #expect(back.encoded == lock.encoded)
    }

    @Test func eachMatrixPointIsOneLineAndPricesAreStrings() throws {
        let lines = lock.encoded.split(separator: "\n")
        #expect(lines.contains(#"          {"parameters": {"duration": "10", "mode": "master"}, "total": "48"}"#))
        #expect(lines.contains(#"      "atDefaults": "12","#))
        #expect(lines.filter { $0.contains(#"{"parameters": "#) }.count == 6 + 1 + 1)
        #expect(lock.encoded.hasSuffix("}\n"))
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") && !$0.contains("\t") })
    }

    @Test func theMatrixIsBoundedAndSaysSo() throws {
        let small = PriceLock(pricing: [LockModels.kling()], pointLimit: 4, rangeLimit: 4096)
        let entry = try #require(small.models.first)
        #expect(entry.points.count == 4)
        #expect(entry.pointCount == 6)
        #expect(entry.max == 48)  // the range still covers every point
        #expect(entry.isComplete)
    }

    @Test(arguments: [
        ("\"recordId\": \"a\"", "\"recordId\": \"a\", \"colour\": 1", "models[1].colour", "unknown field; expected one of"),
        ("\"atDefaults\": \"3\"", "\"atDefaults\": 3", "models[1].atDefaults", "expected a decimal string"),
        ("\"recordId\": \"b\"", "\"recordId\": \"0\"", "models[2].recordId", "is not sorted"),
        ("\"formatVersion\": 1", "\"formatVersion\": 9", "formatVersion", "unsupported format version 9"),
    ])
    func aDamagedFileIsNamedByKeyPath(find: String, replace: String, path: String, message: String) throws {
        let text = lock.encoded.replacingOccurrences(of: find, with: replace)
        #expect(text != lock.encoded)
        #expect {
            _ = try PriceLock(json: Array(text.utf8), file: "Site/prices.lock.json")
        } throws: { error in
            guard let e = error as? PortableFormatError else { return false }
            return e.keyPath == path && e.message.contains(message) && e.file == "Site/prices.lock.json"
        }
    }
}
