package refer

import "github.com/framediff/framediff/corpus/nlp"

// firstNameAgreement returns the agreement news writing gives the people
// who bear a first name (nlp.FirstNameGender), and false for a name the
// table does not know.
func firstNameAgreement(first string) (Agreement, bool) {
	switch g, ok := nlp.FirstNameGender(first); {
	case !ok:
		return 0, false
	case g == 'f':
		return Feminine, true
	}
	return Masculine, true
}
