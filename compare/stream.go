package compare

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"hash"
	"slices"

	"github.com/framediff/framediff/compare/align"
	"github.com/framediff/framediff/compare/frame"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/par"
)

// pending is what Start leaves for EachEvent: the aligned events, not yet
// framed.
type pending struct {
	docs   []*nlp.Doc
	events []align.Event
	opts   Options
	walked bool
	// ctx is Start's: framing stops when it is done. It is kept here so
	// that a renderer, which takes no context, can walk the events.
	ctx context.Context
	// lazyCounts says that the counts are kept in opts.Backgrounds, to be
	// read when an event is framed.
	lazyCounts bool
	// summaries: the walk hands over summaries (EachSummary).
	summaries bool

	// What release keeps when the documents are dropped after alignment
	// (Options.Loader); docs and the events' Docs are then nil.
	released bool
	// members and digests are each event's member IDs and their
	// docDigests, in the order of the event's Docs; entities are what
	// frame.Entities counted of them.
	members  [][]string
	digests  [][][32]byte
	entities [][]frame.EntityCount
	// noTexts: Result.Articles have no texts (StartScan; LoadTexts).
	noTexts bool
	// resolver resolves the names of a document loaded again as the
	// whole corpus resolved them.
	resolver *nlp.Resolver
	// When the background is counted from the documents (none kept or
	// given), it is counted when the first event is framed, from every
	// document loaded again: ids and their digests, in order. corpusBG
	// identifies the counts for the cache.
	ids      []string
	idDigest [][32]byte
	corpusBG string
	// kept holds what counting the background prepared of each event's
	// member, for framing to read instead of preparing it again, when
	// this comparison counts the background.
	kept *frame.Kept
}

// Loader loads documents by ID, in the order of ids, leaving out those it
// does not hold. corpus/store implements it.
type Loader interface {
	Docs(ctx context.Context, ids []string) ([]*nlp.Doc, error)
}

// ChangedDocError is a document that was changed or removed between the
// reading a comparison aligned and the loading it framed from.
type ChangedDocError struct{ ID string }

func (e *ChangedDocError) Error() string {
	return "article " + e.ID + " changed or was removed while it was being compared: run the comparison again"
}

// release keeps what framing needs of the documents, each event's member
// IDs, digests and entities, the names the corpus resolved and the
// background counts when they are counted from the documents, and drops
// the documents: from here on a comparison holds its alignment, not its
// corpus.
func (p *pending) release() {
	opts := p.opts
	ds := digests(p.docs, opts.Workers)
	p.members = make([][]string, len(p.events))
	p.digests = make([][][32]byte, len(p.events))
	p.entities = make([][]frame.EntityCount, len(p.events))
	par.Do(len(p.events), par.Workers(opts.Workers), func(_, k int) {
		docs := p.events[k].Docs
		ids := make([]string, len(docs))
		dg := make([][32]byte, len(docs))
		for j, d := range docs {
			ids[j], dg[j] = d.ID, ds[d]
		}
		p.members[k], p.digests[k], p.entities[k] = ids, dg, frame.Entities(docs)
	})
	if !opts.AlignOnly && len(p.events) > 0 {
		if opts.Counts == nil && !p.lazyCounts {
			p.ids = make([]string, len(p.docs))
			p.idDigest = make([][32]byte, len(p.docs))
			for i, d := range p.docs {
				p.ids[i], p.idDigest[i] = d.ID, ds[d]
			}
		}
		if opts.Cache != nil && opts.CountsID == "" {
			p.corpusBG = corpusDigest(p.docs, ds)
		}
	}
	for k := range p.events {
		p.events[k].Docs = nil
	}
	p.docs, p.released = nil, true
}

// countBatch is the number of documents loaded at once to count the
// background.
const countBatch = 640

// count counts the background of every document, loaded again a batch
// at a time in the order of the comparison, as frame.Count counts them
// held, and keeps in kept the preparation of the documents it names
// (frame.Counts.AddKeeping).
func (p *pending) count(ctx context.Context, kept *frame.Kept) (*frame.Counts, error) {
	c := frame.NewCounts()
	fopts := frameOptions(p.opts)
	for start := 0; start < len(p.ids); start += countBatch {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := min(start+countBatch, len(p.ids))
		docs, err := p.loadIDs(ctx, p.ids[start:end], p.idDigest[start:end])
		if err != nil {
			return nil, err
		}
		c.AddKeeping(docs, fopts, kept)
	}
	return c, nil
}

