package corpus

// Language identification.
//
// Algorithm: first the script. Letters are counted by Unicode script; when
// most are not Latin, the script names the language (Cyrillic is told apart
// by the letters only Ukrainian, Belarusian, Bulgarian or Serbian use; Han
// with kana is Japanese). Latin text is scored against stop-word profiles
// of sixteen European languages: the words of the first 2,000 that are in
// each language's list of its most frequent function words. The best
// profile wins when it covers at least 8% of the words and beats the second
// by half as much again; otherwise the text is too short or too mixed to
// tell, and the caller's default stands.
//
// Scoring: O(words) with one map lookup per word; no model, no n-gram
// tables, nothing loaded at start.
//
// A text the profiles leave undecided gets a second opinion from
// whatlanggo's trigram models, restricted to the languages framediff
// compares (without the restriction it took a plain German sentence for
// Norwegian) and taken only when whatlanggo calls its answer reliable: on
// a short English headline it guessed Spanish at confidence 0.45.
//
// Limits: closely related pairs (Danish/Norwegian, Czech/Slovak, Spanish/
// Galician) are told apart only by their commonest words and can be
// confused; texts under about 20 words are often left undecided.

import (
	"maps"
	"slices"
	"strings"
	"unicode"

	"github.com/abadojack/whatlanggo"
)

// comparedLanguages are the languages framediff annotates, aligns and
// compares: English, and those of corpus/nlp/lang.
var comparedLanguages = map[string]whatlanggo.Lang{
	"en": whatlanggo.Eng, "es": whatlanggo.Spa, "fr": whatlanggo.Fra, "de": whatlanggo.Deu, "ru": whatlanggo.Rus,
}

// Compared reports whether framediff annotates, aligns and compares
// articles in the language with that ISO 639-1 code. Articles in other
// languages are kept with a note and left out of events.
func Compared(code string) bool {
	_, ok := comparedLanguages[code]
	return ok
}

// whitelist is whatlanggo's option for comparedLanguages.
var whitelist = func() whatlanggo.Options {
	o := whatlanggo.Options{Whitelist: map[whatlanggo.Lang]bool{}}
	for _, l := range comparedLanguages {
		o.Whitelist[l] = true
	}
	return o
}()

// identifyLanguage returns the language of text: the stop-word profiles'
// answer, else whatlanggo's among the compared languages when it is
// reliable, else "".
func identifyLanguage(text string) string {
	if l := detectLanguage(text); l != "" {
		return l
	}
	info := whatlanggo.DetectWithOptions(clip(text, 32<<10), whitelist)
	if !info.IsReliable() {
		return ""
	}
	code := info.Lang.Iso6391()
	if !Compared(code) {
		return ""
	}
	return code
}

// langCode turns a declared language ("en", "en-US", "en_GB", "English",
// "eng") into a lowercase ISO 639-1 code, or "" when it is not one.
func langCode(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	if c, ok := languageNames[s]; ok {
		return c
	}
	if len(s) == 2 && s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z' {
		return s
	}
	return ""
}

var languageNames = map[string]string{
	"english": "en", "eng": "en", "german": "de", "deutsch": "de", "deu": "de", "ger": "de",
	"french": "fr", "français": "fr", "fra": "fr", "fre": "fr", "spanish": "es", "español": "es", "spa": "es",
	"italian": "it", "italiano": "it", "ita": "it", "portuguese": "pt", "português": "pt", "por": "pt",
	"dutch": "nl", "nederlands": "nl", "nld": "nl", "russian": "ru", "русский": "ru", "rus": "ru",
	"ukrainian": "uk", "ukr": "uk", "polish": "pl", "polski": "pl", "pol": "pl", "swedish": "sv", "swe": "sv",
	"danish": "da", "dan": "da", "norwegian": "no", "nor": "no", "nob": "no", "nb": "no", "nn": "no", "nno": "no", "finnish": "fi", "fin": "fi",
	"czech": "cs", "ces": "cs", "romanian": "ro", "ron": "ro", "hungarian": "hu", "hun": "hu",
	"turkish": "tr", "tur": "tr", "greek": "el", "ell": "el", "arabic": "ar", "ara": "ar",
	"chinese": "zh", "zho": "zh", "japanese": "ja", "jpn": "ja", "korean": "ko", "kor": "ko",
}

