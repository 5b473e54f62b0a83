package report

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/compare/frame"
)

// The first screen of an event says in plain words what differs, outlet by
// outlet: its headline, its strongest framing terms and loaded words, whom
// it quotes, what only it reports, and how its sentences speak of the main
// actors. Every figure there comes with its counts in words ("used 5
// times; the others, 0 times in about 3 times as many words"), strong
// findings stand out and weaker ones are shown lighter, and the numbers
// behind it follow further down. It only rearranges what the result holds.

// Limits of an outlet's card, so that an event of five outlets fits a
// printed page; a compact report (compactCard) keeps fewer.
const (
	cardFraming  = 3   // framing terms
	cardLoaded   = 5   // loaded words
	cardSpeakers = 3   // speakers quoted
	cardActors   = 3   // main actors whose tone is given
	cardOmits    = 3   // entities it never mentions
	cardOnlyText = 130 // bytes of the sentence only it carries
	standsOut    = 6   // strong findings listed for the event
)

// cardLimits are how many of each a card lists.
type cardLimits struct{ framing, loaded, standsOut int }

var (
	fullCard    = cardLimits{framing: cardFraming, loaded: cardLoaded, standsOut: standsOut}
	compactCard = cardLimits{framing: 2, loaded: 3, standsOut: 0}
)

// eventSummary is an event's first screen.
type eventSummary struct {
	// StandsOut are the event's strong findings in words (the speakers
	// only one outlet quotes are on its card), none in a compact report,
	// where the cards alone say it; None says why there are none.
	StandsOut []summaryItem
	None      string
	Cards     []outletCard
}

// summaryItem is a term or count in words: what it is, and its counts.
type summaryItem struct {
	Outlet outletRef
	Text   string // the term, or the category and its words
	Plain  string // its counts in words
	Strong bool
	Href   string // its drill-down, "" for none
}

// outletCard is one outlet's version of the event, in words.
type outletCard struct {
	Outlet   outletRef
	Articles int
	Words    int
	// OthersWords is the words of the other outlets' articles.
	OthersWords int
	Headlines   []string
	Framing     []summaryItem
	// Lexicon holds its strong framing-lexicon categories.
	Lexicon []summaryItem
	// Loaded lists its loaded words ("accused ×2"), LoadedPlain their rate
	// against the others'.
	Loaded      []string
	LoadedPlain string
	// Reported lists the loaded words of its reported speech (the rest of
	// a sentence after "said" or "told": someone's claim in its words).
	Reported    []string
	Quotes      []string // "Sergey Lavrov, 45 words"
	QuotesPlain string
	OnlyQuotes  string
	Only        *uniqueView
	Omits       string
	Tone        []string // "Russia: negative (5 mentions)"
	// Language is the English name of the language the outlet wrote in,
	// "" for English or for several.
	Language string
	// EnglishOnly says that the card has no framing term, loaded word or
	// tone because the outlet wrote in another language and those are
	// measured in English only (compare/frame/languages.go): the card says
	// so in one line instead of "none found" three times, which would be
	// false.
	EnglishOnly bool
}

// languageNames are the English names of the languages framediff
// compares, for the cards; another code is shown as it is.
var languageNames = map[string]string{"en": "English", "es": "Spanish", "fr": "French", "de": "German", "ru": "Russian"}

func languageName(code string) string {
	return cmp.Or(languageNames[code], code)
}

// AnyWeak says whether a framing term of the card is a weaker finding.
func (c outletCard) AnyWeak() bool {
	return slices.ContainsFunc(c.Framing, func(f summaryItem) bool { return !f.Strong })
}

// voiceWords are the words each outlet wrote in its own voice in the
// event, the base of its term counts, from the loaded-word rows.
func voiceWords(ev compare.Event) map[string]int {
	out := map[string]int{}
	for _, l := range ev.LoadedWords {
		if l.Voice == frame.VoiceOwn {
			out[l.Outlet] = l.VoiceWords
		}
	}
	return out
}

// others sums the values of every outlet but o.
func others(m map[string]int, o string) int {
	n := 0
	for k, v := range m {
		if k != o {
			n += v
		}
	}
	return n
}

