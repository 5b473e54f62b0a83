package nlp

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp/lang"
	"github.com/jdkato/prose/v3"
)

// Entity types. prose labels people, geopolitical entities and
// organisations; demonyms that stand for a country ("Russian troops") become
// the country, a GPE.
const (
	Person = "PERSON"
	Place  = "GPE"
	Org    = "ORG"
)

// Mention is one occurrence of a named entity in a document.
type Mention struct {
	Start, End int // Text[Start:End] is the words as the article wrote them
	// Name is the normalised entity: titles and junk trimmed, the full name
	// for a surname the article introduced, the canonical name from the
	// alias table ("Kyiv" for "Kiev", "Russia" for "Moscow" and "Russian").
	Name string
	Type string
	Sent int // index into Doc.Sentences
}

// Aliases maps the spellings of an entity to one canonical name and,
// where known, its type. The zero value maps nothing; DefaultAliases holds
// the built-in table.
type Aliases struct {
	canon map[string]string // key(alias) -> canonical name
	types map[string]string // canonical name -> type
}

// aliasKey folds case, dots and a leading "the" so that "U.S.", "US" and
// "the US" meet.
func aliasKey(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = strings.TrimPrefix(s, "the ")
	s = strings.ReplaceAll(s, ".", "")
	s = strings.ReplaceAll(s, "’", "'")
	return strings.Join(strings.Fields(s), " ")
}

// Add records canonical and its aliases. The canonical name is an alias of
// itself. A later Add for the same alias wins, so a user's table overrides the
// built-in one.
func (a *Aliases) Add(typ, canonical string, aliases ...string) {
	if a.canon == nil {
		a.canon = map[string]string{}
		a.types = map[string]string{}
	}
	a.canon[aliasKey(canonical)] = canonical
	for _, al := range aliases {
		if k := aliasKey(al); k != "" {
			a.canon[k] = canonical
		}
	}
	if typ != "" {
		a.types[canonical] = typ
	}
}

// Canonical returns the canonical name for s and true, or s and false when
// the table does not know it.
func (a *Aliases) Canonical(s string) (string, bool) {
	if a == nil || a.canon == nil {
		return s, false
	}
	if c, ok := a.canon[aliasKey(s)]; ok {
		return c, true
	}
	return s, false
}

// Type returns the type recorded for a canonical name, or "".
func (a *Aliases) Type(canonical string) string {
	if a == nil || a.types == nil {
		return ""
	}
	return a.types[canonical]
}

// Merge returns a table holding a's entries overridden by b's.
func (a *Aliases) Merge(b *Aliases) *Aliases {
	out := &Aliases{canon: map[string]string{}, types: map[string]string{}}
	for _, t := range []*Aliases{a, b} {
		if t == nil {
			continue
		}
		for k, v := range t.canon {
			out.canon[k] = v
		}
		for k, v := range t.types {
			out.types[k] = v
		}
	}
	return out
}

// ReadAliases reads a user alias file: one entity per line, the canonical
// name first, then its aliases, separated by tabs. Blank lines and lines
// starting with "#" are ignored. A canonical name may carry its type after a
// "|": "Volodymyr Zelensky|PERSON\tZelenskyy\tZelenskiy".
func ReadAliases(name string, r io.Reader) (*Aliases, error) {
	a := &Aliases{}
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		// Only the line's end is trimmed: a leading tab is an empty
		// canonical name, which is worth saying.
		l := strings.TrimRight(sc.Text(), " \t\r")
		if t := strings.TrimSpace(l); t == "" || strings.HasPrefix(t, "#") {
			continue
		}
		fields := strings.Split(l, "\t")
		canon, typ, _ := strings.Cut(strings.TrimSpace(fields[0]), "|")
		if canon == "" {
			return nil, &corpus.ParseError{Source: name, Line: n, Err: fmt.Errorf("empty canonical name")}
		}
		if len(fields) < 2 {
			return nil, &corpus.ParseError{Source: name, Line: n, Err: fmt.Errorf("%q has no aliases: separate the canonical name and its aliases with tabs", canon)}
		}
		a.Add(strings.ToUpper(strings.TrimSpace(typ)), canon, fields[1:]...)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return a, nil
}

// DefaultAliases returns a fresh copy of the built-in alias table, which
// the caller may change without affecting anyone else.
func DefaultAliases() *Aliases { return builtinAliases().Merge(nil) }

