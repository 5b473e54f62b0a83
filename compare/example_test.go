package compare_test

import (
	"fmt"
	"strings"

	"github.com/framediff/framediff/compare"
)

func ExampleReadLexicon() {
	lex, err := compare.ReadLexicon("frames.txt", strings.NewReader(`
# my frames
[conflict]
invasion
escalat*

[diplomacy]
talks
=accord
`))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(lex.Name, lex.Categories)
	// Output: frames.txt [conflict diplomacy]
}

func ExampleReadBackground() {
	_, err := compare.ReadBackground("news.tsv", strings.NewReader("sanctions\t1200\npropaganda campaign four\n"))
	fmt.Println(err)
	// Output: news.tsv:2: want term<TAB>count, got "propaganda campaign four"
}

func ExampleReadStopwords() {
	sw, _ := compare.ReadStopwords("stop.txt", strings.NewReader("the\nof\n# a comment\n"))
	fmt.Println(len(sw), sw["the"], sw["said"])
	// Output: 2 true false
}
