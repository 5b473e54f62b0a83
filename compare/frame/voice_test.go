package frame

import (
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/internal/testcorpus"
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
		{"an assertive verb and a clause without that", "Dana Hale, a former official in two administrations, argued the city must raise the tolls so steeply that it shows how repugnant the council finds the plan.", "repugnant", true},
		{"a report in an opening subordinate clause ends at its comma", "After an aide said the tolls would stay, the mayor backtracked and refused to answer.", "refused", false},
		{"the same after a conjunction", "But after an aide asserted the tolls would stay, the mayor backtracked and refused to answer.", "refused", false},
		{"as X points out", "And that, as Hale points out, is the best outcome: that the council decides the pain inflicted is not worth enduring.", "inflicted", true},
		{"as X says, opening the sentence", "As critics say, the reckless tolls fall on the poor.", "reckless", true},
		{"as a conjunction is no attribution", "As the tolls rose, the reckless council said nothing.", "reckless", false},
		{"a report in a dash aside ends at the closing dash", "The council's remarks -- in which Hale claimed the tolls were fair -- were used to cast members as insensitive.", "insensitive", false},
		{"inside the aside it is reported", "The council's remarks -- in which Hale claimed the tolls were ruinous -- were used against her.", "ruinous", true},
		{"claims as a noun opens no report", "Hale's claims Monday that she would stay defied leaders who are nervous about the vote.", "nervous", false},
		{"an assertive verb and its object", "Dana Hale argued the case for repugnant tolls before the council.", "repugnant", false},
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
		{"a claim before its verb", "The plan is reckless, critics said.", "reckless", true},
		{"a claim before its verb, the verb first", "Washington is running a reckless campaign, said Lavrov.", "reckless", true},
		{"a claim before its verb, told whom and when", "The tolls are ruinous, a spokesman for the council told reporters on Monday.", "ruinous", true},
		{"the reporting clause itself is the outlet's", "The tolls are high, the reckless councillor said.", "reckless", false},
		{"a claim begins after a colon", "Ferris stood before the reckless council and made her point: the tolls must go, she said.", "reckless", false},
		{"a claim after a colon", "Ferris made her point: the reckless tolls must go, she said.", "reckless", true},
		{"a reporting clause goes on with adding that", "“We are ready,” said Ferris, adding that the tolls were ruinous.", "ruinous", true},
		{"emphasized that", "The minister spoke briefly, but she emphasized that the tolls were ruinous.", "ruinous", true},
		{"a verb of saying that ends a clause opens nothing", "“The tolls must go,” Ferris said mockingly.", "mockingly", false},
		{"that said", "That said, the council is known to be skeptical of tolls.", "skeptical", false},
		{"a claim split by its verb, before it", "The reckless campaign, Russian diplomats argue, gives cover to arms deliveries.", "reckless", true},
		{"a claim split by its verb, after it", "The campaign, Russian diplomats argue, gives cover to reckless arms deliveries.", "reckless", true},
		{"narration after a claim that ends at its verb", "Washington is running a campaign, said Lavrov, who spoke in a reckless hurry.", "reckless", false},
		{"narration after a quote and its verb", "“We will respond,” the minister said, before leaving on a reckless trip.", "reckless", false},
		{"a report with its own clause is not a claim before it", "In Kyiv, officials said the reckless plan had failed.", "reckless", true},
		{"words before a report with its own clause stay own voice", "After a reckless week, officials said the plan had failed.", "reckless", false},
		{"what a verb of characterising says", "Moscow dismissed the alarm as a reckless propaganda campaign.", "reckless", true},
		{"the object of a verb of characterising is the outlet's", "Moscow dismissed the reckless alarm as a propaganda campaign.", "reckless", false},
		{"an accusation", "Lavrov accused Washington of reckless meddling in Kyiv.", "reckless", true},
		{"blame", "Ferris blamed the province for reckless spending.", "reckless", true},
		{"a characterisation ends at a second verb", "Moscow dismissed the alarm as propaganda and staged reckless drills.", "reckless", false},
		{"what call says its object is", "McConnell called the decision cynical on Saturday.", "cynical", true},
		{"call with a pronoun and a noun phrase", "Republicans called it a cynical ploy, and the council voted.", "cynical", true},
		{"the object of call is the outlet's", "Ferris called the reckless plan a mistake.", "reckless", false},
		{"the clause after call's complement is the outlet's", "Ferris called the plan a mistake, and the reckless council voted anyway.", "reckless", false},
		{"call for names nothing", "Ferris called for a reckless vote.", "reckless", false},
		{"call a vote names nothing", "The speaker called a reckless vote on Monday.", "reckless", false},
		{"a participle after a noun names", "A group called Reckless Citizens sued the council.", "Reckless", false},
		{"as, a conjunction", "Moscow dismissed the report as the reckless drills went on.", "reckless", false},
		{"a characterisation whose noun the tagger reads as a verb", "It was a choice whose costs Democrats quickly touted as a reckless betrayal of the mayor's campaign promises to cut tolls in Alden.", "betrayal", true},
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

// TestTokenChecksLikeLowerCase: the checks asked of every token that no
// longer make its lower case answer as they did with it, on every token
// of the sample corpus and on words in other cases and scripts.
func TestTokenChecksLikeLowerCase(t *testing.T) {
	docs, _, _ := testcorpus.Sample(t)
	words := []string{"Described", "DESCRIBED", "dEsCrIbEs", "describ", "descr", "Accused", "BLAMED", "blamedly",
		"İs", "DESCRİBED", "Kelvin", "ACCUSED’s", "’s", "'S", "N'T", "n’t", "s", "", "AM", "a.m.", "P.M", "Pm", "am."}
	for _, d := range docs {
		for i := range d.Tokens {
			words = append(words, d.TokenText(i))
		}
	}
	for _, w := range words {
		lower := strings.ToLower(w)
		want := ""
		for _, v := range characterisingVerbs {
			for _, st := range v.stems {
				if want == "" && strings.HasPrefix(lower, st) && len(lower)-len(st) <= 4 {
					want = v.link
				}
			}
		}
		if got := characterising(w); got != want {
			t.Errorf("characterising(%q) = %q, want %q", w, got, want)
		}
		switch strings.ToLower(strings.ReplaceAll(w, "’", "'")) {
		case "'s", "'re", "'ll", "'ve", "'m", "'d", "n't", "'t":
			if !isContraction(w) {
				t.Errorf("isContraction(%q) = false", w)
			}
		default:
			if isContraction(w) {
				t.Errorf("isContraction(%q) = true", w)
			}
		}
		if got, want := inLower(assertiveVerbs, w), assertiveVerbs[lower]; got != want {
			t.Errorf("inLower(assertiveVerbs, %q) = %v", w, got)
		}
		if got, want := inLower(callForms, w), callForms[lower]; got != want {
			t.Errorf("inLower(callForms, %q) = %v", w, got)
		}
		if tw := strings.Trim(w, "."); meridiem[strings.ToLower(tw)] && len(tw) > len("a.m") {
			t.Errorf("%q is a.m. or p.m. in %d bytes", w, len(tw))
		}
	}
}