// builtinAliases is the built-in alias table for entities common in
// international and US news. Metonyms are mapped where news prose uses them
// for the government: "Moscow" and "the Kremlin" for Russia, "Washington"
// for the United States. Capitals that are as often the city itself (Kyiv,
// Beijing, London) are left alone. Transliterations ("Kiev", "Sergei"),
// abbreviations with and without dots ("U.N.", "UN"), and the spellings of
// outlets on either side of a conflict ("Vladimir Zelensky") meet here.
var builtinAliases = sync.OnceValue(func() *Aliases {
	a := &Aliases{}
	// Places and governments.
	a.Add(Place, "United States", "US", "U.S.", "USA", "U.S.A.", "America", "United States of America", "Washington", "Washington DC", "Washington D.C.", "the States")
	a.Add(Place, "Russia", "Russian Federation", "Moscow", "Kremlin", "the Kremlin")
	a.Add(Place, "Ukraine", "the Ukraine")
	a.Add(Place, "Kyiv", "Kiev", "Kyyiv")
	a.Add(Place, "Kharkiv", "Kharkov")
	a.Add(Place, "The Hague", "Hague") // a city written with its "The" (publicationNames)
	a.Add(Place, "Odesa", "Odessa")
	a.Add(Place, "Lviv", "Lvov", "Lwow")
	a.Add(Place, "Donbas", "Donbass")
	a.Add(Place, "Luhansk", "Lugansk")
	a.Add(Place, "Mariupol", "Mariupil")
	a.Add(Place, "Zaporizhzhia", "Zaporozhye", "Zaporizhia")
	a.Add(Place, "Mykolaiv", "Nikolaev", "Nikolayev")
	a.Add(Place, "Belarus", "Byelorussia", "Minsk government")
	a.Add(Place, "Moldova", "Moldavia")
	a.Add(Place, "United Kingdom", "UK", "U.K.", "Britain", "Great Britain")
	a.Add(Place, "North Korea", "DPRK", "Democratic People's Republic of Korea", "Pyongyang")
	a.Add(Place, "South Korea", "Republic of Korea", "ROK")
	a.Add(Place, "China", "People's Republic of China", "PRC", "mainland China")
	a.Add(Place, "Taiwan", "Republic of China")
	a.Add(Place, "Iran", "Islamic Republic of Iran")
	a.Add(Place, "Syria", "Syrian Arab Republic")
	a.Add(Place, "Turkey", "Turkiye", "Türkiye")
	a.Add(Place, "Czech Republic", "Czechia")
	a.Add(Place, "Netherlands", "the Netherlands", "Holland")
	a.Add(Place, "Myanmar", "Burma")
	a.Add(Place, "Gaza", "Gaza Strip")
	a.Add(Place, "West Bank", "the West Bank")
	a.Add(Place, "European Union", "EU", "E.U.")
	// US states and Canadian provinces by the abbreviations of AP style,
	// which datelines and party tags use ("INGLEWOOD, Calif.", "WINDSOR,
	// Ont."); the name finder drops the full stop. Those that are also
	// words or titles without their full stop ("Miss", "Me", "La", "Man",
	// "Mass", "Que") are left out, and so is "Wash.", which the table's
	// "Washington" would take for the United States.
	for _, st := range [][2]string{
		{"Alabama", "Ala"}, {"Arizona", "Ariz"}, {"Arkansas", "Ark"}, {"California", "Calif"},
		{"Colorado", "Colo"}, {"Connecticut", "Conn"}, {"Delaware", "Del"}, {"Florida", "Fla"},
		{"Georgia", "Ga"}, {"Illinois", "Ill"}, {"Indiana", "Ind"}, {"Kansas", "Kan"},
		{"Kentucky", "Ky"}, {"Maryland", "Md"}, {"Michigan", "Mich"},
		{"Minnesota", "Minn"}, {"Missouri", "Mo"}, {"Montana", "Mont"}, {"Nebraska", "Neb"},
		{"Nevada", "Nev"}, {"New Hampshire", "N.H"}, {"New Jersey", "N.J"}, {"New Mexico", "N.M"},
		{"North Carolina", "N.C"}, {"North Dakota", "N.D"}, {"Oklahoma", "Okla"}, {"Oregon", "Ore"},
		{"Pennsylvania", "Pa"}, {"Rhode Island", "R.I"}, {"South Carolina", "S.C"}, {"South Dakota", "S.D"},
		{"Tennessee", "Tenn"}, {"Vermont", "Vt"}, {"Virginia", "Va"}, {"West Virginia", "W.Va"},
		{"Wisconsin", "Wis"}, {"Wyoming", "Wyo"},
		{"Ontario", "Ont"}, {"Alberta", "Alta"}, {"British Columbia", "B.C"},
		{"Saskatchewan", "Sask"}, {"Nova Scotia", "N.S"},
	} {
		a.Add(Place, st[0], st[1], st[1]+".")
	}
	// The states without an abbreviation above, so that the table knows
	// every state (Washington stays the United States).
	for _, st := range []string{"Alaska", "Hawaii", "Idaho", "Iowa", "Louisiana", "Maine", "Massachusetts", "Mississippi", "New York", "Ohio", "Texas", "Utah"} {
		a.Add(Place, st)
	}
	a.Add(Place, "Soviet Union", "USSR", "U.S.S.R.")
	// The federal district, which news prose writes by its initials
	// ("in D.C."); "Washington DC" is the government, above.
	a.Add(Place, "DC", "D.C.", "District of Columbia")
	// International bodies.
	a.Add(Org, "NATO", "Nato", "N.A.T.O.", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation", "the Alliance")
	a.Add(Org, "United Nations", "UN", "U.N.")
	a.Add(Org, "UN Security Council", "U.N. Security Council", "United Nations Security Council", "Security Council")
	a.Add(Org, "UN General Assembly", "U.N. General Assembly", "United Nations General Assembly")
	a.Add(Org, "OSCE", "Organization for Security and Co-operation in Europe", "Organization for Security and Cooperation in Europe")
	a.Add(Org, "International Monetary Fund", "IMF", "I.M.F.")
	a.Add(Org, "World Health Organization", "World Health Organisation")
	a.Add(Org, "International Atomic Energy Agency", "IAEA", "I.A.E.A.")
	a.Add(Org, "European Commission", "EU Commission", "E.U. Commission")
	a.Add(Org, "Group of Seven", "G7", "G-7")
	a.Add(Org, "Group of 20", "G20", "G-20")
	a.Add(Org, "Court of Arbitration for Sport", "CAS")
	a.Add(Org, "International Olympic Committee", "IOC", "I.O.C.")
	a.Add(Org, "Islamic State", "ISIS", "ISIL", "Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "Daesh")
	a.Add(Org, "al-Qaeda", "al Qaeda", "Al Qaeda", "al-Qaida", "Al-Qaida", "al Qaida", "Al-Qaeda")
	a.Add(Org, "Hezbollah", "Hizbollah", "Hizballah")
	// US government.
	a.Add(Org, "State Department", "US State Department", "U.S. State Department", "Department of State")
	a.Add(Org, "Pentagon", "Department of Defense", "Defense Department", "US Department of Defense", "U.S. Department of Defense")
	a.Add(Org, "White House")
	a.Add(Org, "Justice Department", "Department of Justice", "DOJ", "US Justice Department", "U.S. Justice Department")
	a.Add(Org, "Homeland Security Department", "Department of Homeland Security", "DHS", "Homeland Security")
	a.Add(Org, "Treasury Department", "Department of the Treasury", "US Treasury", "U.S. Treasury", "Treasury")
	a.Add(Org, "FBI", "F.B.I.", "Federal Bureau of Investigation")
	a.Add(Org, "Centers for Disease Control and Prevention", "CDC", "C.D.C.", "Centers for Disease Control", "US Centers for Disease Control and Prevention", "U.S. Centers for Disease Control and Prevention")
	a.Add(Org, "Department of Health and Human Services", "HHS", "H.H.S.", "Health and Human Services", "Health and Human Services Department", "US Department of Health and Human Services", "U.S. Department of Health and Human Services", "US Health and Human Services")
	a.Add(Org, "National Institutes of Health", "NIH", "N.I.H.")
	a.Add(Org, "Immigration and Customs Enforcement", "ICE", "US Immigration and Customs Enforcement", "U.S. Immigration and Customs Enforcement")
	a.Add(Org, "Customs and Border Protection", "CBP", "US Customs and Border Protection", "U.S. Customs and Border Protection")
	a.Add(Org, "Federal Emergency Management Agency", "FEMA")
	a.Add(Org, "Federal Communications Commission", "FCC", "F.C.C.")
	a.Add(Org, "Federal Trade Commission", "FTC", "F.T.C.")
	a.Add(Org, "CIA", "C.I.A.", "Central Intelligence Agency")
	a.Add(Org, "NSA", "N.S.A.", "National Security Agency")
	a.Add(Org, "IRS", "I.R.S.", "Internal Revenue Service")
	a.Add(Org, "EPA", "E.P.A.", "Environmental Protection Agency")
	a.Add(Org, "FDA", "F.D.A.", "Food and Drug Administration", "US Food and Drug Administration", "U.S. Food and Drug Administration")
	a.Add(Org, "Federal Reserve", "the Fed", "Federal Reserve Board", "US Federal Reserve", "U.S. Federal Reserve")
	a.Add(Org, "Congressional Budget Office", "CBO", "C.B.O.")
	a.Add(Org, "Supreme Court", "US Supreme Court", "U.S. Supreme Court", "United States Supreme Court")
	a.Add(Org, "Associated Press", "AP", "A.P.", "The Associated Press")
	// Platforms news names by a single word, which the entity model,
	// without a title or a "Mr." to go by, types a person or a place:
	// "Twitter said" had a "she" after it.
	a.Add(Org, "Twitter", "Twitter Inc.")
	a.Add(Org, "Facebook", "Facebook Inc.")
	a.Add(Org, "Google")
	a.Add(Org, "YouTube")
	a.Add(Org, "Instagram")
	a.Add(Org, "TikTok")
	a.Add(Org, "Agence France-Presse", "AFP", "A.F.P.", "Agence France Presse")
	a.Add(Org, "Congress", "US Congress", "U.S. Congress", "United States Congress")
	a.Add(Org, "Senate", "US Senate", "U.S. Senate", "United States Senate")
	a.Add(Org, "House of Representatives", "US House", "U.S. House", "US House of Representatives", "U.S. House of Representatives")
	a.Add(Org, "Republican Party", "GOP", "G.O.P.", "Grand Old Party")
	a.Add(Org, "Republican National Committee", "RNC", "R.N.C.")
	a.Add(Org, "Democratic National Committee", "DNC", "D.N.C.")
	a.Add(Org, "National Rifle Association", "NRA", "N.R.A.")
	// People.
	a.Add(Person, "Antony Blinken", "Tony Blinken", "Anthony Blinken", "Antony J. Blinken")
	a.Add(Person, "Sergey Lavrov", "Sergei Lavrov", "Sergey Viktorovich Lavrov")
	a.Add(Person, "Vladimir Putin", "Vladimir Vladimirovich Putin", "Wladimir Putin")
	a.Add(Person, "Joe Biden", "Joseph Biden", "Joseph R. Biden", "Joseph R Biden Jr", "Joseph R. Biden Jr.", "Joseph Biden Jr.")
	a.Add(Person, "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Vladimir Zelensky", "Vladimir Zelenskiy", "Vladimir Zelenskyy", "Zelenskyy", "Zelenskiy", "Zelensky")
	a.Add(Person, "Dmytro Kuleba", "Dmitry Kuleba", "Dmitro Kuleba")
	a.Add(Person, "Emmanuel Macron")
	a.Add(Person, "Olaf Scholz")
	a.Add(Person, "Frank-Walter Steinmeier")
	a.Add(Person, "Boris Johnson")
	a.Add(Person, "Xi Jinping", "Xi")
	a.Add(Person, "Justin Trudeau")
	a.Add(Person, "Alexander Lukashenko", "Alyaksandr Lukashenka", "Aleksandr Lukashenko")
	a.Add(Person, "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Tayyip Erdogan")
	a.Add(Person, "Yoshimasa Hayashi", "Hayashi Yoshimasa")
	a.Add(Person, "Chung Eui-yong", "Chung Eui-Yong", "Eui-yong Chung")
	a.Add(Person, "Fumio Kishida", "Kishida Fumio")
	a.Add(Person, "Dmitry Peskov", "Dmitri Peskov")
	a.Add(Person, "Yuri Ushakov", "Yury Ushakov")
	a.Add(Person, "Maria Zakharova", "Mariya Zakharova")
	a.Add(Person, "Sergei Shoigu", "Sergey Shoigu")
	a.Add(Person, "Jens Stoltenberg")
	a.Add(Person, "Lloyd Austin", "Lloyd J. Austin")
	a.Add(Person, "Jake Sullivan")
	a.Add(Person, "Kamala Harris")
	a.Add(Person, "Jen Psaki")
	a.Add(Person, "Ned Price")
	a.Add(Person, "Kim Jong Un", "Kim Jong-un", "Kim Jong-Un")
	a.Add(Person, "Barack Obama", "Barack H. Obama", "Barack Hussein Obama")
	a.Add(Person, "Donald Trump", "Donald J. Trump")
	a.Add(Person, "Hillary Clinton", "Hillary Rodham Clinton")
	a.Add(Person, "Mitt Romney", "Willard Mitt Romney")
	a.Add(Person, "John Boehner", "John A. Boehner")
	a.Add(Person, "Nancy Pelosi")
	a.Add(Person, "Mitch McConnell")
	a.Add(Person, "Benjamin Netanyahu", "Binyamin Netanyahu")
	a.Add(Person, "Kamila Valieva")
	return a
})

// demonyms maps the adjective for a country, or for a US state, to the
// place. A demonym is taken to mean the place when the model tags it as
// an entity or when it modifies an actor noun (stateNouns): "Russian
// troops", "Ukrainian officials", "Afghan forces". The plural of a
// people is the singular and an s ("Afghans", "Californians":
// demonymPlace). Left out are the words that name as often something
// else: a language ("English"), a people of no one state ("Palestinian",
// "Kurdish", "Hispanic"), a title of a newspaper ("The Oklahoman", "The
// Oregonian", "The New Yorker") or a team.
//
// A people's plural names the people, not the state, unless "the" comes
// before it: "Americans are angry", "55% of Americans", "black
// Americans", "many Russians" are people, and tone in such a sentence is
// not tone toward the country; "the Russians balked", "confront the
// Iranians" are the state as a party to talks or a conflict. So the
// annotator (annotate.go) makes a country of a plural demonym only after
// "the" and drops it otherwise: it names no entity of the three types.
// Read on June 2020, March 2020 and September 2019 of ABP: of the 457
// mentions a bare plural had made (367 "Americans"), 45 drawn at random
// all meant people, while the plurals after "the" read there ("the
// Russians", "the Iranians", "the Saudis") were mostly the state.
// Alignment does not need the dropped mentions (basil-dev's is
// unchanged): it weighs shared names, and the country's other names
// ("U.S.", "Washington") stay.
var demonyms = map[string]string{
	"russian": "Russia", "russians": "Russia", "ukrainian": "Ukraine", "ukrainians": "Ukraine",
	"american": "United States", "americans": "United States", "japanese": "Japan",
	"south korean": "South Korea", "north korean": "North Korea", "chinese": "China",
	"british": "United Kingdom", "french": "France", "german": "Germany", "canadian": "Canada",
	"belarusian": "Belarus", "polish": "Poland", "soviet": "Soviet Union", "israeli": "Israel",
	"iranian": "Iran", "syrian": "Syria", "turkish": "Turkey", "indian": "India",
	"italian": "Italy", "spanish": "Spain", "australian": "Australia", "lithuanian": "Lithuania",
	"latvian": "Latvia", "estonian": "Estonia", "romanian": "Romania", "georgian": "Georgia",
	"european": "Europe", "europeans": "Europe", "western": "West",
	// More countries.
	"afghan": "Afghanistan", "pakistani": "Pakistan", "iraqi": "Iraq", "saudi": "Saudi Arabia",
	"egyptian": "Egypt", "mexican": "Mexico", "brazilian": "Brazil", "venezuelan": "Venezuela",
	"cuban": "Cuba", "colombian": "Colombia", "argentine": "Argentina", "argentinian": "Argentina",
	"chilean": "Chile", "peruvian": "Peru", "bolivian": "Bolivia", "ecuadorian": "Ecuador",
	"haitian": "Haiti", "nicaraguan": "Nicaragua", "honduran": "Honduras", "guatemalan": "Guatemala",
	"salvadoran": "El Salvador", "nigerian": "Nigeria", "kenyan": "Kenya", "south african": "South Africa",
	"ethiopian": "Ethiopia", "somali": "Somalia", "sudanese": "Sudan", "libyan": "Libya",
	"algerian": "Algeria", "moroccan": "Morocco", "tunisian": "Tunisia", "lebanese": "Lebanon",
	"jordanian": "Jordan", "qatari": "Qatar", "emirati": "United Arab Emirates", "yemeni": "Yemen",
	"kuwaiti": "Kuwait", "bahraini": "Bahrain", "omani": "Oman", "irish": "Ireland", "dutch": "Netherlands",
	"swedish": "Sweden", "swede": "Sweden", "norwegian": "Norway", "danish": "Denmark", "finnish": "Finland",
	"swiss": "Switzerland", "austrian": "Austria", "belgian": "Belgium", "greek": "Greece",
	"portuguese": "Portugal", "hungarian": "Hungary", "czech": "Czech Republic", "slovak": "Slovakia",
	"serbian": "Serbia", "croatian": "Croatia", "bulgarian": "Bulgaria", "icelandic": "Iceland",
	"scottish": "Scotland", "armenian": "Armenia", "azerbaijani": "Azerbaijan", "kazakh": "Kazakhstan",
	"uzbek": "Uzbekistan", "mongolian": "Mongolia", "vietnamese": "Vietnam", "thai": "Thailand",
	"filipino": "Philippines", "indonesian": "Indonesia", "malaysian": "Malaysia", "singaporean": "Singapore",
	"taiwanese": "Taiwan", "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "nepali": "Nepal",
	"nepalese": "Nepal", "cambodian": "Cambodia",
	// US states.
	"californian": "California", "texan": "Texas", "floridian": "Florida", "arizonan": "Arizona",
	"coloradan": "Colorado", "ohioan": "Ohio", "iowan": "Iowa", "michigander": "Michigan",
	"minnesotan": "Minnesota", "kentuckian": "Kentucky", "nevadan": "Nevada", "alaskan": "Alaska",
	"utahn": "Utah", "vermonter": "Vermont", "kansan": "Kansas", "nebraskan": "Nebraska",
	"arkansan": "Arkansas", "pennsylvanian": "Pennsylvania", "virginian": "Virginia",
	"wisconsinite": "Wisconsin", "louisianan": "Louisiana", "alabamian": "Alabama",
	"mississippian": "Mississippi", "marylander": "Maryland", "idahoan": "Idaho", "montanan": "Montana",
	"illinoisan": "Illinois", "south carolinian": "South Carolina", "north carolinian": "North Carolina",
	"west virginian": "West Virginia", "new mexican": "New Mexico",
}

// pluralDemonym reports whether w is a demonym's plural, the name of a
// people ("Americans", "North Koreans"), not the adjective ("American")
// nor a demonym whose singular ends in s ("Swiss").
func pluralDemonym(w string) bool {
	l := strings.ToLower(w)
	s, ok := strings.CutSuffix(l, "s")
	_, known := demonyms[s]
	return ok && known
}

// demonymPlace returns the place a demonym stands for (demonyms), in
// any case, its plural too ("Afghans", "Californians", "Iraqis"), and
// whether w is one.
func demonymPlace(w string) (string, bool) {
	l := strings.ToLower(w)
	if c, ok := demonyms[l]; ok {
		return c, true
	}
	if s, ok := strings.CutSuffix(l, "s"); ok {
		if c, ok := demonyms[s]; ok {
			return c, true
		}
	}
	return "", false
}

// stateNouns are the nouns after which a demonym stands for the country as
// an actor.
var stateNouns = map[string]bool{
	"military": true, "troops": true, "forces": true, "army": true, "navy": true, "government": true,
	"officials": true, "authorities": true, "diplomats": true, "embassy": true, "invasion": true,
	"aggression": true, "president": true, "leader": true, "leaders": true, "side": true,
	"delegation": true, "ministry": true, "state": true, "foreign": true, "defence": true, "defense": true,
	"buildup": true, "build-up": true, "incursion": true, "attack": true, "offensive": true,
	"soldiers": true, "tanks": true, "warships": true, "administration": true, "parliament": true,
}

// roleWords end a title that precedes a person's name: "Secretary of State
// Antony Blinken", "Russian Foreign Minister Sergey Lavrov".
var roleWords = map[string]bool{
	"secretary": true, "minister": true, "president": true, "chancellor": true, "senator": true,
	"sen": true, "rep": true, "representative": true, "spokesman": true, "spokeswoman": true,
	"spokesperson": true, "ambassador": true, "adviser": true, "advisor": true, "aide": true,
	"general": true, "gen": true, "director": true, "chief": true, "leader": true, "commissioner": true,
	"governor": true, "gov": true, "mayor": true, "premier": true, "envoy": true, "king": true,
	"queen": true, "prince": true, "princess": true, "pope": true, "mr": true, "mrs": true, "ms": true,
	"dr": true, "judge": true, "justice": true, "speaker": true, "coach": true, "captain": true,
	"head": true, "chairman": true, "chairwoman": true, "chair": true, "officer": true, "lawmaker": true,
	"sheriff": true, "congressman": true, "congresswoman": true, "assemblyman": true, "assemblywoman": true,
	"councilman": true, "councilwoman": true, "delegate": true, "whip": true, "nominee": true, "candidate": true,
	"agent": true, "prosecutor": true, "attorney": true, "lt": true, "col": true, "sgt": true, "adm": true,
	"admiral": true, "commander": true, "rev": true, "reverend": true, "host": true, "anchor": true, "administrator": true, "counsel": true,
	"pastor": true, "bishop": true, "rabbi": true, "imam": true,
	"correspondent": true, "columnist": true, "economist": true, "editor": true, "publisher": true,
	"analyst": true, "strategist": true, "reporter": true, "producer": true, "commentator": true,
	"contributor": true, "pollster": true, "professor": true, "superintendent": true,
	"lieutenant": true, "colonel": true, "sergeant": true, "corporal": true, "laureate": true,
	"manager": true,
	// Titles written in initials: "Apple CEO Tim Cook", "VP-elect Pence".
	"ceo": true, "cfo": true, "coo": true, "vp": true,
}

// initialTitles are offices written in initials before a name ("AG
// Bill Barr", "DA Tom Durden"); at a name's end they are a company's
// form ("Voestalpine AG"), so they make a title only before a name.
var initialTitles = map[string]bool{"AG": true, "DA": true}

// clericTitles are the titles of clergy that cleanMention cuts before a
// name as it cuts an office's, so that "Father Dana Hale", "Jesuit Father
// Dana Hale" and "Father Hale" are one person, the order or the church
// before the title going with it as a country's demonym does ("Russian
// Foreign Minister"). They are kept out of roleWords, whose other readers
// take a role word's plural for a title too: "Cardinals" and "Fathers"
// name teams and groups ("the Alden Cardinals", "the Founding Fathers"). The
// clergy's other titles ("Rev.", "Bishop", "Rabbi", "Imam", "Pastor") are
// role words.
var clericTitles = map[string]bool{
	"father": true, "sister": true, "cardinal": true, "archbishop": true, "monsignor": true, "msgr": true, "fr": true,
}

// kinTitles are clerics' titles that are also words of family: "the
// father" and "her sister" of news are seldom the priest or the nun the
// article named with the title, so they stand for no one titled so
// (roleMentions).
var kinTitles = map[string]bool{"father": true, "sister": true, "fr": true}

// mediaRoles are the roles of the news trade that also end publications'
// names ("The Hollywood Reporter"): they end a title only before a name
// ("Political Analyst Dana Hale"). An editor after a body's name is none
// ("Vox Editor" names no one).
var mediaRoles = map[string]bool{
	"analyst": true, "strategist": true, "reporter": true, "producer": true, "commentator": true,
	"contributor": true, "pollster": true, "professor": true, "superintendent": true,
	"lieutenant": true, "colonel": true, "sergeant": true, "corporal": true, "laureate": true,
	"manager": true,
}

// acronymBeforeName reports whether a span's first word is an acronym
// before a person's name. Two capitals may be a person's initials ("JB
// Pritzker"); three or more are not. An organisation's own name may start
// with its acronym too ("MGM Resorts International", "NARAL Pro-Choice
// America"), so what follows must read as a person's name: capitalised
// words, none in capitals or possessive, none after the first a common
// word of news or a body's word, and the first a common word only if it
// is short and plain, as given names are ("Rod", "Bill").
func acronymBeforeName(words []wordSpan) bool {
	if len(words) < 3 || !isAllUpper(words[0].s) || utf8.RuneCountInString(strings.ReplaceAll(words[0].s, ".", "")) < 3 || shipPrefixes[words[0].s] {
		return false
	}
	return readsAsPerson(words[1:])
}

// descriptorBeforeName reports whether a span's first word is a common
// word news writes in lower case, capitalised before a person's name by a
// headline's or a tweet's style ("Crooked Hillary Clinton", "Rescuer
// Charles Ramsey", "Strategist Steve Bannon"), where what follows reads
// as a person's name (readsAsPerson). No person's first name is such a
// word but short plain ones, which readsAsPerson also allows for the
// second word ("Rod", "Bill"): a descriptor is more than five letters.
func descriptorBeforeName(words []wordSpan) bool {
	if len(words) < 3 || !isTitleCase(words[0].s) {
		return false
	}
	l := strings.ToLower(words[0].s)
	if !lowerInNews(l) || utf8.RuneCountInString(l) <= 5 || builtinStopwords()[l] {
		return false
	}
	// The given name after it is no common word at all, here: "Emergency
	// Use Authorization", "Support Hong Kong Democracy" and "Fellow
	// Republican Sens" are no descriptor and a name.
	g := strings.ToLower(words[1].s)
	_, demonym := demonymPlace(g)
	if lowerInNews(g) || builtinStopwords()[g] || demonym || partyWords[g] || knownPlace(builtinAliases(), words[1].s) || lang.DefaultNames().TypeOf(words[1].s) != "" {
		return false
	}
	return readsAsPerson(words[1:])
}

// epithetBeforeName returns how many of a span's first words, one or
// two, are common words set before a person's given name and surname, or
// 0: a word a page or a sentence glued to the name ("Voter Chris Kane",
// "Reach Rebecca Morin" of a reporter's contact line, "Top Barack
// Obama"), or a nickname made of them ("Dummy Juan Williams"). Each must
// be a word news writes in lower case, no given name the first-name
// table knows, and no place, people or party, and the word after them a
// given name the table knows, with a surname after it. The table holds
// only names whose gender news settles, so the word must be a common
// word: "Martin Luther King" and "Frank Lloyd Wright" open with given
// names it lacks. Nicknames of rarer words ("Sleepy Eyes Chuck Todd")
// stay whole.
func epithetBeforeName(words []wordSpan) int {
	for k := 1; k <= 2 && len(words)-k >= 2; k++ {
		w := words[k-1].s
		l := strings.ToLower(w)
		_, demonym := demonymPlace(w)
		if !isTitleCase(w) || !lowerInNews(l) || builtinStopwords()[l] || partyWords[l] || demonym || knownPlace(builtinAliases(), w) || lang.DefaultNames().TypeOf(w) != "" {
			return 0
		}
		if _, given := FirstNameGender(w); given {
			return 0
		}
		if _, given := FirstNameGender(words[k].s); given && readsAsPerson(words[k:]) {
			return k
		}
	}
	return 0
}

// bodyBeforeName returns how many of a span's first words are the name of
// a body or a place the alias table knows, before what reads as a
// person's name, or 0: a section's label a scraper glued to a headline
// ("Congress McConnell bets the Senate on ..."), or the end of a title
// the model cut short ("Ambassador to the United Nations Nikki Haley"
// gave "United Nations Nikki Haley"). A one-word name must be a body's:
// a place's may be a given name ("Georgia"). The name must be written as
// the table writes it: an alias matched in another case is an acronym
// ("Cas" for the CAS).
func bodyBeforeName(words []wordSpan) int {
	if len(words) < 2 {
		return 0
	}
	last := strings.ToLower(words[len(words)-1].s)
	_, demonym := demonymPlace(last)
	if facilityWords[last] || siteWords[last] || orgWords[last] || partyWords[last] || demonym {
		return 0 // "Congress Avenue", "Senate Democrats", "White House Rose Garden"
	}
	if !isTitleCase(words[0].s) {
		return 0
	}
	a := builtinAliases()
	for k := min(3, len(words)-1); k >= 1; k-- {
		name := spanText(words[:k])
		c, ok := a.Canonical(name)
		if !ok || c != name && !(k > 1 && strings.EqualFold(c, name)) {
			continue
		}
		t := a.Type(c)
		// A place's name before one capitalised word is more often a
		// longer place's ("New York City"); a body's before a surname is
		// a person's.
		first := strings.ToLower(strings.TrimSuffix(words[k].s, "."))
		_, firstDemonym := demonymPlace(first)
		if partyWords[first] && (t == Place || t == Org) && len(words)-k-1 >= 2 && readsAsPerson(words[k+1:]) {
			return k + 1 // "North Carolina Republican Dale Nelson": a member's description
		}
		if partyWords[first] || isRoleWord(first) || firstDemonym {
			continue
		}
		if (t == Org || k > 1 && t == Place && len(words)-k >= 2) && readsAsPerson(words[k:]) {
			return k
		}
	}
	return 0
}

// siteWords end the names of the parts of a body's seat ("Rose Garden",
// "Situation Room", "South Lawn", "Oval Office").
var siteWords = map[string]bool{"garden": true, "gardens": true, "room": true, "lawn": true, "office": true, "wing": true, "grounds": true, "campus": true, "headquarters": true}

// titleWithBody reports whether text ends in a title whose object is a
// body or a place the alias table knows, a person's name to follow:
// "Ambassador to the United Nations ", "Secretary-General of NATO ".
func titleWithBody(text string) bool {
	w := strings.Fields(text)
	if !strings.HasSuffix(text, " ") {
		return false
	}
	for k := 1; k <= 4 && k < len(w); k++ {
		// The role, the link and "the" are the three words before.
		if knownBody(strings.Join(w[len(w)-k:], " ")) && titleEndsWith(strings.Join(w[max(0, len(w)-k-3):len(w)-k], " ")+" ", "of", "to") {
			return true
		}
	}
	return false
}

// knownBody reports whether name is a body's or a place's canonical name
// in the alias table, written as the table writes it ("United Nations").
func knownBody(name string) bool {
	a := builtinAliases()
	c, ok := a.Canonical(name)
	return ok && c == name && (a.Type(c) == Org || a.Type(c) == Place)
}

// spanText joins the words of a span with single spaces.
func spanText(words []wordSpan) string {
	ws := make([]string, len(words))
	for i, w := range words {
		ws[i] = w.s
	}
	return strings.Join(ws, " ")
}

// withoutTitle returns words without the title that opens them ("Vice
// President Pence", "PRESIDENT DONALD TRUMP", "Sen. Dana Ruiz", "Former
// Gov. Tom Hale"), leaving one word at least.
func withoutTitle(words []string) []string {
	for len(words) > 1 {
		l := strings.ToLower(strings.TrimSuffix(words[0], "."))
		if !isRoleWord(l) && !rolePrefixes[l] && !IsHonorific(words[0]) && l != "former" && l != "then" {
			break
		}
		words = words[1:]
	}
	return words
}

// clauseOpeners are the words that open a clause in title case at a
// sentence's start and that no name begins with, which the model takes in
// with the name after them: "Had Obama acted ...", "When Trump spoke",
// "If Pelosi agrees". Words that are also given names ("Will Hurd",
// "May", "Don", "Per") or Korean names' syllables ("Do", "So") are not
// among them.
var clauseOpeners = map[string]bool{
	"Had": true, "Were": true, "Should": true, "Did": true, "Does": true, "Is": true, "Was": true,
	"Has": true, "Have": true, "Would": true, "Could": true, "Might": true, "Must": true, "Shall": true,
	"Are": true, "If": true, "When": true, "While": true, "Although": true, "Though": true,
	"Because": true, "Since": true, "After": true, "Before": true, "Unless": true, "Until": true,
	"As": true, "But": true, "And": true, "Or": true, "Yet": true, "Then": true, "Once": true,
	"Whether": true, "Where": true, "Why": true, "How": true, "What": true, "Who": true, "Which": true,
	"That": true, "This": true, "Both": true, "Either": true, "Neither": true, "Not": true,
	"Only": true, "Even": true, "Also": true, "Unlike": true, "Despite": true, "Without": true,
	"With": true, "For": true, "From": true, "Of": true, "In": true, "On": true, "At": true,
	"By": true, "About": true, "Against": true, "Between": true, "Under": true, "Through": true,
	"During": true, "Into": true, "Thanks": true, "Dear": true, "Hey": true, "Yes": true,
	// A verb of saying that opens a sentence before its subject ("Adds
	// Dana Hale: ..."; speaker.go's invertedOpening). "Said" is left
	// out: it is a given name too.
	"Adds": true, "Added": true, "Says": true, "Asks": true, "Asked": true, "Notes": true,
	"Noted": true, "Writes": true, "Wrote": true, "Explains": true, "Explained": true,
}

// readsAsPerson reports whether words can be a person's name:
// capitalised, none in capitals or possessive, none after the first a
// common word of news or a body's word, the first a common word only if it
// is short and plain, as given names are ("Rod", "Bill"), and the whole no
// body's or place's name ("MGM Resorts International", "NARAL Pro-Choice
// America").
func readsAsPerson(words []wordSpan) bool {
	for i, w := range words {
		l := strings.ToLower(strings.TrimRight(w.s, ".,;:!?"))
		if i == len(words)-1 && isSuffix(w.s) {
			continue // "Jr."
		}
		switch {
		case !startsUpper(w.s) || isAllUpper(w.s) || possessiveLen(w.s) > 0:
			return false
		case i == 0 && lowerInNews(l) && (utf8.RuneCountInString(l) > 5 || strings.Contains(l, "-")),
			i == 0 && slices.ContainsFunc(strings.Split(l, "-")[1:], lowerInNews):
			return false // "Pro-Choice America": no given name
		case i > 0 && (lowerInNews(l) || orgWords[l] || isInstitutionHead(w.s)):
			return false
		}
	}
	var rest []string
	for _, w := range words {
		rest = append(rest, w.s)
	}
	name := strings.Join(rest, " ")
	return !endsLikeOrg(name) && !knownPlace(builtinAliases(), name)
}

// shipPrefixes are a ship's name's first word ("USS Arleigh Burke").
var shipPrefixes = map[string]bool{"USS": true, "USNS": true, "HMS": true, "HMAS": true, "HMCS": true, "HMNZS": true, "RFS": true, "INS": true}

// surnameRoles are the role words that are also common surnames.
var surnameRoles = map[string]bool{"king": true, "bishop": true, "judge": true, "justice": true, "prince": true}

// givenName reports whether a word before a surname that is a title's
// word ("Bill" of "Bill Bishop") can be a given name: capitalised, no
// title, rank, acronym, demonym or known place ("Kansas Secretary",
// "Deputy Secretary"), and no word news writes in lower case ("Any
// Senator").
func givenName(w string) bool {
	l := strings.ToLower(strings.TrimSuffix(w, "."))
	_, demonym := demonymPlace(l)
	return startsUpper(w) && !isAllUpper(w) && !isRoleWord(l) && !rolePrefixes[l] && !demonym &&
		!lowerInNews(l) && !knownPlace(builtinAliases(), w) && !strings.HasSuffix(w, ".")
}

// isRoleWord reports whether a lower-case word is a title's role word
// (roleWords), alone, hyphenated ("secretary-general") or elected and not
// yet sworn in ("president-elect", "sen.-elect").
func isRoleWord(w string) bool {
	if base, ok := strings.CutSuffix(w, "-elect"); ok {
		w = strings.TrimSuffix(base, ".") // "president-elect", "sen.-elect"
	}
	return roleWords[w] || hyphenRole(w)
}

// hyphenRole reports whether a lower-case hyphenated word is a title:
// a role word after another or after a rank ("secretary-general",
// "director-general", "vice-president", "co-chair"). A name's hyphen
// joins no such words ("Smith-King" ends in one).
func hyphenRole(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 || !roleWords[parts[len(parts)-1]] {
		return false
	}
	return roleWords[parts[0]] || rolePrefixes[parts[0]]
}

// rolePrefixes are the ranks written before a role word with a hyphen.
var rolePrefixes = map[string]bool{"vice": true, "co": true, "ex": true, "deputy": true, "under": true, "acting": true, "assistant": true}

// personTitles are the role words written only before a person's name:
// "President Obama" is Obama wherever the model's label or the article's
// other mentions leave it in doubt. Other role words also start the names
// of things ("General Motors", "Ambassador Bridge", "Prince George's
// County").
var personTitles = map[string]bool{
	"president": true, "senator": true, "representative": true, "governor": true, "secretary": true,
	"minister": true, "chancellor": true, "premier": true, "mayor": true, "sheriff": true,
	"congressman": true, "congresswoman": true, "spokesman": true, "spokeswoman": true, "mr": true,
	"mrs": true, "ms": true, "dr": true, "sen": true, "rep": true, "gov": true,
}

// cleanMention trims what the model wrongly includes in an entity's span and
// splits off a leading title. It returns the span of the name within text
// (text[start:end] is the name as written), the name itself, the title
// ("secretary of state") and whether anything is left.
//
// The model's spans carry debris from around the name, which must not
// reach a quote's speaker or an entity list: a dateline before a dash
// ("WASHINGTON — Susan Rice"), a programme title after a quote mark
// ("Fox News’ “Hannity"), a nickname in quote marks ("William “Mo”
// Cowan"), editorial brackets ("[President Barack] Obama" gives "Barack]
// Obama"), a weekday the name is followed by ("White House Thursday"), a
// sentence glued on for want of a space ("Tuesday.McCaskill"), a party and
// state tag ("(D-Arizona)") and contractions ("We’ve").
//
// namesPerson says whether the span may name a person after a title: the
// model labelled it a person, or its last word stands alone elsewhere in
// the article. Both signals are needed: the article may write "Ambassador
// Stevens" and never "Stevens", and the model, which labels "General
// Motors" an organisation, sometimes labels it a person ("General Motors
// said"), where "Motors" is still cut. person says the model labelled it
// a person's, which decides whether a number after it is the name's: a
// person's name never ends in one.
func cleanMention(text string, namesPerson, person bool) (start, end int, name, role string, ok bool) {
	lo, hi := trimDebris(text)
	var words []wordSpan
	for _, w := range wordSpans(text[lo:hi]) {
		w.start += lo
		w.end += lo
		words = append(words, w)
	}
	if slices.ContainsFunc(words, func(w wordSpan) bool { return joinsNames(w.s) }) {
		// "Tom Ferris/The Alden Post", "AP Photo/Dana Hale": a photo's
		// credit, the photographer and the outlet, is no entity of the
		// story.
		return 0, 0, "", "", false
	}
	words = dropNickname(words)
	words = unglue(words)
	// A number after a person's name is no word of it ("Sanders 17" of
	// "Biden 63 percent, Sanders 17 percent"); other names may end in one
	// ("Park 51", "Section 230"). A market's code for a share or an index
	// is no word of any name ("Acme Tools ACME.N", "Industrial Average
	// .ALD").
	for len(words) > 0 && (person && isDigits(words[len(words)-1].s) || isTicker(words[len(words)-1].s)) {
		words = words[:len(words)-1]
	}
	// Weekdays around a name are the date of what it did: "Obama Monday".
	for len(words) > 1 && weekdays[words[len(words)-1].s] {
		words = words[:len(words)-1]
	}
	for len(words) > 1 && weekdays[words[0].s] {
		words = words[1:]
	}
	// Leading "the" and trailing possessives go, and a clause's first
	// word before a name ("Had Obama acted").
	for len(words) > 0 && (strings.EqualFold(words[0].s, "the") || len(words) > 1 && clauseOpeners[words[0].s]) {
		words = words[1:]
	}
	// A title ends at its last role word, possibly followed by "of State",
	// "of Defense": the name is what remains and must start in upper case.
	cut := -1
	// An institution named "X of Y" ends in no title: "Department of
	// Justice", "Office of the Attorney General" (fullnames.go); one
	// followed by a person's name does ("National Organization for Women
	// President Terry O'Neill").
	var ws []string
	for _, w := range words {
		ws = append(ws, w.s)
	}
	institution := isInstitution(strings.Join(ws, " "))
	for i, w := range words {
		l := strings.ToLower(strings.TrimSuffix(w.s, "."))
		if i == len(words)-1 && mediaRoles[l] {
			break // "The Hollywood Reporter", a publication's name
		}
		if isRoleWord(l) || clericTitles[l] || l == "executive" && i > 0 && strings.EqualFold(words[i-1].s, "chief") || initialTitles[w.s] && i < len(words)-1 {
			// "Chief Executive Carrie Lam": a chief executive is a title
			// where "Executive" alone opens names ("Executive Order",
			// "Executive Committee").
			cut = i
			for cut+2 < len(words) && strings.EqualFold(words[cut+1].s, "of") {
				cut += 2
			}
		}
	}
	if institution && cut == len(words)-1 {
		cut = -1 // "Department of Justice", not the title "justice"
	}
	if cut >= 1 && cut == len(words)-1 && person && surnameRoles[strings.ToLower(words[cut].s)] && givenName(words[cut-1].s) {
		// A person's name ending in a title's word that is a common
		// surname is that surname ("Bill Bishop", "Peter King", "Maine
		// Sen. Angus King"): the title, if any, is the role word before
		// the given name. Other titles at a name's end follow a body's
		// name ("Broward County Sheriff", "Taliban Leader").
		cut = -1
		for i, w := range words[:len(words)-2] {
			if isRoleWord(strings.ToLower(strings.TrimSuffix(w.s, "."))) {
				cut = i
			}
		}
	}
	if cut >= 0 && cut == len(words)-2 && isInstitutionHead(words[cut+1].s) {
		cut = -1 // "County Justice Center": a building, no one's title
	}
	if cut >= 0 && cut < len(words)-1 && !slices.ContainsFunc(words[cut+1:], func(w wordSpan) bool { return !isSuffix(w.s) }) {
		cut = -1 // "Martin Luther King Jr.": a surname that is a title's word, then the suffix
	}
	if cut == 0 && len(words) == 2 && !namesPerson && !strings.HasSuffix(words[0].s, ".") && !personTitles[strings.ToLower(words[0].s)] {
		// "General Motors", "Ambassador Bridge": a company or a place
		// whose name starts with a title's word; the model does not read
		// it as a person, and the article never writes its last word
		// alone, as it would a person's surname.
		cut = -1
	}
	if cut >= 0 {
		var r []string
		for _, w := range words[:cut+1] {
			l := strings.ToLower(strings.TrimSuffix(w.s, "."))
			if _, isDemonym := demonymPlace(w.s); isDemonym || isAllUpper(w.s) && !isRoleWord(l) && !initialTitles[w.s] {
				continue // "Russian", "NATO": the title's country or body, not the role
			}
			r = append(r, strings.ToLower(w.s))
		}
		role = strings.Join(r, " ")
		words = words[cut+1:]
	}
	// A name's words are capitalised, but for the particles inside it
	// ("Bank of America", "Ludwig van Beethoven"): a word in lower case
	// at its end, or at its start unless it is a particle ("de Blasio")
	// or a small word (a span that opens "for Alden Reconstruction" is a
	// longer name's tail and is dropped below, as it was), is a common
	// word the model took in with the name ("Democratic presidential" of
	// "Democratic presidential candidate", "Ferris campaign"). What is
	// left is the name; nothing left, no name.
	for len(words) > 0 && isCommonWord(words[len(words)-1].s) {
		words = words[:len(words)-1]
	}
	for len(words) > 0 && isCommonWord(words[0].s) && !surnameParticles[words[0].s] && !titleSmallWords[words[0].s] {
		words = words[1:]
	}
	// A common word in capitals after a name written in upper and lower
	// case is another style's, not the name's: a site's inline link
	// ("Dana Vossberg MORE"), a stock's ticker ("Alden Tools COST"). An
	// acronym the alias table knows stays ("US").
	for n := len(words); n >= 2 && isShoutedCommon(words[n-1].s) && !isAllUpper(words[n-2].s); n = len(words) {
		words = words[:n-1]
	}
	// A party label before a name is an affiliation, not part of it:
	// "Republican Mitt Romney", "Democrat Chris Van Hollen"; so is a
	// description of a party's member before a full name, "Georgia
	// Democrat Dana Hale", "House Judiciary Democrat Ana Ruiz Vela".
	if len(words) >= 3 && partyWords[strings.ToLower(words[0].s)] && !orgWords[strings.ToLower(words[len(words)-1].s)] {
		words = words[1:]
	} else if len(words) == 2 && person && namesPerson && partyWords[strings.ToLower(words[0].s)] && !orgWords[strings.ToLower(words[1].s)] && !partyPlurals[strings.ToLower(words[1].s)] {
		// "said Republican Trump": a surname the article writes alone
		// elsewhere, after its party's label.
		words = words[1:]
	} else if len(words) >= 4 && !orgWords[strings.ToLower(words[len(words)-1].s)] && !partyPlurals[strings.ToLower(words[len(words)-1].s)] {
		for i := len(words) - 3; i >= 1; i-- {
			if describesMember(words[i].s) {
				words = words[i+1:]
				break
			}
		}
	}
	// Who holds a body is no word of its name: "the Democratic-led House",
	// "a Republican-run Senate".
	if len(words) >= 2 && heldBy.MatchString(words[0].s) {
		words = words[1:]
	}
	// An organisation's acronym before a person's name is an affiliation
	// too: "NATO Kay Bailey Hutchison" of "Ambassador to NATO Kay Bailey
	// Hutchison", "CEO Les Moonves".
	if person && (acronymBeforeName(words) || descriptorBeforeName(words)) {
		words = words[1:]
	} else if k := bodyBeforeName(words); person && k > 0 {
		words = words[k:]
	} else if k := epithetBeforeName(words); person && k > 0 {
		words = words[k:]
	}
	if len(words) == 0 {
		return 0, 0, "", role, false
	}
	if len(words) == 1 && (partyState.MatchString(words[0].s) || isContraction(words[0].s) || IsHonorific(words[0].s)) {
		return 0, 0, "", role, false // "R-Wis.", a party and state tag; "We’ve"; "Sens." before two names
	}
	if len(words) == 1 && role == "" && (weekdays[words[0].s] || months[words[0].s] || monthAbbreviations[strings.TrimSuffix(words[0].s, ".")] || ordinalWords[words[0].s] || isNumberWord(words[0].s)) {
		// "in November", "on Monday", "Sept. 11": a date the model took
		// for a place or a person, and "the Fifth" (amendment) or
		// "Fourteen states" a number; with a title before it, it is a
		// name ("Judge March").
		return 0, 0, "", role, false
	}
	if len(words) == 1 && role == "" {
		// "Colorado-grown marijuana", "a Texas-based group": the place
		// is the part before the hyphen, the rest a word of its own.
		// A common word before the hyphen ("Gun-control", "Middle-class"
		// at a sentence's start) makes no name at all.
		if i := strings.LastIndexByte(words[0].s, '-'); i > 0 && i < len(words[0].s)-1 && isLowerWord(words[0].s[i+1:]) {
			if first := words[0].s[:i]; !strings.Contains(first, "-") {
				if lowerInNews(strings.ToLower(first)) {
					return 0, 0, "", role, false
				}
				words[0].s, words[0].end = first, words[0].start+len(first)
			}
		}
	}
	if len(words) >= 2 && describesMember(words[len(words)-1].s) {
		// "Mitch McConnell, Kentucky Republican, said": a description of
		// one party member, written after the name, and no one's name.
		return 0, 0, "", role, false
	}
	first, last := words[0], words[len(words)-1]
	// Trailing possessives and punctuation go; a full stop stays on an
	// abbreviation or an initial ("Jr.", "Paul D.") but not on a word
	// ("Secure America Now."). A person's surname of two letters ends a
	// sentence without its full stop too ("said lawmaker Dana Mo.", "met
	// President Xi."): the tokenizer keeps the stop of a word it knows as
	// an abbreviation ("Mo." for Missouri), and the speaker was "Dana Mo."
	// in one article and "Dana Mo" in the next.
	l := strings.TrimSuffix(strings.TrimSuffix(last.s, "'s"), "’s")
	l = strings.TrimRightFunc(l, func(r rune) bool { return unicode.IsPunct(r) && r != '.' })
	if w := strings.TrimSuffix(l, "."); w != l && hasLower(w) && !isSuffix(w) && !abbreviations[strings.ToLower(w)] &&
		(utf8.RuneCountInString(w) >= 3 || person && utf8.RuneCountInString(w) == 2 && !IsHonorific(w)) {
		l = w
	}
	last.end -= len(last.s) - len(l)
	last.s = l
	parts := make([]string, 0, len(words))
	for _, w := range words[:len(words)-1] {
		parts = append(parts, w.s)
	}
	name = strings.Join(append(parts, last.s), " ")
	name = editorialBrackets.Replace(name)
	name = strings.TrimSpace(name)
	if name == "" || last.end <= first.start {
		return 0, 0, "", role, false
	}
	if r, _ := utf8.DecodeRuneInString(name); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
		return 0, 0, "", role, false
	}
	if !hasLower(name) && len(name) > 5 {
		// SHOUTED words are section labels ("FEATURE"), not entities;
		// acronyms are short.
		return 0, 0, "", role, false
	}
	return first.start, last.end, name, role, true
}

// abbreviations end names with their full stop: "Acme Inc.".
var abbreviations = map[string]bool{
	"inc": true, "ltd": true, "corp": true, "bros": true, "co": true, "ave": true, "blvd": true,
}

// weekdays follow a name in news prose as the date of what it did.
var weekdays = map[string]bool{
	"Monday": true, "Tuesday": true, "Wednesday": true, "Thursday": true, "Friday": true,
	"Saturday": true, "Sunday": true,
}

// months are the names of months that stand alone as a date, never as a
// name; "May" is left out, a surname as often ("May said").
var months = map[string]bool{
	"January": true, "February": true, "March": true, "April": true, "June": true,
	"July": true, "August": true, "September": true, "October": true, "November": true,
	"December": true,
}

// monthAbbreviations are the months as AP style writes them before a
// day ("Sept. 11", "Aug. 4"); "May" and "June" are never cut.
var monthAbbreviations = map[string]bool{
	"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true, "Aug": true,
	"Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true,
}

// isShoutedCommon reports whether w, its punctuation aside, is a word of
// three letters or more in capitals that general news writes in lower
// case (lowercaseWords: "MORE", "COST") and the alias table does not
// know as an acronym ("US", "UN" are shorter anyway).
func isShoutedCommon(w string) bool {
	w = strings.TrimFunc(w, unicode.IsPunct)
	if utf8.RuneCountInString(w) < 3 || !isAllUpper(w) || !lowerInNews(strings.ToLower(w)) {
		return false
	}
	_, known := builtinAliases().Canonical(w)
	return !known
}

// joinsNames reports whether a word of an entity's span joins two names
// with a slash, as a photo's credit does ("Ferris/Harbor Wire", "Photo/Dana"),
// or is a slash set between two names ("Alden Post / Dana Hale"): a
// letter before the slash, a capital after it.
func joinsNames(w string) bool {
	if w == "/" {
		return true
	}
	i := strings.IndexByte(w, '/')
	if i <= 0 || i == len(w)-1 {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(w[:i])
	after, _ := utf8.DecodeRuneInString(w[i+1:])
	return unicode.IsLetter(before) && unicode.IsUpper(after)
}

// creditSpans returns the spans of a paragraph's parentheses that hold
// a photo's credit, a name joined to another by a slash: "(AP Photo/Dana
// Hale, File)". Every word there is the credit's.
func creditSpans(text string) []corpus.Span {
	var out []corpus.Span
	for _, loc := range parenthesis.FindAllStringIndex(text, -1) {
		if slices.ContainsFunc(strings.Fields(text[loc[0]+1:loc[1]-1]), joinsNames) {
			out = append(out, corpus.Span{Start: loc[0], End: loc[1]})
		}
	}
	return out
}

// parenthesis matches a parenthesis inside one line, none nested.
var parenthesis = regexp.MustCompile(`\([^()\n]*\)`)

// isCommonWord reports whether a word of an entity's span, its
// punctuation aside, starts with a lower-case letter and holds no
// capital: "presidential", "of", not "al-Assad", "iPhone" or "1990".
func isCommonWord(w string) bool {
	w = strings.TrimFunc(w, unicode.IsPunct)
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !hasUpper(w)
}

// isLowerWord reports whether w is letters in lower case only.
func isLowerWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// trimDebris returns the part of an entity's text that holds the name:
// after a dateline's dash, before any other dash ("Krauthammer—specifically"),
// before a quote mark that opens a title ("Fox News’ “Hannity"), and
// around editorial brackets and parentheses. A quoted nickname between a
// first name and a surname is left for dropNickname.
func trimDebris(text string) (lo, hi int) {
	lo, hi = 0, len(text)
	for {
		s := text[lo:hi]
		i, n := firstOf(s, "—", "–", "--")
		if i < 0 {
			break
		}
		before := strings.TrimSpace(s[:i])
		if before == "" || isDateline(before) {
			lo += i + n // "WASHINGTON — Susan Rice"
		} else {
			hi = lo + i // "Romney — ", "Charles Krauthammer—specifically"
		}
	}
	// A colon, or a full stop after a word of three letters or more and
	// before a capital, ends the name: the model ran on into a label's
	// text or the next sentence ("Ferry Board: Tolls", "Dana Whitfield.
	// Stop"). An initial's stop, or an abbreviation's ("J.", "St.",
	// "Inc."), is the name's.
	if i := strings.IndexByte(text[lo:hi], ':'); i > 0 && hasUpper(text[lo:lo+i]) {
		hi = lo + i
	}
	for i := lo; i+2 < hi; i++ {
		if text[i] != '.' || text[i+1] != ' ' {
			continue
		}
		word := text[lo:i]
		if k := strings.LastIndexByte(word, ' '); k >= 0 {
			word = word[k+1:]
		}
		// A word with a stop inside is an abbreviation ("U.S", "H.W").
		if r, _ := utf8.DecodeRuneInString(text[i+2:]); unicode.IsUpper(r) && utf8.RuneCountInString(word) >= 3 && !strings.Contains(word, ".") && hasLower(word) && !nameAbbreviations[word] {
			hi = i
			break
		}
	}
	// Quote marks: a pair inside the name is a nickname; a lone mark
	// starts or ends something else.
	if marks := strings.Count(text[lo:hi], "\"") + strings.Count(text[lo:hi], "“") + strings.Count(text[lo:hi], "”"); marks == 1 || marks > 2 {
		s := text[lo:hi]
		i, n := firstOf(s, "\"", "“", "”")
		if hasUpper(s[:i]) {
			hi = lo + i
		} else {
			lo += i + n
		}
	}
	// Brackets: "[President Barack] Obama" lost its "[" to the span; a
	// "[" after a lone first name is an editor's ("Marco [Rubio]"); after
	// more, it opens something else ("Chris Christie [N.J.").
	if i := strings.Index(text[lo:hi], "["); i >= 0 && len(strings.Fields(text[lo:lo+i])) >= 2 {
		hi = lo + i
	}
	if i := strings.Index(text[lo:hi], "("); i >= 0 {
		if strings.TrimSpace(text[lo:lo+i]) != "" {
			hi = lo + i // "Jan Brewer (R"
		} else {
			lo += i + 1
		}
	}
	return lo, hi
}

// editorialBrackets removes an editor's brackets from a name ("Barack]
// Obama"). Made once: a Replacer builds its tables on first use, which
// per entity was a quarter of the bytes annotation allocated.
var editorialBrackets = strings.NewReplacer("[", "", "]", "")

// nameAbbreviations are abbreviations of three letters or more that a
// name carries with their stop inside it: "Acme Widgets Inc. Holdings",
// "Gov. Dana Hale", "Harbor Bros. Circus".
var nameAbbreviations = map[string]bool{
	"Inc": true, "Corp": true, "Ltd": true, "Bros": true, "Gov": true, "Sen": true, "Rep": true,
	"Gen": true, "Col": true, "Sgt": true, "Capt": true, "Lieut": true, "Cmdr": true, "Adm": true,
	"Hon": true, "Rev": true, "Messrs": true, "Mrs": true, "Mme": true, "Prof": true, "Supt": true,
	"Cpl": true, "Pvt": true, "Pfc": true, "Spc": true, "Maj": true, "Brig": true, "Det": true,
	"Atty": true, "Asst": true, "Dept": true, "Univ": true, "Assn": true, "Ave": true, "Blvd": true,
}

// isDigits reports whether w is a number written in digits ("17",
// "2,000").
func isDigits(w string) bool {
	return w != "" && strings.Trim(w, "0123456789,.") == "" && strings.ContainsAny(w, "0123456789")
}

// isTicker reports whether w is a market's code for a share or an index
// as wire services write them: a stop and capitals (".ALD"), or capitals
// and a stop and the exchange's letters or a digit ("ACME.N", "CL.1").
func isTicker(w string) bool {
	code, exchange, ok := strings.Cut(w, ".")
	if !ok || strings.Contains(exchange, ".") {
		return false
	}
	if code == "" {
		return len(exchange) >= 2 && len(exchange) <= 6 && isAllUpper(exchange)
	}
	return len(code) >= 2 && len(code) <= 6 && isAllUpper(code) && len(exchange) >= 1 && len(exchange) <= 2 && (isAllUpper(exchange) || isDigits(exchange))
}

// firstOf returns the offset and length of the first of seps in s, or -1.
func firstOf(s string, seps ...string) (int, int) {
	best, n := -1, 0
	for _, sep := range seps {
		if i := strings.Index(s, sep); i >= 0 && (best < 0 || i < best) {
			best, n = i, len(sep)
		}
	}
	return best, n
}

// isDateline reports whether s, the words before a dash, is a dateline:
// a place in capitals, maybe with a state ("WASHINGTON", "ST. LOUIS, Mo.").
func isDateline(s string) bool {
	w := strings.Fields(s)
	return len(w) > 0 && isAllUpper(w[0]) && utf8.RuneCountInString(strings.Trim(w[0], ".,")) >= 2
}

// dropNickname removes a nickname in quote marks between a first name and
// a surname: "William “Mo” Cowan" is William Cowan.
func dropNickname(words []wordSpan) []wordSpan {
	isMark := func(r rune) bool { return r == '"' || r == '“' || r == '”' }
	for i := 1; i+1 < len(words); i++ {
		r, _ := utf8.DecodeRuneInString(words[i].s)
		if !isMark(r) {
			continue
		}
		for j := i; j+1 < len(words) && j < i+3; j++ {
			if l, _ := utf8.DecodeLastRuneInString(words[j].s); isMark(l) {
				return append(words[:i:i], words[j+1:]...)
			}
		}
	}
	return words
}

// unglue splits a word in which a sentence ends without a space before the
// next begins ("Tuesday.McCaskill"), keeping the part that belongs to the
// name: the later part for the first word, the earlier for the last.
func unglue(words []wordSpan) []wordSpan {
	for i := 0; i < len(words); i++ {
		w := words[i]
		j := strings.IndexByte(w.s, '.')
		if j < 2 || j+1 >= len(w.s) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(w.s[:j])
		after, _ := utf8.DecodeRuneInString(w.s[j+1:])
		if !unicode.IsLower(before) || !unicode.IsUpper(after) {
			continue
		}
		switch {
		case i == 0:
			words[0] = wordSpan{w.s[j+1:], w.start + j + 1, w.end}
		case i == len(words)-1:
			words[i] = wordSpan{w.s[:j], w.start, w.start + j}
		}
	}
	return words
}

// isContraction reports a pronoun's contraction that the model took for a
// name: "We’ve", "I’d", "They’ll".
func isContraction(w string) bool {
	i := strings.LastIndexAny(w, "'’")
	if i < 0 {
		return false
	}
	_, n := utf8.DecodeRuneInString(w[i:])
	switch strings.ToLower(w[i+n:]) {
	case "ve", "d", "ll", "re", "m":
		return true
	}
	return false
}

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// splitPossessives mends the spans the model draws over a possessive: it
// gives one entity for "Japan’s Yoshimasa Hayashi" or "Russia’s Foreign
// Ministry", under one label (often GPE, whatever the second name is). Each
// becomes two entities, the possessor ("Japan") and the name after the
// possessive ("Yoshimasa Hayashi"), both with the model's label, which the
// article's other mentions of the same name outvote in resolve. A
// possessive after a common noun is a word of one name and stays
// (commonPossessor: "Alden Woman’s Health").
func splitPossessives(ents []prose.Entity) []prose.Entity {
	out := make([]prose.Entity, 0, len(ents))
	for _, e := range ents {
		i, n := lastPossessive(e.Text)
		for i > 0 && commonPossessor(e.Text[:i]) {
			i, n = lastPossessive(e.Text[:i]) // "Dana Hale’s Poor People’s Campaign"
		}
		if i > 0 {
			rest := e.Text[i+n:]
			if isInstitutionHead(rest) && officePossessor(e.Text[:i]) {
				// "the U.S. Attorney’s Office", "the Alden County
				// Sheriff’s Office": an office alone after an officer's
				// possessive is the officer's, one body, and "Office"
				// alone had been a speaker ("Office told reporters").
				// After a name the two stay apart: "Biden’s Senate
				// career" names Biden.
				out = append(out, e)
				continue
			}
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsUpper(r) {
				out = append(out, prose.Entity{Text: e.Text[:i], Label: e.Label, Start: e.Start})
				e = prose.Entity{Text: rest, Label: e.Label, Start: e.Start + i + n}
			}
		}
		out = append(out, e)
	}
	return out
}

// possessiveName reports whether the entity text[start:end], written
// right before a possessive ("Dinah" of "a Dinah's"), is only the first
// part of a name that holds the possessive, and so names no one and
// nothing by itself. The model marks the words before "'s" and leaves the
// possessive out, which made a person or a place "Dinah" of a diner
// chain and "Driver" of an act. Two shapes say so:
//
//   - a common word in title case (commonPossessor) whose possessive is
//     followed by more capitalised words heads a longer name ("the
//     Driver's Privacy Act", "Children's Hospital"), unless what follows
//     is a person's first name, an initial or a title: a body or a
//     programme possesses its people ("Harbor Wave's Dana Hale");
//   - an article before the possessive makes it a noun, a shop or a
//     firm named in the possessive ("a Dinah's", "the Hollister's on Elm
//     Street"): "a" is never written before a person's name in the
//     possessive (nor before a title's or a body's, whose "a" is of what
//     they possess: "a Harbor Department Inspector General's report"),
//     and after "the" the possessive is a noun when a preposition, a
//     conjunction, a wh-word, an auxiliary or a closing mark follows it,
//     not a noun for it to possess ("the Pentagon's budget" is the
//     Pentagon's).
//
// A name the alias table knows, a body's name and an acronym possess as
// any name does ("the FBI's.").
func possessiveName(text string, toks []prose.Token, start, end int, aliases *Aliases) bool {
	rest, ok := strings.CutPrefix(text[end:], "'s")
	if !ok {
		rest, ok = strings.CutPrefix(text[end:], "’s")
	}
	if r, _ := utf8.DecodeRuneInString(rest); !ok || unicode.IsLetter(r) || unicode.IsDigit(r) {
		return false
	}
	name := text[start:end]
	last := lastField(name)
	if _, known := aliases.Canonical(name); known || isAllUpper(last) || isInstitutionHead(last) || isInstitution(name) {
		return false
	}
	if next := firstField(rest); commonPossessor(name) && strings.HasPrefix(rest, " ") && startsUpper(next) {
		// A person or an officer after the possessive is the name's own
		// ("the Alden Review's J.D. Hale", "Harbor Wave's Dana Hale").
		_, given := FirstNameGender(next)
		return !given && !isInitials(next) && !isRoleWord(strings.ToLower(strings.TrimSuffix(next, ".")))
	}
	// The article may stand before more of the name than the model marked
	// ("an Alden Kell's" marked "Kell").
	head := start
	for k := 0; k < 3; k++ {
		w := lastField(text[max(0, head-30):head])
		if !strings.HasSuffix(text[:head], " ") || !isCapitalised(w) || isFunctionWord(w) || strings.ContainsAny(w, ".,;:!?") {
			break
		}
		head -= len(w) + 1
	}
	if !strings.HasSuffix(text[:head], " ") {
		return false
	}
	for _, w := range strings.Fields(text[head:end]) {
		if isRoleWord(strings.ToLower(strings.TrimSuffix(w, "."))) || isInstitutionHead(w) {
			return false // "a Harbor Department Inspector General's report": the article is the report's
		}
	}
	switch strings.ToLower(lastField(text[max(0, head-8):head])) {
	case "a", "an":
		return true
	case "the":
		// The word after the possessive, by the tagger.
		after := end + (len(text[end:]) - len(rest))
		i := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= after })
		if i == len(toks) {
			return true
		}
		// A preposition, a conjunction, a wh-word, an auxiliary or a
		// mark that closes a phrase: the possessive is a noun ("the
		// Hollister's on Elm Street", "the Dinah's, which"). The tagger's
		// other verbs are not trusted, nouns in -ed and -s read as verbs
		// ("the Guild's hatred"), nor a mark that opens what follows ("the
		// Review's “Best of”", "the Fund's $600").
		switch tag, w := toks[i].Tag, toks[i].Text; {
		case tag == "IN" || tag == "TO" || tag == "CC" || tag == "MD" || tag == "WDT" || tag == "WRB" || tag == "WP":
			return true
		case auxiliaries[strings.ToLower(w)]:
			return true
		case len(w) == 1 && strings.Contains(".,;:!?)]", w) || w == "”":
			return true
		}
		return false
	}
	return false
}