// times writes a count as a reader says it.
func times(n int) string {
	switch n {
	case 0:
		return "0 times"
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// asManyWords compares the others' words with the outlet's: "in about 3
// times as many words". It is "" when either is unknown.
func asManyWords(mine, theirs int) string {
	if mine <= 0 || theirs <= 0 {
		return ""
	}
	r := float64(theirs) / float64(mine)
	switch {
	case r >= 1.5:
		k := math.Round(r)
		if r < 2.75 {
			k = math.Round(r*2) / 2
		}
		return fmt.Sprintf(" in about %s times as many words", strings.TrimSuffix(fmt.Sprintf("%.1f", k), ".0"))
	case r > 0.75:
		return " in about as many words"
	case r >= 0.4:
		return " in about half as many words"
	case r >= 0.29:
		return " in about a third as many words"
	case r >= 0.22:
		return " in about a quarter as many words"
	}
	return " in less than a quarter as many words"
}

// usesShort is a term's counts in words where the words compared are
// given once for all: "once; the others, twice".
func usesShort(count, othersCount int) string {
	return fmt.Sprintf("%s; others, %s", times(count), times(othersCount))
}

// usesPlain is a term's counts in words: "used 5 times; the others, 0
// times in about 3 times as many words".
func usesPlain(count, othersCount, mine, theirs int) string {
	return fmt.Sprintf("used %s; the others, %s%s", times(count), times(othersCount), asManyWords(mine, theirs))
}

// stanceOf is how a report words an outlet's stance toward an entity:
// its stance, or that too few mentions say any (frame.MinStanceTargets).
func stanceOf(t compare.EntityTone) string {
	if t.Weak {
		return "too few to tell"
	}
	return stanceWord(t.Stance)
}

func stanceWord(s string) string {
	switch s {
	case "neg":
		return "negative"
	case "pos":
		return "positive"
	case "neu":
		return "neutral"
	}
	return s
}

// newSummary builds an event's first screen from its view (v) and result
// (ev): v holds the terms as listed, with their anchors and strength.
// A compact report's cards list fewer terms; a brief one's leave out the
// loaded words, as its other sections do.
func newSummary(ev compare.Event, v *eventView, uniqueAnchor map[*compare.UniqueSentence]string, byID map[string]int, d detail) eventSummary {
	lim := fullCard
	if d.compact {
		lim = compactCard
	}
	words := voiceWords(ev)
	if d.brief {
		ev.LoadedWords = nil
	}
	var s eventSummary
	cards := map[string]*outletCard{}
	for _, sz := range v.Sizes {
		s.Cards = append(s.Cards, outletCard{Outlet: sz.Outlet, Articles: sz.Articles, Words: sz.Words})
	}
	all := 0
	for _, sz := range v.Sizes {
		all += sz.Words
	}
	for i := range s.Cards {
		cards[s.Cards[i].Outlet.Name] = &s.Cards[i]
		s.Cards[i].OthersWords = all - s.Cards[i].Words
	}
	for _, e := range ev.Emphasis {
		if c := cards[e.Outlet]; c != nil {
			c.Headlines = e.Headlines
		}
	}
	for _, a := range v.Articles {
		if c := cards[a.Outlet.Name]; c != nil && len(c.Headlines) == 0 {
			c.Headlines = []string{a.Title}
		}
	}

	// The event's strong findings, gathered here and chosen at the end
	// (spreadStandsOut).
	var stand []standing
	// Framing terms, strong first, then in the result's order.
	for _, g := range v.Framing {
		c := cards[g.Outlet.Name]
		if c == nil {
			continue
		}
		ts := append([]termView(nil), g.Terms...)
		sort.SliceStable(ts, func(i, j int) bool { return ts[i].Strong && !ts[j].Strong })
		for _, t := range ts[:min(lim.framing, len(ts))] {
			f := summaryItem{Outlet: g.Outlet, Text: t.Term.Term, Strong: t.Strong, Href: "#" + t.Anchor,
				Plain: usesPlain(t.Count, t.OthersCount, words[g.Outlet.Name], others(words, g.Outlet.Name))}
			if t.Strong {
				stand = append(stand, standing{item: f, kind: standFraming, z: t.Z})
			}
			f.Plain = usesShort(t.Count, t.OthersCount)
			c.Framing = append(c.Framing, f)
		}
	}
	// Strong topical and quoted terms stand out too.
	for _, groups := range [][]termGroup{v.Terms, v.Quoted} {
		for _, g := range groups {
			for _, t := range g.Terms {
				if !t.Strong {
					continue
				}
				text := t.Term.Term
				if t.Kind == kindQuoted {
					text = "“" + text + "” (quoting " + speakerList(t.Speakers) + ")"
				}
				stand = append(stand, standing{item: summaryItem{Outlet: g.Outlet, Text: text, Strong: true, Href: "#" + t.Anchor,
					Plain: usesPlain(t.Count, t.OthersCount, words[g.Outlet.Name], others(words, g.Outlet.Name))}, kind: standTerm, z: t.Z})
			}
		}
	}
	// Framing-lexicon categories: the strong ones, used more or less than
	// the others (the counts say which), with the others' counts over
	// their articles' words, the base of the lexicon's rates.
	articleWords := map[string]int{}
	for _, sz := range v.Sizes {
		articleWords[sz.Outlet.Name] = sz.Words
	}
	catTotal := map[string]int{}
	for _, l := range ev.Lexicon {
		catTotal[l.Category] += l.Count
	}
	for _, l := range ev.Lexicon {
		c := cards[l.Outlet]
		if c == nil || !strongLexicon(l) {
			continue
		}
		var ws []string
		for _, w := range l.Words[:min(3, len(l.Words))] {
			ws = append(ws, w.Word)
		}
		text := l.Category + " words"
		if len(ws) > 0 {
			text += " (" + strings.Join(ws, ", ") + ")"
		}
		f := summaryItem{Outlet: c.Outlet, Text: text, Strong: true,
			Plain: usesPlain(l.Count, catTotal[l.Category]-l.Count, articleWords[l.Outlet], others(articleWords, l.Outlet))}
		stand = append(stand, standing{item: f, kind: standLexicon, z: l.Z})
		f.Plain = usesShort(l.Count, catTotal[l.Category]-l.Count)
		c.Lexicon = append(c.Lexicon, f)
	}

	// Loaded words in the outlet's own voice.
	loadedCount := map[string]int{}
	for _, l := range ev.LoadedWords {
		if l.Voice == frame.VoiceOwn {
			loadedCount[l.Outlet] = l.Count
		}
	}
	for _, l := range ev.LoadedWords {
		c := cards[l.Outlet]
		if c != nil && l.Voice == frame.VoiceReported {
			for _, w := range l.Words[:min(lim.loaded, len(l.Words))] {
				c.Reported = append(c.Reported, w.Word)
			}
		}
		if c == nil || l.Voice != frame.VoiceOwn {
			continue
		}
		for _, w := range l.Words[:min(lim.loaded, len(l.Words))] {
			word := w.Word
			if w.Count > 1 {
				word += fmt.Sprintf(" ×%d", w.Count)
			}
			c.Loaded = append(c.Loaded, word)
		}
		if l.VoiceWords > 0 {
			ow, oc := others(words, l.Outlet), others(loadedCount, l.Outlet)
			c.LoadedPlain = fmt.Sprintf("%.0f per 1,000 words", l.Rate)
			if ow > 0 {
				c.LoadedPlain += fmt.Sprintf("; the others, %.0f", float64(oc)*1000/float64(ow))
			}
		}
	}

	// Whom it quotes.
	for _, q := range ev.Quotes {
		c := cards[q.Outlet]
		if c == nil {
			continue
		}
		for _, sp := range q.Speakers[:min(cardSpeakers, len(q.Speakers))] {
			c.Quotes = append(c.Quotes, fmt.Sprintf("%s, %s", speakerName(sp.Name), plural(sp.Words, "word")))
		}
		if more := len(q.Speakers) - cardSpeakers; more > 0 {
			c.Quotes = append(c.Quotes, fmt.Sprintf("%d more", more))
		}
		if q.Quotes > 0 {
			c.QuotesPlain = fmt.Sprintf("quotes are %s of its words", pct(q.Share))
		}
		if len(q.Only) > 0 {
			c.OnlyQuotes = strings.Join(q.Only, ", ")
		}
	}

	// What only it reports, and whom it never mentions.
	for ui := range ev.Unique {
		u := &ev.Unique[ui]
		c := cards[u.Outlet]
		if c == nil {
			continue
		}
		if len(u.Sentences) > 0 {
			us := &u.Sentences[0]
			uv := uniqueView{UniqueSentence: *us, Anchor: uniqueAnchor[us]}
			uv.Text = clipRight(uv.Text, cardOnlyText)
			if i, ok := byID[us.Article]; ok {
				uv.ArticleAnchor = articleAnchor(i)
			}
			c.Only = &uv
		}
		if len(u.Omits) > 0 {
			n := min(cardOmits, len(u.Omits))
			c.Omits = strings.Join(u.Omits[:n], ", ")
			if len(u.Omits) > n {
				c.Omits += fmt.Sprintf(" and %d more", len(u.Omits)-n)
			}
		}
	}

	// How its sentences speak of the main actors: the event's first
	// entities with a tone.
	var actors []string
	seen := map[string]bool{}
	for _, t := range ev.EntityTone {
		if !seen[t.Entity] && len(actors) < cardActors {
			seen[t.Entity] = true
			actors = append(actors, t.Entity)
		}
	}
	for _, a := range actors {
		for _, t := range ev.EntityTone {
			if c := cards[t.Outlet]; c != nil && t.Entity == a && t.Mentions > 0 {
				c.Tone = append(c.Tone, fmt.Sprintf("%s %s (%d)", a, stanceOf(t), t.Mentions))
			}
		}
	}

	for i := range s.Cards {
		c := &s.Cards[i]
		if c.Outlet.Lang != "" {
			c.Language = languageName(c.Outlet.Lang)
			c.EnglishOnly = len(c.Framing)+len(c.Lexicon)+len(c.Loaded)+len(c.Tone) == 0
		}
	}
	s.StandsOut = spreadStandsOut(stand, lim.standsOut)
	scored := len(ev.Framing)+len(ev.Terms)+len(ev.QuotedTerms)+len(ev.Lexicon) > 0
	if !scored {
		s.None = "No terms were scored for this event."
	} else if len(s.StandsOut) == 0 && lim.standsOut > 0 {
		s.None = "No difference in wording here is strong enough to rely on (see “strong” in the glossary): read the terms below as leads to check in the articles, not as patterns."
	}
	return s
}

// standing is a strong finding that may stand out: its kind (framing
// terms before the others) and its z.
type standing struct {
	item summaryItem
	kind int
	z    float64
	rank int // its place among its outlet's findings of its kind (spreadStandsOut)
}

// The kinds of strong finding, in the order "What stands out" lists them.
const (
	standFraming = iota // a framing term
	standTerm           // a topical or quoted term
	standLexicon        // a framing-lexicon category
)

// spreadStandsOut chooses at most n of an event's strong findings for
// "What stands out": framing terms first, then topical and quoted terms,
// then framing-lexicon categories; within each kind every outlet's
// strongest (the largest |z|) before any outlet's second, and so on.
// Taken in the result's order, a dozen outlets' findings were cut to the
// first outlet's in the alphabet, as if it alone stood out. Ties go to
// the outlet's name, then the text, so the choice is the same for any
// order of the input.
func spreadStandsOut(all []standing, n int) []summaryItem {
	if n <= 0 || len(all) == 0 {
		return nil
	}
	all = slices.Clone(all)
	slices.SortStableFunc(all, func(a, b standing) int {
		if a.kind != b.kind {
			return cmp.Compare(a.kind, b.kind)
		}
		if za, zb := math.Abs(a.z), math.Abs(b.z); za != zb {
			return cmp.Compare(zb, za)
		}
		if c := cmp.Compare(a.item.Outlet.Name, b.item.Outlet.Name); c != 0 {
			return c
		}
		return cmp.Compare(a.item.Text, b.item.Text)
	})
	// rank is a finding's place among its outlet's of its kind: 0 for the
	// strongest. all is sorted, so a stable sort by kind and rank keeps
	// the order of |z| within each rank.
	type key struct {
		outlet string
		kind   int
	}
	seen := map[key]int{}
	for i := range all {
		k := key{all[i].item.Outlet.Name, all[i].kind}
		all[i].rank = seen[k]
		seen[k]++
	}
	slices.SortStableFunc(all, func(a, b standing) int {
		if c := cmp.Compare(a.kind, b.kind); c != 0 {
			return c
		}
		return cmp.Compare(a.rank, b.rank)
	})
	out := make([]summaryItem, 0, min(n, len(all)))
	for _, st := range all[:min(n, len(all))] {
		out = append(out, st.item)
	}
	return out
}

// toneWord reads a mean VADER compound score in words, by VADER's own
// cut of ±0.05 for a neutral sentence.
func toneWord(mean float64) string {
	switch {
	case mean <= -0.05:
		return "leans negative"
	case mean >= 0.05:
		return "leans positive"
	}
	return "about neutral"
}

// thousands writes n with a comma between thousands: 1,212.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
