package nlp

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// fullNames links the short forms of person names to the full names they
// stand for: a lone surname ("Blinken") to the full name that ends with it
// ("Antony Blinken"), a reordered name ("Hayashi Yoshimasa") to one
// spelling of it, and a variant of a full name ("Ben Jealous", "Benjamin
// Jealous") to its fullest form ("Benjamin Todd Jealous"). Annotation
// builds one per article and resolution one per corpus; both ask it the
// same questions.
//
// A generational suffix ("Jr.", "III") is part of a name: "Donald Trump
// Jr." is never merged with "Donald Trump", and a bare "Trump" in a text
// that names both stays as it is.
type fullNames struct {
	bySorted  map[string]string   // nameKey -> the spelling that stands for every order
	bySurname map[string][]string // lower-case surname -> the distinct full names ending with it, in the order added
	// canonical reports the names of the alias table, which stand for
	// their variants before any fuller form does ("Donald Trump" rather
	// than "Donald John Trump"); nil means none.
	canonical func(string) bool
}

// newFullNames returns an empty index whose variants prefer the canonical
// names of aliases (nil: none).
func newFullNames(aliases *Aliases) *fullNames {
	f := &fullNames{bySorted: map[string]string{}, bySurname: map[string][]string{}}
	if aliases != nil {
		f.canonical = func(n string) bool { return aliases.Type(n) == Person }
	}
	return f
}

// nameParts is a person's name cut into its parts: "Benjamin Todd Jealous
// Jr." is first "Benjamin", middle ["Todd"], surname "Jealous", gen "Jr.".
type nameParts struct {
	first   string
	middle  []string
	surname string
	gen     string
}

// Surname returns the surname of a person's full name ("Trump" of "Donald
// Trump Jr."), and false for a name of fewer than two words before its
// generational suffix, which is no full name.
func Surname(name string) (string, bool) {
	p, ok := partsOf(name)
	return p.surname, ok
}

// partsOf cuts a name into its parts; ok is false for a name of fewer than
// two words before its suffix, which is no full name, and for a day's name
// ("Super Tuesday"), which has no surname.
func partsOf(name string) (p nameParts, ok bool) {
	w := strings.Fields(name)
	if n := len(w); n >= 2 && isSuffix(w[n-1]) {
		p.gen, w = suffixForm(w[n-1]), w[:n-1]
	}
	if len(w) < 2 {
		if len(w) == 1 {
			p.surname = w[0]
		}
		return p, false
	}
	if weekdays[w[len(w)-1]] {
		return nameParts{}, false // "Super Tuesday" names a day, not a person
	}
	p.first, p.middle, p.surname = w[0], w[1:len(w)-1], w[len(w)-1]
	return p, true
}

// add records a full name of two or more words. The first spelling added
// of a reordered name stands for every order of it, and only it is
// indexed by its surname, so that the reordering is not taken for a
// second person with the same surname.
func (f *fullNames) add(name string) {
	p, ok := partsOf(name)
	if !ok {
		return
	}
	k := nameKey(name)
	if _, ok := f.bySorted[k]; ok {
		return
	}
	f.bySorted[k] = name
	last := strings.ToLower(p.surname)
	f.bySurname[last] = append(f.bySurname[last], name)
}

// spelling returns the spelling that stands for name's reordering, and
// whether one was added.
func (f *fullNames) spelling(name string) (string, bool) {
	s, ok := f.bySorted[nameKey(name)]
	return s, ok
}

// variant returns the fullest form of the person a full name names, and
// whether it differs from name (see before). Two full names are one person's (sameNames)
// when they share surname and suffix, one's first name is the other's or
// begins it ("Ben", "Benjamin"), and one has the other's middle names or
// none. When the forms name could stand for are not all one person's
// ("Sam Smith" beside "Samuel Smith" and "Samantha Smith"), name stays;
// a form that could stand for another person too is not one of name's
// ("George Bush" is not a form of "George W. Bush" where "George HW Bush"
// is named).
func (f *fullNames) variant(name string) (string, bool) {
	p, ok := partsOf(name)
	if !ok {
		return name, false
	}
	var same []string
	all := f.bySurname[strings.ToLower(p.surname)]
	for _, c := range all {
		if c == name || !sameNames(name, c) {
			continue
		}
		// A form that could as well be another person's is no form of
		// this one's: "George Bush" beside "George W. Bush" and "George
		// HW Bush".
		if slices.ContainsFunc(all, func(d string) bool { return d != name && d != c && sameNames(c, d) && !sameNames(name, d) }) {
			continue
		}
		same = append(same, c)
	}
	if len(same) == 0 {
		return name, false
	}
	best := name
	for i, c := range same {
		for _, d := range same[i+1:] {
			if !sameNames(c, d) {
				return name, false
			}
		}
		if f.before(c, best) {
			best = c
		}
	}
	return best, best != name
}

