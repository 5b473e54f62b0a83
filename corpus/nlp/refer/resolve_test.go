package refer

import (
	"context"
	"errors"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

func annotate(t testing.TB, text string) *nlp.Doc {
	t.Helper()
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "t", Outlet: "o", Text: text, Language: "en"})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestResolve: each pronoun of articles written for the test goes to the
// entity a reader would say, or to none. want maps the n-th occurrence of
// a pronoun ("he#2" for the second "he", case kept) to the entity's name,
// "" for none.
func TestResolve(t *testing.T) {
	tests := []struct {
		name string
		text string
		want map[string]string
	}{
		{
			name: "subject preferred over a later object",
			text: "Senator Anna Warren met Governor Tom Baker in Boston on Tuesday. She said the talks had gone well.",
			want: map[string]string{"She": "Anna Warren"},
		},
		{
			name: "a lone pronoun has no antecedent",
			text: "She also recently referred to the pipeline protests as a disgrace.",
			want: map[string]string{"She": ""},
		},
		{
			name: "honorifics decide gender",
			text: "Mr. Baker and Ms. Warren spoke after the vote. She called it a victory, and he called it a setback.",
			want: map[string]string{"She": "Warren", "he": "Baker"},
		},
		{
			name: "first names decide gender where no honorific does",
			text: "Mary Jones, the daughter of former Governor Richard Jones, criticized her father's plan on Friday.",
			want: map[string]string{"her": "Mary Jones"},
		},
		{
			name: "the subject before an appositive, not the names inside it",
			text: "Mary Jones, the younger sister of Senate candidate Ann Jones and daughter of former Governor Richard Jones, criticized her sister's stance on Friday.",
			want: map[string]string{"her": "Mary Jones"},
		},
		{
			name: "a first name only the US birth counts know",
			text: "Trent Harlow met the committee's chairwoman on Monday. She said the talks had gone well.",
			want: map[string]string{"She": ""},
		},
		{
			name: "a first name news counts before a surname with an inner capital",
			text: "Mitch Harlow met the committee's chairwoman on Monday. She said the talks had gone well.",
			want: map[string]string{"She": ""},
		},
		{
			name: "a first name after an initial decides gender",
			text: "J. Nancy Harlow met Dan Ortiz on Friday. Afterwards he said nothing.",
			want: map[string]string{"he": "Dan Ortiz"},
		},
		{
			name: "an honorific wins over the first name",
			text: "Ms. Kelly Stone met Dan Ortiz on Friday. Afterwards he said nothing.",
			want: map[string]string{"he": "Dan Ortiz"},
		},
		{
			name: "an object pronoun is not its own clause's subject",
			text: "Governor Tom Baker spoke on Monday. Senator Anna Warren praised him on Tuesday.",
			want: map[string]string{"him": "Tom Baker"},
		},
		{
			name: "the subject of the pronoun's own clause first",
			text: "Senator Anna Warren spoke on Monday. Later Governor Tom Baker was criticized for his remarks.",
			want: map[string]string{"his": "Tom Baker"},
		},
		{
			name: "a quotation's speaker is not its third-person pronoun",
			text: "Tom Baker met Senator Anna Warren on Monday. \"He is a serious man,\" Warren said.",
			want: map[string]string{"He": "Tom Baker"},
		},
		{
			name: "a surname the tagger may type as a place",
			text: "Obama also called for new limits on lobbying, even though he had defended lobbyists for years.",
			want: map[string]string{"he": "Obama"},
		},
		{
			name: "a place where something happens is not a person",
			text: "Hundreds gathered in Tisbury on Monday. Tisbury voted against the plan, and he said it was a mistake.",
			want: map[string]string{"he": ""},
		},
		{
			name: "cataphora in a fronted phrase",
			text: "Tom Baker spoke first on Friday. In her statement on Friday afternoon, Ms. Warren did not respond.",
			want: map[string]string{"her": "Warren"},
		},
		{
			name: "a noun phrase in apposition is not cataphora",
			text: "Governor Tom Baker resigned on Monday. His wife, Anna Baker, who left her post in March, was not charged.",
			want: map[string]string{"His": "Tom Baker", "her": "Anna Baker"},
		},
		{
			name: "the subject of a relative clause",
			text: "Senator Anna Warren spoke first. Then she attacked Tom Baker, who defended his record for an hour.",
			want: map[string]string{"she": "Anna Warren", "his": "Tom Baker"},
		},
		{
			name: "he or she means anyone",
			text: "Tom Baker said the secretary can refuse if he or she doubts the documents.",
			want: map[string]string{"he": "", "she": ""},
		},
		{
			name: "they for a named organisation",
			text: "The Harbour City Council voted on Monday. They approved the budget by a wide margin.",
			want: map[string]string{"They": "Harbour City Council"},
		},
		{
			name: "they for a group the article does not name",
			text: "The Harbour City Council met on Monday. Hundreds of protesters gathered outside, and they chanted for hours.",
			want: map[string]string{"they": ""},
		},
		{
			name: "it is not a reference",
			text: "The Harbour City Council voted on Monday. It approved the budget.",
			want: map[string]string{"It": "absent"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotate(t, tt.text)
			refs := Resolve(d)
			got := map[string]string{}
			seen := map[string]int{}
			for _, r := range refs {
				w := d.Text[r.Start:r.End]
				seen[w]++
				key := w
				if seen[w] > 1 {
					key = w + "#" + string(rune('0'+seen[w]))
				}
				got[key] = r.Entity
			}
			for k, want := range tt.want {
				g, ok := got[k]
				switch {
				case want == "absent" && ok:
					t.Errorf("%q listed as a reference to %q", k, g)
				case want != "absent" && !ok:
					t.Errorf("%q not found as a reference; got %v", k, got)
				case want != "absent" && g != want:
					t.Errorf("%q resolved to %q, want %q (entities %v)", k, g, want, names(d))
				}
			}
		})
	}
}

