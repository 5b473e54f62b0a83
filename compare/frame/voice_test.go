package frame

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
)

// TestReportedSpeech: which words of a sentence are reported speech, one
// case per rule of voice.go and per limit it states, on sentences written
// for the test.
func TestReportedSpeech(t *testing.T) {
	tests := []struct {
		name, text, word string
		reported         bool
	}{
		{"told that", "Lavrov told Blinken that Washington was running a propaganda campaign.", "propaganda", true},
		{"say, present tense", "Russian officials say the evacuation is the result of Western hysteria.", "hysteria", true},
		{"according to", "According to the Kremlin, Putin told Macron that the speculation was provocative.", "provocative", true},
		{"another verb of saying with that", "Ferris warned that the new tolls would be ruinous.", "ruinous", true},
		{"another verb of saying with an object", "The ministry announced ruinous tolls on Friday.", "ruinous", false},
		{"the words before the verb", "The reckless council said on Monday that tolls would rise.", "reckless", false},
		{"narration resumed after a quote", "Blinken said Moscow “should de-escalate,” and again threatened harsh sanctions.", "harsh", false},
		{"a participle after a quote stays reported (a limit)", "Blinken said Russia “should de-escalate, rather than escalate,” delivering the message while lawmakers were still arguing over sanctions.", "arguing", true},
		{"a second clause of what was said", "He said the costs would be severe, and that allies would impose harsh sanctions.", "harsh", true},
		{"a relative clause's claim", "Ferris, who says the tolls are ruinous, sued the province in March over a reckless budget.", "ruinous", true},
		{"the main clause after a relative clause", "Ferris, who says the tolls are ruinous, sued the province in March over a reckless budget.", "reckless", false},
		{"an aside inside a relative clause's claim ends it (a limit)", "Ferris, who says the tolls, like the fees, are ruinous, sued the province.", "ruinous", false},
		{"a relative clause with its own subject", "The plan, which critics said was reckless, passed on Monday despite ruinous tolls.", "ruinous", false},
		{"a verb of saying deeper in a relative clause", "The toll plan, which stalled as councillors said they would back no plan that, in their view, would reward ruinous spending, returns in March.", "ruinous", true},
		{"a main clause's claim runs on past a comma", "Ferris said the tolls, which are new, are ruinous.", "ruinous", true},
		{"a claim before its verb stays own voice (a limit)", "The plan is reckless, critics said.", "reckless", false},
		{"no verb of saying", "Protesters blocked the bridge in a reckless stunt.", "reckless", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := annotated(t, corpus.Article{ID: "a", Outlet: "Alden Courier", Language: "en", Text: tc.text})[0]
			reported := ReportedSpeech(d)
			found := false
			for i := range d.Tokens {
				if strings.EqualFold(d.TokenText(i), tc.word) {
					found = true
					if reported[i] != tc.reported {
						t.Errorf("%q in %q: reported %v, want %v", tc.word, tc.text, reported[i], tc.reported)
					}
				}
			}
			if !found {
				t.Fatalf("no %q in %q", tc.word, tc.text)
			}
		})
	}
}