// auxiliaries are the verbs that follow a shop's name used as a noun
// ("the Dinah's was closed") and that no tagger reads as a noun.
var auxiliaries = map[string]bool{"is": true, "was": true, "has": true, "had": true, "are": true, "were": true}

// onlyPossessive reports whether every time text writes name as a word
// it writes it in the possessive: a shop's name ("Dinah's") that an
// article names once after an article ("a Dinah's") is the shop's in its
// other possessives too ("at Dinah's on Saturday"), unless the article
// also writes the name alone, as it would a person's.
func onlyPossessive(text, name string) bool {
	n := countWord(text, name)
	return n > 0 && n == countWord(text, name+"'s")+countWord(text, name+"’s")
}

// commonPossessor reports whether the words before a possessive end in
// a common noun, which makes the possessive a word of one name: "Alden
// Woman’s Health", "Children's Hospital", "Harbor People’s Daily", where the
// name after it is no name alone ("Health"). A common noun here is a word
// in title case that general news writes in lower case (lowercaseWords),
// and no body's word: a body possesses its people ("Harbor Group’s Dana
// Hale"), and a company's form in capitals is no noun ("Alden SE’s").
// Before such a possessive, an earlier one may still split a name off
// ("Dana Hale’s Poor People’s Campaign").
func commonPossessor(before string) bool {
	w := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
	l := strings.ToLower(w)
	return isTitleCase(w) && lowerInNews(l) && !isInstitutionHead(w) && !orgEndings[l] && !orgWords[l]
}

