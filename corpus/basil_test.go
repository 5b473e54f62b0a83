package corpus

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus/mojibake"
)

// TestBasilDev loads the two files of ../shared/data/basil-dev together
// (BASIL's title/date/url/source/text records and Article-Bias-Prediction's
// ID/topic/source/.../content_original records) and checks every article's
// outlet, date and title against the record it came from. A record that
// yields no article must be a duplicate of one that did.
func TestBasilDev(t *testing.T) {
	dir := sharedPath(t, "data/basil-dev")
	files := []string{filepath.Join(dir, "basil.jsonl"), filepath.Join(dir, "distractors.jsonl")}
	set, err := Load(context.Background(), files, nil, Options{})
	if err != nil {
		t.Fatal(err)
	}
	bySource := map[string]*Article{}
	for i := range set.Articles {
		bySource[set.Articles[i].Source.String()] = &set.Articles[i]
	}
	skipped := map[string]string{}
	for _, s := range set.Skipped {
		skipped[s.Source] = s.Reason
	}

	var records, outletOK, dateOK, titleOK, dupes int
	// An outlet a record names under another of the outlet's names is
	// renamed to the name its group uses most (see UnifyOutlets); that
	// name is one the records use with a web domain of the renamed one.
	renamed := map[string]string{}
	namesOfDomain := map[string]map[string]bool{}
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(fh)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		line := 0
		for sc.Scan() {
			line++
			var rec struct {
				Title, Date, Source string
			}
			if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
				t.Fatalf("%s:%d: %v", f, line, err)
			}
			records++
			src := fmt.Sprintf("%s#%d", f, line)
			a, ok := bySource[src]
			if !ok {
				if r := skipped[src]; strings.HasPrefix(r, "duplicate of ") {
					dupes++
					t.Logf("%s: %s", filepath.Base(src), r)
					continue
				}
				t.Errorf("%s: no article (skipped: %q)", src, skipped[src])
				continue
			}
			d := Domain(a.URL)
			if namesOfDomain[d] == nil {
				namesOfDomain[d] = map[string]bool{}
			}
			namesOfDomain[d][rec.Source] = true
			switch {
			case a.Outlet == rec.Source:
				outletOK++
			case renamed[rec.Source] == "" || renamed[rec.Source] == a.Outlet:
				renamed[rec.Source] = a.Outlet
				outletOK++
			default:
				t.Errorf("%s: outlet %q, but other articles of %q are %q", src, a.Outlet, rec.Source, renamed[rec.Source])
			}
			if a.HasDate() && a.Published.Format("2006-01-02") == rec.Date {
				dateOK++
			} else {
				t.Errorf("%s: date %v, want %s", src, a.Published, rec.Date)
			}
			switch {
			case a.Title == strings.Join(strings.Fields(mojibake.Repair(rec.Title)), " "):
				// A few distractor titles hold mojibake, repaired on
				// reading (TestMojibakeBasilDev).
				titleOK++
			case rec.Title == "" && len(a.Notes) > 0 && strings.HasPrefix(a.Notes[0], "no title found"):
				// The record has no title: the first words stand in, and
				// the article says so.
				titleOK++
			default:
				t.Errorf("%s: title %q, want %q", src, a.Title, rec.Title)
			}
		}
		fh.Close()
		if err := sc.Err(); err != nil {
			t.Fatal(err)
		}
	}
	for from, to := range renamed {
		shared := false
		for _, names := range namesOfDomain {
			shared = shared || names[from] && names[to]
		}
		if !shared {
			t.Errorf("outlet %q became %q, with which it shares no web domain", from, to)
		}
		t.Logf("outlet %q is %q", from, to)
	}
	kept := records - dupes
	t.Logf("basil-dev: %d records, %d articles, %d duplicates; outlet %d/%d, date %d/%d, title %d/%d right",
		records, len(set.Articles), dupes, outletOK, kept, dateOK, kept, titleOK, kept)
	if len(set.Articles) != kept {
		t.Errorf("%d articles, want %d", len(set.Articles), kept)
	}
}
