package compare

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sort"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/par"
)

// Comparing a store without holding it.
//
// Start is given the corpus's documents and holds them while it aligns:
// about 40 KB an article, 4 GB for a store of 100,000, and as much again
// for the collector. A comparison of a store holds neither them nor
// their annotations:
//
//  1. Scan: the store's selection is read once, each article's metadata
//     and compact record (AddRecord; record.go), a few KB, or its document
//     (Add), dropped after: the entity names the corpus-wide resolution
//     needs (nlp.Names) and a digest of what it read.
//  2. StartScan: the names are resolved across the corpus (or by the
//     set of articles whose names Options.Alignments keeps: aligned.go);
//     each article is read in the corpus's order, a batch at a time, by
//     alignment (align.Corpus), by the digests the cache keys use and by
//     the entity counts the report lists: from its record when every compared
//     article has one that alignment reads, else from its document loaded
//     again by ID (Options.Loader; the next batch read while this one is
//     worked on), checked against the first reading and resolved. The
//     background, when it must be counted, is counted from the documents
//     it lacks, loaded by ID; the events framed load their members' (the
//     events whose framing the store keeps load nothing).
//
// What is aligned and framed is what Start aligns and frames from the same
// documents: the reports are byte for byte the same (TestScanSameReport,
// from documents and from records, and the store tests on basil-dev). A
// record that does not match its document is caught where the document is
// read: its members' digests (docDigest) are checked when they are
// loaded for framing or counting.
//
// Alignment across languages reads the documents' numbers and spellings,
// which align.Corpus does not keep: a selection in more than one compared
// language is loaded whole and handed to Start.

// scanBatch is the number of documents (or records) read again at once.
const scanBatch = 640

// Scan is the first reading of a store's selection (see above).
type Scan struct {
	arts  []corpus.Article // their texts dropped
	words []int
	// read is a digest of what the first reading gave of each document
	// (scanDigest), to tell a document changed before it was read again.
	read  [][32]byte
	names *nlp.Names
	// recs holds the record of each article read from one that alignment
	// can read (AddRecord), nil for the others.
	recs   [][]byte
	intern map[string]string // the records' strings (recordDecoder)
}

// NewScan returns an empty Scan. aliases are the comparison's
// (Options.Aliases): nil means the built-in table.
func NewScan(aliases *nlp.Aliases) *Scan {
	return &Scan{names: nlp.NewNames(aliases)}
}

// Add reads d, which it does not keep. It is not safe for concurrent use.
func (s *Scan) Add(d *nlp.Doc) {
	a := d.Article
	a.Text = ""
	s.arts = append(s.arts, a)
	s.words = append(s.words, d.WordCount)
	s.read = append(s.read, scanDigest(d))
	s.recs = append(s.recs, nil)
	if compared(d) {
		s.names.Add(d)
	}
}

// AddRecord reads the article a, of words words, from its record rec
// (Records, record.go) instead of its document, which it does not read.
// The record must be one of RecordKind made from a's document as the store
// holds it now; a record made from another title or language, or one this
// program cannot read, is refused with an error and nothing is read.
func (s *Scan) AddRecord(a corpus.Article, words int, rec []byte) error {
	if s.intern == nil {
		s.intern = map[string]string{}
	}
	var r record
	if _, err := decodeHead(rec, &r, s.intern); err != nil {
		return err
	}
	if r.title != a.Title || r.language != a.Language {
		return errRecord
	}
	a.Text = ""
	s.arts = append(s.arts, a)
	s.words = append(s.words, words)
	s.read = append(s.read, scanDigestOf(&a, r.text, r.mentions))
	if !r.aligned {
		rec = nil
	}
	s.recs = append(s.recs, rec)
	if a.Language == "" || corpus.Compared(a.Language) {
		s.names.AddMentions(r.mentions)
	}
	return nil
}

// Len returns the number of documents read.
func (s *Scan) Len() int { return len(s.arts) }

// Articles returns the articles read, in the order read, for a caller to
// change in place what the store does not decide, such as outlets unified
// over the selection; the documents loaded again must agree (Loader).
func (s *Scan) Articles() []*corpus.Article {
	out := make([]*corpus.Article, len(s.arts))
	for i := range s.arts {
		out[i] = &s.arts[i]
	}
	return out
}

// scanDigest hashes what a comparison's first reading of d decides by:
// its identity, title, date, language, text and entity mentions. Not its
// outlet, which the caller may unify after the reading.
func scanDigest(d *nlp.Doc) [32]byte { return scanDigestOf(&d.Article, textSum(d.Text), d.Entities) }