// officePossessor reports whether the words before a possessive end in
// an officer's title or a common noun ("U.S. Attorney", "Medical
// Examiner", "New Mexico Sheriffs"), not a name.
func officePossessor(before string) bool {
	w := strings.TrimSuffix(before[strings.LastIndexFunc(before, unicode.IsSpace)+1:], ".")
	l := strings.ToLower(w)
	return isRoleWord(l) || lowerInNews(l) || strings.HasSuffix(l, "s") && (isRoleWord(l[:len(l)-1]) || lowerInNews(l[:len(l)-1]))
}

// surnameOfNamed reports whether word is the surname of a person named
// in full among ms, the mentions found so far: "German" after "Michael
// German", "French" after "David French". The entity model also types
// peoples' compounds as people ("African American", "Native American",
// "Every American"), so the name's first word must be no common word
// (lowerInNews), no people's word, and none of the words that join a
// people's to make another (ethnonymFirst).
func surnameOfNamed(ms []Mention, word string) bool {
	for _, m := range ms {
		if m.Type != Person || !strings.Contains(m.Name, " ") || lastField(m.Name) != word {
			continue
		}
		first := firstField(m.Name)
		_, demonym := demonymPlace(first)
		if isTitleCase(first) && !lowerInNews(strings.ToLower(first)) && !demonym && !ethnonymFirst(first) {
			return true
		}
	}
	return false
}

