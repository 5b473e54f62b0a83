package basiltrain

import (
	"slices"
	"testing"
)

func TestParseYears(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []int
		err  bool
	}{
		{"2010,2011,2012", []int{2010, 2011, 2012}, false},
		{" 2013 , 2014", []int{2013, 2014}, false},
		{"2010,,2012", nil, true},
		{"twenty", nil, true},
	} {
		got, err := ParseYears(tt.in)
		if (err != nil) != tt.err || !slices.Equal(got, tt.want) {
			t.Errorf("ParseYears(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
	}
}

func TestParse(t *testing.T) {
	o, err := Parse("trainx", "out.json", []string{"-years", "2011", "-basil", "dir"})
	if err != nil || o.Dir != "dir" || !slices.Equal(o.Years, []int{2011}) || o.Out != "out.json" {
		t.Errorf("Parse = %+v, %v", o, err)
	}
	if _, err := Parse("trainx", "out.json", []string{"-years", "x"}); err == nil {
		t.Error("Parse(-years x): no error")
	}
}