// loadIDs loads the documents ids again, resolves their names as the
// corpus did, and checks each against its digest.
func (p *pending) loadIDs(ctx context.Context, ids []string, digests [][32]byte) ([]*nlp.Doc, error) {
	docs, err := p.opts.Loader.Docs(ctx, ids)
	if err != nil {
		return nil, err
	}
	if i := firstMismatch(ids, docs); i >= 0 {
		return nil, &ChangedDocError{ID: ids[i]}
	}
	changed := make([]bool, len(docs))
	par.Do(len(docs), par.Workers(p.opts.Workers), func(_, i int) {
		docs[i] = p.resolver.Resolve(docs[i])
		changed[i] = docDigest(docs[i]) != digests[i]
	})
	if i := slices.Index(changed, true); i >= 0 {
		return nil, &ChangedDocError{ID: ids[i]}
	}
	return docs, nil
}

// firstMismatch returns the first index at which docs does not hold the
// document ids names, or -1 when it holds them all, in order.
func firstMismatch(ids []string, docs []*nlp.Doc) int {
	for i, id := range ids {
		if i >= len(docs) || docs[i].ID != id {
			return i
		}
	}
	return -1
}

// load loads the members of the events ks again, resolves their names as
// the corpus did, and checks that each is the document aligned.
func (p *pending) load(ctx context.Context, ks []int) ([][]*nlp.Doc, error) {
	var ids []string
	var digests [][32]byte
	for _, k := range ks {
		ids = append(ids, p.members[k]...)
		digests = append(digests, p.digests[k]...)
	}
	docs, err := p.loadIDs(ctx, ids, digests)
	if err != nil {
		return nil, err
	}
	out := make([][]*nlp.Doc, len(ks))
	for j, k := range ks {
		out[j], docs = docs[:len(p.members[k]):len(p.members[k])], docs[len(p.members[k]):]
	}
	return out, nil
}

// frameOptions are the framing's options among opts.
func frameOptions(opts Options) frame.Options {
	return frame.Options{
		Top: opts.Top, PriorWeight: opts.PriorWeight, Stopwords: opts.Stopwords,
		Background: opts.Background, Lexicon: opts.Lexicon, Aliases: opts.Aliases, Workers: opts.Workers,
		NoPairs: opts.NoPairs, PairOutlets: opts.PairOutlets,
	}
}

// memberIDs returns the IDs of the events' documents.
func memberIDs(events []align.Event) []string {
	var ids []string
	for _, ev := range events {
		for _, d := range ev.Docs {
			ids = append(ids, d.ID)
		}
	}
	return ids
}

// ErrWalked is EachEvent called again on a Result whose events were
// handed over and not kept.
var ErrWalked = errors.New("compare: the events of a started comparison are framed once; use Collect to keep them")

// EventCount is the number of events of the result, framed or not.
func (r *Result) EventCount() int {
	if r.pending != nil {
		return len(r.pending.events)
	}
	return len(r.Events)
}

// Work says how the events' framing was had.
type Work struct {
	// Framed events were framed in this comparison; Cached ones read
	// back from Options.Cache, and Summaries ones had from the summary
	// kept for overviews (EachSummary).
	Framed, Cached, Summaries int
}

// Work returns how the events walked so far were had.
func (r *Result) Work() Work { return r.work }

// EachEvent calls fn with each event in order: Result.Events when they
// are kept, or, after Start, each as soon as it and those before it are
// framed, the framing of a few events at a time (eventChunk) held at
// once. An error from fn stops the walk and is returned. Events handed
// over are not kept: a started Result is walked once (Collect keeps
// them). Framing stops, with the context's error, when the context given
// to Start is done.
func (r *Result) EachEvent(fn func(*Event) error) error {
	p := r.pending
	if p == nil {
		for i := range r.Events {
			if err := fn(&r.Events[i]); err != nil {
				return err
			}
		}
		return nil
	}
	if p.walked {
		return ErrWalked
	}
	p.walked = true
	return r.frameEvents(p.ctx, p, fn)
}

// EachSummary is EachEvent for an overview: each event handed over has
// its alignment and, of its framing, only what an overview reads: its
// framing terms without their examples, and its outlet pairs; the other
// framing fields are empty. An event whose summary the Cache holds is
// not read back in full; one framed, or read back in full, leaves its
// summary in the Cache for the next overview. The events are the same
// whether they came from the Cache or not.
func (r *Result) EachSummary(fn func(*Event) error) error {
	if r.pending == nil {
		return r.EachEvent(func(ev *Event) error {
			s := summarised(ev)
			return fn(&s)
		})
	}
	r.pending.summaries = true
	return r.EachEvent(fn)
}

