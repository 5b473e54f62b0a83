package target

// Harm: physical harm done to the target, read apart from the rest of
// what is done to it. "Critics slammed X" portrays X; "police shot X"
// reports what X suffered, and NewsMTSC's annotators mostly read such a
// target as neutral. The words are a cue list written for this package
// from general lexical categories, not from any annotated or reported
// text; the classifier learns what they are worth (features.go, the
// "harmed" group).
//
// Words are listed in every form matched (lower case, no stemming:
// "shot" is a form of "shoot", and "shots" is not listed). The classes
// are Beth Levin's ("English Verb Classes and Alternations", 1993), as
// VerbNet carries them.
//
// Limits: the positions are guessed from word order and part-of-speech
// tags, within the target's clause, so "X, who was shot" (a relative
// clause) and the body a target owns ("kneeling on X's neck") are
// missed, and "beaten to death" is not listed. The agent is told apart
// only by "by" and by its place as subject. Any target can suffer harm,
// whatever its entity type (the tagger types a victim's name as a place
// about one time in eight in May 2020 of Article-Bias-Prediction), so a
// place that modifies the noun after it is read as harmed in "a
// Brunswick, Georgia man who was killed".

import (
	"strings"

	"github.com/framediff/framediff/corpus/nlp"
)

var (
	// harmWords name harm done to a person's body.
	harmWords = words(
		// Levin 1993, 42.1 "murder verbs" (VerbNet murder-42.1), leaving
		// out those whose usual news sense is no killing (dispatch,
		// eliminate, liquidate), and their nouns.
		`assassinate assassinated assassinates assassinating assassination assassinations
		butcher butchered butchering
		execute executed executes executing execution executions
		kill killed killing killings kills
		massacre massacred massacres massacring
		murder murdered murdering murders
		slaughter slaughtered slaughtering
		slay slain slaying slayings slays slew`,
		// Levin 42.2 "poison verbs" (VerbNet poison-42.2) and 40.7
		// "suffocate verbs": "hang" only as "hanged", its sense of
		// killing.
		`asphyxiate asphyxiated asphyxiation
		choke choked chokes choking chokehold
		crucified crucify
		drown drowned drowning drowns
		electrocute electrocuted
		garrote garroted
		hanged
		knifed
		poison poisoned poisoning poisons
		shoot shooting shootings shoots shot
		smother smothered
		stab stabbed stabbing stabbings stabs
		strangle strangled strangles strangling strangulation
		suffocate suffocated suffocating suffocation`,
		// Levin 18.1 "hit verbs" and 18.3 "spank verbs", those whose
		// object is a body in news: not "hit", "strike" or "hammer",
		// whose news sense is as often criticism, "kick" and "slap",
		// as often figurative ("kicked out of the party", "slapped with
		// a fine"), nor "beat", as often winning an election ("beating
		// Trump in November").
		`batter battered battering
		bludgeon bludgeoned
		pummel pummeled pummelled
		punch punched punching`,
		// Levin 40.8.3 "hurt verbs" of a body, not "hurt" itself, whose
		// news sense is as often of a budget or a campaign.
		`injure injured injures injuring injuries injury
		maim maimed
		wound wounded wounding wounds`,
		// The violent crimes against a person beside murder in the FBI's
		// Uniform Crime Reporting: rape and assault.
		`assault assaulted assaulting assaults
		molest molested
		rape raped rapes raping`,
	)

	// deathWords name a death suffered rather than done: Levin 48.2
	// "verbs of disappearance" of a living being (die, perish) and their
	// noun and adjective. "X died" is what happened to X, as "X was
	// killed" is.
	deathWords = words(`dead death deaths die died dies dying perish perished perishes`)
)

// words returns the set of the whitespace-separated words of the lists.
func words(lists ...string) map[string]bool {
	out := map[string]bool{}
	for _, l := range lists {
		for _, w := range strings.Fields(l) {
			out[w] = true
		}
	}
	return out
}

