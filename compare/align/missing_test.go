package align

import (
	"context"
	"slices"
	"testing"
	"time"
)

// TestMissingWithinWindow: an event's Missing names the outlets that did
// not report it and published within the window of it, and never an
// outlet whose only article is years away.
func TestMissingWithinWindow(t *testing.T) {
	docs, _, _ := sampleDocs(t)
	// An outlet of the corpus that published one article, in 2019.
	old := *docs[0]
	old.Outlet = "Archive Gazette"
	old.ID = "archive-gazette-20190301-00000000"
	old.Published = time.Date(2019, 3, 1, 12, 0, 0, 0, time.UTC)
	all := append(slices.Clone(docs), &old)
	res, err := alignDocs(context.Background(), all, defaultOptions)
	if err != nil {
		t.Fatal(err)
	}
	named := 0
	for _, ev := range res.Events {
		if slices.Contains(ev.Missing, old.Outlet) {
			t.Errorf("%s (%s): %q listed as not reporting it, with its one article in 2019", ev.ID, ev.Start.Format("2006-01-02"), old.Outlet)
		}
		for _, o := range ev.Missing {
			named++
			within := false
			for _, d := range all {
				if d.Outlet == o && !d.Published.Before(ev.Start.Add(-defaultOptions.Window)) && !d.Published.After(ev.End.Add(defaultOptions.Window)) {
					within = true
				}
			}
			if !within || slices.Contains(ev.Outlets, o) {
				t.Errorf("%s: %q listed as not reporting it, but it published nothing within the window, or reported it", ev.ID, o)
			}
		}
	}
	if named == 0 {
		t.Errorf("no event names an outlet that did not report it: the sample has some")
	}
}
