package main

import "testing"

// TestAddReadsSentenceStarts: a capital says nothing at the start of a
// sentence, after a quotation mark closing one, or after a colon; inside a
// sentence it counts against the word. The paragraph is tokenized as the
// annotator tokenizes it, punctuation kept (nlp.Tokens).
func TestAddReadsSentenceStarts(t *testing.T) {
	c := counts{lower: map[string]int{}, capital: map[string]int{}}
	if err := c.addText("“We will.” Afterward, the council met. Meanwhile the mayor left: Afterward she spoke. The Afterward Gallery opened, and afterward it closed."); err != nil {
		t.Fatal(err)
	}
	if got := c.capital["afterward"]; got != 1 {
		t.Errorf("afterward counted capitalised inside a sentence %d times, want 1 (the gallery's name)", got)
	}
	if got := c.lower["afterward"]; got != 1 {
		t.Errorf("afterward counted in lower case %d times, want 1", got)
	}
	if got := c.capital["meanwhile"]; got != 0 {
		t.Errorf("meanwhile, opening a sentence, counted capitalised %d times, want 0", got)
	}
}
