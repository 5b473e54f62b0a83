package refer

import "github.com/framediff/framediff/corpus/nlp"

// firstNameAgreement returns the agreement firstnames.tsv gives the people
// who bear a first name (nlp.FirstNameGender: from news counts, or US
// births where those do not settle it), and false for a name the table
// does not know.
func firstNameAgreement(first string) (Agreement, bool) {
	switch g, ok := nlp.FirstNameGender(first); {
	case !ok:
		return 0, false
	case g == 'f':
		return Feminine, true
	}
	return Masculine, true
}
