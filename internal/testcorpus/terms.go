package testcorpus

import (
	"strings"

	"github.com/framediff/framediff/corpus/nlp"
)

// Outlets of the sample corpus and the seed whose framing tests check.
const (
	DeEscalationOutlet = "Meridian Post" // leads with de-escalation
	LavrovOutlet       = "Vostok Review" // quotes Lavrov's "propaganda"
	SeedOutlet         = "RT"
)

// UsedElsewhere reports whether a document of docs other than d contains
// term, in any case.
func UsedElsewhere(docs []*nlp.Doc, d *nlp.Doc, term string) bool {
	for _, o := range docs {
		if o != d && strings.Contains(strings.ToLower(o.Text), strings.ToLower(term)) {
			return true
		}
	}
	return false
}
