package unionfind

import "testing"

func TestSets(t *testing.T) {
	tests := []struct {
		name   string
		unions [][2]int
		want   []int // the root of each element
	}{
		{"singletons", nil, []int{0, 1, 2, 3, 4}},
		{"the first argument's root stays", [][2]int{{3, 1}}, []int{0, 3, 2, 3, 4}},
		{"chains", [][2]int{{0, 1}, {1, 2}, {2, 3}}, []int{0, 0, 0, 0, 4}},
		{"joining two sets", [][2]int{{4, 3}, {1, 0}, {3, 0}}, []int{4, 4, 2, 4, 4}},
		{"a repeated union changes nothing", [][2]int{{2, 1}, {1, 2}}, []int{0, 2, 2, 3, 4}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := New(5)
			for _, u := range tc.unions {
				s.Union(u[0], u[1])
			}
			for i, want := range tc.want {
				if got := s.Find(i); got != want {
					t.Errorf("Find(%d) = %d, want %d", i, got, want)
				}
			}
		})
	}
}