// ethnonymFirst reports whether w opens a people's compound name
// ("African American", "Latin American", "Anglo Saxon"): an adjective of
// a continent or a people, by its ending, or one of the few others.
func ethnonymFirst(w string) bool {
	switch w {
	case "Native", "Latin", "Anglo", "Arab", "Central", "Pacific", "Caribbean":
		return true
	}
	for _, end := range []string{"an", "ish", "ese", "ic"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}

// lastPossessive returns the offset and length of the last possessive
// ending in s, "’s " or "'s ", or after a plural, "s’ " ("The Washington
// Times’ Brett Decker"), or -1.
func lastPossessive(s string) (int, int) {
	i, n := -1, 0
	for _, p := range []string{"’s ", "'s "} {
		if j := strings.LastIndex(s, p); j > i {
			i, n = j, len(p)
		}
	}
	for _, p := range []string{"s’ ", "s' "} {
		if j := strings.LastIndex(s, p); j >= 0 && j+1 > i {
			i, n = j+1, len(p)-1
		}
	}
	return i, n
}

// heldBy is a word that says who holds, leads or backs a body, or where
// a person or a body comes from, before its name: "Democratic-led",
// "GOP-controlled", "Kurdish-led" (Syrian Democratic Forces), "U.S.-backed",
// "Somali-born", "NATO-ally" (Turkey). A name of that form is no word of the name: outlets had
// "never named" the Kurdish-led Syrian Democratic Forces beside naming the
// Syrian Democratic Forces.
var heldBy = regexp.MustCompile(`^\p{Lu}[\pL.]*-(?:led|run|controlled|dominated|held|backed|based|allied|aligned|funded|owned|supported|linked|born|sponsored|ally|member)$`)

// partyWords label a politician's party before the name.
var partyWords = map[string]bool{
	"republican": true, "democrat": true, "democratic": true, "gop": true, "independent": true,
	"conservative": true, "labour": true, "liberal": true, "tory": true,
}

// memberDescription returns, lower case, the description of a party
// member that an entity's text is ("Kentucky Republican" gives "kentucky
// republican"), and whether it is one.
func memberDescription(text string) (string, bool) {
	w := strings.Fields(text)
	for len(w) > 0 && (strings.EqualFold(w[0], "the") || strings.EqualFold(w[0], "a") || strings.EqualFold(w[0], "an")) {
		w = w[1:]
	}
	if len(w) < 2 || !describesMember(w[len(w)-1]) {
		return "", false
	}
	last := strings.TrimRightFunc(w[len(w)-1], unicode.IsPunct)
	return strings.ToLower(strings.Join(append(w[:len(w)-1:len(w)-1], last), " ")), true
}

// describesMember says whether a name's last word makes it a description
// of one member of a party ("Kentucky Republican", "Ohio Democrat"): a
// person's name does not end so, an organisation's ends in a plural or in
// "Party".
func describesMember(last string) bool {
	last = strings.TrimRightFunc(last, func(r rune) bool { return unicode.IsPunct(r) })
	return last == "Republican" || last == "Democrat"
}

// orgWords end an organisation's name, so a party word before them stays
// and the name is an organisation's whatever the model's label.
var orgWords = map[string]bool{
	"party": true, "committee": true, "caucus": true, "convention": true, "conference": true,
	"governors": true, "association": true, "leadership": true, "senators": true, "lawmakers": true,
	"institute": true, "foundation": true, "council": true, "agency": true, "bureau": true,
	"commission": true, "coalition": true, "alliance": true, "league": true, "society": true,
	"corporation": true, "company": true, "group": true, "inc": true, "inc.": true, "corp.": true, "llc": true,
}

// partyPlurals are a party's members in the plural, which end a group's
// name as "senators" does: "House Republicans", "Wisconsin Democrats" name
// no person, and a person's full name ending in "Democrats" made every
// lone "Democrats" the model tags a person into that group (resolve.go).
// Unlike orgWords they are no company's form: "Key Democrats" opening a
// sentence still loses its capitalised common word (dropOpeningWords).
var partyPlurals = map[string]bool{
	"democrats": true, "republicans": true, "conservatives": true, "liberals": true, "socialists": true,
	"progressives": true, "libertarians": true, "tories": true,
}

// facilityWords end the name of a building or a site, which is a place
// whoever it is named after: "Trump Tower", "Navy Pier".
var facilityWords = map[string]bool{
	"tower": true, "towers": true, "building": true, "center": true, "centre": true, "hall": true,
	"hotel": true, "street": true, "avenue": true, "boulevard": true, "square": true, "plaza": true,
	"park": true, "pier": true, "airport": true, "stadium": true, "arena": true, "bridge": true,
	"station": true, "memorial": true, "monument": true, "mall": true,
}

// orgEndings end the names of news outlets, companies and armed services,
// by category:
//
//   - a newspaper's or a magazine's title: "News", "Times", "Post",
//     "Journal", "Press", "Tribune", "Herald", "Gazette", "Magazine",
//     "Chronicle", "Telegraph", "Guardian", "Observer", "Inquirer",
//     "Examiner", "Dispatch", "Courier", "Bulletin", "Register", "Review",
//     "Weekly", "Daily", "Monitor" ("Washington Post", "Fox News",
//     "Christian Science Monitor"); the last part of a hyphenated title
//     counts ("Post-Dispatch");
//   - a broadcaster's: "Network", "Networks", "Broadcasting", "Radio",
//     "Television", "TV", "Media", "Wire", "Newswire";
//   - a company's legal form or trade: "Inc.", "Corp.", "Co.", "LLC",
//     "Ltd.", "Holdings", "Industries", "Enterprises", "Airlines",
//     "Motors", "Communications", "Technologies", "Pharmaceuticals";
//   - an armed service's: "Navy", "Force" ("Air Force"), "Guard"
//     ("National Guard", "Coast Guard"), "Marines"; "Army" and "Corps"
//     are institution heads (institutionHeads).
//
// Left out are the words that end as many people's or places' names as
// outlets': "Sun" ("Baltimore Sun", but "Lena Sun"), "Star", "Globe",
// "Channel" ("English Channel"), and "Reporter", a title before a
// name ("Times Reporter Jane Roe"). "Post" and "Press" are kept, though a
// few people bear them as surnames ("Emily Post"): a title or an
// honorific before the name keeps such a person one (AnnotateOne), and
// the alias table types a known one.
var orgEndings = map[string]bool{
	"news": true, "times": true, "post": true, "journal": true, "press": true, "tribune": true,
	"herald": true, "gazette": true, "magazine": true, "chronicle": true, "telegraph": true,
	"guardian": true, "observer": true, "inquirer": true, "examiner": true, "dispatch": true,
	"courier": true, "bulletin": true, "register": true, "review": true,
	"weekly": true, "daily": true, "monitor": true,
	"network": true, "networks": true, "broadcasting": true, "radio": true, "television": true,
	"tv": true, "media": true, "wire": true, "newswire": true,
	"inc": true, "inc.": true, "corp": true, "corp.": true, "co.": true, "llc": true, "ltd": true, "ltd.": true,
	"holdings": true, "industries": true, "enterprises": true, "airlines": true, "motors": true,
	"communications": true, "technologies": true, "pharmaceuticals": true,
	"international": true, "management": true, "partners": true, "associates": true, "resorts": true,
	"navy": true, "force": true, "guard": true, "marines": true,
}

// soloMedia are the words of a newspaper's title that name an outlet on their own, as news
// prose writes a paper it has named once ("the Times reported", "a
// Journal editorial"), and that are no one's surname.
var soloMedia = map[string]bool{"Times": true, "Journal": true, "Tribune": true, "Herald": true, "Gazette": true, "Telegraph": true, "Inquirer": true, "Chronicle": true}

// endsLikeOrg reports whether name is an organisation's by its last word:
// a word of orgWords or orgEndings, or an institution's head word
// (institutionHeads: "Administration", "Service", "Bank", "University")
// ending a name of two words or more. A head that makes a state
// ("Republic", "Kingdom") and "Americans", which ends a group of people
// ("African Americans"), are no organisation's; a name that ends like a
// building's ("Trump Tower", "Kennedy Center") is left to facilityWords.
// Of a newspaper's title words, a few that no one bears as a surname make an
// outlet alone (soloMedia).
func endsLikeOrg(name string) bool {
	w := strings.Fields(name)
	if len(w) == 1 {
		return soloMedia[w[0]]
	}
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	if i := strings.LastIndexByte(last, '-'); i > 0 && i+1 < len(last) {
		last = last[i+1:] // "Post-Dispatch", "Post-Gazette"
	}
	l := strings.ToLower(last)
	switch {
	case facilityWords[l]:
		return false
	case orgWords[l], orgEndings[l], partyPlurals[l]:
		return true
	}
	return isInstitutionHead(last) && !stateHeads[last] && last != "Americans"
}

// endsInOutletWord reports whether the last word of a name of two words
// or more is one of orgEndings ("Post", "Press", "News"), the words a
// title or an honorific may still show to be a surname.
func endsInOutletWord(name string) bool {
	w := strings.Fields(name)
	return len(w) >= 2 && orgEndings[strings.ToLower(w[len(w)-1])]
}

// entityType corrects the model's label of a name by its last word: a name
// ending like an organisation's ("Dallas Tea Party", "Democratic National
// Convention", "Fox News", "Obama Administration": endsLikeOrg) is an
// organisation and one ending like a building's ("Trump Tower") a place,
// even where the model took them for people or places.
func entityType(name, label string) string {
	w := strings.Fields(name)
	if len(w) < 2 {
		if endsLikeOrg(name) {
			return Org
		}
		return label
	}
	last := strings.ToLower(w[len(w)-1])
	switch {
	case facilityWords[last] && !orgWords[last]:
		return Place
	case endsLikeOrg(name):
		return Org
	}
	return label
}

// partyState matches the "(R-Wis.)" and "(D-Arizona)" tags American papers
// put after a name.
var partyState = regexp.MustCompile(`^\(?[RDI]-[A-Z][A-Za-z.]*\)?,?$`)

// joinInitials mends the names the model cuts at a middle initial: it
// gives "Paul D" and "Ryan" for "Paul D. Ryan", "John A" and "Boehner" for
// "John A. Boehner". Two entities joined only by the initial's period
// become one person.
func joinInitials(text string, ents []prose.Entity) []prose.Entity {
	out := make([]prose.Entity, 0, len(ents))
	for i := 0; i < len(ents); i++ {
		e := ents[i]
		for i+1 < len(ents) && endsWithInitial(e.Text) {
			next := ents[i+1]
			gap := text[min(e.End(), len(text)):min(max(next.Start, e.End()), len(text))]
			if gap != ". " && gap != "." {
				break
			}
			e = prose.Entity{Text: text[e.Start:next.End()], Label: Person, Start: e.Start}
			i++
		}
		if endsWithInitial(e.Text) && (i+1 == len(ents) || ents[i+1].Start > e.End()+2) {
			// The surname the model left untagged: "President Donald J."
			// then "Trump" inside a quotation.
			if n := surnameAfterInitial(text[min(e.End(), len(text)):]); n > 0 {
				e = prose.Entity{Text: text[e.Start : e.End()+n], Label: Person, Start: e.Start}
			}
		}
		out = append(out, e)
	}
	return out
}

// surnameAfterInitial returns the length of ". Surname" at the start of
// rest, the text after a name that ends in an initial: a full stop, a
// space and a capitalised word that general news does not write in lower
// case (a new sentence's "Then" or "The" is no surname); 0 when there is
// none.
func surnameAfterInitial(rest string) int {
	after, ok := strings.CutPrefix(rest, ". ")
	if !ok {
		return 0
	}
	// A nickname in quotation marks may come first: "Herman B. “Dutch”
	// Leonard" (cleanMention drops it from the name).
	nick := 0
	for _, q := range [][2]string{{"“", "” "}, {"\"", "\" "}} {
		if t, ok := strings.CutPrefix(after, q[0]); ok {
			if i := strings.Index(t, q[1]); i > 0 && i <= 20 && !strings.ContainsAny(t[:i], " \n") {
				nick = len(q[0]) + i + len(q[1])
				after = t[i+len(q[1]):]
			}
			break
		}
	}
	n := 0
	for n < len(after) {
		r, size := utf8.DecodeRuneInString(after[n:])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			break
		}
		n += size
	}
	w := after[:n]
	if n < 2 || !isTitleCase(w) || lowerInNews(strings.ToLower(w)) {
		return 0
	}
	return len(". ") + nick + n
}

// leadingInitials mends the names whose given name is written in
// initials, which the model cuts off: "H.R. McMaster" gives "McMaster",
// and "H. R. McMaster" a place "H". A person's name that the initials
// stand right before takes them in ("H.R.", "H. R.", "J.D."), and a lone
// capital that is an initial before another is no entity.
func leadingInitials(text string, ents []prose.Entity) []prose.Entity {
	out := make([]prose.Entity, 0, len(ents))
	for _, e := range ents {
		if utf8.RuneCountInString(e.Text) == 1 && strings.HasPrefix(text[min(e.End(), len(text)):], ". ") {
			if r, _ := utf8.DecodeRuneInString(e.Text); unicode.IsUpper(r) {
				continue // "H" of "H. R. McMaster"
			}
		}
		if e.Label == Person && e.Start > 0 && e.Start <= len(text) && !lowerInNews(strings.ToLower(e.Text)) && !knownPlace(builtinAliases(), e.Text) {
			if m := initialsBefore.FindString(text[max(0, e.Start-maxInitialsBytes-1):e.Start]); m != "" && !titleOrPlaceInitials(m) {
				start := e.Start - len(strings.TrimLeft(m, " ("))
				// Initials after a given name are middle ones: "Rex W.
				// Tillerson", "George H.W. Bush" take the given name too.
				if g, at, ok := wordBefore(text, start, 0); ok && startsUpper(g) && !isAllUpper(g) && !strings.HasSuffix(g, ".") &&
					!isRoleWord(strings.ToLower(g)) && !clauseOpeners[g] && !lowerInNews(strings.ToLower(g)) {
					start = at
				}
				e = prose.Entity{Text: text[start:e.End()], Label: e.Label, Start: start}
			}
		}
		out = append(out, e)
	}
	return out
}

// titleOrPlaceInitials reports whether initials, their stops dropped,
// are a title's ("V.P.") or a place's the alias table knows ("U.S.",
// "D.C."), not a given name's.
func titleOrPlaceInitials(m string) bool {
	w := strings.NewReplacer(".", "", " ", "", "(", "").Replace(m)
	return isRoleWord(strings.ToLower(w)) || knownPlace(builtinAliases(), w)
}

// initialsBefore matches a given name in initials right before a name:
// one to three capitals each with a full stop, spaced or not. Capitals
// without stops are left alone: "VP Mike Pence", "US" and "GOP" are
// written so too.
var initialsBefore = regexp.MustCompile(`(?:^|[\s(])(?:\p{Lu}\.\s?){1,3}$`)

// maxInitialsBytes bounds the initials initialsBefore matches, so that
// it reads a few bytes before a name rather than its whole paragraph: three
// capitals of up to 4 bytes, each with a stop and a space. The byte before
// them, which must be a space or a bracket, is read too.
const maxInitialsBytes = 3 * (4 + 2)

// endsWithInitial reports a name ending in a lone capital: "Paul D".
func endsWithInitial(s string) bool {
	w := strings.Fields(s)
	if len(w) < 2 {
		return false
	}
	last := w[len(w)-1]
	r, n := utf8.DecodeRuneInString(last)
	return n == len(last) && unicode.IsUpper(r)
}

// bareName drops what varies between mentions of one name: the dots of
// dotted acronyms and the curl of apostrophes ("N.S.A." -> "NSA"), and
// writes a middle initial one way, with its full stop ("George W Bush" ->
// "George W. Bush"). A middle initial is kept: it tells "George W. Bush"
// from his father "George H.W. Bush" ("George HW Bush"), whom a name cut
// to "George Bush" had become; that "Paul D. Ryan" and "Paul Ryan" are
// one person is for the names' resolution to say (fullNames.variant). A
// generational suffix is part of the name, written one way: "Donald
// Trump, Jr" -> "Donald Trump Jr.", who is not his father. A word of
// emoji alone is no part of a name: a post's display name ("Dana Holt
// 🇺🇸") signs the post as Dana Holt.
func bareName(name string) string {
	w := strings.Fields(strings.ReplaceAll(name, "’", "'")) // "O’Neill" is "O'Neill"
	w = slices.DeleteFunc(w, emojiWord)
	for i, x := range w {
		if dottedAcronym.MatchString(x) {
			w[i] = strings.ReplaceAll(x, ".", "") // "I.R.S." is "IRS"
		}
	}
	core := len(w) // the words before any suffix
	if n := len(w); n >= 2 && isSuffix(w[n-1]) {
		w[n-2] = strings.TrimRight(w[n-2], ",")
		w[n-1] = suffixForm(w[n-1])
		core--
	}
	// Spaced initials are written as the unspaced ones are once their
	// dots go: "H. R. McMaster" is "HR McMaster", "George H. W. Bush"
	// "George HW Bush".
	for i := 0; i < core-1; i++ {
		k := leadingSingleInitials(w[i : core-1])
		if k < 2 {
			continue
		}
		joined := ""
		for _, x := range w[i : i+k] {
			joined += strings.TrimSuffix(x, ".")
		}
		w = append(append(w[:i:i], joined), w[i+k:]...)
		core -= k - 1
	}
	out := w[:0:0]
	for i, x := range w {
		r, n := utf8.DecodeRuneInString(x)
		if unicode.IsUpper(r) && n == len(x) && i > 0 && i < core-1 {
			x += "." // a middle initial, written with its full stop
		}
		out = append(out, x)
	}
	if len(out) == 0 {
		return name
	}
	return strings.TrimRight(strings.Join(out, " "), ",")
}

// leadingSingleInitials returns how many of the first words are a lone
// capital with a full stop ("H.", "R.").
func leadingSingleInitials(w []string) int {
	k := 0
	for k < len(w) {
		x := w[k]
		r, n := utf8.DecodeRuneInString(x)
		if len(x) != n+1 || x[n] != '.' || !unicode.IsUpper(r) {
			break
		}
		k++
	}
	return k
}

// dottedAcronym matches the dotted capitals of house styles that write
// "I.R.S." and "G.O.P.".
var dottedAcronym = regexp.MustCompile(`^(\p{Lu}\.){2,}\p{Lu}?\.?$`)

// isSuffix reports a generational suffix: "Jr.", "Sr", "II", "III", "IV".
func isSuffix(w string) bool { return suffixForm(w) != "" }

// suffixForm returns the one spelling of a generational suffix ("Jr." for
// "Jr", "jr.,"), or "" when w is none.
func suffixForm(w string) string {
	switch x := strings.TrimSuffix(strings.TrimRight(w, ","), "."); x {
	case "Jr", "JR", "jr":
		return "Jr."
	case "Sr", "SR", "sr":
		return "Sr."
	case "II", "III", "IV":
		return x
	}
	return ""
}

// normLabel maps the model's entity labels onto the package's three.
func normLabel(l string) string {
	switch l {
	case "ORGANIZATION", "ORG":
		return Org
	case "LOCATION", "GPE", "LOC":
		return Place
	}
	return l
}

type wordSpan struct {
	s          string
	start, end int
}

func wordSpans(s string) []wordSpan {
	var out []wordSpan
	start := -1
	for i, r := range s {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, wordSpan{s[start:i], start, i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, wordSpan{s[start:], start, len(s)})
	}
	return out
}

func isAllUpper(s string) bool {
	up := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		up = up || unicode.IsUpper(r)
	}
	return up
}

