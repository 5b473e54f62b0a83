package report

import (
	"fmt"
	"math"

	"github.com/framediff/framediff/compare"
)

// The words a class needs to read the HTML report: a short "How to read
// this" at the top and a glossary of the technical terms at the end, which
// the numbers link to. They say what each figure means and how far it can
// be trusted, with the measured figures of the methods (README, "How
// framing is measured").

// howToRead is the short guide at the top of the report, for students.
var howToRead = []string{
	"Each event is one news story reported by several outlets. Its first screen, “What differs”, says in plain words how each outlet told it: its headline, its most telling words, whom it lets speak, what only it reports, and how its sentences speak of the main actors.",
	"Then come the articles side by side, with the same marks in the text: words that set the outlet apart, quotations with their speaker, and sentences no other outlet carries (“only here”). Click a marked word for the sentences and numbers behind it.",
	"A strong finding (bold, highlighted) rests on enough uses to be more than chance. A weaker one (grey, no highlight) may be a single word choice: a question to ask of the text, not an answer.",
	"The computer counts words; it does not understand them. Every finding is a lead to check by reading the sentence, never a verdict on an outlet. The numbers, for those who want them, are under “The numbers” of each event, and the glossary at the end explains every term.",
}

// glossEntry is a term of the glossary and its explanation.
type glossEntry struct {
	Anchor, Term, Text string
}

// glossary returns the glossary, fresh, in alphabetical order.
// stanceAgreement says how often an article's negative or positive stance
// agreed with annotators, in words and as the figure.
var stanceAgreement = fmt.Sprintf("where it says negative or positive, trained annotators of the author's attitude agreed only about one time in %s, precision %.2f on basil-dev", numberWord(int(math.Round(1/compare.StancePrecision))), compare.StancePrecision)

// numberWord spells a small count as prose does.
func numberWord(n int) string {
	words := [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"}
	if n >= 0 && n < len(words) {
		return words[n]
	}
	return fmt.Sprint(n)
}

func glossary() []glossEntry {
	return []glossEntry{
		{"g-bh", "Adjusted p (Benjamini-Hochberg)", "How likely a difference this large would be by chance alone, corrected for having looked at many words at once: among thousands of words, some differ by luck. The Benjamini-Hochberg method keeps the expected share of such lucky finds among those called strong below 5%. Smaller is stronger; below 0.05 counts toward “strong”."},
		{"g-cosine", "Cosine similarity", "How alike two outlets' choice of words is, from 0 (no words in common) to 1 (the same words in the same proportions). Words common to every article count less (TF-IDF weighting), so shared topic words weigh more than “the” or “said”."},
		{"g-distinctive", "Distinctive term", "A word or phrase one outlet uses, in its own voice, more than the other outlets of the event do, taking the length of each outlet's text into account. It is mostly what the outlet covers."},
		{"g-framing", "Framing term", "A distinctive term that a small model also scores as loaded: how the outlet words the story, not only what it covers. The model was trained on news where people marked loaded words (BASIL); on articles it never saw it finds about one such word in five, and most words it flags were not marked (precision 0.18). A lead to read in its sentence."},
		{"g-lexicon", "Framing lexicon", "Lists of words typical of common news frames (conflict, diplomacy, security, economy, blame and others, after Semetko & Valkenburg 2000 and the Media Frames Corpus): how often each outlet uses them per 1,000 words, with z against the other outlets. They count words, not framing: read the counts with the sentences."},
		{"g-jsd", "Jensen-Shannon divergence", "How different two outlets' word distributions are, from 0 (identical) to 1 (no words in common), measured in bits. The opposite reading of cosine similarity: smaller is more alike."},
		{"g-loaded", "Loaded word", "A word the model scores as emotionally charged or judging (“slammed”, “regime”, “hysteria”). The loaded score, from 0 to 1, is the model's mean score of a term's uses; even clearly loaded words score low, because the people who trained it marked few words."},
		{"g-logodds", "Log-odds (with an informative Dirichlet prior)", "The statistic behind z: how much more likely a word is in one outlet's text than in the others', on a log scale. The “prior” adds the word's frequency in all the texts to both sides, so a word used once is not taken for a pattern (Monroe, Colaresi & Quinn 2008, “Fightin' Words”)."},
		{"g-only", "Only here (unique content)", "A sentence whose names, numbers, quotations or content words no other outlet of the event carries. “Never mentions” lists people, places and organisations the other outlets name and this one does not. Both are relative to the outlets compared here only."},
		{"g-per1000", "Per 1,000 words", "A count divided by the length of the text, so that a long article and a short one can be compared: 5 per 1,000 words is 5 uses in a 1,000-word article, or 2.5 in a 500-word one."},
		{"g-salience", "Salience", "How much content only this outlet carries in a sentence: 3 for each name no other outlet mentions, 2 for each number and each quotation no other gives, and 0.5 for each content word no other uses. A sentence needs at least 2 to be listed; higher is more."},
		{"g-strong", "Strong and weaker", "A distinctive term is strong when the outlet uses it at least 3 times and its adjusted p is below 0.05; a framing term or a framing-lexicon count when it is used at least 3 times and its z is at least 1.96 (or at most −1.96). The others are weaker evidence, shown lighter, never hidden. With one short article per outlet, few findings can be strong."},
		{"g-tone", "Tone (VADER compound)", "The tone of a sentence from a list of words people rated as positive or negative (VADER), from −1 (very negative) to +1 (very positive); between −0.05 and +0.05 counts as neutral. Names are left out, and quoted words are the speaker's, not the outlet's. On news it agrees with people's ratings only moderately (correlation about 0.5): the words that carry it are listed so you can judge."},
		{"g-target", "Tone toward an actor", "How the sentences that mention a person, country or organisation speak of it, read by who does what to whom (“critics slammed the senator” is negative toward the senator) by a model trained on annotated news. It is wrong about one mention in three (macro-F1 " + fmt.Sprintf("%.2f", compare.ToneMacroF1) + ", where 1 is perfect). An article's stance toward the actor (negative, neutral or positive) is read from all its mentions; " + stanceAgreement + ": a stance points to sentences to read, it is not a finding on its own."},
		{"g-z", "z", "How far apart two counts are, in units of their uncertainty: 0 means no difference; beyond 1.96 (or below −1.96) a difference this large would come by chance about one time in twenty. It is not corrected for looking at many words at once, so among many words some pass by luck: the adjusted p corrects that."},
	}
}
