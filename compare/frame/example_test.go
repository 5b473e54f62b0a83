package frame_test

import (
	"fmt"
	"strings"

	"github.com/framediff/framediff/compare/frame"
)

func ExampleReadLexicon() {
	lex, err := frame.ReadLexicon("frames.txt", strings.NewReader(`
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
	_, err := frame.ReadBackground("news.tsv", strings.NewReader("sanctions\t1200\npropaganda campaign four\n"))
	fmt.Println(err)
	// Output: news.tsv:2: want term<TAB>count, got "propaganda campaign four"
}