// sameNames reports whether two full names can be one person's (see
// variant).
func sameNames(a, b string) bool {
	pa, oka := partsOf(a)
	pb, okb := partsOf(b)
	if !oka || !okb || pa.gen != pb.gen || !strings.EqualFold(pa.surname, pb.surname) {
		return false
	}
	fa, fb := strings.ToLower(pa.first), strings.ToLower(pb.first)
	if len(fa) > len(fb) {
		fa, fb = fb, fa
	}
	// A short form is the start of the long one and at least three
	// letters, so that an initial ("J. Smith") or "Al" proves nothing.
	if fa != fb && (!strings.HasPrefix(fb, fa) || utf8.RuneCountInString(fa) < 3) {
		return false
	}
	return sameMiddles(pa, pb)
}

// sameMiddles reports whether two names' middle names agree: the same, or
// none on one side.
func sameMiddles(pa, pb nameParts) bool {
	if len(pa.middle) == 0 || len(pb.middle) == 0 {
		return true
	}
	return strings.EqualFold(strings.Join(pa.middle, " "), strings.Join(pb.middle, " "))
}

// petNames reports whether two full names differ only by a pet form of
// the first name ("Steve Bannon", "Stephen Bannon"; petForms). Unlike
// sameNames this does not make one name a variant of the other: "Jimmy
// Carter" and "James Carter" are as often two people (a president and an
// economist of one corpus) as one. It only lets a bare surname stand for
// the two together (surname).
func petNames(a, b string) bool {
	pa, oka := partsOf(a)
	pb, okb := partsOf(b)
	if !oka || !okb || pa.gen != pb.gen || !strings.EqualFold(pa.surname, pb.surname) {
		return false
	}
	fa, fb := strings.ToLower(pa.first), strings.ToLower(pb.first)
	return (petForm(fa, fb) || petForm(fb, fa)) && sameMiddles(pa, pb)
}

// PetNames reports whether two full names differ only by a pet form of
// the first name ("Dick Durbin", "Richard Durbin"): within one event's
// coverage, one person; across a corpus, not necessarily (see petNames).
func PetNames(a, b string) bool { return petNames(a, b) }

// petForms are the English pet forms of given names that are not the
// start of the name they stand for, so that the prefix rule of sameNames
// misses them: one writer's "Steve Bannon" is another's "Stephen
// Bannon", and the bare "Bannon" of a third stood for neither while the
// two seemed two people. Only forms of one name each, or of names that
// are each other's forms, are listed: "Kathy" (Katherine or Kathleen),
// "Harry" (a name of its own as often as Henry's) and "Sandy" are not.
// Written for this package from the common usage of English names.
var petForms = map[string][]string{
	"bill": {"william"}, "billy": {"william"}, "will": {"william"}, "willie": {"william"},
	"bob": {"robert"}, "bobby": {"robert"}, "rob": {"robert"}, "robbie": {"robert"},
	"dick": {"richard"}, "rick": {"richard"}, "ricky": {"richard"},
	"jim": {"james"}, "jimmy": {"james"},
	"mike":  {"michael"},
	"steve": {"stephen", "steven"},
	"chuck": {"charles"}, "charlie": {"charles"},
	"ted": {"edward", "theodore"}, "ed": {"edward"}, "eddie": {"edward"},
	"jack": {"john"}, "johnny": {"john"},
	"peggy": {"margaret"}, "maggie": {"margaret"},
	"betty": {"elizabeth"}, "beth": {"elizabeth"}, "liz": {"elizabeth"}, "betsy": {"elizabeth"},
	"hank":  {"henry"},
	"tony":  {"anthony", "antony"},
	"larry": {"lawrence", "laurence"},
	"jerry": {"gerald"},
	"terry": {"terence"},
	"andy":  {"andrew"}, "drew": {"andrew"},
	"tom": {"thomas"}, "tommy": {"thomas"},
	"joe": {"joseph"}, "joey": {"joseph"},
	"dave":   {"david"},
	"danny":  {"daniel"},
	"nick":   {"nicholas"},
	"geoff":  {"geoffrey"},
	"sue":    {"susan"},
	"patty":  {"patricia"},
	"bernie": {"bernard"},
	"jake":   {"jacob"},
	"hal":    {"harold"},
	"marty":  {"martin"},
	"becky":  {"rebecca"},
	"nate":   {"nathan", "nathaniel"},
	"rudy":   {"rudolph"},
	"stu":    {"stuart"},
}