func hasLower(s string) bool {
	for _, r := range s {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// normalizer resolves the mentions of one document.
type normalizer struct {
	aliases *Aliases
	roles   map[string]map[string]bool // title -> the full names it introduced
	titled  map[string]bool            // names written after a title, an honorific or before a party tag
	kin     map[string]bool            // full names introduced as a relative of someone the article names by the surname (relatives): they claim no bare surname
}

// relatives returns the full names of ms that the article introduces as a
// relative ("his father, Frederick Trump", "Ferris's wife Ana Ferris")
// after naming someone by the same surname alone: the family shares the
// surname, and the surname alone is the one the article was about. Such
// a name does not claim the bare surname: "Trump" had become the
// president's father in a story on the president's European roots.
func relatives(text string, ms []Mention) map[string]bool {
	var out map[string]bool
	introduced := map[string]bool{}
	for _, m := range ms {
		if m.Type != Person || !strings.Contains(m.Name, " ") || introduced[m.Name] {
			continue
		}
		// Only where the article introduces the name: "his older
		// sister, Jolie Pearl" after "Jolie Pearl says" is a relative of
		// someone else.
		introduced[m.Name] = true
		if !kinBefore.MatchString(text[max(0, m.Start-60):m.Start]) {
			continue
		}
		sur := lastField(m.Name)
		if slices.ContainsFunc(ms, func(o Mention) bool { return o.Start < m.Start && o.Name == sur }) {
			if out == nil {
				out = map[string]bool{}
			}
			out[m.Name] = true
		}
	}
	return out
}

// kinBefore matches a possessive and a kinship noun right before a name:
// "his father, ", "Ferris's late wife ", "her eldest son ".
var kinBefore = regexp.MustCompile(`(?i)\b(?:his|her|their|\p{Lu}[\p{L}.-]*(?:'s|’s|'|’))\s+(?:(?:late|paternal|maternal|younger|older|elder|eldest|youngest|twin|estranged|former)\s+)?(?:father|mother|son|daughter|brother|sister|wife|husband|grandfather|grandmother|grandson|granddaughter|uncle|aunt|cousin|nephew|niece|widow|widower|stepfather|stepmother|stepson|stepdaughter|(?:father|mother|son|daughter|brother|sister)-in-law)\s*,?\s*$`)

// knownPlace reports whether name is a place in the project's tables: the
// alias table's places (countries, every US state, the cities news uses
// for governments) and the multilingual table's countries and cities.
func knownPlace(aliases *Aliases, name string) bool {
	c, _ := aliases.Canonical(name)
	return aliases.Type(c) == Place || lang.DefaultNames().TypeOf(name) == Place
}

// isTitled reports whether the article introduced the person name with a
// title, an honorific or a party tag ("Rep. Dana Jersey", "Tom Chad,
// R-Ohio").
func (n *normalizer) isTitled(name string) bool { return n.titled[bareName(name)] }

// placeAlone reports whether a mention written as the known place name
// alone stays that place rather than the surname of a person the article
// names in full. The model types a name that ends with a place as a
// person ("Within Ohio" opening a sentence, a court case "Vega v Idaho",
// a group "Prairie Kansas"), and the lone "Ohio" would then be that
// person. A real person whose surname is a place ("Rep. Dana Jersey")
// is introduced with a title or a party tag, and then the lone name is
// the person.
func (n *normalizer) placeAlone(m Mention, full string) bool {
	return m.Type != Person && knownPlace(n.aliases, m.Name) && !n.isTitled(full)
}

// resolve turns raw mentions into normalised ones, in three steps over the
// whole document: canonical names from the alias table and demonyms; full
// names for surnames ("Blinken" -> "Antony Blinken"), for reordered names
// and for the variants of one name ("Ben Jealous" -> "Benjamin Todd
// Jealous"); one type per name by majority vote, the alias table's type
// winning.
func (n *normalizer) resolve(ms []Mention) []Mention {
	// A place's name that is the surname of a person the article names in
	// full and with a title is left for the surname rule below: "Holland
	// adds" after "CNN Polling Director Keating Holland" is no country.
	titledSurnames := map[string]bool{}
	for _, m := range ms {
		if m.Type == Person && strings.Contains(m.Name, " ") && n.isTitled(m.Name) {
			titledSurnames[lastField(m.Name)] = true
		}
	}
	for i := range ms {
		if titledSurnames[ms[i].Name] {
			continue
		}
		if c, ok := n.aliases.Canonical(ms[i].Name); ok {
			ms[i].Name = c
		}
	}
	// Full names: every multi-word person name links the surnames and
	// reordered names to it.
	full := newFullNames(n.aliases)
	first := map[string]int{}  // each name's first offset
	kinOf := map[string]bool{} // the surnames a relative was introduced with
	for _, m := range ms {
		if at, ok := first[m.Name]; !ok || m.Start < at {
			first[m.Name] = m.Start
		}
		if n.kin[m.Name] {
			kinOf[lastField(m.Name)] = true
			continue
		}
		if m.Type == Person || n.aliases.Type(m.Name) == Person {
			full.add(m.Name)
		}
	}
	for i := range ms {
		if isSurname(ms[i].Name) {
			f := full.surname(ms[i].Name, nil)
			if kinOf[ms[i].Name] && f != "" && first[f] > first[ms[i].Name] {
				// A relative shares the surname, and the other full
				// name came after the surname alone: the surname
				// alone is whoever the article named it for first.
				f = ""
			}
			if f != "" && !n.placeAlone(ms[i], f) {
				ms[i].Name, ms[i].Type = f, Person
			} else if f == "" && ms[i].Type == Person && !lowerInNews(strings.ToLower(ms[i].Name)) && !n.isTitled(ms[i].Name) {
				// A first name alone ("How Bernie blew it") is the one
				// person of the article who has it ("Bernie Sanders").
				if g := full.given(ms[i].Name); g != "" {
					ms[i].Name = g
				}
			}
		} else if f, ok := full.spelling(ms[i].Name); ok {
			ms[i].Name, _ = full.variant(f)
		}
		if c, ok := n.aliases.Canonical(ms[i].Name); ok {
			ms[i].Name = c
		}
	}
	// One type per name: the table's, else the most frequent label.
	votes := map[string]map[string]int{}
	for _, m := range ms {
		if votes[m.Name] == nil {
			votes[m.Name] = map[string]int{}
		}
		votes[m.Name][m.Type]++
	}
	for i := range ms {
		if t := n.aliases.Type(ms[i].Name); t != "" {
			ms[i].Type = t
			continue
		}
		ms[i].Type = topLabel(votes[ms[i].Name])
	}
	return ms
}

func topLabel(v map[string]int) string {
	best, bestN := "", -1
	for _, l := range []string{Person, Place, Org} {
		if v[l] > bestN {
			best, bestN = l, v[l]
		}
	}
	for l, c := range v {
		if c > bestN || (c == bestN && l < best) {
			best, bestN = l, c
		}
	}
	return best
}

// dropCapitalisedWords removes the one-word entities that are ordinary
// words capitalised by their place: "Legally" and "All" after a
// dateline ("WASHINGTON — All same-sex couples ..."), "Gay" opening "Gay
// and civil rights groups praised ...". The tagger reads a capital as a
// name. A one-word entity goes when the article, or else general news
// (lowercase.txt: "Bombastic commentator ...", "Real estate agent ..."),
// writes the word in lower case, and the article never capitalises it
// alone (with no capitalised word beside it: "New" of "New York" does not
// count) except where a sentence, a dash, a colon or a quotation starts,
// or in a heading set in title case (HeadingCased); a name the alias table knows,
// one
// resolved to a fuller name ("Blinken" to Antony Blinken), and a body's
// head word standing for it ("Administration officials", "the Senate")
// stay. A
// surname the article uses only at sentence starts and never lower case
// stays ("Bush said ...").
//
// A word the tagger reads as an adjective, an adverb or a number
// ("Dear/JJ reader", "Indeed/RB": commonTagged) goes the same way, as a
// word general news writes in lower case, but for a party's word
// ("Democratic", which stays as it did).
//
// A word of four letters or more in capitals that the article also
// writes in lower case goes wherever it stands: a site's link ("MORE"),
// a caption's label ("FILE - In this file photo ..."), a shouted word;
// an acronym that is also a word ("TARP", "SNAP") is written in lower
// case by general news but seldom by an article that names it, and
// three letters or fewer ("WHO", "US") are left alone.
func dropCapitalisedWords(d *Doc, c casing, aliases *Aliases) {
	if len(d.Entities) == 0 {
		return
	}
	// A word the article capitalises mid-sentence only inside longer
	// names ("New" of "New York", "White" of "White House") is no name
	// alone at a sentence's start ("New evacuations were ordered").
	lower, midCap := c.lower, c.midCapAlone
	out := d.Entities[:0]
	for _, m := range d.Entities {
		text := d.Text[m.Start:m.End]
		if m.Name == text && isTitleCase(text) && aliases.Type(m.Name) == "" && !isInstitutionHead(text) {
			if l := strings.ToLower(text); (lower[l] || lowerInNews(l) || commonTagged(d, m) && !partyWords[l]) && !midCap[l] && hyphenRest(d, m) == "" {
				continue
			}
		}
		if m.Name == text && isShouted(text) && aliases.Type(m.Name) == "" && lower[strings.ToLower(text)] {
			continue
		}
		out = append(out, m)
	}
	d.Entities = out
}

// hyphenRest returns the capitalised part of the hyphenated word one space
// after mention m that continues its name ("York" of "New York-based"),
// or "": the model cut the name where a word of its own begins with it,
// and mendNameEdges gives it back.
func hyphenRest(d *Doc, m Mention) string {
	if m.End+2 >= len(d.Text) || d.Text[m.End] != ' ' {
		return ""
	}
	rest := d.Text[m.End+1:]
	if part, tail, ok := strings.Cut(rest[:wordLen(rest)], "-"); ok && startsUpper(part) && hasLower(part) && tail != "" && !startsUpper(tail) {
		return part
	}
	return ""
}

// dropHeadingPhrases mends the names of several words that the model made
// of a heading's capitals, inside a paragraph set in title case
// (HeadingCased: a related story's headline, a programme's name): where
// its last words are ones general news writes in lower case and the
// article never capitalises them elsewhere, they go ("Obamacare Plans" of
// "Rates Up For Obamacare Plans, But Subsidies Rise" is "Obamacare"; the
// same words before it too: "Latest Clinton Email" is "Clinton"), and
// a name of such words only, or of one such word and its trimmings, goes
// whole ("Subsidies Rise"), and so does a name cut to one word the
// article names nowhere outside its headings ("New" of "New Ad"; "Romney"
// of "Romney Calls" stays where the text names Romney). An initial stays.
// A name the
// alias table knows, or one the article writes so outside headings,
// stays.
func dropHeadingPhrases(d *Doc, c casing, aliases *Aliases) {
	if len(d.Entities) == 0 {
		return
	}
	heading := c.heading
	out := d.Entities[:0]
	for _, m := range d.Entities {
		text := d.Text[m.Start:m.End]
		words := strings.Fields(text)
		if len(words) < 2 || m.Name != text || aliases.Type(m.Name) != "" {
			out = append(out, m)
			continue
		}
		pi := paraAt(d.Paragraphs, m.Start)
		if pi >= len(heading) || !heading[pi] || strings.Count(d.Text, text) > strings.Count(d.Text[d.Paragraphs[pi].Start:d.Paragraphs[pi].End], text) {
			out = append(out, m)
			continue
		}
		keep := len(words)
		for keep > 0 {
			l := strings.ToLower(strings.Trim(words[keep-1], ".,'’"))
			if utf8.RuneCountInString(l) < 2 || !lowerInNews(l) || c.midCap[l] {
				break // an initial ("David M") is no common word
			}
			keep--
		}
		from := 0 // and the common words before it: "Latest" of "Latest Clinton Email"
		for from < keep-1 {
			l := strings.ToLower(strings.Trim(words[from], ".,'’"))
			if utf8.RuneCountInString(l) < 2 || !lowerInNews(l) || c.midCap[l] {
				break
			}
			from++
		}
		if keep-from == 1 && (from > 0 || keep < len(words)) && !namedElsewhere(d, heading, words[from]) {
			keep = 0 // "New" of "New Ad" is no name either; "Romney" of "Romney Calls" is
		}
		switch {
		case keep == len(words) && from == 0:
			out = append(out, m)
		case keep > 0:
			start := 0
			for i := 0; i < from; i++ {
				start = strings.Index(text[start:], words[i]) + start + len(words[i])
			}
			start = strings.Index(text[start:], words[from]) + start
			end := strings.Index(text[start:], words[keep-1]) + start + len(words[keep-1])
			m.Start, m.End = m.Start+start, m.Start+end
			m.Name = bareName(d.Text[m.Start:m.End])
			out = append(out, m)
		}
	}
	d.Entities = out
}

// namedElsewhere reports whether a mention outside the headings (heading,
// per paragraph) is written w or ends with it ("Mitt Romney").
func namedElsewhere(d *Doc, heading []bool, w string) bool {
	for _, m := range d.Entities {
		if pi := paraAt(d.Paragraphs, m.Start); pi < len(heading) && heading[pi] {
			continue
		}
		if t := d.Text[m.Start:m.End]; t == w || strings.HasSuffix(t, " "+w) {
			return true
		}
	}
	return false
}

// dropTitleWords removes the one-word entities that are words of a title
// in quotation marks, a programme's, a book's, a slogan's: "Nation" of
// “Face the Nation”, "Tolls" of “War on Tolls”. The entity model cuts such a title at its small words and
// reads its capitals as names. A title here is a quotation of two to
// maxQuotedTitleWords words, each capitalised but for small words. A word
// the article also writes outside such titles ("Obama" of “President
// Obama”), and a name the alias table knows, stay.
func dropTitleWords(d *Doc, aliases *Aliases) {
	titles := quotedTitles(d.Text)
	if len(titles) == 0 {
		return
	}
	inTitle := func(start, end int) bool {
		for _, t := range titles {
			if t.Start <= start && end <= t.End {
				return true
			}
		}
		return false
	}
	dropWordsOnlyIn(d, aliases, inTitle)
}

// dropNameTails removes the one-word entities that end a longer name the
// model cut at "of the": "Union" of "the State of the Union", "Bulge" of
// "the Battle of the Bulge". A capitalised word and "of the" before the
// word make it the tail of a name, not a name of its own, where the
// article writes the word nowhere else as a name; a name the alias table
// knows ("the Prime Minister of the Netherlands": "Netherlands") and a
// title's word before "of the" ("Secretary of the Navy") leave it.
func dropNameTails(d *Doc, aliases *Aliases) {
	tail := func(start, end int) bool {
		before := strings.TrimRight(d.Text[:start], " ")
		rest, ok := strings.CutSuffix(before, " of the")
		if !ok {
			return false
		}
		i := strings.LastIndexAny(rest, " \n") + 1
		w := rest[i:]
		r, _ := utf8.DecodeRuneInString(w)
		return w != "" && unicode.IsUpper(r) && !isRoleWord(strings.ToLower(strings.TrimSuffix(w, ".")))
	}
	dropWordsOnlyIn(d, aliases, tail)
}

// dropWordsOnlyIn removes the one-word entities, named as written and
// unknown to the alias table, that stand where inside says and that the
// text writes nowhere else (onlyInside): the words of a longer name or a
// title that the model cut out of it.
func dropWordsOnlyIn(d *Doc, aliases *Aliases, inside func(start, end int) bool) {
	out := d.Entities[:0]
	for _, m := range d.Entities {
		text := d.Text[m.Start:m.End]
		if m.Name == text && !strings.Contains(text, " ") && aliases.Type(m.Name) == "" && inside(m.Start, m.End) && onlyInside(d.Text, text, inside) {
			continue
		}
		out = append(out, m)
	}
	d.Entities = out
}

// mendNameEdges mends the names the model cut inside a hyphenated word:
// such a name takes the rest of the word ("St. Louis Post" of "St. Louis
// Post-Dispatch"). A name the article resolved to another keeps its
// resolved name; the span moves all the same. (Names of several words in
// a title-case heading that end in a common word, "Ferris Asks" of "In
// New Ad, Ferris Asks For Votes", were also tried, cut to the name or
// dropped: either way alignment joined two more distractors to basil-dev's
// events, through the headings of live blogs' updates, and the rule was
// left out.)
func mendNameEdges(d *Doc) {
	var drop []bool // the suffixes the model took for names of their own
	for k := range d.Entities {
		m := &d.Entities[k]
		// A person's generational suffix, which the model leaves out after
		// a comma, or takes for a name of its own: "Donald Trump, Jr." is
		// not his father.
		if m.Type == Person && (drop == nil || !drop[k]) {
			if sm := personSuffix.FindStringSubmatch(d.Text[m.End:min(len(d.Text), m.End+7)]); sm != nil {
				end := m.End + len(sm[1])
				switch next := k + 1; {
				case next == len(d.Entities) || d.Entities[next].Start >= end:
				case d.Entities[next].Start > m.End && d.Entities[next].End <= end:
					if drop == nil {
						drop = make([]bool, len(d.Entities))
					}
					drop[next] = true
				default:
					continue
				}
				named := m.Name == d.Text[m.Start:m.End]
				m.End = end
				if named {
					m.Name = bareName(d.Text[m.Start:m.End])
				}
				continue
			}
		}
		// The rest of a place's or a body's name, cut where a word of its
		// own begins with it: "Hong" and "Kong-based", "New" and
		// "Jersey-born". The capitalised part before the hyphen is the
		// name's; the word after the hyphen is the text's.
		if m.Type != Person && (k+1 == len(d.Entities) || d.Entities[k+1].Start > m.End+1) {
			if part := hyphenRest(d, *m); part != "" {
				named := m.Name == d.Text[m.Start:m.End]
				m.End += 1 + len(part)
				if named {
					m.Name = d.Text[m.Start:m.End]
				}
				continue
			}
		}
		// A hyphen right after the name and a capital after it, which
		// starts no mention of its own (splitCompounds: "Trump-Russia"
		// is two names).
		if m.End+1 >= len(d.Text) || d.Text[m.End] != '-' || k+1 < len(d.Entities) && d.Entities[k+1].Start == m.End+1 {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(d.Text[m.End+1:]); !unicode.IsUpper(r) {
			continue
		}
		named := m.Name == d.Text[m.Start:m.End]
		end := m.End + 1
		for end < len(d.Text) {
			r, n := utf8.DecodeRuneInString(d.Text[end:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			end += n
		}
		m.End = end
		if named {
			m.Name = d.Text[m.Start:m.End]
		}
	}
	if drop != nil {
		out := d.Entities[:0]
		for k, m := range d.Entities {
			if !drop[k] {
				out = append(out, m)
			}
		}
		d.Entities = out
	}
}

// personSuffix matches a generational suffix right after a person's name,
// with its comma: ", Jr.", " Sr", " III"; not the start of a word ("Jr"
// of "Jrs") nor a sentence's last full stop (kept out of the name).
var personSuffix = regexp.MustCompile(`^(,?\s(?:Jr|Sr|JR|SR)\.?|\s(?:II|III|IV))(?:$|[^\pL])`)

// wordLen returns the length of the word that opens s: up to the first
// space or punctuation other than a hyphen or an apostrophe.
func wordLen(s string) int {
	for i, r := range s {
		if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
			return i
		}
	}
	return len(s)
}

// maxQuotedTitleWords bounds the quotations dropTitleWords reads as
// titles.
const maxQuotedTitleWords = 6

// quotedTitle matches a quotation of a few words between double marks,
// inside one line.
var quotedTitle = regexp.MustCompile(`[“"]([^“”"\n]{1,80})[”"]`)

// quotedTitles returns the spans of text's quotations whose words are
// all capitalised but for small words, two to maxQuotedTitleWords of them.
func quotedTitles(text string) []corpus.Span {
	var out []corpus.Span
	for _, loc := range quotedTitle.FindAllStringSubmatchIndex(text, -1) {
		// An opening mark follows a space, a bracket or the text's start:
		// the words between a closing mark and the next opening one
		// (“...,” Ferris Said “...”) are no quotation.
		if prev, _ := utf8.DecodeLastRuneInString(text[:loc[0]]); loc[0] > 0 && !unicode.IsSpace(prev) && !strings.ContainsRune("([{—–-/", prev) {
			continue
		}
		words := strings.FieldsFunc(text[loc[2]:loc[3]], func(r rune) bool {
			return unicode.IsSpace(r) || strings.ContainsRune(",.!?:;", r)
		})
		if len(words) < 2 || len(words) > maxQuotedTitleWords {
			continue
		}
		title := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) && !titleSmallWords[w] {
				title = false
				break
			}
		}
		if title {
			out = append(out, corpus.Span{Start: loc[2], End: loc[3]})
		}
	}
	return out
}

// titleSmallWords are the words a title leaves in lower case.
var titleSmallWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "or": true, "of": true, "on": true,
	"in": true, "at": true, "to": true, "for": true, "with": true, "by": true, "from": true,
}

// onlyInside reports whether every whole-word use of word in text lies
// where inside says (in a title, at a name's tail).
func onlyInside(text, word string, inside func(start, end int) bool) bool {
	for off := 0; ; {
		i := strings.Index(text[off:], word)
		if i < 0 {
			return true
		}
		start := off + i
		end := start + len(word)
		off = end
		before, _ := utf8.DecodeLastRuneInString(text[:start])
		after, _ := utf8.DecodeRuneInString(text[end:])
		if start > 0 && (unicode.IsLetter(before) || unicode.IsDigit(before)) || end < len(text) && (unicode.IsLetter(after) || unicode.IsDigit(after)) {
			continue
		}
		if !inside(start, end) {
			return false
		}
	}
}

//go:embed lowercase.txt
var lowercaseFile string

// lowercaseWords are the words general news writes in lower case where a
// capital says something (scripts/casing: at least nine uses in ten, of
// 20 or more, over the Article-Bias-Prediction corpus).
var lowercaseWords = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(lowercaseFile, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
})