// harmedTokens returns the tokens of the target's clause that name harm
// done to the target, or a death it suffered: a harm word
//
//   - in the verb group before it, whose object it is: "police shot X",
//     "the officer who killed X";
//   - in the passive verb group after it, and harm or death words that
//     follow that group through "and", "or", "to", adverbs, determiners
//     and participles alone: "X was shot and killed", "X was beaten to
//     death", "X was found dead";
//   - before it, followed by "of" and the words of a noun phrase before
//     its head up to it ("the killing of X", "the death of the young
//     X"), or by those words alone ("the slain X", "officer shot X"
//     where the tagger took "shot" for a noun), but not where the
//     target's phrase follows "by" (the agent: "shot by Officer X");
//   - after its "'s" (or "’s", which the tagger does not tag as a
//     possessive), a noun it possesses through adjectives and nouns
//     alone, not followed by "of", "on" or "against" (the agent's
//     preposition): "X's fatal shooting", "X's death", but not "X's
//     assault on Y";
//
// and a death word as the verb of the active group after it ("X died")
// or after its copula ("X is dead"). Where the target depends on a noun
// of harm ("the killing of X", "X's death"), the words of its clause
// that would be read as done to it or by it (features.go: acted, acts,
// object) are the harm's too: "protests over the death of X", "X's death
// sparked outrage". The tokens are indexes of d.Tokens; r.harmed must
// not be set yet.
func (r *roles) harmedTokens() map[int]bool {
	sc := r.sc
	d := sc.d
	if r.a < 0 {
		return nil
	}
	low := func(i int) string { return strings.ToLower(d.TokenText(i)) }
	harm := func(i int) bool { return (harmWords[low(i)] || deathWords[low(i)]) && !deadIdiom(d, i) }
	tag := func(i int) string { return d.Tokens[i].Tag }
	out := map[int]bool{}
	inClause := func(i int) bool { return i >= sc.tok0 && i < sc.tok1 && sc.clauseOf(i) == r.clause }
	// following claims the harm words after a passive or a copula, up to
	// the first word that is none of "and", "or", "to", an adverb, a
	// determiner, a participle or an adjective.
	following := func(from int) {
		c := sc.clauseOf(from - 1)
		for i := from; i < sc.tok1 && sc.clauseOf(i) == c; i++ {
			w, t := low(i), tag(i)
			if harm(i) {
				out[i] = true
				continue
			}
			if w == "and" || w == "or" || w == "to" || strings.HasPrefix(t, "RB") || t == "DT" || t == "VBN" || t == "JJ" {
				continue
			}
			break
		}
	}
	// The verb group before the target, whose object it is, unless the
	// target's phrase follows "by" ("shot by Officer X"; not "used by
	// an officer in the death of X").
	agent := r.byAgent
	for i := r.before.to; r.before.from >= 0 && i < r.a; i++ {
		if strings.EqualFold(d.TokenText(i), "by") && nounsUpTo(d, i+1, r.a) {
			agent = true
		}
	}
	if b := r.before; b.from >= 0 && !agent {
		for i := b.from; i < b.to; i++ {
			if harmWords[low(i)] {
				out[i] = true
			}
		}
	}
	// The verb group after it, and what follows a passive or a copula.
	if a := r.after; a.from >= 0 {
		last := a.to - 1
		switch {
		case a.passive:
			for i := a.from; i < a.to; i++ {
				if harm(i) {
					out[i] = true
				}
			}
		case !a.copula && deathWords[low(last)]:
			out[last] = true
		}
		if a.passive || a.copula {
			following(a.to)
		}
	}
	r.appositiveHarm(out, following)
	// ofHarm: the target depends on a noun of harm, "the killing of X",
	// "X's death".
	ofHarm := false
	// Before it: "the killing of X", "the slain X", and a verb the
	// tagger missed ("officer shot/NN X").
	from := sc.tok0
	if r.before.from >= 0 {
		from = r.before.to
	}
	for i := r.a - 1; i >= from && inClause(i) && !agent; i-- {
		if !harm(i) {
			continue
		}
		switch {
		case i+1 < r.a && strings.EqualFold(d.TokenText(i+1), "of") && modifiesUpTo(d, i+2, r.a):
			out[i] = true
			ofHarm = true
		case modifiesUpTo(d, i+1, r.a):
			out[i] = true
		}
	}
	// After its "'s": "X's death".
	if r.b < sc.tok1 && (tag(r.b) == "POS" || low(r.b) == "'s" || low(r.b) == "’s") {
		for i := r.b + 1; inClause(i) && i <= r.b+4; i++ {
			if harm(i) {
				next := ""
				if i+1 < sc.tok1 {
					next = low(i + 1)
				}
				nextTag := ""
				if i+1 < sc.tok1 {
					nextTag = tag(i + 1)
				}
				// "X's death toll": the harm noun modifies another; "X's
				// dead intern": an adjective's harm is the noun's.
				noun := strings.HasPrefix(tag(i), "NN") || tag(i) == "VBG"
				if noun && next != "of" && next != "on" && next != "against" && nextTag != "NN" && nextTag != "NNS" && nextTag != "JJ" {
					out[i] = true
					ofHarm = true
				}
				continue
			}
			if t := tag(i); !(t == "JJ" || strings.HasPrefix(t, "NN") || t == "VBN" || strings.HasPrefix(t, "RB")) || t == "NNP" || t == "NNPS" {
				break
			}
		}
	}
	// The words that would be read as done to the target or by it are
	// the harm's when the target depends on its noun: in "protests over
	// the killing of X" the protests are over the killing, in "X's death
	// sparked outrage" the death sparked it.
	if ofHarm {
		for i := sc.tok0; i < sc.tok1; i++ {
			if !inClause(i) || out[i] {
				continue
			}
			switch r.group(d.Tokens[i].Start, d.Tokens[i].End) {
			case gActed, gActs, gObject:
				out[i] = true
			}
		}
	}
	return out
}

