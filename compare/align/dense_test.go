package align

import (
	"bufio"
	"compress/gzip"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// abpFile is the Article-Bias-Prediction corpus (37,554 articles of
// 2012-2020, its SOURCE.md beside it), in ../shared beside the module.
const abpFile = "../../../shared/data/abp/articles.jsonl.gz"

// denseDays is how many days either side of each BASIL article's date
// TestDenseIDFSources takes the ABP articles from.
var denseDays = flag.Int("densedays", 15, "days either side of each BASIL article from which TestDenseIDFSources adds the ABP articles")

// denseThresholds, when set, replaces TestDenseIDFSources's thresholds
// (those of TestIDFSources) with its comma-separated list.
var denseThresholds = flag.String("densethresholds", "", "comma-separated thresholds for TestDenseIDFSources instead of 0.24 to 0.30")

// TestDenseIDFSources measures the local IDF and name rules of round 11
// on basil-dev made denser with real news of the same weeks (about three
// times basil-dev's density around its events, still far below a
// newsroom's store, which no real set here reaches): every basil-dev
// article (2010-2014) with the ABP articles published within denseDays of
// a BASIL article's date (ABP begins in 2012, so the events of 2012-2014
// are the dense ones), less those that are a basil-dev article (the same
// normalised URL or the same title). Everything is annotated as
// annotateBasil annotates basil-dev and aligned as TestIDFSources aligns
// it, at its thresholds; B-cubed is scored over the BASIL articles only,
// with the distractors counted in their clusters as TestBasilDev counts
// them and the ABP articles, which have no gold, left out of the score
// (an ABP article in a BASIL event is no error). Each line gives the
// figures over all the BASIL articles and over those of 2012-2014, the
// same for basil-dev alone (sparse), those of a control (the dense set
// with basil-dev's articles as annotated alone: loaded with the ABP
// articles, some lose lines that Load takes for their outlets'
// templates), and the sample corpus's crisis check. Names resolved
// locally are tried with today's IDF and with the two local IDF rules of
// the best F1 on the dense set. It is a measurement, run with -measure:
// docs/performance.md ("Round 15") reads it.
func TestDenseIDFSources(t *testing.T) {
	if !*measure {
		t.Skip("a measurement: run with -measure")
	}
	if _, err := os.Stat(abpFile); err != nil {
		t.Skipf("the ABP articles are absent (%v): they are data in ../shared beside the module, not part of it", err)
	}
	ctx := context.Background()
	start := time.Now()
	sparse, _ := annotateBasil(t)
	t.Logf("basil-dev annotated alone: %d documents in %v", len(sparse), time.Since(start).Round(time.Second))
	gold := readBasilGold(t, basilDir+"/gold.tsv")

	extra := filepath.Join(t.TempDir(), "abp-near-basil.jsonl")
	n := writeABPNear(t, extra, *denseDays)
	start = time.Now()
	set, err := corpus.Load(ctx, []string{basilDir + "/basil.jsonl", basilDir + "/distractors.jsonl", extra}, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	dense, failed := annotateEach(ctx, set.Articles)
	for _, f := range failed {
		t.Logf("left out, the annotator failed on it: %s", f)
	}
	t.Logf("dense set: %d ABP articles written, %d documents annotated (%d inputs skipped by Load, %d failed) in %v",
		n, len(dense), len(set.Skipped), len(failed), time.Since(start).Round(time.Second))
	for _, s := range set.Skipped {
		if !strings.HasPrefix(s.Source, extra) {
			t.Logf("skipped from basil-dev: %s: %s", s.Source, s.Reason)
		}
	}

	// The same basil-dev articles must be scored in both sets.
	labelled := func(docs []*nlp.Doc) (basil, distractors int) {
		for _, d := range docs {
			switch g, ok := gold[d.URL]; {
			case !ok:
			case g == "none":
				distractors++
			default:
				basil++
			}
		}
		return basil, distractors
	}
	sb, sd := labelled(sparse)
	db, dd := labelled(dense)
	t.Logf("BASIL articles %d (dense %d), distractors %d (dense %d), ABP articles %d", sb, db, sd, dd, len(dense)-db-dd)
	if sb != db || sd != dd {
		t.Fatalf("the dense set holds %d BASIL articles and %d distractors, basil-dev %d and %d", db, dd, sb, sd)
	}
	texts := map[string]string{}
	for _, d := range sparse {
		texts[d.URL] = d.Text
	}
	differ := 0
	for _, d := range dense {
		if txt, ok := texts[d.URL]; ok && txt != d.Text {
			differ++
		}
	}
	t.Logf("basil-dev articles whose clean text differs when loaded with the ABP articles: %d", differ)
	logDensity(t, dense, sparse, gold)

	sdocs, sgold, _ := sampleDocs(t)
	type set3 struct {
		name string
		docs []*nlp.Doc
		out  []string
	}
	// The control: the dense set with basil-dev's own articles as they
	// were annotated alone, so that only the added articles differ from
	// basil-dev (loaded with the ABP articles, some of basil-dev's texts
	// lose lines that Load learns as their outlets' templates).
	control := append([]*nlp.Doc{}, sparse...)
	for _, d := range dense {
		if _, ok := gold[d.URL]; !ok {
			control = append(control, d)
		}
	}
	sets := []set3{{name: "dense"}, {name: "sparse"}, {name: "control"}, {name: "sample"}}
	for i, docs := range [][]*nlp.Doc{dense, sparse, control, sdocs} {
		sets[i].docs, sets[i].out = comparedOf(docs)
	}
	const sample = 3
	// Names resolved over the corpus, or within so many days (resolveLocal).
	resolved := map[nameRule][][]*nlp.Doc{}
	resolve := func(r nameRule) [][]*nlp.Doc {
		if got, ok := resolved[r]; ok {
			return got
		}
		start := time.Now()
		var out [][]*nlp.Doc
		for _, s := range sets {
			if r.days == 0 {
				out = append(out, nlp.ResolveNames(s.docs, nil, 0))
			} else {
				out = append(out, resolveLocal(s.docs, r.days, r.past))
			}
		}
		t.Logf("names %s resolved in %v", r, time.Since(start).Round(time.Millisecond))
		if r.days > 0 {
			// How many of basil-dev's articles have a name resolved
			// otherwise than over the corpus, dense and sparse.
			for i := range 2 {
				all := nlp.ResolveNames(sets[i].docs, nil, 0)
				var a, b []*nlp.Doc
				for k, d := range sets[i].docs {
					if _, ok := gold[d.URL]; ok {
						a, b = append(a, all[k]), append(b, out[i][k])
					}
				}
				na, nm, nn := nameChanges(a, b)
				t.Logf("names %s against the corpus's, %s: %d of %d basil-dev articles differ, %d mentions, %d names", r, sets[i].name, na, len(a), nm, nn)
			}
		}
		resolved[r] = out
		return out
	}

	thresholds := []float64{0.24, 0.25, 0.26, 0.27, 0.275, 0.28, 0.29, 0.30}
	if *denseThresholds != "" {
		thresholds = nil
		for _, f := range strings.Split(*denseThresholds, ",") {
			th, err := strconv.ParseFloat(strings.TrimSpace(f), 64)
			if err != nil {
				t.Fatalf("-densethresholds: %v", err)
			}
			thresholds = append(thresholds, th)
		}
	}
	type variant struct {
		src   idfSource
		local localIDF
		names nameRule
	}
	name := func(v variant) string {
		s := "corpus"
		if v.src == idfLocal {
			s = v.local.String()
		}
		return s + ", names " + v.names.String()
	}
	// best is a variant's highest F1 over the dense BASIL articles with
	// the crisis apart, for choosing which to combine with local names.
	best := map[variant]float64{}
	run := func(v variant) {
		docs := resolve(v.names)
		for _, th := range thresholds {
			opts := defaultOptions
			opts.MinSimilarity = th
			if v.src == idfLocal {
				opts.termIDF, opts.entIDF, opts.local = idfLocal, idfLocal, v.local
			}
			var scores [3]denseScore
			var took time.Duration
			for i := range 3 {
				start := time.Now()
				res, err := Align(ctx, docs[i], opts, sets[i].out)
				if err != nil {
					t.Fatal(err)
				}
				if i == 0 {
					took = time.Since(start)
				}
				scores[i] = scoreDense(sets[i].docs, gold, res)
				if i == 1 {
					// basil-dev alone is scored as TestBasilDev scores it.
					b, a := scoreBasil(t, sets[i].docs, gold, res, false), scores[i].all
					if b.p != a.p || b.r != a.r || b.pRead != a.pRead || b.merged != a.merged {
						t.Errorf("%s %.3f: basil-dev scored P %.4f R %.4f read %.4f merged %d, TestBasilDev's scoring %.4f %.4f %.4f %d",
							name(v), th, a.p, a.r, a.pRead, a.merged, b.p, b.r, b.pRead, b.merged)
					}
				}
			}
			sres, err := Align(ctx, docs[sample], opts, sets[sample].out)
			if err != nil {
				t.Fatal(err)
			}
			of := eventOf(sres)
			crisis := "apart"
			if ps := crisisProblems(sdocs, sgold, of, func(string, ...any) {}); len(ps) > 0 {
				crisis = fmt.Sprintf("%d problems: %s", len(ps), ps[0])
			} else if scores[0].all.f1 > best[v] {
				best[v] = scores[0].all.f1
			}
			d, s, c := scores[0], scores[1], scores[2]
			t.Logf("%-40s %.3f | dense %s | 2012-14 %s | ABP in BASIL events %d | sparse %s | 2012-14 %s | control %s | crisis %s | %v",
				name(v), th, d.all, d.recent, d.abpJoined, s.all, s.recent, c.all, crisis, took.Round(100*time.Millisecond))
			if d.all.n != sb {
				t.Errorf("%d BASIL articles scored, basil-dev holds %d", d.all.n, sb)
			}
		}
	}

	var idfs []variant
	idfs = append(idfs, variant{src: idfCorpus})
	for _, k := range []int{50, 100, 200, 400} {
		for _, past := range []bool{false, true} {
			idfs = append(idfs, variant{src: idfLocal, local: localIDF{past: past, articles: k}})
		}
	}
	day := int64(24 * 3600)
	for _, days := range []int64{3, 7, 30} {
		for _, past := range []bool{false, true} {
			idfs = append(idfs, variant{src: idfLocal, local: localIDF{past: past, window: days * day}})
		}
	}
	for _, v := range idfs {
		run(v)
	}
	// Local names with today's IDF and with the two local IDF rules of the
	// best F1 on the dense set (crisis apart).
	var locals []variant
	for _, v := range idfs {
		if v.src == idfLocal && best[v] > 0 {
			locals = append(locals, v)
		}
	}
	sort.SliceStable(locals, func(i, j int) bool { return best[locals[i]] > best[locals[j]] })
	combine := []variant{{src: idfCorpus}}
	combine = append(combine, locals[:min(2, len(locals))]...)
	for _, v := range combine {
		for _, r := range []nameRule{{3, false}, {3, true}, {30, false}, {30, true}} {
			v.names = r
			run(v)
		}
	}
}

// nameRule says over which articles names are resolved: the corpus (days
// 0), or those within so many days of each article's day, before it and
// after or before only (resolveLocal).
type nameRule struct {
	days int
	past bool
}

// String names a name rule for the logs.
func (r nameRule) String() string {
	switch {
	case r.days == 0:
		return "corpus"
	case r.past:
		return fmt.Sprintf("past %dd", r.days)
	}
	return fmt.Sprintf("window %dd", r.days)
}

// writeABPNear writes to out, as JSON Lines with title, date, source, url
// and text, the ABP articles dated (YYYY-MM-DD; the other forms are of
// 2016-2019 or empty) within days of a BASIL article's date, leaving out
// those with the normalised URL or title of a basil-dev article, BASIL or
// distractor; it logs how many it left out, and returns how many it wrote.
func writeABPNear(t *testing.T, out string, days int) int {
	t.Helper()
	type rec struct {
		Title  string `json:"title"`
		Date   string `json:"date"`
		Source string `json:"source"`
		URL    string `json:"url"`
		Text   string `json:"text"`
	}
	near := map[int64]bool{}
	urls, titles := map[string]string{}, map[string]string{}
	for _, f := range []string{"basil.jsonl", "distractors.jsonl"} {
		eachJSONLine(t, basilDir+"/"+f, func(line []byte) {
			var r rec
			if err := json.Unmarshal(line, &r); err != nil {
				t.Fatal(err)
			}
			if k := urlForm(r.URL); k != "" {
				urls[k] = f
			}
			if k := titleForm(r.Title); k != "" {
				titles[k] = f
			}
			if f != "basil.jsonl" {
				return
			}
			d, err := time.Parse("2006-01-02", r.Date)
			if err != nil {
				t.Fatalf("%s: BASIL date %q: %v", f, r.Date, err)
			}
			day := d.Unix() / (24 * 3600)
			for k := day - int64(days); k <= day+int64(days); k++ {
				near[k] = true
			}
		})
	}
	var b strings.Builder
	written, inWindow := 0, 0
	dropped := map[string]int{}
	eachJSONLine(t, abpFile, func(line []byte) {
		var r rec
		if err := json.Unmarshal(line, &r); err != nil {
			t.Fatal(err)
		}
		d, err := time.Parse("2006-01-02", r.Date)
		if err != nil || !near[d.Unix()/(24*3600)] {
			return
		}
		inWindow++
		if f, ok := urls[urlForm(r.URL)]; ok {
			dropped["the URL of "+f]++
			return
		}
		if f, ok := titles[titleForm(r.Title)]; ok {
			dropped["the title of "+f]++
			return
		}
		line, err = json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
		written++
	})
	for _, k := range slices.Sorted(func(yield func(string) bool) {
		for k := range dropped {
			if !yield(k) {
				return
			}
		}
	}) {
		t.Logf("ABP articles within %d days of a BASIL article dropped as a basil-dev article (%s): %d", days, k, dropped[k])
	}
	t.Logf("ABP articles within %d days of a BASIL article: %d, %d kept", days, inWindow, written)
	if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	return written
}

// eachJSONLine calls fn with every line of the JSON Lines file at path,
// gzip-compressed when its name ends in .gz.
func eachJSONLine(t *testing.T, path string, fn func([]byte)) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var r interface{ Read([]byte) (int, error) } = f
	if strings.HasSuffix(path, ".gz") {
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) > 0 {
			fn(sc.Bytes())
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
}

// urlForm is a URL as compared for sameness: host without "www.",
// lower-cased, and path without a trailing slash; scheme, query and
// fragment ignored. "" for no URL.
func urlForm(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Host), "www.") + strings.TrimRight(u.EscapedPath(), "/")
}

