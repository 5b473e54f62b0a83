package nlp

// Embedded posts.
//
// A post embedded from a social network keeps its text and its signature
// in the article's text (corpus.PostSignature):
//
//	The vote was rigged from the start! — Jan Novak (@jnovak) February 2, 2022
//	└────────────── the post ─────────┘   └─ poster ┘└handle┘ └─── date ───┘
//
// The post is the poster's words, which the outlet chose to show, not the
// outlet's own: it is a quotation without marks, and the name that signs
// it is its speaker. In the 37,554 Article-Bias-Prediction articles 5,789
// paragraphs end in a signature and 111 open with the poster's name, in
// 2,538 articles (6.8%; corpus's TestPostsABP); read as the outlet's own
// voice, a president's posts became the framing terms of the outlets that
// embedded them.
//
// Where a page sets the poster's name and handle first ("Jan Novak
// (@jnovak) The vote was rigged ..."), the post is the rest of the
// paragraph, if it is no longer than a tweet.
//
// The post is the paragraph's text before the signature, without an
// embed's leftover "x" or "View this post on Instagram"; or, when the
// signature stands alone, the paragraph before it, unless that ends in a
// colon (the outlet's own introduction: "He wrote:") or is a signed post
// itself. Posts are short (280 characters for a tweet): where the text
// before the signature is longer than its network allows (postChars), the
// paragraph holds the outlet's words too, and the post is the sentences
// at its end that fit.
//
// Limits: the date must be written in English (an embed in another
// language writes the month in that language); a post broken over several
// paragraphs is read from its last (or, before a lone signature, the one
// before); a display name that does not read as a name ("neontaster ??")
// leaves the post quoted but unattributed.

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

// linkChars is what a link counts for in a post's length, whatever its
// length, as the network counts it.
const linkChars = 23

// embedLead matches what an embed leaves before a post's text.
var embedLead = regexp.MustCompile(`^(?:x\s+|View this (?:post|photo|video) on Instagram\s+)`)

// postCue is the cue of an embedded post's quotation.
const postCue = "posted"

// postChars counts the characters of a post as its network does: a link
// ("https://t.co/...") counts as linkChars whatever its length, and an
// attached picture's link (pic.twitter.com/...) not at all.
func postChars(text string) int {
	n := 0
	for _, f := range strings.Fields(text) {
		switch {
		case strings.HasPrefix(f, "pic.twitter.com/"):
			continue
		case strings.Contains(f, "://") || strings.HasPrefix(f, "www."):
			n += linkChars + 1
		default:
			n += utf8.RuneCountInString(f) + 1
		}
	}
	return max(0, n-1)
}

// findPosts returns the embedded posts of d in text order, as unmarked
// quotations.
func findPosts(d *Doc) []unmarked {
	var out []unmarked
	for pi, p := range d.Paragraphs {
		text := d.Text[p.Start:p.End]
		sg, ok := corpus.PostSignature(text)
		if !ok {
			// The name and the handle first: "Jan Novak (@jnovak) The vote ...".
			if h, ok := corpus.PostHeader(text); ok {
				start, end := p.Start+h.Post, p.Start+len(strings.TrimRight(text, " \t"))
				if postChars(d.Text[start:end]) <= h.Limit && IsWord(d.Text[start:end]) {
					out = append(out, d.postQuote(start, end, p.Start+h.Name.Start, p.Start+h.Name.End))
				}
			}
			continue
		}
		body, ns, ne, limit := sg.Start, sg.Name.Start, sg.Name.End, sg.Limit
		sig := p.Start + len(strings.TrimRight(text[:body], " \t"))
		start := p.Start
		if strings.TrimSpace(text[:body]) == "" {
			// A lone signature signs the paragraph before it.
			if pi == 0 {
				continue
			}
			prev := d.Paragraphs[pi-1]
			before := strings.TrimRight(d.Text[prev.Start:prev.End], " \t")
			if _, signed := corpus.PostSignature(before); signed || before == "" || strings.HasSuffix(before, ":") || postChars(before) > limit {
				continue
			}
			if len(out) > 0 && out[len(out)-1].end > prev.Start {
				continue // the paragraph before is a post of its own, its header first
			}
			start = prev.Start
			sig = prev.Start + len(before)
		}
		if n := len(embedLead.FindString(d.Text[start:sig])); n > 0 {
			start += n
		}
		if postChars(d.Text[start:sig]) > limit {
			start = d.postStart(start, sig, limit)
		}
		if sig <= start || !IsWord(d.Text[start:sig]) {
			continue
		}
		out = append(out, d.postQuote(start, sig, p.Start+ns, p.Start+ne))
	}
	return out
}

// postStart returns where the sentences that end at sig and fit in limit
// characters begin, or sig when not even the last one fits.
func (d *Doc) postStart(from, sig, limit int) int {
	start := sig
	if len(d.Sentences) == 0 {
		return start
	}
	for i := d.SentenceAt(sig - 1); i >= 0; i-- {
		s := d.Sentences[i].Start
		if s < from || postChars(d.Text[s:sig]) > limit {
			break
		}
		start = s
	}
	return start
}

// postQuote is the quotation of the post start..end, whose poster's name
// stands at nameStart..nameEnd.
func (d *Doc) postQuote(start, end, nameStart, nameEnd int) unmarked {
	by, name := d.poster(nameStart, nameEnd)
	return unmarked{start: start, end: end, by: by, speaker: name, cue: postCue}
}

// poster returns the mention of a person or an organisation at
// nameStart..nameEnd, the poster's name in a post's signature, or -1, and
// the poster's name: the mention's, or, where the entity model found none
// there, the display name as written when it reads as a name ("Greg
// Stohr", "NPR Politics"), or "".
//
// A mention of one word cut short of a longer display name that reads as a
// name gives way to it ("Jared" of "Jared Yates Sexton").
func (d *Doc) poster(nameStart, nameEnd int) (int, string) {
	name := strings.TrimSpace(d.Text[nameStart:nameEnd])
	display := displayName(name)
	// A title in the display name is no part of the poster's name: "Vice
	// President Pence" is the article's Mike Pence.
	name = strings.Join(withoutTitle(strings.Fields(name)), " ")
	for mi, m := range d.Entities {
		if m.Start >= nameEnd {
			break
		}
		if m.Start >= nameStart && (m.Type == Person || m.Type == Org) {
			if display && m.Type == Person && !strings.Contains(m.Name, " ") && len(strings.Fields(name)) > 1 {
				return mi, name
			}
			return mi, m.Name
		}
	}
	if !display {
		return -1, ""
	}
	return -1, name
}

// maxDisplayWords bounds a display name taken as a poster's name.
const maxDisplayWords = 5

// displayName reports whether a post's display name reads as a name: a
// few capitalised words of letters ("Greg Stohr", "FOX & friends" is not),
// without emoji or other signs ("neontaster ??").
func displayName(name string) bool {
	words := strings.Fields(name)
	if len(words) == 0 || len(words) > maxDisplayWords {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && !strings.ContainsRune(".'’-", r) {
				return false
			}
		}
	}
	return true
}
