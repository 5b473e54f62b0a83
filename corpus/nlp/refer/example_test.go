package refer_test

import (
	"context"
	"fmt"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/refer"
)

// Each pronoun with the entity it is resolved to, or none.
func ExampleResolve() {
	text := "Senator Anna Warren met Governor Tom Baker on Tuesday. She said he had been wrong about the budget."
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "x", Outlet: "o", Text: text, Language: "en"})
	if err != nil {
		panic(err)
	}
	for _, r := range refer.Resolve(d) {
		entity := r.Entity
		if !r.Resolved() {
			entity = "(none)"
		}
		fmt.Printf("%s -> %s\n", text[r.Start:r.End], entity)
	}
	// Output:
	// She -> Anna Warren
	// he -> Tom Baker
}