// lowerInNews reports whether general news writes the lower-case word w
// in lower case (lowercaseWords): "bombastic", "real", not "obama".
func lowerInNews(w string) bool { return lowercaseWords()[w] }

// HeadingCased reports whether a paragraph is a heading set in title
// case, where every capital is the style's, not a name's: at most
// maxHeadingWords words, and every word of more than three letters
// capitalised, two of them at least ("Report Sees Tolls as Path to
// Safety", "Update: Ferris Calls On Lindqvist To Quit").
func HeadingCased(text string) bool {
	words := strings.Fields(text)
	if len(words) == 0 || len(words) > maxHeadingWords {
		return false
	}
	long := 0
	for _, w := range words {
		w = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if utf8.RuneCountInString(w) <= 3 {
			continue
		}
		long++
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return long >= 2
}

// maxHeadingWords bounds a heading inside an article's text.
const maxHeadingWords = 16

// joinParticles mends the names the model cut at a surname's particle:
// "Dana" and "Hale" for "Dana von der Hale" (the model's "Dana von" loses
// its particle in cleanMention), "Rio" and "Alto" for "Rio de Alto". A name followed by one to
// three particles (surnameParticles) and a capitalised word takes them
// in, and the mention that starts at that word, if any, becomes part of
// it. A first word that is only a sentence's opening common word ("As de
// Hale") joins nothing. It returns ms without the mentions joined into
// others.
func joinParticles(d *Doc, c casing, ms []Mention) []Mention {
	drop := map[int]bool{}
	for k := range ms {
		m := &ms[k]
		if drop[k] || m.Name != bareName(d.Text[m.Start:m.End]) {
			continue
		}
		first := firstWord(d.Text[m.Start:m.End])
		if l := strings.ToLower(first); c.starts[m.Start] && (c.lower[l] || lowerInNews(l)) && !c.midCap[l] {
			continue
		}
		sent := d.Sentences[d.SentenceAt(m.Start)]
		n, end := 0, m.End
		for n < 3 {
			w, wat, ok := wordAfter(d.Text, end, sent.End)
			if !ok || !surnameParticles[w] {
				break
			}
			end, n = wat+len(w), n+1
		}
		if n == 0 {
			continue
		}
		w, wat, ok := wordAfter(d.Text, end, sent.End)
		if r, _ := utf8.DecodeRuneInString(w); !ok || !unicode.IsUpper(r) {
			continue
		}
		j := slices.IndexFunc(ms, func(o Mention) bool { return o.Start == wat })
		switch {
		case j >= 0 && j != k:
			end = ms[j].End
			drop[j] = true
			if ms[j].Type == Person {
				m.Type = Person // "Dana" GPE and "Hale" PERSON: one person
			}
		case !covered(ms, wat) && isNameToken(w):
			end = wat + len(w)
		default:
			continue
		}
		m.End = end
		m.Name = bareName(d.Text[m.Start:m.End])
	}
	return withoutMarked(ms, drop)
}

// withoutMarked returns ms, in place, without the mentions marked in
// gone (by index).
func withoutMarked(ms []Mention, gone map[int]bool) []Mention {
	if len(gone) == 0 {
		return ms
	}
	out := ms[:0]
	for k, m := range ms {
		if !gone[k] {
			out = append(out, m)
		}
	}
	return out
}

// surnameParticles are the lower-case words inside a name of many
// languages: "de", "van", "von der", "bin", "al", "de la".
var surnameParticles = map[string]bool{
	"de": true, "da": true, "di": true, "du": true, "del": true, "della": true, "der": true,
	"den": true, "van": true, "von": true, "le": true, "la": true, "al": true, "el": true,
	"bin": true, "ibn": true, "ben": true, "dos": true, "das": true, "ter": true, "ten": true,
}

// maxNameReach bounds the words widenNames adds on either side of a
// name.
const maxNameReach = 3

// widenNames mends the names the model cut short of a capitalised
// neighbour in the same sentence: "Harborhood" of "Planned Harborhood"
// (the tagger's "Planned/JJ"), "Alden Winter" of "Alden Winter Games",
// "Moines Register" of "Val Moines Register", "Alden Citizenship" of
// "Alden Citizenship and Immigration Services". Inside a sentence a
// capital shows a name, so a name takes in the capitalised words next to
// it, up to maxNameReach on each side, that are in no other mention and
// are none of these, which stand beside names without being part of
// them (nameNeighbour):
//
//   - a word at a sentence's, a quotation's or a dash's start, whose
//     capital shows nothing;
//   - a title or an honorific ("Sen.", "President", "Presidents":
//     roleWords, honorifics), a word in capitals ("CEO", an acronym
//     that is a name of its own), a function word capitalised by a
//     title's style ("Across", "Will");
//   - a party's word or a demonym ("Republican Dana Hale", "Alden
//     Democrats", "Afghan"), a month, a weekday ("Ferris Tuesday" dates
//     Ferris);
//   - a word with punctuation on it, which ends a phrase, or a hyphen
//     before a lower-case part ("Ferris-friendly").
//
// No name takes words before it where a title ends there ("Secretary of
// State Ferris": titleBefore).
//
// "and", "of", "for" and "&" join the words of a body's name: a name
// crosses one only where what it crosses to is capitalised and the name
// then ends in a body's head word ("Services", "Commission": bodyHead);
// leftwards only "and" and "&" do ("Dana Hale of Alden News" is a person
// of a body), and "and" only after a name still open (openBefore: "Food
// and Drug Administration", not "the House and Senate"). A name widened into a run of capitals longer than that (a
// title in title case, "How the Bridge Failed Us in Alden") is left as
// it was. A body's name may take in a mention after such an "and"
// ("Alden Citizenship" and "Immigration Services"), which is then
// dropped: it returns ms without the mentions so joined.
//
// A person's name is widened more sparingly, as a false full name would
// take its surname from the true one's other mentions: a surname alone
// the article names nowhere in full takes one given name before it
// ("Dr. Dana [Hale]"; a second full name would leave every lone "Hale"
// unresolved), no word general
// news writes in lower case ("Senior"), where no other capitalised word
// stands before that (a title's: "First Lady"), and a name
// takes words after it only into a body's or a building's name ("Hale
// Foundation"), never across "and". Headings and sentences set in
// title case are left alone: every word there is capitalised. It changes
// ms in place, before names resolve.
func widenNames(d *Doc, c casing, ms []Mention) []Mention {
	joined := map[int]bool{} // mentions become part of another
	heading := c.heading
	neighbour := func(w string, at int) bool {
		return !c.starts[at] && !covered(ms, at) && nameNeighbour(w)
	}
	for k := range ms {
		m := &ms[k]
		text := d.Text[m.Start:m.End]
		if joined[k] || m.Name != bareName(text) {
			continue
		}
		sent := d.Sentences[d.SentenceAt(m.Start)]
		if sent.Para < len(heading) && heading[sent.Para] || HeadingCased(d.Text[sent.Start:sent.End]) {
			continue
		}
		// A person's name is any the model typed a person somewhere in
		// the article: it types one name two ways by the sentence.
		// A surname of a full name the article gives is a person's too,
		// and has its given name already.
		full := slices.ContainsFunc(ms, func(o Mention) bool {
			t := d.Text[o.Start:o.End]
			return o.Type == Person && t != text && strings.HasSuffix(t, " "+text)
		})
		// A name that ends in a word general news writes in lower case
		// ("Alden Industrial Average", "Health") is no sure person's,
		// whatever the model typed it.
		person := full || slices.ContainsFunc(ms, func(o Mention) bool { return o.Type == Person && d.Text[o.Start:o.End] == text })
		person = person && !lowerInNews(strings.ToLower(lastField(text)))
		start, end := m.Start, m.End
		// Leftwards, unless a title ends there: "Secretary of State
		// Ferris", whatever the model typed Ferris.
		for n := 0; n < maxNameReach && titleBefore(d.Text[sent.Start:m.Start]) == "" && !(m.Type == Person && titleWithBody(d.Text[sent.Start:m.Start])); n++ {
			w, at, ok := wordBefore(d.Text, start, sent.Start)
			if ok && neighbour(w, at) {
				if person {
					// One given name before a surname alone, and no
					// title's word before it.
					prev, pat, pok := wordBefore(d.Text, at, sent.Start)
					if n > 0 || full || strings.ContainsFunc(text, unicode.IsSpace) || lowerInNews(strings.ToLower(w)) || pok && !c.starts[pat] && startsUpper(prev) {
						break
					}
				}
				start = at
				continue
			}
			if ok && (w == "and" || w == "&") && !person {
				// Leftwards only "and" joins: "Dana Hale of Alden News"
				// is a person of a body.
				w2, at2, ok2 := wordBefore(d.Text, at, sent.Start)
				if ok2 && neighbour(w2, at2) && openBefore(w2) && bodyHead(d.Text[at2:end]) {
					start = at2
					continue
				}
			}
			break
		}
		// A capitalised word beyond what a name took makes a run of
		// capitals, unless it is a function word ("The"), a title's word
		// ("Services Secretary") or ends a phrase ("Change,").
		capital := func(w string, at int) bool {
			r, _ := utf8.DecodeRuneInString(w)
			lw := strings.ToLower(w)
			return unicode.IsUpper(r) && !c.starts[at] && isNameToken(w) && !isFunctionWord(w) && !isRoleWord(lw) && !isRoleWord(strings.TrimSuffix(lw, "s"))
		}
		if w, at, ok := wordBefore(d.Text, start, sent.Start); ok && start < m.Start && capital(w, at) {
			start = m.Start // a run of capitals too long for a name: a title's style
		}
		// Rightwards.
		right := end
		for n := 0; n < maxNameReach; n++ {
			w, at, ok := wordAfter(d.Text, right, sent.End)
			if ok && neighbour(w, at) {
				right = at + len(w)
				continue
			}
			if ok && joinWords[w] && !person && (w != "and" && w != "&" || openBefore(d.Text[start:right])) {
				// The capitalised words after the join count only if the
				// name then ends like a body's.
				// A mention that starts there ("Alden Citizenship" and
				// "Immigration Services") joins this one.
				e2, other := at+len(w), -1
				for j := 0; j < maxNameReach; j++ {
					w2, at2, ok2 := wordAfter(d.Text, e2, sent.End)
					if o := slices.IndexFunc(ms, func(o Mention) bool { return o.Start == at2 }); ok2 && o >= 0 && o != k && !joined[o] && joinsBody(ms[o]) && (w == "and" || w == "&") {
						e2, other = ms[o].End, o
						break
					}
					if !ok2 || !neighbour(w2, at2) {
						break
					}
					e2 = at2 + len(w2)
				}
				if e2 > at+len(w) && bodyHead(d.Text[start:e2]) {
					right = e2
					if other >= 0 {
						joined[other] = true
					}
					continue
				}
			}
			break
		}
		if w, at, ok := wordAfter(d.Text, right, sent.End); ok && right > end && capital(w, at) {
			right = end // a run of capitals too long for a name: a title's style
		}
		if person && right > end {
			if last := lastField(d.Text[start:right]); !endsLikeOrg(d.Text[start:right]) && !facilityWords[strings.ToLower(last)] {
				right = end
			}
		}
		end = right
		if start == m.Start && end == m.End {
			continue
		}
		m.Start, m.End = start, end
		m.Name = bareName(d.Text[start:end])
		m.Type = entityType(m.Name, m.Type)
	}
	return withoutMarked(ms, joined)
}

// joinsBody reports whether a mention may join a body's name before it: one
// of a person does not ("Alden Post and Dana Hale").
func joinsBody(m Mention) bool { return m.Type != Person }

// nameNeighbour reports whether w, a word next to a name inside a
// sentence, may be a word of the name (widenNames): capitalised, letters
// only, each part after a hyphen capitalised too, and no title's,
// honorific's, function word's, party's, demonym's, month's or
// weekday's word.
func nameNeighbour(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if r, _ := utf8.DecodeRuneInString(part); !unicode.IsUpper(r) {
			return false
		}
	}
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	single := strings.TrimSuffix(lw, "s")
	switch {
	case isAllUpper(w) || !isNameToken(w):
		return false
	case isRoleWord(lw) || isRoleWord(single) || honorifics[w] || IsHonorific(w) || isFunctionWord(w):
		return false
	case partyWords[lw] || partyWords[single]:
		return false
	case weekdays[w] || months[w] || w == "May" || monthAbbreviations[w]:
		return false
	}
	_, demonym := demonymPlace(w)
	return !demonym
}

// openBefore reports whether name, before "and" inside a body's name,
// is still open, the first field of two ("Food" of "Food and Drug
// Administration", "Alden Citizenship" of "Alden Citizenship and
// Immigration Services"), not a name complete in itself, one of two
// joined by "and": a name ending in a body's, an outlet's, a building's
// or a party's word ("the House and Senate", "Alden College and Harbor
// University", "Republican and Democratic"), an acronym ("FBI and"), or
// one the alias table knows ("White House and").
func openBefore(name string) bool {
	w := lastField(name)
	l := strings.ToLower(w)
	if _, known := builtinAliases().Canonical(name); known {
		return false
	}
	return !isInstitutionHead(w) && !orgWords[l] && !orgEndings[l] && !facilityWords[l] && !partyWords[l] && !isAllUpper(w)
}

// bodyHead reports whether a name ends in a body's head word
// ("Commission", "Services": institutionHeads, orgWords), which may
// follow two fields joined by "and" ("Ways and Means Committee"); an
// outlet's word may not ("the Post and Guardian" are two papers).
func bodyHead(name string) bool {
	last := lastField(name)
	return last != "Americans" && (isInstitutionHead(last) || orgWords[strings.ToLower(last)])
}

// startsUpper reports whether s starts with a capital.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// lastField returns the last word of s.
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// joinWords join the words of a body's name: "Food and Drug
// Administration", "Bank of Alden", "Center for Bridges".
var joinWords = map[string]bool{"and": true, "of": true, "for": true, "&": true}

// isNameToken reports whether w is letters, maybe with hyphens inside
// ("Post-Dispatch") or an apostrophe before a capital ("O'Neill"), and
// no punctuation at its ends: no possessive, no contraction.
func isNameToken(w string) bool {
	for i, r := range w {
		if unicode.IsLetter(r) {
			continue
		}
		if r == '-' && i > 0 && i < len(w)-1 {
			continue
		}
		_, size := utf8.DecodeRuneInString(w[i:])
		if next, _ := utf8.DecodeRuneInString(w[i+size:]); (r == '\'' || r == '’') && i > 0 && unicode.IsUpper(next) {
			continue // "O'Neill", not "I’m" or a possessive
		}
		return false
	}
	return w != ""
}

// wordBefore returns the word that ends one space before off, and its
// offset, if it starts at or after lo.
func wordBefore(text string, off, lo int) (string, int, bool) {
	if off-1 < lo || text[off-1] != ' ' {
		return "", 0, false
	}
	i := strings.LastIndexAny(text[lo:off-1], " \n\t")
	start := lo + i + 1
	if start >= off-1 {
		return "", 0, false
	}
	return text[start : off-1], start, true
}

// wordAfter returns the word that starts one space after off, and its
// offset, if it ends at or before hi.
func wordAfter(text string, off, hi int) (string, int, bool) {
	if off+1 >= hi || text[off] != ' ' {
		return "", 0, false
	}
	rest := text[off+1 : hi]
	i := strings.IndexAny(rest, " \n\t")
	if i < 0 {
		i = len(rest)
	}
	if i == 0 {
		return "", 0, false
	}
	return rest[:i], off + 1, true
}

// dayNames mends the one-word names that are the first word of a day's
// name, cut from it as a weekday is cut from a name it dates ("Ferris
// Monday" is Ferris): "Super" of "Super Tuesday", "Black" of "Black
// Friday". Such a word stands before the weekday wherever the article
// writes it, or nearly: a name takes the weekday back where the article
// writes the two together twice or more, and more often than the word
// without it. A person's surname is seldom written twice before one
// weekday and never more often than alone. The first words of the days
// news names most (dayNameWords: "Super Tuesday", "Black Friday", "Good
// Friday") take it back where the article writes them so once. It
// changes ms in place.
func dayNames(d *Doc, ms []Mention) []Mention {
	holiday := map[int]bool{}
	for k := range ms {
		m := &ms[k]
		text := d.Text[m.Start:m.End]
		if m.Name != text {
			continue
		}
		// A holiday named by whose day it is ("Valentine's Day", "St.
		// Patrick's Day", "Mother's Day") is a date, no actor, as "in
		// November" is (cleanMention): the model had made a place of
		// Valentine and a person of Mother.
		if hasAnyPrefix(d.Text[m.End:], "'s Day", "’s Day", "s' Day", "s’ Day") || isGreeting(text) ||
			greetedDays[text] && (strings.HasSuffix(d.Text[:m.Start], "Merry ") || strings.HasSuffix(d.Text[:m.Start], "Happy ")) {
			holiday[k] = true
			continue
		}
		if strings.ContainsFunc(text, unicode.IsSpace) || d.Text[m.End:min(m.End+1, len(d.Text))] != " " {
			continue
		}
		day := strings.TrimSuffix(strings.TrimSuffix(firstWord(d.Text[m.End+1:]), "’s"), "'s")
		if !weekdays[day] {
			continue
		}
		with := countWord(d.Text, text+" "+day)
		if !dayNameWords[text] && (with < 2 || with <= countWord(d.Text, text)-with) {
			continue
		}
		m.End += 1 + len(day)
		m.Name = d.Text[m.Start:m.End]
	}
	return withoutMarked(ms, holiday)
}

// isGreeting reports whether a name is a season's greeting ("Merry
// Christmas", "Happy New Year"), which the model takes for a name and an
// outlet cannot be said to omit. "Happy Valley" and "Happy Days" name
// things.
func isGreeting(name string) bool {
	first, rest, ok := strings.Cut(name, " ")
	return ok && (first == "Merry" || first == "Happy") && greetedDays[rest]
}

// greetedDays are the holidays greeted with "Merry" or "Happy".
var greetedDays = map[string]bool{
	"Christmas": true, "New Year": true, "Holidays": true, "Hanukkah": true, "Chanukah": true,
	"Easter": true, "Thanksgiving": true, "Kwanzaa": true, "Diwali": true, "Halloween": true,
	"Birthday": true, "Fourth": true, "Independence Day": true, "Eid": true, "Ramadan": true,
}

// hasAnyPrefix reports whether s starts with one of prefixes.
func hasAnyPrefix(s string, prefixes ...string) bool {
	return slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(s, p) })
}

