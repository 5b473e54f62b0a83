package target

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// abpPath is the Article-Bias-Prediction corpus (Baly et al. 2020,
// Apache-2.0). It lives outside the module, in ../shared from the module
// root, and is absent from a user's clone.
const abpPath = "../../../../shared/data/abp/articles.jsonl.gz"

var victimsOut = flag.String("victims.out", "", "write TestHarmedStances' article-entity pairs, with their stance and sentences, to this TSV file")

// Roles a mention plays in its sentence, read from the words around it by
// patterns a reader can check (not by the model's own cues): the patient
// of a killing or shooting ("the killing of X", "X was shot", "X's
// death"), its agent ("X shot", "X, who killed", "X was charged with
// murder"), and the target of criticism ("X was slammed", "critics
// accused X").
var (
	patientBefore = regexp.MustCompile(`(?i)\b(?:killing|killings|death|deaths|murder|shooting|slaying|strangling|stabbing|beating) of (?:the )?$|\b(?:killed|shot|murdered|strangled|stabbed|choked)\s+$`)
	patientAfter  = regexp.MustCompile(`(?i)^(?:['’]s (?:\w+ )?(?:death|killing|murder|shooting|slaying)\b|,? (?:who )?(?:was|were|had been|has been) (?:\w+ )?(?:shot|killed|murdered|slain|strangled|stabbed|choked)\b)`)
	agentAfter    = regexp.MustCompile(`(?i)^(?:,? (?:who )?(?:(?:allegedly|fatally|reportedly|then|also|later) )?(?:shot|killed|murdered|stabbed|strangled|choked|knelt)\b|,? (?:was|were|has been|have been|is) (?:charged|arrested|convicted|indicted) (?:with|for|in)\b)`)
	critBefore    = regexp.MustCompile(`(?i)\b(?:criticized|criticised|slammed|blasted|condemned|denounced|accused|attacked|mocked|ridiculed|rebuked|chastised|lambasted)\s+$`)
	critAfter     = regexp.MustCompile(`(?i)^ (?:was|were|has been|have been|is being|was being) (?:\w+ )?(?:criticized|criticised|slammed|blasted|condemned|denounced|accused|attacked|mocked|ridiculed|rebuked|chastised|lambasted)\b`)
)

// TestHarmedStances counts, over the articles of May 2020 in
// Article-Bias-Prediction (617, the month of George Floyd's killing),
// the article-entity stances that are negative among the entities that
// are the patients of a killing or shooting in their article, beside
// those that are its agents and those that are criticised, so that a
// change to how harm done to a target is read shows what it moved:
//
//	go test ./corpus/nlp/target -run TestHarmedStances -v [-args -victims.out FILE]
//
// An entity counts in a role when one of its mentions plays it; the
// patterns are rough ("the man who killed X has been charged" makes X an
// agent too), so the patients that are not also agents are counted apart.
// It logs
// "abp may 2020, patient: N article-entity pairs, K negative, P
// positive" and the same for the others, and checks them against loose
// bounds.
func TestHarmedStances(t *testing.T) {
	if testing.Short() {
		t.Skip("annotates 617 articles")
	}
	f, err := os.Open(abpPath)
	if os.IsNotExist(err) {
		t.Skip("abp absent: " + abpPath + " lives in ../shared beside the module, not in a clone")
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var month bytes.Buffer
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		var rec struct {
			Date string `json:"date"`
		}
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if strings.HasPrefix(rec.Date, "2020-05") {
			month.Write(sc.Bytes())
			month.WriteByte('\n')
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "abp-2020-05.jsonl")
	if err := os.WriteFile(path, month.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	set, err := corpus.Load(ctx, []string{path}, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := (&nlp.Annotator{}).Annotate(ctx, set.Articles)
	if err != nil {
		t.Fatal(err)
	}
	m := Default()
	type pair struct {
		article, entity string
		stance          Class
		score           float64
		roles           map[string]bool
		sentences       []string
	}
	var pairs []pair
	for _, d := range docs {
		tones, refs := m.Mentions(d), m.References(d)
		roles := map[string]map[string]bool{}
		sents := map[string][]string{}
		for _, e := range d.Entities {
			si := d.SentenceAt(e.Start)
			if si < 0 || Setting(d, e) {
				continue
			}
			s := d.Sentences[si]
			if e.End > s.End {
				continue // a mention across a sentence break
			}
			before, after := d.Text[s.Start:e.Start], d.Text[e.End:s.End]
			var got []string
			if patientBefore.MatchString(before) || patientAfter.MatchString(after) {
				got = append(got, "patient")
			}
			if agentAfter.MatchString(after) {
				got = append(got, "agent")
			}
			if critBefore.MatchString(before) || critAfter.MatchString(after) {
				got = append(got, "criticised")
			}
			if len(got) == 0 {
				continue
			}
			if roles[e.Name] == nil {
				roles[e.Name] = map[string]bool{}
			}
			for _, r := range got {
				roles[e.Name][r] = true
			}
			sents[e.Name] = append(sents[e.Name], strings.Join(strings.Fields(d.Text[s.Start:s.End]), " "))
		}
		for _, st := range m.Stances(d, tones, refs) {
			if roles[st.Entity] != nil {
				pairs = append(pairs, pair{article: d.Article.ID, entity: st.Entity, stance: st.Label, score: st.Score, roles: roles[st.Entity], sentences: sents[st.Entity]})
			}
		}
	}
	if len(docs) < 600 {
		t.Fatalf("%d articles of May 2020 annotated, want about 617", len(docs))
	}
	for _, role := range []string{"patient", "patient, not agent", "agent", "criticised"} {
		n, neg, pos := 0, 0, 0
		for _, p := range pairs {
			if p.roles[role] || role == "patient, not agent" && p.roles["patient"] && !p.roles["agent"] {
				n++
				switch p.stance {
				case Neg:
					neg++
				case Pos:
					pos++
				}
			}
		}
		t.Logf("abp may 2020, %s: %d article-entity pairs, %d negative, %d positive", role, n, neg, pos)
		// Bounds a little beyond the figures measured when the harmed
		// group was added (20 of 73 patients not agents negative, 13 of
		// 20 agents, 21 of 40 criticised; 61, 16 and 20 before it): harm
		// suffered reads as no hostility, and the agents and the
		// criticised keep theirs.
		share := float64(neg) / float64(max(n, 1))
		switch {
		case role == "patient, not agent" && share > 0.4:
			t.Errorf("%s: %d of %d negative, want at most 40%%", role, neg, n)
		case role == "agent" && share < 0.5, role == "criticised" && share < 0.4:
			t.Errorf("%s: %d of %d negative, want more", role, neg, n)
		}
	}
	if *victimsOut != "" {
		sort.Slice(pairs, func(i, j int) bool {
			if pairs[i].entity != pairs[j].entity {
				return pairs[i].entity < pairs[j].entity
			}
			return pairs[i].article < pairs[j].article
		})
		var b strings.Builder
		for _, p := range pairs {
			var rs []string
			for r := range p.roles {
				rs = append(rs, r)
			}
			sort.Strings(rs)
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s\t%.3f\t%s\n", p.article, p.entity, strings.Join(rs, ","), p.stance, p.score, strings.Join(p.sentences, " | "))
		}
		if err := os.WriteFile(*victimsOut, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