// Members returns the documents of the events ks (positions in the order
// EachEvent hands them over), in the order of the corpus, with their
// names resolved as the comparison resolved them: those held, or loaded
// again from Options.Loader and checked. It needs a started Result:
// Collect drops what it reads.
func (r *Result) Members(ctx context.Context, ks []int) ([][]*nlp.Doc, error) {
	p := r.pending
	if p == nil {
		return nil, errors.New("compare: Members needs a started comparison (Start), not a collected one")
	}
	for _, k := range ks {
		if k < 0 || k >= len(p.events) {
			return nil, fmt.Errorf("compare: no event at position %d of %d", k, len(p.events))
		}
	}
	if p.released {
		return p.load(ctx, ks)
	}
	out := make([][]*nlp.Doc, len(ks))
	for j, k := range ks {
		out[j] = p.events[k].Docs
	}
	return out, nil
}

// summarised is ev with only what EachSummary hands over, as event
// makes it from a summary.
func summarised(ev *Event) Event {
	s := summaryOf(&frame.Event{Framing: ev.Framing, Pairs: ev.Pairs})
	out := *ev
	out.Framing, out.Pairs = nonNil(s.Framing), nonNil(s.Pairs)
	out.Terms, out.QuotedTerms, out.LoadedWords, out.Emphasis = []Term{}, []Term{}, []OutletLoaded{}, []Emphasis{}
	out.Sentiment, out.Similarity = nil, Similarity{}
	out.Quotes, out.EntityTone, out.Labels = []OutletQuotes{}, []EntityTone{}, []Label{}
	out.Unique, out.Lexicon = []Unique{}, []LexiconCount{}
	return out
}

// Collect frames every event of a started Result and keeps them in
// Events, as Compare returns them.
func (r *Result) Collect() error {
	if r.pending == nil {
		return nil
	}
	evs := make([]Event, 0, len(r.pending.events))
	err := r.EachEvent(func(ev *Event) error {
		e := *ev
		// Events kept may be changed: they are encoded whole.
		e.framingJSON = nil
		evs = append(evs, e)
		return nil
	})
	if err != nil {
		return err
	}
	r.Events, r.pending = evs, nil
	return nil
}

// eventChunk is the number of events framed, looked up and kept at once:
// enough to keep every worker busy between two reads of the cache.
const eventChunk = 64

func (r *Result) frameEvents(ctx context.Context, p *pending, fn func(*Event) error) error {
	opts := p.opts
	fopts := frameOptions(opts)
	// The framer, with its background, is made on the first event that
	// is not in the cache: a comparison answered from the cache counts
	// nothing.
	var f *frame.Framer
	framer := func() (*frame.Framer, error) {
		if f == nil {
			counts := opts.Counts
			switch {
			case p.lazyCounts:
				var err error
				if counts, err = loadCounts(ctx, opts.Backgrounds, opts, opts.CountsID); err != nil {
					return nil, err
				}
			case p.ids != nil:
				var err error
				p.kept = frame.NewKept(slices.Concat(p.members...))
				if counts, err = p.count(ctx, p.kept); err != nil {
					return nil, err
				}
			case counts == nil:
				p.kept = frame.NewKept(memberIDs(p.events))
				counts = frame.NewCounts()
				counts.AddKeeping(p.docs, fopts, p.kept)
			}
			f = frame.NewWith(counts, fopts)
			f.Reuse(p.kept)
		}
		return f, nil
	}
	var ds map[*nlp.Doc][32]byte
	var optsKey []byte
	if opts.Counts != nil && opts.CountsID == "" {
		// Counts of unknown identity: what is framed with them cannot
		// be told from what other counts give.
		opts.Cache = nil
	}
	if opts.Cache != nil && !opts.AlignOnly {
		bg := opts.CountsID
		if !p.released {
			ds = digests(p.docs, opts.Workers)
			if bg == "" {
				bg = corpusDigest(p.docs, ds)
			}
		} else if bg == "" {
			bg = p.corpusBG
		}
		optsKey = optionsDigest(opts, bg)
	}
	h := sha256.New()
	for start := 0; start < len(p.events); start += eventChunk {
		if err := ctx.Err(); err != nil {
			return err
		}
		part := p.events[start:min(start+eventChunk, len(p.events))]
		framed := make([]frame.Event, len(part))
		// raws holds the JSON of the framing of each event framed and
		// kept here (encodeFrame), for AppendJSON.
		raws := make([][]byte, len(part))
		for i, ev := range part {
			framed[i] = frame.Event{Outlets: ev.Outlets}
			if p.released {
				framed[i].Entities = p.entities[start+i]
			} else {
				framed[i].Entities = frame.Entities(ev.Docs)
			}
		}
		if !opts.AlignOnly {
			if err := r.frameChunk(ctx, start, part, framed, raws, framer, ds, optsKey, h); err != nil {
				return err
			}
		}
		for i, ev := range part {
			if p.summaries {
				s := summaryOf(&framed[i])
				s.Outlets, s.Entities = framed[i].Outlets, framed[i].Entities
				framed[i] = s
			}
			e := event(ev, framed[i])
			if !p.summaries {
				e.framingJSON = raws[i]
			}
			framed[i], raws[i] = frame.Event{}, nil
			if err := fn(&e); err != nil {
				return err
			}
		}
	}
	// Walked once: what only framing read goes (the background counts
	// above all, and the events' alignment: evidence, entities, touches),
	// so that what reads the members after (Members) does not hold it
	// too. The events stay, as many, with the documents Members hands
	// over when they are held.
	p.opts.Counts, p.entities, p.ids, p.idDigest, p.kept = nil, nil, nil, nil, nil
	for k := range p.events {
		p.events[k] = align.Event{Docs: p.events[k].Docs}
	}
	return nil
}