// dayNameWords are the first words of the named days of news: Super
// Tuesday and Super Saturday, Black Friday and Cyber Monday, Giving
// Tuesday, Good Friday, Ash Wednesday, Holy Saturday, Easter and Palm
// Sunday, Bloody Sunday.
var dayNameWords = map[string]bool{
	"Super": true, "Black": true, "Cyber": true, "Giving": true, "Good": true, "Ash": true,
	"Holy": true, "Easter": true, "Palm": true, "Bloody": true, "Maundy": true,
}

// dropOpeningWords cuts from a name of several words its first word
// where that is a common word set before the name at a sentence's or a
// heading's start, which capitalises it: "Was Ferris" of "Was Ferris
// right?", "Can Lindqvist" of a question's heading. The word goes where
// the article, or else general news (lowercaseWords), writes it in lower
// case and the article never capitalises it inside a sentence (as
// dropCapitalisedWords judges a one-word name), and where the article
// writes the rest of the name without it elsewhere: a name that only
// ever opens with the word ("Little Rock", "Whole Foods" at a sentence's
// start) keeps it. A name the alias table knows, and one opening with an
// institution's head word ("House Democrats"), stay whole. It changes ms
// in place, before the names are resolved, so that the rest resolves as
// any name does ("Ferris" to Dana Ferris).
func dropOpeningWords(d *Doc, c casing, ms []Mention, aliases *Aliases) {
	for k := range ms {
		m := &ms[k]
		if !c.starts[m.Start] {
			continue
		}
		text := d.Text[m.Start:m.End]
		i := strings.IndexFunc(text, unicode.IsSpace)
		if i < 0 {
			continue
		}
		first, rest := text[:i], strings.TrimLeftFunc(text[i:], unicode.IsSpace)
		if _, known := aliases.Canonical(text); known || !isTitleCase(first) || isInstitutionHead(first) {
			continue
		}
		if l := strings.ToLower(first); !(c.lower[l] || lowerInNews(l)) || c.midCap[l] {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) || countWord(d.Text, rest) <= countWord(d.Text, text) {
			continue
		}
		if w := strings.ToLower(rest); orgEndings[w] || orgWords[w] || abbreviations[strings.TrimSuffix(w, ".")] {
			continue // "Gap Inc": a company's form names nothing alone
		}
		if m.Type == Person && !slices.ContainsFunc(ms, func(o Mention) bool {
			t := d.Text[o.Start:o.End]
			return t != text && strings.ContainsFunc(t, unicode.IsSpace) && countWord(t, rest) > 0
		}) {
			// "Mark Ivy ... Ivy said": a person's given name may be a
			// common word; the first word goes only where the rest is
			// part of another full name ("Was Dana" beside "Dana
			// Ferris").
			continue
		}
		switch {
		case m.Name == bareName(text):
			m.Name = bareName(rest)
		case strings.HasPrefix(m.Name, first+" "):
			m.Name = m.Name[len(first)+1:]
		default:
			continue // a name the text does not spell
		}
		m.Start = m.End - len(rest)
	}
}

// commonTagged reports whether a mention is one token that the tagger
// read as an adjective, an adverb, a number or a function word, as no
// name is: "Dear/JJ" of "Dear reader:", "Fourteen/JJ states",
// "Indeed/RB". At a sentence's start the tagger weighs the word, not its
// capital. A common noun's tag (NN, NNS) or a verb's is no such sign: the
// tagger gives them to surnames opening a sentence ("Ferris/NN said").
func commonTagged(d *Doc, m Mention) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].Start >= m.Start })
	if i == len(d.Tokens) || d.Tokens[i].Start != m.Start || d.Tokens[i].End != m.End {
		return false
	}
	switch tag := d.Tokens[i].Tag; {
	case strings.HasPrefix(tag, "JJ"), strings.HasPrefix(tag, "RB"):
		return true
	default:
		switch tag {
		case "CD", "DT", "IN", "UH", "PRP", "WRB", "MD", "CC":
			return true
		}
	}
	return false
}

// casing is what an article's own writing shows of its words' case.
type casing struct {
	// lower holds the words the article writes in lower case.
	lower map[string]bool
	// midCap holds, in lower case, the words it capitalises where no
	// sentence, dash, colon, quotation or bracket starts, outside
	// headings set in title case: there a capital shows a name.
	midCap map[string]bool
	// midCapAlone holds, in lower case, the words midCap holds that the
	// article also capitalises alone there, with no capitalised word
	// beside them: "New" of "New York" is a name's part, not a name.
	midCapAlone map[string]bool
	// starts holds the offsets of the words that open a sentence or
	// follow such a mark, headings' too: there a capital shows nothing.
	starts map[int]bool
	// heading holds, per paragraph, whether it is a heading set in title
	// case (HeadingCased).
	heading []bool
}

// readCasing reads the case of every word of d.
func readCasing(d *Doc) casing {
	heading := make([]bool, len(d.Paragraphs))
	for i, p := range d.Paragraphs {
		heading[i] = HeadingCased(d.Text[p.Start:p.End])
	}
	c := casing{lower: map[string]bool{}, midCap: map[string]bool{}, midCapAlone: map[string]bool{}, starts: map[int]bool{}, heading: heading}
	for _, s := range d.Sentences {
		// A heading's capitals are its style's: they show no name.
		inHeading := s.Para >= 0 && s.Para < len(heading) && heading[s.Para]
		first := true
		prevCap := false // the token before is a capitalised word
		for ti := s.TokStart; ti < s.TokEnd; ti++ {
			w := d.TokenText(ti)
			if !IsWord(w) {
				switch w {
				case "—", "–", "-", "--", ":", "“", "\"", "‘", "'", "(":
					first = true
				}
				prevCap = false
				continue
			}
			if first {
				c.starts[d.Tokens[ti].Start] = true
			}
			r, _ := utf8.DecodeRuneInString(w)
			upper := unicode.IsUpper(r)
			switch {
			case inHeading:
			case unicode.IsLower(r):
				c.lower[w] = true
			case !first:
				l := strings.ToLower(w)
				c.midCap[l] = true
				if !prevCap && !(ti+1 < s.TokEnd && startsUpper(d.TokenText(ti+1))) {
					c.midCapAlone[l] = true
				}
			}
			// A title or an honorific beside a name is no longer name
			// around it: "Chu" of "Dr. Chu" stands alone, and so does
			// "Guardian" of "The Guardian" inside a sentence.
			first, prevCap = false, upper && w != "The" && !IsHonorific(w) && !isRoleWord(strings.ToLower(w))
		}
	}
	return c
}

// isShouted reports whether w is four letters or more, all capitals:
// "MORE", "FILE", not "WHO", "U.S." or "F-16".
func isShouted(w string) bool { return capitalsOnly(w) >= 4 }

// isTitleCase says whether w is a capital followed by lower-case letters
// only: "Legally", not "NATO", "McCain" or "U.S.".
func isTitleCase(w string) bool {
	for i, r := range w {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLower(r) {
			return false
		}
	}
	return w != ""
}

// missedSurnames returns mentions for the surnames the entity model
// missed: a token written exactly as the surname of one person the article
// names in full ("Wayne LaPierre ... But LaPierre in December argued"),
// tagged a proper noun and inside no mention. Without them a pronoun
// after the lone surname goes to the last person the model did find. A
// surname two full names share is left alone, and so is a known place
// name (see normalizer.placeAlone): "Kansas" is not the surname of the
// group "Prairie Kansas".
func missedSurnames(d *Doc, n *normalizer) []Mention {
	full := map[string]string{} // surname -> full name, "" when shared
	for _, m := range d.Entities {
		if m.Type != Person {
			continue
		}
		last, ok := Surname(m.Name)
		if !ok {
			continue
		}
		if f, seen := full[last]; seen && f != m.Name {
			full[last] = ""
		} else {
			full[last] = m.Name
		}
	}
	if len(full) == 0 {
		return nil
	}
	covered := make([]bool, len(d.Tokens))
	for _, m := range d.Entities {
		for ti := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > m.Start }); ti < len(d.Tokens) && d.Tokens[ti].Start < m.End; ti++ {
			covered[ti] = true
		}
	}
	var out []Mention
	for ti, t := range d.Tokens {
		if covered[ti] || !strings.HasPrefix(t.Tag, "NNP") {
			continue
		}
		if name := full[d.TokenText(ti)]; name != "" && !n.placeAlone(Mention{Name: d.TokenText(ti), Type: Place}, name) {
			out = append(out, Mention{Start: t.Start, End: t.End, Name: name, Type: Person})
		}
	}
	return out
}

// knownNames joins the mentions of a name the alias table knows whole
// that the entity model cut at a joining word: "District of Columbia"
// read as "District" and "Columbia" (in every ABP month read, dozens of
// times: a place "Columbia" and a "District" that outlets "never name"),
// "Food and Drug Administration" as "Food" and "Drug Administration". A
// mention takes in the capitalised words across one "of", "and", "&" or
// "for" after or before it, up to maxJoinedWords of them, where the whole
// is a name the table knows; the mentions inside the whole go, and the
// joined mention takes the table's type. A user's table (--aliases) joins
// its names the same way.
func knownNames(d *Doc, ms []Mention, aliases *Aliases) []Mention {
	if aliases == nil || len(ms) == 0 {
		return ms
	}
	gone := map[int]bool{}
	for k := range ms {
		if gone[k] {
			continue
		}
		m := &ms[k]
		start, end, ok := joinKnown(d.Text, m.Start, m.End, aliases)
		if !ok {
			continue
		}
		for j := range ms {
			if j != k && ms[j].Start < end && ms[j].End > start {
				gone[j] = true
			}
		}
		m.Start, m.End = start, end
		m.Name = bareName(d.Text[start:end])
		canon, _ := aliases.Canonical(m.Name)
		if t := aliases.Type(canon); t != "" {
			m.Type = t
		}
	}
	if len(gone) == 0 {
		return ms
	}
	return withoutMarked(ms, gone)
}

// maxJoinedWords bounds the capitalised words a known name takes in
// across its joining word.
const maxJoinedWords = 4

// nameJoiners join the words of one name.
var nameJoiners = []string{" of ", " and ", " & ", " for "}

// joinKnown returns the span of the longest known name that text[start:end]
// is part of across one joining word, and whether there is one.
func joinKnown(text string, start, end int, aliases *Aliases) (int, int, bool) {
	for _, j := range nameJoiners {
		if strings.HasPrefix(text[end:], j) {
			ends := capitalisedEnds(text, end+len(j))
			for i := len(ends) - 1; i >= 0; i-- {
				if _, ok := aliases.Canonical(text[start:ends[i]]); ok {
					return start, ends[i], true
				}
			}
		}
		if strings.HasSuffix(text[:start], j) {
			starts := capitalisedStarts(text, start-len(j))
			for i := len(starts) - 1; i >= 0; i-- {
				if _, ok := aliases.Canonical(text[starts[i]:end]); ok {
					return starts[i], end, true
				}
			}
		}
	}
	return start, end, false
}

// capitalisedEnds returns the ends of the capitalised words from off on,
// one space or one joining word apart ("Co-operation in Europe"), at most
// maxJoinedWords of them.
func capitalisedEnds(text string, off int) []int {
	var ends []int
	for len(ends) < maxJoinedWords {
		r, _ := utf8.DecodeRuneInString(text[off:])
		if !unicode.IsUpper(r) {
			break
		}
		n := strings.IndexFunc(text[off:], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' })
		if n < 0 {
			n = len(text) - off
		}
		w := strings.TrimRight(text[off:off+n], ".")
		ends = append(ends, off+len(w))
		if len(w) < n || !strings.HasPrefix(text[off+n:], " ") {
			break
		}
		off += n + 1
		if j, _, ok := strings.Cut(text[off:], " "); ok && initialsSmallWords[j] {
			off += len(j) + 1
		}
	}
	return ends
}

// capitalisedStarts returns the starts of the capitalised words before
// off, one space or one joining word apart, nearest first, at most
// maxJoinedWords of them.
func capitalisedStarts(text string, off int) []int {
	var starts []int
	for len(starts) < maxJoinedWords {
		i := strings.LastIndexFunc(text[:off], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '.' }) + 1
		if i >= off {
			break
		}
		if r, _ := utf8.DecodeRuneInString(text[i:]); !unicode.IsUpper(r) {
			break
		}
		starts = append(starts, i)
		if i == 0 || text[i-1] != ' ' {
			break
		}
		off = i - 1
		if sp := strings.LastIndexByte(text[:off], ' '); sp >= 0 && initialsSmallWords[text[sp+1:off]] {
			off = sp
		}
	}
	return starts
}

// initialsNames gives an acronym that is the initials of a name the
// article gives in full that name: "MBS" of "Mohammed bin Salman", "AOC"
// of "Alexandria Ocasio-Cortez", "KRG" of "Kurdistan Regional
// Government". The entity model reads a person's initials as an
// organisation's (and acronymType holds that no one is called by capitals
// alone), so an article that wrote "Crown Prince Mohammed bin Salman" and
// then "MBS" named two entities, and an outlet that wrote only the full
// name was said never to name "MBS". An acronym of three to five
// capitals that the alias table does not know, whose letters are the
// initials, in order, of the words of exactly one name of two words or
// more in the article (a particle's and a hyphenated part's included:
// "bin", "Ocasio-Cortez"; a generational suffix's not; "of" and the like
// with or without) that the article gives before the acronym, becomes
// that name, with its type. Two capitals are left alone: they are states' and
// countries' codes ("UK", "NY") as often as anyone's initials.
func initialsNames(d *Doc, aliases *Aliases) {
	type named struct{ name, typ string }
	byInitials := map[string]map[named]bool{} // initials -> the names with them
	for _, m := range d.Entities {
		for _, in := range nameInitials(m.Name) {
			if utf8.RuneCountInString(in) < minInitials {
				continue
			}
			if byInitials[in] == nil {
				byInitials[in] = map[named]bool{}
			}
			byInitials[in][named{m.Name, m.Type}] = true
		}
	}
	if len(byInitials) == 0 {
		return
	}
	// A definition gives the name first ("the Affordable Care Act
	// (ACA)", "Mohammed bin Salman, known as MBS"); a name that follows
	// the acronym is more likely a play on it ("CNN, the Communist News
	// Network, as his supporters call it").
	first := map[string]int{}
	for _, m := range d.Entities {
		for _, k := range []string{m.Name, d.Text[m.Start:m.End]} {
			if at, ok := first[k]; !ok || m.Start < at {
				first[k] = m.Start
			}
		}
	}
	for i := range d.Entities {
		m := &d.Entities[i]
		text := d.Text[m.Start:m.End]
		if n := utf8.RuneCountInString(text); n < minInitials || n > maxInitials || !isAcronymName(text) || strings.Contains(text, "&") {
			continue
		}
		if _, known := aliases.Canonical(text); known {
			continue
		}
		names := byInitials[text]
		if len(names) != 1 {
			continue
		}
		for n := range names {
			if first[n.name] < first[text] {
				m.Name, m.Type = n.name, n.typ
			}
		}
	}
}

// minInitials and maxInitials bound the acronyms read as a name's
// initials.
const (
	minInitials = 3
	maxInitials = 5
)

// nameInitials returns the initials of a full name's words, each
// hyphenated part its own word, a generational suffix left out, in upper
// case, and the same without the small words acronyms often skip ("FBI"
// of "Federal Bureau of Investigation", where "DOJ" of "Department of
// Justice" keeps its "of"); none for a name of one word.
func nameInitials(name string) []string {
	var all, big strings.Builder
	words := 0
	for _, w := range strings.Fields(name) {
		if isSuffix(w) {
			continue
		}
		words++
		small := initialsSmallWords[strings.ToLower(w)]
		for _, part := range strings.Split(w, "-") {
			r, _ := utf8.DecodeRuneInString(part)
			if unicode.IsLetter(r) {
				all.WriteRune(unicode.ToUpper(r))
				if !small {
					big.WriteRune(unicode.ToUpper(r))
				}
			}
		}
	}
	if words < 2 {
		return nil
	}
	if all.String() == big.String() {
		return []string{all.String()}
	}
	return []string{all.String(), big.String()}
}

// initialsSmallWords are the small words inside a name, which its
// acronym may leave out ("FBI") and a long name holds between its
// capitalised words ("Organization for Security and Co-operation in
// Europe").
var initialsSmallWords = map[string]bool{"of": true, "for": true, "and": true, "the": true, "on": true, "in": true, "&": true, "to": true}

// IsNameSmallWord reports whether w (any case) is a small word inside a
// name that its acronym may leave out: "of", "for", "and", "the", "on",
// "in", "&", "to".
func IsNameSmallWord(w string) bool { return initialsSmallWords[strings.ToLower(w)] }

// placeInitialsBeforeNames cuts a place's initials off a person's name
// that the article also gives without them: "the U.S. Trump
// administration" gave "U.S. Trump", which then stood as the full name
// for every "Trump" of the article. A place's initials (two or three
// capitals the alias table knows as a place: "U.S.", "UK") are no one's
// given name, as "Jordan" or "Georgia" may be; the person must be named
// elsewhere in the article by that surname, alone or at the end of a
// full name, so that "US Steel" or "US Customs", read as a person by the
// model, stay as they are. It changes ms in place, before names resolve.
func placeInitialsBeforeNames(d *Doc, ms []Mention, aliases *Aliases) {
	surnames := map[string]bool{} // surnames the article writes without a place's initials
	for _, m := range ms {
		if w := strings.Fields(m.Name); m.Type == Person && len(w) > 0 && (len(w) == 1 || !placeInitials(w[0], aliases)) {
			surnames[w[len(w)-1]] = true
		}
	}
	for k := range ms {
		m := &ms[k]
		w := strings.Fields(m.Name)
		if m.Type != Person || len(w) != 2 || !placeInitials(w[0], aliases) || !surnames[w[1]] {
			continue
		}
		if i := strings.LastIndex(d.Text[m.Start:m.End], w[1]); i > 0 {
			m.Start += i
			m.Name = w[1]
		}
	}
}

// placeInitials reports whether w is a place written in two or three
// capitals ("US", "U.S.", "UK").
func placeInitials(w string, aliases *Aliases) bool {
	n := utf8.RuneCountInString(strings.ReplaceAll(w, ".", ""))
	return n >= 2 && n <= 3 && isAllUpper(w) && knownPlace(aliases, w)
}

// emojiWord reports whether a word is only pictographs, flags and their
// joiners and modifiers (Unicode's other and modifier symbols, format
// characters, variation selectors): "🇺🇸", "👍🏽". Signs that names use
// ("&", "+") are no such symbols.
func emojiWord(w string) bool {
	for _, r := range w {
		if !unicode.In(r, unicode.So, unicode.Sk, unicode.Cf, unicode.Variation_Selector) {
			return false
		}
	}
	return w != ""
}

// firstField returns the first word of s up to white space, without a
// comma, colon or semicolon after it ("Dana," gives "Dana"; "C.J." stays).
func firstField(s string) string {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	if i := strings.IndexFunc(s, unicode.IsSpace); i >= 0 {
		s = s[:i]
	}
	return strings.TrimRight(s, ",;:")
}

// isInitials reports whether w is one initial or several run together:
// "J.", "J.R.", "JR." is none (a word in capitals).
func isInitials(w string) bool {
	if len(w) < 2 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		if w[i] < 'A' || w[i] > 'Z' || w[i+1] != '.' {
			return false
		}
	}
	return true
}
