package synth

import (
	"math"
	"math/rand/v2"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

// builder writes one article and records its annotations as it goes.
type builder struct {
	g    *Generator
	r    *rand.Rand
	ev   *event
	bias float64

	text       []byte
	d          nlp.Doc
	paraStart  int
	sentStart  int
	tokStart   int
	space      bool // a space goes before the next word
	lower      bool // the next word may stay lower case: not a sentence start
	words      int
	introduced map[string]bool
}

func (b *builder) doc() *nlp.Doc {
	d := b.d
	d.Text = string(b.text)
	return &d
}

// add appends a token. glue suppresses the space before it.
func (b *builder) add(s, tag string, glue bool) (start, end int) {
	if b.space && !glue {
		b.text = append(b.text, ' ')
	}
	if !b.lower && nlp.IsWord(s) {
		s = capitalize(s)
		b.lower = true
	}
	start = len(b.text)
	b.text = append(b.text, s...)
	end = len(b.text)
	b.d.Tokens = append(b.d.Tokens, nlp.Token{Start: start, End: end, Tag: tag})
	if nlp.IsWord(s) {
		b.d.WordCount++
		b.words++
	}
	b.space = true
	return start, end
}

func (b *builder) word(w, tag string) { b.add(w, tag, false) }

func (b *builder) punct(p string) { b.add(p, p, true) }

// name writes an entity of one or more words, each an NNP token.
func (b *builder) name(name, typ string) {
	var start, end int
	for k, part := range strings.Fields(name) {
		s, e := b.add(part, "NNP", false)
		if k == 0 {
			start = s
		}
		end = e
	}
	b.d.Entities = append(b.d.Entities, nlp.Mention{Start: start, End: end, Name: name, Type: typ, Sent: len(b.d.Sentences)})
}

func (b *builder) person(name string) {
	if !b.introduced[name] && b.r.IntN(2) == 0 {
		for _, w := range strings.Fields(titles[b.r.IntN(len(titles))]) {
			if w == "of" {
				b.word(w, "IN")
			} else {
				b.word(w, "NNP")
			}
		}
	}
	b.introduced[name] = true
	b.name(name, nlp.Person)
}

func (b *builder) endSentence() {
	b.punct(".")
	tone := 0.0
	if b.r.Float64() > 0.45 {
		tone = math.Max(-1, math.Min(1, b.bias+b.r.NormFloat64()*0.4))
		tone = math.Round(tone*10000) / 10000 // VADER reports four decimals
	}
	b.d.Sentences = append(b.d.Sentences, nlp.Sentence{
		Start: b.sentStart, End: len(b.text), Para: len(b.d.Paragraphs),
		TokStart: b.tokStart, TokEnd: len(b.d.Tokens), Tone: tone,
	})
	b.sentStart = len(b.text) + 1
	b.tokStart = len(b.d.Tokens)
	b.lower = false
}

func (b *builder) endParagraph() {
	b.d.Paragraphs = append(b.d.Paragraphs, corpus.Span{Start: b.paraStart, End: len(b.text)})
	b.text = append(b.text, '\n', '\n')
	b.paraStart = len(b.text)
	b.sentStart = b.paraStart
	b.space = false
}

// Slot fillers. The event's own words and names come up often enough that
// its articles share them, as reports of one story do.
func (b *builder) noun() {
	if b.r.IntN(3) == 0 {
		b.word(b.ev.nouns[b.r.IntN(len(b.ev.nouns))], "NN")
		return
	}
	b.word(b.g.nouns[b.g.nounZ.draw(b.r)], "NN")
}

func (b *builder) adj() { b.word(adjectives[b.g.adjZ.draw(b.r)], "JJ") }

func (b *builder) verb(form int) {
	v := b.g.verbZ.draw(b.r)
	if b.r.IntN(3) == 0 {
		v = b.ev.verb
	}
	b.word(verbs[v][form], []string{"VB", "VBD", "VBN"}[form])
}

func (b *builder) somePerson() {
	if b.r.IntN(4) > 0 {
		b.person(b.ev.people[b.r.IntN(len(b.ev.people))])
		return
	}
	b.person(b.g.people[b.g.peopleZ.draw(b.r)])
}

func (b *builder) somePlace() {
	if b.r.IntN(3) > 0 {
		b.name(b.ev.places[b.r.IntN(len(b.ev.places))], nlp.Place)
		return
	}
	b.name(b.g.places[b.g.placeZ.draw(b.r)], nlp.Place)
}

func (b *builder) someOrg() {
	if b.ev.org != "" && b.r.IntN(2) == 0 {
		b.name(b.ev.org, nlp.Org)
		return
	}
	b.name(b.g.orgs[b.g.orgZ.draw(b.r)], nlp.Org)
}

// np writes "the [adjective] noun".
func (b *builder) np() {
	b.word("the", "DT")
	if b.r.IntN(2) == 0 {
		b.adj()
	}
	b.noun()
}

// sentences are the templates, each a sentence of news prose with slots.
var sentences = []func(b *builder){
	func(b *builder) { // Anna Novak approved the new sanctions in Kyiv on Monday.
		b.somePerson()
		b.verb(1)
		b.np()
		b.word("in", "IN")
		b.somePlace()
		b.word("on", "IN")
		b.word(weekdays[b.r.IntN(7)], "NNP")
	},
	func(b *builder) { // Officials in Warsaw said the talks would resume the plan before March.
		b.word("Officials", "NNS")
		b.word("in", "IN")
		b.somePlace()
		b.word("said", "VBD")
		b.np()
		b.word("would", "MD")
		b.verb(0)
		b.np()
		b.word(preps[b.r.IntN(len(preps))], "IN")
		b.word(months[b.r.IntN(12)], "NNP")
	},
	func(b *builder) { // The OSCE has suspended the fragile ceasefire, according to Boris Dorn.
		b.word("The", "DT")
		b.someOrg()
		b.word("has", "VBZ")
		b.verb(2)
		b.np()
		b.punct(",")
		b.word("according", "VBG")
		b.word("to", "TO")
		b.somePerson()
	},
	func(b *builder) { // The latest report on the pipeline came after weeks of tense negotiations.
		b.np()
		b.word("on", "IN")
		b.np()
		b.word("came", "VBD")
		b.word("after", "IN")
		b.word("weeks", "NNS")
		b.word("of", "IN")
		b.adj()
		b.noun()
	},
	func(b *builder) { // It was not clear whether the committee would extend the deal.
		b.word("It", "PRP")
		b.word("was", "VBD")
		b.word("not", "RB")
		b.word("clear", "JJ")
		b.word("whether", "IN")
		b.np()
		b.word("would", "MD")
		b.verb(0)
		b.np()
	},
	func(b *builder) { // More than 40 families left Odesa as the storm reached the port.
		b.word("More", "JJR")
		b.word("than", "IN")
		b.word([]string{"12", "40", "200", "1,500", "3,000", "dozens of"}[b.r.IntN(6)], "CD")
		b.noun()
		b.word("left", "VBD")
		b.somePlace()
		b.word("as", "IN")
		b.np()
		b.word("reached", "VBD")
		b.np()
	},
	func(b *builder) { // Critics of the agreement warned that the economy and the grid were at risk.
		b.word("Critics", "NNS")
		b.word("of", "IN")
		b.np()
		b.verb(1)
		b.word("that", "IN")
		b.np()
		b.word("and", "CC")
		b.np()
		b.word("were", "VBD")
		b.word("at", "IN")
		b.word("risk", "NN")
	},
	func(b *builder) { // The government of Turkey denied any role in the attack.
		b.np()
		b.word("of", "IN")
		b.somePlace()
		b.verb(1)
		b.word("any", "DT")
		b.word("role", "NN")
		b.word("in", "IN")
		b.np()
	},
}

// quote writes: “The talks have ended the crisis,” Anna Novak said.
func (b *builder) quote() {
	b.add("“", "``", false)
	b.space, b.lower = false, false
	start := len(b.text)
	b.np()
	b.word("has", "VBZ")
	b.verb(2)
	b.np()
	b.word(preps[b.r.IntN(len(preps))], "IN")
	b.somePlace()
	b.punct(",")
	end := len(b.text)
	b.add("”", "''", true)
	b.lower = true
	b.somePerson()
	speaker := b.d.Entities[len(b.d.Entities)-1].Name
	b.word("said", "VBD")
	b.d.Quotes = append(b.d.Quotes, nlp.Quote{Start: start, End: end, Speaker: speaker, Cue: "said", Sent: len(b.d.Sentences)})
}

// write fills the article to about n words: a lead naming the event's
// people and places, then paragraphs of one to three sentences.
func (b *builder) write(n int) {
	b.introduced = map[string]bool{}
	b.person(b.ev.people[0])
	b.verb(1)
	b.np()
	b.word("in", "IN")
	b.name(b.ev.places[0], nlp.Place)
	b.word("on", "IN")
	b.word(weekdays[b.r.IntN(7)], "NNP")
	b.endSentence()
	b.endParagraph()
	for b.words < n {
		k := 1 + b.r.IntN(3)
		for s := 0; s < k; s++ {
			if b.r.IntN(6) == 0 {
				b.quote()
			} else {
				sentences[b.r.IntN(len(sentences))](b)
			}
			b.endSentence()
		}
		b.endParagraph()
	}
	// The text ends with its last paragraph, not a blank line.
	b.text = b.text[:len(b.text)-2]
}

// title is a headline from the event's words: "Novak approves sanctions in Kyiv".
func (b *builder) title() string {
	person := b.ev.people[0]
	last := person[strings.LastIndexByte(person, ' ')+1:]
	v := verbs[b.ev.verb][0]
	if strings.HasSuffix(v, "s") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") {
		v += "es"
	} else {
		v += "s"
	}
	noun := b.ev.nouns[b.r.IntN(len(b.ev.nouns))]
	return last + " " + v + " " + noun + " in " + b.ev.places[0]
}
