import Dispatch
import Testing

@testable import SiteGenerator

@Suite("Values shared until their last user is done")
struct SharedUntilDoneTests {
    final class Payload: @unchecked Sendable { let n: Int; init(_ n: Int) { self.n = n } }

    @Test("every user sees the value; the last one lets it go", arguments: [1, 2, 13])
    func releasedAfterLastUse(users: Int) {
        weak var watched: Payload?
        let shared: SharedUntilDone<Payload> = {
            let payload = Payload(42)
            watched = payload
            return SharedUntilDone(payload, users: users)
        }()
        let seen = parallelMap(users) { i -> Int in
            #expect(watched != nil, "released before user \(i)")
            return shared.use { $0.n }
        }
        #expect(seen == Array(repeating: 42, count: users))
        #expect(watched == nil)
    }
}
