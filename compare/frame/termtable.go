package frame

// Term table: the background's terms numbered densely, for counts kept in
// slices beside it.
//
// Algorithm: the keys are kept back to back in one byte slice, each
// ending where offs says, and found by open addressing with linear
// probing over a slice of slots. A slot holds the top 32 bits of its
// key's 64-bit hash (maphash) and the key's index plus one (0: empty); a
// key is found where its hash's top bits point, or in the slots after it.
// A probe compares the stored bits before the key's bytes, so a key is
// compared with another key only when 32 bits of their hashes agree, and
// a full comparison settles every collision. The table doubles when it is
// three quarters full; the slots move by their stored bits, so no key is
// hashed again.
//
//	slots: [ tag|3 ][ 0 ][ tag|1 ][ tag|2 ]...   index + 1 under each tag
//	offs:  0   6   13   17                       key i is keys[offs[i]:offs[i+1]]
//	keys:  "russia" "ukrain" "talk" ...
//
// Why: a Go map of strings holds a pointer in every entry and a string
// allocated for every key, and the collector marks all of them at every
// collection. The background of 100,000 articles holds millions of
// n-grams, kept through the whole of framing; in this table the same
// n-grams are a few large slices without pointers, which the collector
// does not scan, and the counts beside them are slices of numbers.
//
// Complexity: O(len(key)) to hash, then about 2.5 probes to find a key at
// the fullest and 8.5 to find none, each a comparison of 32 bits first;
// O(1) amortised to add.
//
// Limits: up to 4 GiB of distinct keys in all (offs are 32 bits), some
// 250 million n-grams, far more than memory would otherwise hold; more
// panics.

import (
	"hash/maphash"
	"math"
)

// termTable numbers distinct keys from 0 in the order they are added. The
// zero value is empty and ready to use; its hash seed is drawn at the
// first use (hashOf, index or add), so a table shared with goroutines that
// hash keys for it must be used once before it is shared.
type termTable struct {
	seed  maphash.Seed
	keys  []byte   // every key, back to back
	offs  []uint32 // key i is keys[offs[i]:offs[i+1]]
	slots []uint64 // top 32 bits of the hash, then index + 1; 0 is empty
	shift uint     // 64 - log2(len(slots)): a hash's home slot is h >> shift
}

// minSlots is the size of a table's first slot array.
const minSlots = 64

// len returns the number of keys.
func (t *termTable) len() int { return max(len(t.offs)-1, 0) }

// key returns key i, which the table keeps: the caller must not change it.
func (t *termTable) key(i int) []byte { return t.keys[t.offs[i]:t.offs[i+1]] }

// hashOf returns the hash index and add want for key.
func (t *termTable) hashOf(key string) uint64 {
	if t.offs == nil {
		t.init(0)
	}
	return maphash.String(t.seed, key)
}

// init makes the table empty with room for n keys.
func (t *termTable) init(n int) {
	if t.seed == (maphash.Seed{}) {
		t.seed = maphash.MakeSeed()
	}
	t.offs = append(make([]uint32, 0, n+1), 0)
	t.keys = nil
	size := minSlots
	for size*3 < n*4 {
		size *= 2
	}
	t.slots = make([]uint64, size)
	t.shift = 64 - log2(size)
}

// log2 returns the base-2 logarithm of a power of two.
func log2(n int) uint {
	k := uint(0)
	for 1<<k < n {
		k++
	}
	return k
}

// index returns the index of key, with hash h (hashOf), and whether the
// table has it.
func (t *termTable) index(key string, h uint64) (int, bool) {
	if len(t.slots) == 0 {
		return 0, false
	}
	mask := len(t.slots) - 1
	tag := h >> 32
	for p := int(h >> t.shift); ; p = (p + 1) & mask {
		s := t.slots[p]
		if s == 0 {
			return 0, false
		}
		if s>>32 == tag {
			i := int(uint32(s)) - 1
			if string(t.keys[t.offs[i]:t.offs[i+1]]) == key {
				return i, true
			}
		}
	}
}

// find returns the index of key and whether the table has it.
func (t *termTable) find(key string) (int, bool) {
	if t.len() == 0 {
		return 0, false
	}
	return t.index(key, t.hashOf(key))
}

// add returns the index of key, with hash h (hashOf), adding the key when
// the table does not have it, and whether it added it.
func (t *termTable) add(key string, h uint64) (int, bool) {
	if t.offs == nil {
		t.init(0)
	}
	mask := len(t.slots) - 1
	tag := h >> 32
	p := int(h >> t.shift)
	for ; ; p = (p + 1) & mask {
		s := t.slots[p]
		if s == 0 {
			break
		}
		if s>>32 == tag {
			i := int(uint32(s)) - 1
			if string(t.keys[t.offs[i]:t.offs[i+1]]) == key {
				return i, false
			}
		}
	}
	i := t.len()
	end := len(t.keys) + len(key)
	if end > math.MaxUint32 || i+1 >= math.MaxUint32 {
		panic("frame: more than 4 GiB of background terms")
	}
	t.keys = append(t.keys, key...)
	t.offs = append(t.offs, uint32(end))
	t.slots[p] = tag<<32 | uint64(i+1)
	if (i+1)*4 > len(t.slots)*3 {
		t.grow()
	}
	return i, true
}

// grow doubles the slots, moving each by the hash bits it keeps.
func (t *termTable) grow() {
	old := t.slots
	t.slots = make([]uint64, 2*len(old))
	t.shift--
	mask := len(t.slots) - 1
	for _, s := range old {
		if s == 0 {
			continue
		}
		p := int((s >> 32 << 32) >> t.shift)
		for t.slots[p] != 0 {
			p = (p + 1) & mask
		}
		t.slots[p] = s
	}
}
