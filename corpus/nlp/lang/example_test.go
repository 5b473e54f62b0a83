package lang_test

import (
	"fmt"

	"github.com/framediff/framediff/corpus/nlp/lang"
)

// The names of a Russian sentence, inflected as the sentence needs them,
// under the names English annotation gives them.
func ExampleNames_Find() {
	ru, _ := lang.Get("ru")
	text := "Блинкен провел переговоры с Ёсимасой Хаяси в Гонолулу, а Госдепартамент сократил посольство в Киеве."
	for _, m := range lang.DefaultNames().Find(ru, text, ru.Tokens(text)) {
		fmt.Println(m.Name, m.Type)
	}
	// Output:
	// Antony Blinken PERSON
	// Yoshimasa Hayashi PERSON
	// Honolulu GPE
	// State Department ORG
	// Kyiv GPE
}

// French elision: the clitic is a word of its own.
func ExampleLanguage_Tokens() {
	fr, _ := lang.Get("fr")
	text := "L'ambassade d'Ukraine"
	for _, t := range fr.Tokens(text) {
		fmt.Printf("%q ", text[t.Start:t.End])
	}
	fmt.Println()
	// Output:
	// "L'" "ambassade" "d'" "Ukraine"
}
