// Command entitytypes counts the types of a corpus's entity mentions, as
// annotation gives them and as a comparison reads them once the names are
// resolved across the corpus (nlp.ResolveNames):
//
//	go run ./scripts/entitytypes [-names "Fox News,CNN"] PATH...
//
// from the module root, PATH as framediff compare reads it. It prints,
// for each of the two, the mentions by type, the names that carry more
// than one type (of one word and of more) with their mentions, and the
// types of the names given with -names. The README's figures for
// basil-dev come from
//
//	go run ./scripts/entitytypes ../shared/data/basil-dev/basil.jsonl ../shared/data/basil-dev/distractors.jsonl
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
)

func main() {
	names := flag.String("names", "", "comma-separated `names` whose types to print")
	flag.Parse()
	if err := run(context.Background(), os.Stdout, flag.Args(), *names); err != nil {
		fmt.Fprintln(os.Stderr, "entitytypes:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, w io.Writer, paths []string, names string) error {
	if len(paths) == 0 {
		return fmt.Errorf("no PATH given")
	}
	set, err := corpus.Load(ctx, paths, os.Stdin, corpus.Options{})
	if err != nil {
		return err
	}
	docs, _, err := (&nlp.Annotator{}).Annotate(ctx, set.Articles)
	if err != nil {
		return err
	}
	var compared []*nlp.Doc
	for _, d := range docs {
		if d.Language == "" || corpus.Compared(d.Language) {
			compared = append(compared, d)
		}
	}
	fmt.Fprintf(w, "%d articles\n", len(compared))
	var wanted []string
	if names != "" {
		wanted = strings.Split(names, ",")
	}
	report(w, "annotated", compared, wanted)
	report(w, "resolved across the corpus", nlp.ResolveNames(compared, nil, 0), wanted)
	return nil
}

// report prints the counts of one reading of the documents.
func report(w io.Writer, title string, docs []*nlp.Doc, wanted []string) {
	byType := map[string]int{}
	types := map[string]map[string]int{} // name -> type -> mentions
	total := 0
	for _, d := range docs {
		for _, m := range d.Entities {
			total++
			byType[m.Type]++
			if types[m.Name] == nil {
				types[m.Name] = map[string]int{}
			}
			types[m.Name][m.Type]++
		}
	}
	fmt.Fprintf(w, "%s: %d mentions:", title, total)
	for _, t := range slices.Sorted(maps.Keys(byType)) {
		fmt.Fprintf(w, " %s %d", t, byType[t])
	}
	fmt.Fprintln(w)
	var n, k [2]int // names and their mentions with more than one type: one word, more
	for name, ts := range types {
		if len(ts) < 2 {
			continue
		}
		i := 0
		if len(strings.Fields(name)) > 1 {
			i = 1
		}
		n[i]++
		for _, c := range ts {
			k[i] += c
		}
	}
	fmt.Fprintf(w, "%s: names with more than one type %d (%d mentions): of one word %d (%d), of more %d (%d)\n",
		title, n[0]+n[1], k[0]+k[1], n[0], k[0], n[1], k[1])
	for _, name := range wanted {
		ts := types[name]
		fmt.Fprintf(w, "  %s:", name)
		if len(ts) == 0 {
			fmt.Fprint(w, " none")
		}
		for _, t := range slices.Sorted(maps.Keys(ts)) {
			fmt.Fprintf(w, " %s %d", t, ts[t])
		}
		fmt.Fprintln(w)
	}
}