func names(d *nlp.Doc) []string {
	var out []string
	for _, m := range d.Entities {
		out = append(out, m.Name+"/"+m.Type)
	}
	return out
}

// TestResolveOtherLanguage: the lists are English; a German article gives
// no references.
func TestResolveOtherLanguage(t *testing.T) {
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "t", Outlet: "o", Language: "de",
		Text: "Olaf Scholz traf Emmanuel Macron in Berlin. Er sagte, die Gespräche seien gut verlaufen."})
	if err != nil {
		t.Fatal(err)
	}
	if refs := Resolve(d); len(refs) != 0 {
		t.Errorf("%d references in a German article: %+v", len(refs), refs)
	}
}

// FuzzResolve: on any text, every reference lies inside the text on a
// pronoun, in its sentence, and resolves to an entity of the document or
// to none.
func FuzzResolve(f *testing.F) {
	f.Add("Senator Anna Warren met Governor Tom Baker. She said he was wrong.")
	f.Add("\"He is a serious man,\" Warren said. They left. him her his")
	f.Add("In her statement, Ms. Warren said he or she could go.")
	an := &nlp.Annotator{}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := an.AnnotateOne(context.Background(), corpus.Article{ID: "f", Outlet: "o", Text: text, Language: "en"})
		if pe := (*nlp.PanicError)(nil); errors.As(err, &pe) {
			t.Fatalf("the annotator panicked: %v\n%s", pe.Value, pe.Stack)
		}
		if err != nil {
			return
		}
		ents := map[string]bool{}
		for _, m := range d.Entities {
			ents[m.Name] = true
		}
		last := -1
		for _, r := range Resolve(d) {
			if r.Start < 0 || r.End > len(d.Text) || r.Start >= r.End || r.Start < last {
				t.Fatalf("reference %+v outside %d bytes or out of order", r, len(d.Text))
			}
			last = r.Start
			if _, ok := pronouns[strings.ToLower(d.Text[r.Start:r.End])]; !ok {
				t.Fatalf("reference %q is not a pronoun", d.Text[r.Start:r.End])
			}
			if s := d.Sentences[r.Sent]; r.Start < s.Start || r.End > s.End {
				t.Fatalf("reference %+v outside its sentence %+v", r, s)
			}
			if r.Entity != "" && !ents[r.Entity] {
				t.Fatalf("reference resolved to %q, not an entity of the document", r.Entity)
			}
		}
	})
}

// BenchmarkResolve resolves the pronouns of a 40-paragraph article.
func BenchmarkResolve(b *testing.B) {
	para := "Senator Anna Warren met Governor Tom Baker in Boston on Tuesday. She said he had been wrong about the budget, and his aides disputed her account. " +
		"The Harbour City Council voted later. They approved the plan, and protesters said their concerns were ignored."
	d := annotate(b, strings.Repeat(para+"\n\n", 40))
	b.ResetTimer()
	for b.Loop() {
		Resolve(d)
	}
}
