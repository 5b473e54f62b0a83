package loaded

// Subjectivity cues: short word lists from the linguistics of stance and
// bias, written for this package from the sources named on each list (no
// list is copied from a lexicon with a licence of its own, and none holds
// a word because an annotated article used it). Recasens, Danescu-
// Niculescu-Mizil & Jurafsky 2013 ("Linguistic models for analyzing and
// detecting biased language", ACL) found hedges, factive, assertive and
// implicative verbs and intensifiers among the best features for finding
// the biased word of a sentence; the lists follow their categories.
//
// Words are listed in their base form and matched with their
// inflections ("claimed", "claims" match "claim"; see bases in
// features.go); the verb lists match only words tagged as verbs ("an
// attack" is no reporting verb). Only single words: a multi-word cue
// ("point out") is listed by its distinctive word when it has one.

import "strings"

var (
	// hedges soften a claim, or distance the writer from it (Hyland 2005,
	// "Metadiscourse", hedges; Lakoff 1973; the distancing adverbs of
	// news reporting: "reportedly", "allegedly", "so-called").
	hedges = words(`
		allegedly apparently appear appears arguably assume assumed doubt doubtful
		estimate guess largely likely mainly maybe mostly ostensibly perhaps
		plausible plausibly possibly presumably probably purportedly putative
		reportedly roughly seemingly seem seems so-called somewhat speculate
		supposedly suppose suspect tend typically uncertain unclear unlikely
		unproven unsubstantiated usually`)

	// boosters assert certainty (Hyland 2005, boosters).
	boosters = words(`
		actually always certainly clear clearly conclusively decidedly definitely
		demonstrably doubtless evident evidently indeed indisputable
		indisputably never obvious obviously plainly really sure surely
		truly unambiguously undeniable undeniably undisputed undoubtedly
		unquestionably`)

	// intensifiers raise the degree of what they modify (Quirk et al.
	// 1985, amplifiers: maximisers and boosters of degree; Recasens et al.
	// 2013 "intensifiers").
	intensifiers = words(`
		absolutely awfully badly bitterly completely considerably deeply
		desperately drastically dramatically enormously entirely especially
		exceedingly exceptionally excessively extraordinarily extremely
		fiercely fully greatly harshly highly hugely immensely incredibly
		intensely outright overwhelmingly particularly profoundly radically
		remarkably severely sharply staggeringly strikingly strongly
		substantially terribly thoroughly totally tremendously truly
		unbelievably unprecedented unusually utterly vastly vehemently
		wholly widely wildly`)

	// factives presuppose that their complement is true (Kiparsky &
	// Kiparsky 1970; Hooper 1975): "she admitted that ..." takes the
	// claim for granted.
	factives = words(`
		acknowledge admit aware confess deplore discover forget ignore
		learn lament notice realize recognize regret remember resent reveal
		understand`)

	// assertives assert their complement without presupposing it; the
	// choice of verb is the writer's stance toward it (Hooper 1975, strong
	// and weak assertives).
	assertives = words(`
		allege argue assert assure believe certify charge claim contend
		declare emphasize hint imagine insist maintain predict profess
		purport speculate suggest suppose swear testify vow`)

	// implicatives imply the truth or falsity of their complement
	// (Karttunen 1971): "he failed to" says he did not.
	implicatives = words(`
		attempt avoid bother cause condescend dare deprive enable fail force
		hesitate manage neglect prevent refuse venture`)

	// evaluative reporting verbs say how something was said, or what the
	// writer makes of it, where a neutral verb ("said", "told", "added")
	// would not (Caldas-Coulthard 1994, "On reporting reporting",
	// expressive and descriptive speech verbs; Bednarek 2006, evaluation in
	// news discourse).
	//
	// Verbs that news mostly uses for physical acts ("attack", "counter",
	// "protest") are left out: "troops could attack" reports no speech.
	reportVerbs = words(`
		accuse blast boast brag complain concede crow decry demand denounce
		deride dismiss fume gripe grumble howl lambast lash mock plead rail
		rant retort scoff scold seethe shout slam snap sneer taunt threaten
		tout trumpet urge warn whine`)
)

// words splits a list into a set of lower-case words.
func words(list string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(list) {
		out[w] = true
	}
	return out
}