// stopwords are about fifty of each language's commonest function words
// (articles, pronouns, prepositions, auxiliaries), the words any running
// text of that language is full of. A word in several lists counts for
// each; the words that tell related languages apart decide.
var stopwords = map[string][]string{
	"en": {"the", "and", "of", "to", "is", "that", "it", "was", "for", "with", "as", "his", "on", "be", "at", "by", "this", "had", "not", "are", "but", "from", "or", "have", "an", "they", "which", "you", "were", "her", "she", "their", "has", "been", "would", "there", "will", "said", "who", "its", "more", "after", "than", "when", "about", "into", "could", "them", "what", "we", "he", "also", "our", "these", "those", "should"},
	"de": {"der", "die", "und", "das", "ist", "den", "nicht", "von", "sie", "mit", "dem", "sich", "des", "auf", "für", "ein", "eine", "auch", "als", "an", "nach", "wie", "im", "bei", "einer", "um", "aus", "noch", "hat", "wird", "werden", "sind", "zu", "es", "oder", "aber", "vor", "zur", "bis", "mehr", "durch", "wurde", "einen", "dass", "sei", "über", "nur", "kann", "gegen", "vom", "schon", "wenn", "habe", "seine", "ihre", "zum"},
	"fr": {"de", "un", "à", "en", "le", "la", "les", "et", "des", "est", "une", "du", "dans", "qui", "que", "pour", "pas", "au", "sur", "par", "plus", "avec", "ne", "se", "ce", "il", "sont", "aux", "son", "mais", "ont", "été", "cette", "leur", "nous", "elle", "ou", "comme", "sa", "ses", "tout", "fait", "aussi", "être", "dont", "peut", "sans", "entre", "après", "avait", "selon", "lors", "deux", "où", "très", "ces", "même", "encore", "était"},
	"es": {"de", "la", "a", "un", "el", "los", "las", "del", "que", "en", "por", "una", "con", "para", "es", "se", "su", "al", "lo", "como", "más", "pero", "sus", "le", "ha", "fue", "este", "ya", "entre", "cuando", "muy", "sin", "sobre", "también", "hasta", "hay", "donde", "desde", "todo", "nos", "durante", "uno", "ni", "contra", "ese", "eso", "había", "ante", "ellos", "esto", "porque", "esta", "son", "años", "según", "tiene", "han", "dijo", "y"},
	"it": {"la", "in", "e", "a", "le", "il", "di", "che", "è", "per", "un", "non", "una", "sono", "della", "nel", "alla", "anche", "del", "come", "si", "gli", "ma", "più", "dei", "delle", "ha", "questo", "essere", "ad", "tra", "dal", "loro", "lo", "degli", "nella", "sul", "dopo", "ancora", "hanno", "stato", "questa", "quando", "molto", "sua", "suo", "perché", "ci", "alle", "fatto", "senza", "nei", "cui", "agli", "ed", "oggi", "già"},
	"pt": {"o", "a", "e", "em", "do", "da", "de", "que", "não", "um", "para", "com", "uma", "os", "no", "se", "na", "por", "mais", "as", "dos", "como", "mas", "foi", "ao", "ele", "das", "tem", "à", "seu", "sua", "ou", "ser", "quando", "muito", "há", "nos", "já", "está", "também", "só", "pelo", "pela", "até", "isso", "ela", "entre", "era", "depois", "sem", "mesmo", "aos", "ter", "seus", "quem", "nas", "essa", "num", "nem", "são", "disse", "então"},
	"nl": {"de", "het", "een", "van", "en", "in", "is", "dat", "op", "te", "zijn", "niet", "met", "voor", "hij", "ook", "aan", "er", "maar", "om", "ze", "nog", "bij", "wordt", "werd", "uit", "dan", "naar", "kan", "worden", "heeft", "dit", "wel", "tot", "zo", "door", "over", "als", "wat", "hun", "deze", "hebben", "meer", "geen", "nu", "toen", "waar", "zou", "moet", "jaar", "ik", "al", "tegen"},
	"sv": {"och", "att", "det", "som", "en", "på", "är", "av", "för", "med", "till", "den", "har", "inte", "om", "ett", "han", "var", "men", "de", "sig", "så", "kan", "vi", "hade", "eller", "efter", "nu", "från", "när", "ska", "också", "skulle", "vid", "sina", "hans", "honom", "mot", "detta", "alla", "utan", "under", "blev", "dem", "även", "bara", "där", "sedan", "mycket", "säger", "vara"},
	"da": {"og", "at", "det", "er", "en", "til", "på", "som", "med", "af", "har", "for", "ikke", "den", "der", "var", "de", "et", "han", "fra", "vi", "kan", "om", "men", "så", "sig", "efter", "skal", "også", "nu", "blev", "over", "ved", "være", "hvor", "eller", "hvad", "når", "have", "skulle", "meget", "mod", "bliver", "siger", "hun", "dem", "hvis", "jeg", "mig", "ud", "kun", "blive", "deres"},
	"no": {"og", "i", "det", "er", "som", "på", "en", "til", "med", "av", "for", "har", "ikke", "den", "de", "var", "et", "han", "fra", "vi", "kan", "om", "men", "så", "seg", "etter", "skal", "også", "nå", "ble", "over", "ved", "være", "hvor", "eller", "hva", "når", "sier", "hun", "dem", "hvis", "jeg", "meg", "ut", "bare", "bli", "blir", "deres", "noen", "mange", "år", "må", "sin"},
	"fi": {"ja", "on", "ei", "että", "se", "hän", "oli", "ovat", "mutta", "kun", "myös", "tai", "sen", "joka", "ole", "niin", "vain", "mitä", "jo", "kuin", "nyt", "sitä", "jos", "mukaan", "vielä", "olisi", "siitä", "voi", "joita", "jossa", "hänen", "kanssa", "sekä", "olla", "ne", "jotka", "tämä", "sitten", "koska", "kaikki", "olivat", "kuitenkin", "siis", "eikä", "ettei", "noin", "yli", "vuoden", "vuonna"},
	"pl": {"się", "nie", "na", "to", "że", "do", "jest", "w", "z", "jak", "po", "co", "ale", "od", "za", "tak", "jego", "przez", "są", "już", "dla", "może", "by", "tym", "tego", "jednak", "ich", "było", "być", "też", "tylko", "który", "która", "które", "był", "pod", "przed", "jej", "tej", "roku", "oraz", "także", "czy", "ze", "przy", "bardzo", "gdy", "jeszcze", "mu", "kiedy", "będzie", "lub", "można"},
	"cs": {"a", "se", "na", "je", "že", "v", "to", "s", "do", "by", "jsou", "jako", "ale", "za", "od", "tak", "jeho", "pro", "jen", "už", "který", "která", "které", "bylo", "být", "také", "však", "při", "jak", "po", "má", "ve", "mezi", "podle", "když", "byl", "byla", "jsem", "není", "nebo", "ještě", "před", "až", "již", "aby", "tím", "této", "své", "roce", "než", "kde", "proto"},
	"ro": {"și", "în", "de", "la", "cu", "că", "pe", "nu", "este", "din", "mai", "o", "un", "se", "care", "pentru", "sunt", "sau", "fost", "ca", "ce", "dar", "au", "prin", "după", "acest", "această", "lui", "ei", "foarte", "între", "când", "am", "fi", "despre", "unei", "unui", "iar", "va", "doar", "avea", "acum", "dintre", "și-a", "fără", "asupra", "către", "aceasta", "deja", "trebuie", "toate"},
	"hu": {"a", "az", "és", "hogy", "nem", "is", "egy", "meg", "de", "van", "ez", "már", "csak", "mint", "még", "volt", "azt", "el", "ki", "fel", "kell", "vagy", "ha", "mert", "lesz", "pedig", "után", "szerint", "akkor", "amely", "amit", "ami", "minden", "nagyon", "vagyok", "most", "sok", "ezt", "olyan", "nincs", "alatt", "között", "mellett", "kellett", "így", "évben", "lett", "óta", "majd", "ezért"},
	"tr": {"ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "en", "gibi", "ne", "o", "ama", "sonra", "kadar", "olan", "ise", "her", "değil", "var", "mi", "ancak", "yok", "ki", "onun", "şey", "zaman", "bunu", "göre", "ya", "veya", "olduğu", "büyük", "oldu", "yeni", "iki", "ilk", "önce", "tüm", "diye", "şu", "bile", "hem", "üzere", "arasında", "yıl", "karşı", "dedi"},
}

// stopIndex maps each stop word to the languages that list it.
var stopIndex = func() map[string][]string {
	m := map[string][]string{}
	for lang, words := range stopwords {
		seen := map[string]bool{}
		for _, w := range words {
			if !seen[w] {
				seen[w] = true
				m[w] = append(m[w], lang)
			}
		}
	}
	return m
}()

// langWords is how many words of a text detectLanguage looks at.
const langWords = 2000

// detectLanguage returns the ISO 639-1 code of the language text is written
// in, or "" when it cannot tell.
func detectLanguage(text string) string {
	if l := scriptLanguage(text); l != "" {
		return l
	}
	// hits counts every list word; weight gives a word listed by k
	// languages 1/k to each, so that the words that tell languages apart
	// decide between them.
	hits := map[string]int{}
	weight := map[string]float64{}
	n := 0
	for _, w := range strings.FieldsFunc(clip(text, 32<<10), func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '-'
	}) {
		if n >= langWords {
			break
		}
		n++
		langs := stopIndex[strings.ToLower(w)]
		for _, l := range langs {
			hits[l]++
			weight[l] += 1 / float64(len(langs))
		}
	}
	best, second := "", ""
	for _, l := range slices.Sorted(maps.Keys(hits)) {
		switch {
		case best == "" || weight[l] > weight[best]:
			best, second = l, best
		case second == "" || weight[l] > weight[second]:
			second = l
		}
	}
	if best == "" || n == 0 {
		return ""
	}
	// 8%: an English news text has 30-45% of its words in the English list;
	// a text that reaches 8% in no list is a name list, a table or too short.
	if hits[best]*100 < 8*n || hits[best] < 3 {
		return ""
	}
	if second != "" && weight[best] < 1.5*weight[second] {
		return ""
	}
	return best
}

