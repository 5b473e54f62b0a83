// Package unionfind keeps a partition of 0..n-1 into disjoint sets, for
// the stages that group items by pairwise evidence: duplicate inputs,
// events, and a reader's "same event" overrides.
package unionfind

// Sets is a disjoint-set forest with path halving. Which element is a
// set's root is decided by the caller through the order of Union's
// arguments, so results stay deterministic.
type Sets struct{ parent []int32 }

// New returns n singleton sets.
func New(n int) *Sets {
	s := &Sets{parent: make([]int32, n)}
	for i := range s.parent {
		s.parent[i] = int32(i)
	}
	return s
}

// Find returns the root of i's set.
func (s *Sets) Find(i int) int {
	p := s.parent
	for int(p[i]) != i {
		p[i] = p[p[i]]
		i = int(p[i])
	}
	return i
}

// Union joins b's set into a's: a's root becomes the root of both. It
// returns that root.
func (s *Sets) Union(a, b int) int {
	ra, rb := s.Find(a), s.Find(b)
	if ra != rb {
		s.parent[rb] = int32(ra)
	}
	return ra
}