// titleForm is a title as compared for sameness: its letters and digits,
// lower-cased.
func titleForm(title string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r >= 'A' && r <= 'Z':
			return r + 'a' - 'A'
		case r > 127:
			return r
		}
		return -1
	}, title)
}

// logDensity logs how dense each set is around the BASIL articles: how
// many articles lie within 36 hours of each (the 72-hour window centred
// on it), over the BASIL articles of 2012-2014.
func logDensity(t *testing.T, dense, sparse []*nlp.Doc, gold map[string]string) {
	t.Helper()
	count := func(docs []*nlp.Doc) []int {
		var out []int
		for _, d := range docs {
			if g, ok := gold[d.URL]; !ok || g == "none" || d.Published.Year() < 2012 {
				continue
			}
			n := 0
			for _, e := range docs {
				if e.HasDate() && d.Published.Sub(e.Published).Abs() <= 36*time.Hour {
					n++
				}
			}
			out = append(out, n)
		}
		slices.Sort(out)
		return out
	}
	for _, s := range []struct {
		name string
		docs []*nlp.Doc
	}{{"dense", dense}, {"sparse", sparse}} {
		c := count(s.docs)
		if len(c) == 0 {
			continue
		}
		t.Logf("%s: articles within 36 hours of each of the %d BASIL articles of 2012-2014: median %d, min %d, max %d", s.name, len(c), c[len(c)/2], c[0], c[len(c)-1])
	}
	outlets := map[string]bool{}
	for _, d := range dense {
		outlets[d.Outlet] = true
	}
	t.Logf("dense: %d outlets", len(outlets))
}