// scriptLanguage names the language of a text mostly written in a script
// other than Latin, or returns "".
func scriptLanguage(text string) string {
	// Indexes into counts; a fixed array keeps the per-letter cost to an
	// increment.
	const (
		latin = iota
		cyrillic
		greek
		arabic
		persian // Arabic letters only Persian uses, counted with arabic too
		hebrew
		cjk
		hangul
		thai
		devanagari
		georgian
		armenian
		bengali
		tamil
		nScripts
	)
	codes := [nScripts]string{latin: "", cyrillic: "ru", greek: "el", arabic: "ar", persian: "fa", hebrew: "he", cjk: "zh", hangul: "ko", thai: "th", devanagari: "hi", georgian: "ka", armenian: "hy", bengali: "bn", tamil: "ta"}
	var counts [nScripts]int
	letters := 0
	var kana, ukr, bel, bul, srb int
	for _, r := range clip(text, 32<<10) {
		if r < 0x250 {
			// ASCII and Latin-1/Extended: the common case, no table lookups.
			if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0xC0 && r != 0xD7 && r != 0xF7 {
				letters++
				counts[latin]++
			}
			continue
		}
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Cyrillic, r):
			counts[cyrillic]++
			switch r {
			case 'і', 'ї', 'є', 'ґ', 'І', 'Ї', 'Є', 'Ґ':
				ukr++
			case 'ў', 'Ў':
				bel++
			case 'ъ', 'Ъ':
				bul++
			case 'ђ', 'ћ', 'џ', 'љ', 'њ', 'ј', 'Ђ', 'Ћ', 'Џ', 'Љ', 'Њ', 'Ј':
				srb++
			}
		case unicode.Is(unicode.Greek, r):
			counts[greek]++
		case unicode.Is(unicode.Arabic, r):
			counts[arabic]++
			if r == 'پ' || r == 'چ' || r == 'ژ' || r == 'گ' {
				counts[persian]++
			}
		case unicode.Is(unicode.Hebrew, r):
			counts[hebrew]++
		case unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r):
			kana++
			counts[cjk]++
		case unicode.Is(unicode.Han, r):
			counts[cjk]++
		case unicode.Is(unicode.Hangul, r):
			counts[hangul]++
		case unicode.Is(unicode.Thai, r):
			counts[thai]++
		case unicode.Is(unicode.Devanagari, r):
			counts[devanagari]++
		case unicode.Is(unicode.Georgian, r):
			counts[georgian]++
		case unicode.Is(unicode.Armenian, r):
			counts[armenian]++
		case unicode.Is(unicode.Bengali, r):
			counts[bengali]++
		case unicode.Is(unicode.Tamil, r):
			counts[tamil]++
		default:
			counts[latin]++
		}
	}
	if letters == 0 || counts[latin]*2 >= letters {
		return ""
	}
	best := latin
	for s := range counts {
		if s != persian && counts[s] > counts[best] {
			best = s
		}
	}
	switch best {
	case latin:
		return ""
	case cyrillic:
		switch {
		case ukr > 0 && ukr >= bel:
			return "uk"
		case bel > 0:
			return "be"
		case srb > 0:
			return "sr"
		case bul*100 > counts[cyrillic]:
			// ъ is 2-3% of Bulgarian letters and rare in Russian, where
			// it only follows prefixes.
			return "bg"
		}
		return "ru"
	case arabic:
		if counts[persian] > 0 {
			return "fa"
		}
		return "ar"
	case cjk:
		if kana > 0 {
			return "ja"
		}
		return "zh"
	}
	return codes[best]
}

// languageNote is the note a non-English article carries.
func languageNote(code string) string {
	if Compared(code) {
		return "language " + code + ": aligned with articles in other languages through names, dates and numbers; word statistics compare it with articles in " + code + " only; tone is measured for English only"
	}
	return "language " + code + ": kept, but left out of event alignment and statistics, which compare English, Spanish, French, German and Russian text"
}
