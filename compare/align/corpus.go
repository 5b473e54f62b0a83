package align

import (
	"context"
	"path/filepath"
	"time"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/par"
)

// Corpus is a corpus read for alignment a batch of documents at a time.
// Of each document it keeps what alignment and its evidence read: the raw
// terms and entities of its profile, the terms and entities of its body
// paragraphs (for the touches), and its identity, date and title. The
// documents themselves need not be held: a comparison of a store of a
// year reads them in batches, and alignment holds a few KB per article
// instead of the 40-odd KB of an annotated document.
//
// A Corpus aligns one language: the join across languages reads the
// documents' numbers and first spellings (languages.go), which a Corpus
// does not keep. Align handles corpora of several languages from the
// documents.
type Corpus struct {
	sw   nlp.Stopwords
	xs   []*extractor
	arts []article
	rawT [][]weighted
	rawE [][]weighted
	body []bodyTerms
	by   []int32 // the extractor that read each document
	// langs holds the languages read (languageOf).
	langs map[string]bool
	// outlets interns the outlets' names: a year holds each one
	// thousands of times.
	outlets map[string]string
}

// article is what a Corpus keeps of a document besides its terms.
type article struct {
	id, outlet, title, lang string
	// url, source and path name the article for overrides
	// (newArticleRefs); multi marks a record of a multi-record file,
	// whose path names many articles.
	url, source, path string
	multi             bool
	published         time.Time
	dated             bool
	// entPara and entH are the paragraph and hashed name of each entity
	// mention after the lead (paragraphs).
	entPara []int32
	entH    []uint64
}

// NewCorpus returns an empty Corpus that reads documents on workers
// goroutines (0 means GOMAXPROCS) with the stop words sw (nil means
// nlp.DefaultStopwords). The alignment does not depend on workers.
func NewCorpus(sw nlp.Stopwords, workers int) *Corpus {
	if sw == nil {
		sw = nlp.DefaultStopwords()
	}
	c := &Corpus{sw: sw, langs: map[string]bool{}, outlets: map[string]string{}}
	c.xs = make([]*extractor, par.Workers(workers))
	for k := range c.xs {
		c.xs[k] = newExtractor(sw)
	}
	return c
}

// Add reads docs, which must come after the documents added before in the
// corpus's order (corpus.Less) and have their names resolved across the
// corpus (nlp.ResolveNames). It keeps no reference to them.
func (c *Corpus) Add(docs []*nlp.Doc) {
	n := len(c.arts)
	c.arts = append(c.arts, make([]article, len(docs))...)
	c.rawT = append(c.rawT, make([][]weighted, len(docs))...)
	c.rawE = append(c.rawE, make([][]weighted, len(docs))...)
	c.body = append(c.body, make([]bodyTerms, len(docs))...)
	c.by = append(c.by, make([]int32, len(docs))...)
	par.Do(len(docs), len(c.xs), func(k, i int) {
		d := docs[i]
		ms := Mentions(d)
		c.rawT[n+i], c.rawE[n+i], c.body[n+i] = c.xs[k].finish(c.xs[k].read(d), ms, d.Title)
		c.by[n+i] = int32(k)
		c.arts[n+i] = newArticle(&d.Article, ms)
	})
	c.added(n)
}

// AddRaw reads the documents that arts, raws and ms describe, as Add
// reads them: arts[i] is a document's article (its text is not read),
// raws[i] what a Reader read of it, and ms[i] its Mentions with their
// names resolved across the corpus. They must come after the documents
// added before in the corpus's order. raws and ms are not kept.
func (c *Corpus) AddRaw(arts []*corpus.Article, raws []Raw, ms [][]Mention) {
	n := len(c.arts)
	c.arts = append(c.arts, make([]article, len(arts))...)
	c.rawT = append(c.rawT, make([][]weighted, len(arts))...)
	c.rawE = append(c.rawE, make([][]weighted, len(arts))...)
	c.body = append(c.body, make([]bodyTerms, len(arts))...)
	c.by = append(c.by, make([]int32, len(arts))...)
	par.Do(len(arts), len(c.xs), func(k, i int) {
		c.rawT[n+i], c.rawE[n+i], c.body[n+i] = c.xs[k].finish(raws[i], ms[i], arts[i].Title)
		c.by[n+i] = int32(k)
		c.arts[n+i] = newArticle(arts[i], ms[i])
	})
	c.added(n)
}

// added interns what the articles from n on share with the others.
func (c *Corpus) added(n int) {
	for i := n; i < len(c.arts); i++ {
		a := &c.arts[i]
		c.langs[a.lang] = true
		if o, ok := c.outlets[a.outlet]; ok {
			a.outlet = o
		} else {
			c.outlets[a.outlet] = a.outlet
		}
	}
}

// newCorpusFor returns a Corpus for an alignment with opts, its
// extractors recording the background's document frequencies when opts
// weigh by them.
func newCorpusFor(opts Options) *Corpus {
	c := NewCorpus(opts.Stopwords, opts.Workers)
	if opts.needsBackground() {
		for _, x := range c.xs {
			x.bg, x.tbg, x.ebg = opts.background, map[uint64]float64{}, map[uint64]float64{}
		}
	}
	return c
}

// Len returns the number of documents read.
func (c *Corpus) Len() int { return len(c.arts) }

// Languages returns the number of languages of the documents read.
func (c *Corpus) Languages() int { return len(c.langs) }

// newArticle keeps what the evidence reads of an article and its
// mentions ms, their names resolved.
func newArticle(d *corpus.Article, ms []Mention) article {
	a := article{
		id: d.ID, outlet: d.Outlet, title: d.Title, lang: languageOfArticle(d),
		url: d.URL, source: d.Source.String(), path: filepath.ToSlash(filepath.Clean(d.Source.Path)),
		multi: d.Source.Record > 0, dated: d.HasDate(),
	}
	if a.dated {
		a.published = d.Published
	}
	var people surnames
	for _, m := range ms {
		if m.Para < 0 {
			continue
		}
		names := people.split(ms, m.Name)
		if names == nil {
			names = []string{m.Name}
		}
		for _, name := range names {
			a.entPara = append(a.entPara, m.Para)
			a.entH = append(a.entH, hashKey('e', name))
		}
	}
	return a
}

// Align groups the documents read into events, as the package's Align
// does, and returns them without their Docs: the members are named by
// Event.Articles. The Corpus must hold one language (Languages).
func (c *Corpus) Align(ctx context.Context, opts Options, outlets []string) (*Result, error) {
	al := c.aligner(opts)
	al.outlet = outletIDs(al.arts)
	clusters, err := al.cluster(ctx)
	if err != nil {
		return nil, err
	}
	return al.events(ctx, clusters, outlets)
}

// aligner turns what was read into an aligner's profiles, dropping the
// raw terms.
func (c *Corpus) aligner(opts Options) *aligner {
	al := &aligner{opts: opts, arts: c.arts}
	al.cons = resolveOverrides(opts.Overrides, c.arts)
	al.ps, al.vocab, al.body = finishProfiles(c.xs, c.rawT, c.rawE, c.body, c.by, c.arts, opts.termIDF, opts.entIDF, opts.local, opts.background, opts.Frequencies)
	c.rawT, c.rawE = nil, nil
	for i := range al.ps {
		if al.ps[i].dated {
			al.base = al.ps[i].t
			break
		}
	}
	return al
}
