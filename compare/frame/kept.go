package frame

// Kept preparations: what counting the background works out of a
// document that framing reads again, kept between the two passes.
//
// Algorithm: counting the background prepares every document (its token
// roles and voices, prepare) and drops it; framing an event prepared its
// members again. A Kept set names the documents an event will frame;
// Counts.AddKeeping keeps, for each of them, its prepared roles and
// voices in sparse form, and a Framer given the set (Framer.Reuse) takes
// a member's from it instead of preparing it again, and drops it.
//
// Most tokens have no role and are in the outlet's own voice, so only
// the others are kept: a token with a role as its number and the role,
// and a stretch of tokens in one quote, or in reported speech, as its
// bounds and its voice. A document of 700 tokens keeps a few hundred
// bytes, where its prepared form holds nine bytes a token; the set holds
// at most the framed documents not framed yet, and empties as the events
// are framed.
//
// Limits: a document is known by its ID and checked by a fingerprint of
// its text, tokens, sentences, quotes and mentions; one that differs is
// prepared again. The caller that loads documents twice (compare, from a
// store) checks each against the digest it aligned, so the fingerprint
// is a guard, not the proof. A document of 2^24 tokens or more is not
// kept.

import (
	"hash/maphash"
	"sync"

	"github.com/framediff/framediff/corpus/nlp"
)

// Kept holds the preparations of the documents named when it was made,
// from the Add that prepared them to the framing that reads them. It is
// safe for concurrent use.
type Kept struct {
	mu   sync.Mutex
	want map[string]bool
	docs map[string]*keptPrep
}

// NewKept returns an empty set that keeps the documents ids.
func NewKept(ids []string) *Kept {
	k := &Kept{want: make(map[string]bool, len(ids)), docs: map[string]*keptPrep{}}
	for _, id := range ids {
		k.want[id] = true
	}
	return k
}

// Len is the number of documents kept and not yet taken.
func (k *Kept) Len() int {
	k.mu.Lock()
	defer k.mu.Unlock()
	return len(k.docs)
}

// wants reports whether d is to be kept.
func (k *Kept) wants(d *nlp.Doc) bool {
	if k == nil || len(d.Tokens) >= 1<<24 {
		return false
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.want[d.ID]
}

// keep keeps p, the preparation of d.
func (k *Kept) keep(d *nlp.Doc, p *prepared) {
	kp := sparse(d, p)
	k.mu.Lock()
	defer k.mu.Unlock()
	k.docs[d.ID] = kp
}

// take returns the preparation of d kept, and drops it; nil when none
// is kept or the one kept is of another document.
func (k *Kept) take(d *nlp.Doc) *prepared {
	if k == nil {
		return nil
	}
	k.mu.Lock()
	kp := k.docs[d.ID]
	delete(k.docs, d.ID)
	k.mu.Unlock()
	if kp == nil || kp.fp != fingerprint(d) {
		return nil
	}
	return kp.expand(len(d.Tokens))
}

// keptPrep is a prepared document in sparse form.
type keptPrep struct {
	fp uint64
	// roles lists each token with a role: its number times 256 plus
	// the role.
	roles []uint32
	// voices lists each stretch of tokens not in the outlet's own voice
	// as three numbers: its first token, the token after its last, and
	// its quoteOf value.
	voices                               []int32
	ownWords, quotedWords, reportedWords int
}

func sparse(d *nlp.Doc, p *prepared) *keptPrep {
	kp := &keptPrep{fp: fingerprint(d), ownWords: p.ownWords, quotedWords: p.quotedWords, reportedWords: p.reportedWords}
	for i, r := range p.roles {
		if r != 0 {
			kp.roles = append(kp.roles, uint32(i)<<8|uint32(r))
		}
	}
	for i := 0; i < len(p.quotes); {
		q := p.quotes[i]
		j := i + 1
		for j < len(p.quotes) && p.quotes[j] == q {
			j++
		}
		if q != tokOwn {
			kp.voices = append(kp.voices, int32(i), int32(j), int32(q))
		}
		i = j
	}
	return kp
}

// expand returns the prepared document of n tokens that kp keeps.
func (kp *keptPrep) expand(n int) *prepared {
	p := &prepared{roles: make([]uint8, n), quotes: make([]int, n),
		ownWords: kp.ownWords, quotedWords: kp.quotedWords, reportedWords: kp.reportedWords}
	for _, r := range kp.roles {
		p.roles[r>>8] = uint8(r)
	}
	for i := range p.quotes {
		p.quotes[i] = tokOwn
	}
	for v := 0; v < len(kp.voices); v += 3 {
		q := int(kp.voices[v+2])
		for i := kp.voices[v]; i < kp.voices[v+1]; i++ {
			p.quotes[i] = q
		}
	}
	return p
}

var fingerprintSeed = maphash.MakeSeed()

// fingerprint tells two versions of one document apart: a hash of its
// text and the number of its tokens, sentences, paragraphs, quotes and
// mentions.
func fingerprint(d *nlp.Doc) uint64 {
	var h maphash.Hash
	h.SetSeed(fingerprintSeed)
	h.WriteString(d.Text)
	for _, n := range []int{len(d.Tokens), len(d.Sentences), len(d.Paragraphs), len(d.Quotes), len(d.Entities)} {
		var b [8]byte
		for i := range b {
			b[i] = byte(n >> (8 * i))
		}
		h.Write(b[:])
	}
	return h.Sum64()
}