// frameChunk fills framed, reading from the cache what it holds and
// framing the rest, which it then keeps, and the JSON of what it keeps
// in raws.
func (r *Result) frameChunk(ctx context.Context, start int, part []align.Event, framed []frame.Event, raws [][]byte, framer func() (*frame.Framer, error),
	ds map[*nlp.Doc][32]byte, optsKey []byte, h hash.Hash) error {
	p := r.pending
	cache := p.opts.Cache
	if len(optsKey) == 0 {
		cache = nil
	}
	summaries := p.summaries && cache != nil
	var keys []string
	if cache != nil {
		keys = make([]string, len(part))
		for i, ev := range part {
			if p.released {
				keys[i] = eventKey(h, optsKey, p.digests[start+i])
				continue
			}
			dg := make([][32]byte, len(ev.Docs))
			for j, d := range ev.Docs {
				dg[j] = ds[d]
			}
			keys[i] = eventKey(h, optsKey, dg)
		}
	}
	// keepSum holds the summaries to keep: of the events framed and of
	// those whose full framing was read back.
	keepSum := map[string][]byte{}
	todo := make([]int, 0, len(part))
	for i := range part {
		todo = append(todo, i)
	}
	if summaries {
		skeys := make([]string, len(part))
		for i, k := range keys {
			skeys[i] = summaryKey(k)
		}
		hits, err := cache.Frames(ctx, skeys)
		if err != nil {
			return err
		}
		todo = todo[:0]
		for i := range part {
			var s frame.Event
			if v, ok := hits[skeys[i]]; ok && decodeFrame(v, &s) == nil {
				framed[i].Framing, framed[i].Pairs = s.Framing, s.Pairs
				r.work.Summaries++
				continue
			}
			// A summary missing or unreadable: the full framing.
			todo = append(todo, i)
		}
	}
	var miss []int
	if cache == nil {
		miss = todo
	} else if len(todo) > 0 {
		look := make([]string, len(todo))
		for j, i := range todo {
			look[j] = keys[i]
		}
		hits, err := cache.Frames(ctx, look)
		if err != nil {
			return err
		}
		for _, i := range todo {
			if v, ok := hits[keys[i]]; ok {
				if err := decodeFrame(v, &framed[i]); err == nil {
					r.work.Cached++
					if summaries {
						if err := keepSummary(keepSum, keys[i], &framed[i]); err != nil {
							return err
						}
					}
					continue
				}
				// A value this program cannot read is framed again.
			}
			miss = append(miss, i)
		}
	}
	if len(miss) == 0 {
		if len(keepSum) > 0 {
			return cache.KeepFrames(ctx, keepSum)
		}
		return nil
	}
	evs := make([]frame.Event, len(miss))
	members := make([][]*nlp.Doc, len(miss))
	for j, i := range miss {
		evs[j], members[j] = framed[i], part[i].Docs
	}
	if p.released {
		ks := make([]int, len(miss))
		for j, i := range miss {
			ks[j] = start + i
		}
		var err error
		if members, err = p.load(ctx, ks); err != nil {
			return err
		}
	}
	f, err := framer()
	if err != nil {
		return err
	}
	if err := f.FrameAll(ctx, evs, members); err != nil {
		return err
	}
	keep := keepSum
	for j, i := range miss {
		framed[i] = evs[j]
		if cache != nil {
			v, raw, err := encodeFrame(&evs[j])
			if err != nil {
				return err
			}
			keep[keys[i]], raws[i] = v, raw
			// The summary is kept with every framing made, whatever
			// this comparison reads: an overview after a full report
			// then reads summaries, not every event's whole framing.
			if err := keepSummary(keep, keys[i], &evs[j]); err != nil {
				return err
			}
		}
	}
	r.work.Framed += len(miss)
	if cache != nil {
		return cache.KeepFrames(ctx, keep)
	}
	return nil
}
