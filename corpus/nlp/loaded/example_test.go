package loaded_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/loaded"
)

// Score every word of an annotated document and say why the loaded ones
// are loaded. The text is written for the example.
func ExampleModel_Score() {
	art := corpus.Article{ID: "ex", Language: "en", Text: "The chairman slammed the so-called “reforms” as a reckless plan. The committee met on Tuesday."}
	doc, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), art)
	if err != nil {
		panic(err)
	}
	m := loaded.Default()
	for _, o := range m.Score(doc) {
		switch {
		case o.Loaded:
			why := m.Explain(doc, o.Tok).Reasons(2)
			fmt.Printf("%s (quoted %v): %s\n", o.Text, o.Quoted, strings.Join(why, ", "))
		case o.Score >= 0.04:
			fmt.Printf("%s: %.2f, below the threshold %.2f\n", o.Text, o.Score, m.Threshold)
		}
	}
	// Output:
	// slammed: 0.06, below the threshold 0.10
	// reckless (quoted false): keeps the company of subjective words in news, rare in general news
}

// A word's rarity in general news, from the embedded background.
func ExampleBackground_DF() {
	bg := loaded.News()
	fmt.Println(bg.Docs(), bg.DF("the") > 37000, bg.DF("Sanctions") == bg.DF("sanction"))
	// Output: 37554 true true
}