// modifiesUpTo reports whether tokens [from, to) hold only determiners,
// possessive pronouns, adjectives, participles, numbers, adverbs and
// proper nouns: the words of a noun phrase before its head, a title or a
// first name before a surname ("the death of Officer Tomas X"). A common
// noun breaks it: "murder suspect X" is no harm done to X.
func modifiesUpTo(d *nlp.Doc, from, to int) bool {
	for i := from; i < to; i++ {
		switch t := d.Tokens[i].Tag; {
		case t == "DT", t == "PRP$", t == "JJ", t == "JJR", t == "JJS", t == "VBN", t == "CD", t == "NNP", t == "NNPS", strings.HasPrefix(t, "RB"):
		default:
			return false
		}
	}
	return true
}

// appositiveHarm adds to out the harm words of the clauses that follow
// the target after a comma and say what it suffered: a relative clause
// ("X, who was shot", "X, who died"), the rest of its own clause after an
// appositive ("X, 46, was killed"), or a participle after an appositive's
// noun ("X, a man killed by police"). An appositive without a verb is
// passed over, up to three clauses; a clause whose subject is another
// ("X, whose son was shot", "X, a man police shot") ends the search.
func (r *roles) appositiveHarm(out map[int]bool, following func(from int)) {
	sc := r.sc
	d := sc.d
	if r.b >= sc.tok1 || d.TokenText(r.b) != "," {
		return
	}
	low := func(i int) string { return strings.ToLower(d.TokenText(i)) }
	k := r.b + 1
	for hop := 0; hop < 3 && k < sc.tok1; hop++ {
		c := sc.clauseOf(k)
		if c < 0 {
			return
		}
		end := k
		for end < sc.tok1 && sc.clauseOf(end) == c {
			end++
		}
		v := -1
		for i := k; i < end; i++ {
			if sc.isVerb(i) {
				v = i
				break
			}
		}
		if v < 0 {
			// An appositive: "46", "a Black man". Go on after its comma,
			// or into the relative clause that follows it.
			if end < sc.tok1 && sc.clauseOf(end) < 0 {
				if d.TokenText(end) != "," {
					return
				}
				end++
			}
			k = end
			continue
		}
		g := sc.groupAround(v)
		subject := true // nothing but "who" and adverbs before the verb group
		for i := k; i < g.from; i++ {
			if w, t := low(i), d.Tokens[i].Tag; w != "who" && !strings.HasPrefix(t, "RB") {
				subject = false
			}
		}
		last := g.to - 1
		switch {
		case subject && g.passive:
			for i := g.from; i < g.to; i++ {
				if harmWords[low(i)] || deathWords[low(i)] {
					out[i] = true
				}
			}
			following(g.to)
		case subject && g.copula:
			following(g.to)
		case subject && deathWords[low(last)]:
			out[last] = true
		case !subject && low(k) != "who" && low(k) != "whose" && g.from == v && d.Tokens[v].Tag == "VBN" && harmWords[low(v)] && !auxiliaries[low(v-1)]:
			// "a man killed by police", "a woman shot to death".
			out[v] = true
			following(v + 1)
		}
		return
	}
}

// deadIdiom reports whether token i is "dead" before a word that it
// intensifies or that heads its phrase: "dead set", "dead wrong", "a dead
// end" name no death.
func deadIdiom(d *nlp.Doc, i int) bool {
	if !strings.EqualFold(d.TokenText(i), "dead") || i+1 >= len(d.Tokens) {
		return false
	}
	t := d.Tokens[i+1].Tag
	return strings.HasPrefix(t, "JJ") || strings.HasPrefix(t, "NN") && t != "NNP" && t != "NNPS" || t == "VBN" || t == "VBD"
}

// nounsUpTo reports whether tokens [from, to) hold only the words
// modifiesUpTo allows and common nouns: a noun phrase before its head,
// titles and descriptions included ("by mental health patient X").
func nounsUpTo(d *nlp.Doc, from, to int) bool {
	for i := from; i < to; i++ {
		if t := d.Tokens[i].Tag; !strings.HasPrefix(t, "NN") && !modifiesUpTo(d, i, i+1) {
			return false
		}
	}
	return true
}
