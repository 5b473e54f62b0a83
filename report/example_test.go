package report_test

import (
	"fmt"
	stdhtml "html"
	"os"
	"strings"
	"time"

	"github.com/framediff/framediff/compare"
	"github.com/framediff/framediff/report"
)

// example is a one-event result, built by hand: two fictional outlets'
// versions of Blinken's press conference in Honolulu, 12 February 2022.
func example() *compare.Result {
	pub := time.Date(2022, 2, 12, 23, 10, 0, 0, time.UTC)
	return &compare.Result{
		Articles: []compare.Article{
			{ID: "gazette-1", Outlet: "Harbour Gazette", Title: "Blinken urges Moscow to de-escalate", Published: &pub, Words: 96, Language: "en",
				Text: "Blinken said Russia should de-escalate."},
			{ID: "herald-1", Outlet: "Steppe Herald", Title: "Lavrov decries a propaganda campaign", Published: &pub, Words: 70, Language: "en",
				Text: "Lavrov spoke of a propaganda campaign."},
		},
		Events: []compare.Event{{
			ID: "e1", Label: "Blinken urges Moscow to de-escalate", Start: pub, End: pub,
			Articles: []string{"gazette-1", "herald-1"}, Outlets: []string{"Harbour Gazette", "Steppe Herald"},
			Terms: []compare.Term{
				{Outlet: "Harbour Gazette", Term: "de-escalate", N: 1, Count: 3, Rate: 31.3, OthersCount: 0, Z: 2.41, P: 0.016, PAdjusted: 0.048, Significant: true, Voice: "own",
					Examples: []compare.Example{{Article: "gazette-1", Start: 0, End: 39, Text: "Blinken said Russia should de-escalate.", TermStart: 27, TermEnd: 38}}},
				{Outlet: "Steppe Herald", Term: "propaganda campaign", N: 2, Count: 2, Rate: 28.6, OthersCount: 0, Z: 2.91, P: 0.004, PAdjusted: 0.011, Significant: true, Voice: "own"},
			},
		}},
		Outlets: []string{"Harbour Gazette", "Steppe Herald"},
		Params:  compare.Params{Window: compare.Duration(72 * time.Hour), MinOutlets: 2, MinSimilarity: 0.25, Top: 10},
	}
}

func ExampleCSV() {
	if err := report.CSV(os.Stdout, example(), "framediff v1.0.0"); err != nil {
		fmt.Println(err)
	}
	// Output:
	// event,outlet,rank,term,n,count,rate,others_count,others_rate,z,p,p_adjusted,significant,example_article,example,loaded,voice
	// e1,Harbour Gazette,1,de-escalate,1,3,31.3,0,0,2.41,0.016,0.048,true,gazette-1,Blinken said Russia should de-escalate.,0,own
	// e1,Steppe Herald,1,propaganda campaign,2,2,28.6,0,0,2.91,0.004,0.011,true,,,0,own
}

func ExampleCSVTables() {
	fmt.Println(strings.Join(report.CSVTables(), " "))
	// Output:
	// articles events evidence framing terms quoted_terms loaded_words emphasis pairs sentiment entity_tone quotes labels unique omissions similarity lexicon skipped
}

func ExampleMarkdown() {
	var b strings.Builder
	if err := report.Markdown(&b, example(), "framediff v1.0.0"); err != nil {
		fmt.Println(err)
	}
	// The distinctive terms of the event, with the first example sentence:
	// a strong finding (3 uses, adjusted p below 0.05) in bold and starred,
	// a weaker one (2 uses) plain.
	md := b.String()
	i := strings.Index(md, "| Outlet | Term |")
	fmt.Print(md[i : i+strings.Index(md[i:], "\n\n")+1])
	// Output:
	// | Outlet | Term | Finding | z | Count | Per 1,000 words | Others | p adj. | Example |
	// | --- | --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
	// | Harbour Gazette | **de-escalate** | strong | 2.41\* | 3 | 31.3 | 0 | 0.048 | Blinken said Russia should **de-escalate**. |
	// | Steppe Herald | propaganda campaign | weaker | 2.91 | 2 | 28.6 | 0 | 0.011 |   |
}

func ExampleHTML() {
	var b strings.Builder
	if err := report.HTML(&b, example(), "framediff v1.0.0"); err != nil {
		fmt.Println(err)
	}
	html := b.String()
	// The term is marked in the text, where the example's offsets put it,
	// and links to its sentences.
	i := strings.Index(html, `<a class="term"`)
	fmt.Println(html[i : i+strings.Index(html[i:], "</a>")+4])
	// Its policy lets the page load nothing from anywhere.
	const meta = `http-equiv="Content-Security-Policy" content="`
	attr := html[strings.Index(html, meta)+len(meta):]
	policy := stdhtml.UnescapeString(attr[:strings.Index(attr, `"`)])
	fmt.Println(strings.Split(policy, ";")[0])
	// Output:
	// <a class="term" href="#e1-g1-t1" title="distinctive term: z 2.41 · 3 vs 0 · p adj. 0.048 · strong">de-escalate</a>
	// default-src 'none'
}