// petForm reports whether the lower-case given name short is a pet form
// of long ("steve" of "stephen").
func petForm(short, long string) bool {
	return slices.Contains(petForms[short], long)
}

// before reports whether name a rather than b stands for the variants of
// a name: a canonical name of the alias table, else the fuller form (more
// words that are not initials, then a longer first name, then fewer
// initials: "Paul Ryan" rather than "Paul D. Ryan"); ties go to the
// alphabetically first, so that the choice never depends on the order
// names were seen.
func (f *fullNames) before(a, b string) bool {
	if f.canonical != nil && f.canonical(a) != f.canonical(b) {
		return f.canonical(a)
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	ia, ib := initials(wa), initials(wb)
	if len(wa)-ia != len(wb)-ib {
		return len(wa)-ia > len(wb)-ib
	}
	if len(wa[0]) != len(wb[0]) {
		return len(wa[0]) > len(wb[0])
	}
	if ia != ib {
		return ia < ib
	}
	return a < b
}

// plain returns name without its middle initials ("Alan Krueger" for
// "Alan B. Krueger"), unless the corpus names another person whom the
// name without them could be: "George W. Bush" stays where "George HW
// Bush" is named too.
func (f *fullNames) plain(name string) string {
	w := strings.Fields(name)
	if initials(w) == 0 {
		return name
	}
	out := w[:0:0]
	for i, x := range w {
		if i > 0 && initials([]string{x}) == 1 {
			continue
		}
		out = append(out, x)
	}
	p := strings.Join(out, " ")
	if _, ok := partsOf(p); !ok {
		return name
	}
	p0, _ := partsOf(p)
	for _, d := range f.bySurname[strings.ToLower(p0.surname)] {
		if d != name && sameNames(p, d) && !sameNames(name, d) {
			return name
		}
	}
	return p
}

// initials counts the words of a name that are an initial ("D." of "Paul
// D. Ryan").
func initials(words []string) int {
	n := 0
	for _, w := range words {
		if r, size := utf8.DecodeRuneInString(w); size+1 == len(w) && w[size] == '.' && r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n
}

// given returns the full name whose first name is the lone word w
// ("Bernie" of "Bernie Sanders"), where exactly one person of the index
// has that first name (the variants of one name counted as one) and no
// one has it as a surname, else "". The entity model types some names of
// things as people ("Google Drive", "Trump Train"): a full name of which a
// word after the first is written in lower case or is a word general news
// writes so is no person's here.
func (f *fullNames) given(w string) string {
	if len(f.bySurname[strings.ToLower(w)]) > 0 {
		return "" // a surname too ("Paul" of Rand Paul)
	}
	found := ""
	for _, names := range f.bySurname {
		for _, n := range names {
			if p, ok := partsOf(n); !ok || p.first != w || !personWords(n) {
				continue
			}
			v, _ := f.variant(n)
			if found != "" && found != v {
				return ""
			}
			found = v
		}
	}
	return found
}

// personWords reports whether the words of name after its first are a
// person's: capitalised, none a word general news writes in lower case
// ("Train" of "Trump Train", "Drive" of "Google Drive"), a body's or a
// place's word, a ticker or an abbreviation.
func personWords(name string) bool {
	w := strings.Fields(name)
	for _, x := range w[1:] {
		r, n := utf8.DecodeRuneInString(x)
		l := strings.ToLower(strings.Trim(x, ".,"))
		if !unicode.IsUpper(r) || lowerInNews(l) || orgWords[l] || orgEndings[l] || placeWords[l] || isInstitutionHead(x) ||
			len(x) > n && x == strings.ToUpper(x) && !isSuffix(x) || strings.HasSuffix(x, ".") && len(x) > n+1 && !isSuffix(x) {
			return false // "Pharmaceuticals", "County", a ticker ("MSFT"), an abbreviation ("Inc.", "Cpl.")
		}
	}
	return true
}

// placeWords end the names of places that the entity model types as
// people ("Weld County").
var placeWords = map[string]bool{"county": true, "city": true, "state": true, "province": true, "district": true, "parish": true, "borough": true, "township": true}

// dominantShare is how much of a surname's full-name weight one full name
// must hold to stand for the bare surname: Joe Biden in a corpus where
// Hunter Biden appears now and then, but not one of two brothers who are
// named about as often.
const dominantShare = 0.8

// surname returns the full name that a lone surname ("Blinken", or
// "Trump Jr." with its suffix) stands for: the only person whose full name
// ends with it, counting the variants of one name as one person under
// their fullest form, or, when weight is not nil, the one whose weight
// (summed over the variants) is at least dominantShare of theirs together;
// "" when none is. A bare surname stands for names with or without a
// suffix, a surname with a suffix only for names with that suffix.
func (f *fullNames) surname(name string, weight func(string) int) string {
	p, _ := partsOf(name)
	if p.first != "" || p.surname == "" {
		return "" // a full name, not a surname
	}
	var people []string     // the fullest form of each person, in the order added
	sum := map[string]int{} // fullest form -> weight of its variants
	for _, n := range f.bySurname[strings.ToLower(p.surname)] {
		if q, _ := partsOf(n); p.gen != "" && q.gen != p.gen {
			continue
		}
		v, _ := f.variant(n)
		if _, ok := sum[v]; !ok {
			people = append(people, v)
			sum[v] = 0
		}
		if weight != nil {
			sum[v] += weight(n)
		}
	}
	people, sum = joinPetNames(people, sum, weight != nil, f.before)
	switch {
	case len(people) == 0:
		return ""
	case len(people) == 1:
		return people[0]
	case weight == nil:
		return "" // two people share the surname: leave it alone
	}
	best, total := "", 0
	for _, n := range people {
		total += sum[n]
		if best == "" || sum[n] > sum[best] {
			best = n
		}
	}
	if float64(sum[best]) >= dominantShare*float64(total) {
		return best
	}
	return ""
}

// joinPetNames counts as one person two full names of people that differ
// only by a pet form of the first name, where neither has such a partner
// besides the other ("Steve Bannon" and "Stephen Bannon"; not "Ted",
// "Edward" and "Theodore", who may be two people): the one with the more
// weight (weighed), else the one before (before), stands for the two, with
// their weights summed. people keeps its order.
func joinPetNames(people []string, sum map[string]int, weighed bool, before func(a, b string) bool) ([]string, map[string]int) {
	if len(people) < 2 {
		return people, sum
	}
	partners := make([][]int, len(people))
	for i := range people {
		for j := i + 1; j < len(people); j++ {
			if petNames(people[i], people[j]) {
				partners[i] = append(partners[i], j)
				partners[j] = append(partners[j], i)
			}
		}
	}
	var out []string
	joined := map[string]int{}
	for i, n := range people {
		if len(partners[i]) != 1 || len(partners[partners[i][0]]) != 1 {
			out = append(out, n)
			joined[n] = sum[n]
			continue
		}
		m := people[partners[i][0]]
		keep := n
		if weighed && sum[m] != sum[n] {
			if sum[m] > sum[n] {
				keep = m
			}
		} else if before(m, n) {
			keep = m
		}
		if keep == n {
			out = append(out, n)
			joined[n] = sum[n] + sum[m]
		}
	}
	return out, joined
}

// isSurname reports whether a name is a lone surname, perhaps with a
// generational suffix: "Blinken", "Trump Jr.".
func isSurname(name string) bool {
	p, ok := partsOf(name)
	return !ok && p.surname != ""
}

// nameKey is a name's words in lower case and sorted, the same for every
// order of them.
func nameKey(name string) string {
	w := strings.Fields(strings.ToLower(name))
	sort.Strings(w)
	return strings.Join(w, " ")
}
