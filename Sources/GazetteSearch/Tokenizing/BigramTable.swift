/// Numbers each distinct bigram it is given 0, 1, 2… in order of first insertion. Open addressing
/// over packed code points: the index makes tens of millions of lookups, and `Set`/`Dictionary`
/// hash each key with SipHash, which made hashing a tenth of a build's time.
struct BigramTable {
    /// Packed pair plus one, so that zero marks an empty slot.
    private var keys: [UInt64]
    private var numbers: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init(expectedCount: Int = 16) {
        var capacity = 16
        while capacity < expectedCount * 2 { capacity *= 2 }
        keys = Array(repeating: 0, count: capacity)
        numbers = Array(repeating: 0, count: capacity)
        shift = UInt64(64 - capacity.trailingZeroBitCount)
    }

    /// The pair's number, and whether this call gave it one.
    mutating func insert(_ bigram: Bigram) -> (number: Int, inserted: Bool) {
        let key = (UInt64(bigram.first.value) << 21 | UInt64(bigram.second.value)) + 1
        var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = keys.count - 1
        while keys[slot] != 0 {
            if keys[slot] == key { return (Int(numbers[slot]), false) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        numbers[slot] = Int32(count)
        count += 1
        if count * 2 > keys.count { grow() }
        return (count - 1, true)
    }

    private mutating func grow() {
        let oldKeys = keys, oldNumbers = numbers
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        numbers = Array(repeating: 0, count: oldKeys.count * 2)
        shift -= 1
        let mask = keys.count - 1
        for (key, number) in zip(oldKeys, oldNumbers) where key != 0 {
            var slot = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            numbers[slot] = number
        }
    }
}
