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
// clause) and "X, 46, was killed" (commas) are missed. "beat" also names
// winning a race: "Y beat X in the primary" is read as harm done to X.
// The agent is told apart only by "by" and by its place as subject.

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
		// object is a body (not "hit", "strike" or "hammer", whose news
		// sense is as often criticism).
		`batter battered battering
		beat beaten beating beatings
		bludgeon bludgeoned
		kick kicked kicking
		pummel pummeled pummelled
		punch punched punching
		slap slapped slapping`,
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
//     where the tagger took "shot" for a noun), but not where "by"
//     comes between (the agent: "shot by Officer X");
//   - after its "'s", a noun it possesses through adjectives and nouns
//     alone, not followed by "of", "on" or "against" (the agent's
//     preposition): "X's fatal shooting", "X's death", but not "X's
//     assault on Y";
//
// and a death word as the verb of the active group after it ("X died")
// or after its copula ("X is dead"). The tokens are indexes of d.Tokens.
func (r *roles) harmedTokens() map[int]bool {
	sc := r.sc
	d := sc.d
	if r.a < 0 {
		return nil
	}
	low := func(i int) string { return strings.ToLower(d.TokenText(i)) }
	harm := func(i int) bool { return harmWords[low(i)] || deathWords[low(i)] }
	tag := func(i int) string { return d.Tokens[i].Tag }
	out := map[int]bool{}
	inClause := func(i int) bool { return i >= sc.tok0 && i < sc.tok1 && sc.clauseOf(i) == r.clause }
	// The verb group before the target, whose object it is, unless "by"
	// stands between them ("shot by Officer X").
	agent := r.byAgent
	for i := r.before.to; r.before.from >= 0 && i < r.a; i++ {
		if strings.EqualFold(d.TokenText(i), "by") {
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
			for i := a.to; inClause(i); i++ {
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
	}
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
		if modifiesUpTo(d, i+1, r.a) || i+1 < r.a && strings.EqualFold(d.TokenText(i+1), "of") && modifiesUpTo(d, i+2, r.a) {
			out[i] = true
		}
	}
	// After its "'s": "X's death".
	if r.b < sc.tok1 && tag(r.b) == "POS" {
		for i := r.b + 1; inClause(i) && i <= r.b+4; i++ {
			if harm(i) {
				next := ""
				if i+1 < sc.tok1 {
					next = low(i + 1)
				}
				if next != "of" && next != "on" && next != "against" {
					out[i] = true
				}
				continue
			}
			if t := tag(i); !(t == "JJ" || strings.HasPrefix(t, "NN") || t == "VBN" || strings.HasPrefix(t, "RB")) || t == "NNP" || t == "NNPS" {
				break
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
