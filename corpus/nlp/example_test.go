package nlp_test

import (
	"fmt"
	"strings"

	"github.com/framediff/framediff/corpus/nlp"
)

func ExampleReadStopwords() {
	sw, _ := nlp.ReadStopwords("stop.txt", strings.NewReader("the\nof\n# a comment\n"))
	fmt.Println(len(sw), sw["the"], sw["said"])
	// Output: 2 true false
}