// bScore is B-cubed over a set of BASIL articles, as TestBasilDev scores
// it: precision with the distractors counted in the clusters (pRead with
// readSameStory's counted in their events), recall over the BASIL
// articles; the ABP articles, which have no gold, are not counted.
type bScore struct {
	n               int
	p, pRead, r, f1 float64
	merged          int // distractors in an event holding one of the BASIL articles
	eventsMerged    int // gold events with an article in a cluster holding another gold event's
	split           int // gold events whose articles are in more than one cluster
	events          int
}

func (b bScore) String() string {
	return fmt.Sprintf("P %.4f R %.4f F1 %.4f read P %.4f, distractors merged %d, events merged %d split %d of %d",
		b.p, b.r, b.f1, b.pRead, b.merged, b.eventsMerged, b.split, b.events)
}

// denseScore scores an alignment over all the BASIL articles and over
// those of 2012-2014, and counts the ABP articles in an event holding a
// BASIL article.
type denseScore struct {
	all, recent bScore
	abpJoined   int
}

func scoreDense(docs []*nlp.Doc, gold map[string]string, res *Result) denseScore {
	of, cluster := eventOf(res), clusterOf(res)
	members := map[string][]*nlp.Doc{}
	var basil []*nlp.Doc
	eventSize := map[string]int{}
	for _, d := range docs {
		g, ok := gold[d.URL]
		if !ok {
			continue
		}
		members[cluster(d)] = append(members[cluster(d)], d)
		if g != "none" {
			basil = append(basil, d)
			eventSize[g]++
		}
	}
	read := func(d *nlp.Doc) string {
		if ev, ok := readSameStory[d.URL]; ok {
			return ev
		}
		return gold[d.URL]
	}
	score := func(keep func(*nlp.Doc) bool) bScore {
		var b bScore
		withBasil := map[string]bool{}
		clustersOf := map[string]map[string]bool{}
		for _, d := range basil {
			if !keep(d) {
				continue
			}
			b.n++
			g := gold[d.URL]
			c := members[cluster(d)]
			same, sameRead := 0, 0
			for _, e := range c {
				if gold[e.URL] == g {
					same++
				}
				if read(e) == g {
					sameRead++
				}
			}
			b.p += float64(same) / float64(len(c))
			b.pRead += float64(sameRead) / float64(len(c))
			b.r += float64(same) / float64(eventSize[g])
			withBasil[cluster(d)] = true
			if clustersOf[g] == nil {
				clustersOf[g] = map[string]bool{}
			}
			clustersOf[g][cluster(d)] = true
		}
		if b.n == 0 {
			return b
		}
		b.p /= float64(b.n)
		b.pRead /= float64(b.n)
		b.r /= float64(b.n)
		b.f1 = 2 * b.p * b.r / (b.p + b.r)
		b.events = len(clustersOf)
		for g, cs := range clustersOf {
			if len(cs) > 1 {
				b.split++
			}
			merged := false
			for c := range cs {
				for _, e := range members[c] {
					if h := gold[e.URL]; h != "none" && h != g {
						merged = true
					}
				}
			}
			if merged {
				b.eventsMerged++
			}
		}
		for _, d := range docs {
			if gold[d.URL] != "none" {
				continue
			}
			if of[d.ID] != nil && withBasil[cluster(d)] {
				b.merged++
			}
		}
		return b
	}
	var s denseScore
	s.all = score(func(*nlp.Doc) bool { return true })
	s.recent = score(func(d *nlp.Doc) bool { return d.Published.Year() >= 2012 })
	withBasil := map[string]bool{}
	for _, d := range basil {
		if e := of[d.ID]; e != nil {
			withBasil[e.ID] = true
		}
	}
	for _, d := range docs {
		if _, ok := gold[d.URL]; !ok && of[d.ID] != nil && withBasil[of[d.ID].ID] {
			s.abpJoined++
		}
	}
	return s
}

// annotateEach annotates arts as nlp.Annotator.Annotate does, one article
// at a time on every core, but leaves out, and names, an article on which
// the annotator fails or panics, rather than stopping.
func annotateEach(ctx context.Context, arts []corpus.Article) ([]*nlp.Doc, []string) {
	an := &nlp.Annotator{}
	out := make([]*nlp.Doc, len(arts))
	why := make([]string, len(arts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				func() {
					defer func() {
						if r := recover(); r != nil {
							why[i] = fmt.Sprintf("%s %q: panic: %v", arts[i].Source, arts[i].Title, r)
						}
					}()
					d, err := an.AnnotateOne(ctx, arts[i])
					if err != nil {
						why[i] = fmt.Sprintf("%s %q: %v", arts[i].Source, arts[i].Title, err)
						return
					}
					out[i] = d
				}()
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	var docs []*nlp.Doc
	var failed []string
	for i, d := range out {
		if d != nil {
			docs = append(docs, d)
		} else {
			failed = append(failed, why[i])
		}
	}
	return docs, failed
}
