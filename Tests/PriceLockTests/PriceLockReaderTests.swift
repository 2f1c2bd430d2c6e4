import PriceLock
import Testing
import TokenPricing

/// The caching reader the history uses reads exactly what a single read does.
@Suite struct PriceLockReaderTests {
    let lock = PriceLock(pricing: [LockModels.kling(), LockModels.flat("b", "Flat B", "0.5"), LockModels.flat("a", "Flat A", 3)])

    @Test func versionsReadAlikeAndUnchangedEntriesAreReused() throws {
        var reader = PriceLockReader()
        let first = try reader.read(Array(lock.encoded.utf8))
        #expect(first == lock)
        let changed = PriceLock(pricing: [LockModels.kling(base: 13), LockModels.flat("b", "Flat B", "0.5"), LockModels.flat("a", "Flat A", 3)])
        #expect(try reader.read(Array(changed.encoded.utf8)) == changed)
        #expect(try reader.read(Array(lock.encoded.utf8)) == lock)
        let one = PriceLock(pricing: [LockModels.flat("a", "Flat A", 3)], pointLimit: 8, rangeLimit: 9)
        #expect(try reader.read(Array(one.encoded.utf8)) == one)
        #expect(try reader.read(Array(PriceLock.empty.encoded.utf8)) == PriceLock.empty)
    }

    @Test func aHandFormattedFileIsReadInFull() throws {
        let compact = PortableJSON.write(try PortableJSON.parse(Array(lock.encoded.utf8)), style: .compact)
        var reader = PriceLockReader()
        #expect(try reader.read(Array(compact.utf8)) == lock)
    }

    @Test(arguments: [
        ("\"atDefaults\": \"3\"", "\"atDefaults\": 3"),
        ("\"recordId\": \"b\"", "\"recordId\": \"0\""),
        ("\"recordId\": \"b\"", "\"recordId\": \"a\""),
        ("\"points\": 64", "\"points\": \"64\""),
        ("\"formatVersion\": 1", "\"formatVersion\": 2"),
        ("\"name\": \"Flat A\",", "\"name\": \"Flat A\", \"x\": 1,"),
    ])
    func aDamagedFileFailsWithTheSameError(find: String, replace: String) throws {
        let text = Array(lock.encoded.replacingOccurrences(of: find, with: replace).utf8)
        var single: PortableFormatError?
        do { _ = try PriceLock(json: text, file: "f") } catch { single = error }
        var reader = PriceLockReader()
        _ = try reader.read(Array(lock.encoded.utf8))  // a warm cache must not hide the problem
        var cached: PortableFormatError?
        do { _ = try reader.read(text, file: "f") } catch { cached = error }
        #expect(single != nil)
        #expect(cached == single)
    }
}
