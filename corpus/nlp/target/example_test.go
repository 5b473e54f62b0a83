package target_test

import (
	"context"
	"fmt"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/corpus/nlp/target"
)

// The tone of one sentence toward each of two people in it.
func ExampleReader_Tone() {
	text := "Senator Warren won the primary on Tuesday while Governor Baker was indicted on corruption charges."
	d, err := (&nlp.Annotator{}).AnnotateOne(context.Background(), corpus.Article{ID: "x", Outlet: "o", Text: text, Language: "en"})
	if err != nil {
		panic(err)
	}
	r := target.Default().NewReader(d)
	for _, name := range []string{"Warren", "Baker"} {
		i := strings.Index(text, name)
		span := corpus.Span{Start: i, End: i + len(name)}
		fmt.Printf("%s: %s\n", text[span.Start:span.End], r.Tone(span).Label)
	}
	// Output:
	// Warren: pos
	// Baker: neg
}