// scanDigestOf is scanDigest of the document of article a, whose text has
// the SHA-256 text, with the mentions ms as annotated.
func scanDigestOf(a *corpus.Article, text [32]byte, ms []nlp.Mention) [32]byte {
	f := newFields()
	f.str(a.ID)
	f.str(a.Title)
	f.str(a.Language)
	var date [64]byte
	f.bytes(a.Published.UTC().AppendFormat(date[:0], "2006-01-02T15:04:05.999999999"))
	f.bytes(text[:])
	f.num(int64(len(ms)))
	for _, m := range ms {
		f.str(m.Name)
		f.str(m.Type)
		f.num(int64(m.Start))
		f.num(int64(m.End))
		f.num(int64(m.Sent))
	}
	return f.sum()
}

// compared reports whether d is in a language the comparison aligns.
func compared(d *nlp.Doc) bool { return d.Language == "" || corpus.Compared(d.Language) }

// StartScan is Start for a store's selection read by s: the same Result,
// aligned and framed from the documents opts.Loader loads again, never
// all held at once. opts.Loader is required.
func StartScan(ctx context.Context, s *Scan, skipped []corpus.Skipped, opts Options) (*Result, error) {
	if err := opts.Validate(); err != nil {
		return nil, err
	}
	if opts.Loader == nil {
		return nil, errors.New("compare: StartScan needs a Loader")
	}
	order := make([]int, len(s.arts))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return corpus.Less(&s.arts[order[a]], &s.arts[order[b]]) })
	codes := map[string]bool{}
	var ids []string     // the compared articles, in order
	var reads [][32]byte // their first readings' digests
	var pos []int        // their positions in s
	fromRecords := true  // every compared article has a record alignment reads
	arts := make([]Article, len(order))
	langs := make([]string, len(order))
	for k, i := range order {
		a := &s.arts[i]
		arts[k] = articleOf(a, s.words[i], "")
		langs[k] = a.Language
		if a.Language == "" || corpus.Compared(a.Language) {
			ids = append(ids, a.ID)
			reads = append(reads, s.read[i])
			pos = append(pos, i)
			codes[languageCode(a.Language)] = true
			fromRecords = fromRecords && s.recs[i] != nil
		}
	}
	if len(codes) > 1 {
		// Several compared languages: aligned from the documents.
		all := make([]string, len(arts))
		for k := range arts {
			all[k] = arts[k].ID
		}
		docs, err := loadChecked(ctx, opts.Loader, all, nil, opts.Workers)
		if err != nil {
			return nil, err
		}
		return Start(ctx, docs, skipped, opts)
	}
	res := newResult(arts, skipped, opts)
	res.Languages = languagesFrom(langs)
	// Names and frequencies kept from an earlier set of the store's
	// articles (aligned.go), or made now and kept after.
	var kept *alignedState
	var keptNames []byte
	if opts.Alignments != nil {
		st, n, err := keptAligned(ctx, opts.Alignments, opts, reads)
		if err != nil {
			return nil, err
		}
		kept = st
		if kept == nil {
			if keptNames, err = s.names.MarshalBinary(); err != nil {
				return nil, err
			}
		} else if n != len(ids) {
			res.Params.Alignment = alignedShare(n, len(ids))
		}
	}
	var resolver *nlp.Resolver
	if kept != nil {
		resolver = kept.names.ResolverWith(s.names)
	} else {
		resolver = s.names.Resolver()
	}
	s.names = nil

	// The second reading.
	ac := align.NewCorpus(opts.Stopwords, opts.Workers)
	digs := make([][32]byte, len(ids))
	// The counts' digests are read only when the store keeps the counts.
	countsKept := opts.Backgrounds != nil && opts.Counts == nil && !opts.AlignOnly
	var cdigs [][32]byte
	if countsKept {
		cdigs = make([][32]byte, len(ids))
	}
	mentions := make([]frame.MentionCounts, len(ids))
	names := map[string]string{} // interned: a year names each one many times
	intern := func(start, n int) {
		for k := start; k < start+n; k++ {
			mc := &mentions[k]
			for j, n := range mc.Names {
				if in, ok := names[n]; ok {
					mc.Names[j] = in
				} else {
					names[n] = n
				}
			}
		}
	}
	start := 0
	if fromRecords {
		// From the records: the documents are not read.
		interns := make([]map[string]string, par.Workers(opts.Workers))
		for k := range interns {
			interns[k] = map[string]string{}
		}
		s.intern = nil
		for start < len(ids) {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
			n := min(scanBatch, len(ids)-start)
			batch := make([]*corpus.Article, n)
			raws := make([]align.Raw, n)
			ms := make([][]align.Mention, n)
			errs := make([]error, n)
			par.Do(n, len(interns), func(w, k int) {
				i := pos[start+k]
				var r record
				if errs[k] = decodeRecord(s.recs[i], &r, interns[w]); errs[k] != nil {
					return
				}
				s.recs[i] = nil
				a := &s.arts[i]
				resolved := resolver.ResolveMentions(r.mentions)
				spk := make([]string, len(r.speakers))
				for j, x := range r.speakers {
					spk[j] = resolver.Speaker(x)
				}
				digs[start+k] = docDigestOf(a, r.text, resolved, spk)
				if countsKept {
					cdigs[start+k] = countDigestOf(a, r.text, resolved)
				}
				mentions[start+k] = frame.CountMentionsOf(a.Outlet, resolved)
				batch[k], raws[k], ms[k] = a, r.raw, r.alignMentions(resolved)
			})
			if k := slices.IndexFunc(errs, func(err error) bool { return err != nil }); k >= 0 {
				return nil, fmt.Errorf("article %s: %w", ids[start+k], errs[k])
			}
			ac.AddRaw(batch, raws, ms)
			intern(start, n)
			start += n
		}
	}
	loadCtx, stopLoading := context.WithCancel(ctx)
	defer stopLoading()
	for b := range loadAhead(loadCtx, opts.Loader, ids[start:], reads[start:], opts.Workers) {
		if b.err != nil {
			return nil, b.err
		}
		docs := resolveAll(b.docs, resolver, opts.Workers)
		ac.Add(docs)
		par.Do(len(docs), par.Workers(opts.Workers), func(_, k int) {
			digs[start+k] = docDigest(docs[k])
			if countsKept {
				cdigs[start+k] = countDigest(docs[k])
			}
			mentions[start+k] = frame.CountMentions(docs[k])
		})
		intern(start, len(docs))
		start += len(docs)
	}
	if start != len(ids) {
		// Stopped by ctx before the last batch.
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		return nil, fmt.Errorf("compare: %d of %d articles read again", start, len(ids))
	}
	aopts := align.Options{
		Window: opts.Window, MinOutlets: opts.MinOutlets, MinSimilarity: opts.MinSimilarity,
		Stopwords: opts.Stopwords, Overrides: opts.Overrides, Workers: opts.Workers,
	}
	if kept != nil {
		aopts.Frequencies = kept.freq
	} else if opts.Alignments != nil {
		st, err := encodeAligned(keptNames, ac.Frequencies())
		if err != nil {
			return nil, err
		}
		if err := opts.Alignments.KeepAligned(ctx, alignedKey(opts), encodeSet(reads), st); err != nil {
			return nil, err
		}
	}
	al, err := ac.Align(ctx, aopts, res.Outlets)
	if err != nil {
		return nil, err
	}
	ac = nil
	res.Overrides = al.Overrides
	if opts.MaxPairEvents > 0 && len(al.Events) > opts.MaxPairEvents {
		opts.NoPairs = true
	}
	events, err := chosenEvents(al.Events, opts.EventIDs)
	if err != nil {
		return nil, err
	}
	if len(opts.EventIDs) > 0 {
		res.Articles = membersOf(res.Articles, events)
	}

	p := &pending{events: events, opts: opts, ctx: ctx, resolver: resolver, released: true, noTexts: true}
	at := make(map[string]int, len(ids))
	for i, id := range ids {
		at[id] = i
	}
	p.members = make([][]string, len(events))
	p.digests = make([][][32]byte, len(events))
	p.entities = make([][]frame.EntityCount, len(events))
	for k, ev := range events {
		// The members in the order of the corpus, as Start hands
		// framing an event's Docs.
		idx := make([]int, len(ev.Articles))
		for j, id := range ev.Articles {
			idx[j] = at[id]
		}
		slices.Sort(idx)
		m := make([]string, len(idx))
		dg := make([][32]byte, len(idx))
		mc := make([]frame.MentionCounts, len(idx))
		for j, i := range idx {
			m[j], dg[j], mc[j] = ids[i], digs[i], mentions[i]
		}
		p.members[k], p.digests[k], p.entities[k] = m, dg, frame.EntitiesOf(mc)
	}
	mentions = nil
	if countsKept {
		fopts := frameOptions(opts)
		p.kept = frame.NewKept(slices.Concat(p.members...))
		c, id, n, err := keptCounts(ctx, opts.Backgrounds, cdigs, opts, func(c *frame.Counts, idx []int) error {
			for start := 0; start < len(idx); start += countBatch {
				sel := make([]string, 0, countBatch)
				dg := make([][32]byte, 0, countBatch)
				for _, i := range idx[start:min(start+countBatch, len(idx))] {
					sel, dg = append(sel, ids[i]), append(dg, digs[i])
				}
				docs, err := p.loadIDs(ctx, sel, dg)
				if err != nil {
					return err
				}
				c.AddKeeping(docs, fopts, p.kept)
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		p.opts.Counts, p.opts.CountsID, p.lazyCounts = c, id, c == nil
		if n != len(ids) && opts.Background == nil {
			res.Params.Background = backgroundShare(n, len(ids))
		}
	}
	if !opts.AlignOnly && len(events) > 0 {
		if p.opts.Counts == nil && !p.lazyCounts {
			p.ids, p.idDigest = ids, digs
		}
		if opts.Cache != nil && opts.CountsID == "" {
			p.corpusBG = digestOfDigests(digs)
		}
	}
	res.pending = p
	return res, nil
}

// loadChecked loads ids by l, each of which must come back, in order,
// and, where reads is not nil, be as first read (scanDigest), checked on
// workers goroutines.
func loadChecked(ctx context.Context, l Loader, ids []string, reads [][32]byte, workers int) ([]*nlp.Doc, error) {
	var docs []*nlp.Doc
	for start := 0; start < len(ids); start += scanBatch {
		part := ids[start:min(start+scanBatch, len(ids))]
		got, err := l.Docs(ctx, part)
		if err != nil {
			return nil, err
		}
		if k := firstMismatch(part, got); k >= 0 {
			return nil, &ChangedDocError{ID: part[k]}
		}
		if reads != nil {
			changed := make([]bool, len(part))
			par.Do(len(part), par.Workers(workers), func(_, k int) {
				changed[k] = reads[start+k] != scanDigest(got[k])
			})
			if k := slices.Index(changed, true); k >= 0 {
				return nil, &ChangedDocError{ID: part[k]}
			}
		}
		docs = append(docs, got...)
	}
	return docs, nil
}

// batch is a batch of documents loaded ahead, or why it could not be.
type batch struct {
	docs []*nlp.Doc
	err  error
}

// loadAhead loads the documents ids in batches of scanBatch, checked as
// loadChecked checks them, one batch ahead of the caller: the next batch
// is read from the store while the caller works on the one before. The
// channel is closed after the last batch or the first error; cancel ctx
// to stop early.
func loadAhead(ctx context.Context, l Loader, ids []string, reads [][32]byte, workers int) <-chan batch {
	out := make(chan batch, 1)
	go func() {
		defer close(out)
		for start := 0; start < len(ids); start += scanBatch {
			end := min(start+scanBatch, len(ids))
			var b batch
			if b.err = ctx.Err(); b.err == nil {
				b.docs, b.err = loadChecked(ctx, l, ids[start:end], reads[start:end], workers)
			}
			select {
			case out <- b:
			case <-ctx.Done():
				return
			}
			if b.err != nil {
				return
			}
		}
	}()
	return out
}

// LoadTexts gives the articles of the events not yet walked their texts
// (Article.Text), which a report of whole events shows beside the
// numbers. Start keeps every text; StartScan keeps none, and LoadTexts
// reads those of the events' members again.
func (r *Result) LoadTexts() error {
	p := r.pending
	if p == nil || !p.noTexts || p.walked {
		return nil
	}
	if err := memberTexts(p.ctx, p, r); err != nil {
		return err
	}
	p.noTexts = false
	return nil
}

// memberTexts fills the texts of the events' members in res.Articles
// from the documents loaded again.
func memberTexts(ctx context.Context, p *pending, res *Result) error {
	at := make(map[string]int, len(res.Articles))
	for i := range res.Articles {
		at[res.Articles[i].ID] = i
	}
	var ids []string
	var dg [][32]byte
	for k := range p.events {
		ids = append(ids, p.members[k]...)
		dg = append(dg, p.digests[k]...)
	}
	for start := 0; start < len(ids); start += countBatch {
		end := min(start+countBatch, len(ids))
		docs, err := p.loadIDs(ctx, ids[start:end], dg[start:end])
		if err != nil {
			return err
		}
		for _, d := range docs {
			if i, ok := at[d.ID]; ok {
				res.Articles[i].Text = d.Text
			}
		}
	}
	return nil
}
