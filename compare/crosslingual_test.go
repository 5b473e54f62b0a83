package compare

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/framediff/framediff/corpus"
	"github.com/framediff/framediff/corpus/nlp"
	"github.com/framediff/framediff/internal/testcorpus"
)

// bcubed returns B-cubed precision and recall of a clustering against gold
// classes, averaged over docs.
func bcubed(docs []*nlp.Doc, class, cluster func(*nlp.Doc) string) (p, r float64) {
	byCluster := map[string]int{}
	byClass := map[string]int{}
	both := map[[2]string]int{}
	for _, d := range docs {
		byCluster[cluster(d)]++
		byClass[class(d)]++
		both[[2]string{cluster(d), class(d)}]++
	}
	for _, d := range docs {
		same := float64(both[[2]string{cluster(d), class(d)}])
		p += same / float64(byCluster[cluster(d)])
		r += same / float64(byClass[class(d)])
	}
	return p / float64(len(docs)), r / float64(len(docs))
}

// TestCrossLingual measures the sample corpus's alignment over all its
// languages: B-cubed against the gold events (an article in no event is a
// cluster of its own), and, for the articles in Spanish, French, German
// and Russian, how many join their story's event and how many join
// another story's. No article may join another story's event.
func TestCrossLingual(t *testing.T) {
	docs, gold, _ := testcorpus.Sample(t)
	res, err := Compare(context.Background(), docs, nil, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	of := map[string]*Event{}
	for i := range res.Events {
		for _, a := range res.Events[i].Articles {
			of[a] = &res.Events[i]
		}
	}
	p, r := bcubed(docs, func(d *nlp.Doc) string { return gold[d.ID] }, func(d *nlp.Doc) string {
		if e := of[d.ID]; e != nil {
			return e.ID
		}
		return d.ID
	})
	t.Logf("sample corpus, all languages: B-cubed P=%.3f R=%.3f F1=%.3f", p, r, 2*p*r/(p+r))
	// The gold event of each English article's event, for telling a
	// foreign article's join right from wrong.
	eventGold := map[string]map[string]bool{}
	for _, d := range docs {
		if e := of[d.ID]; e != nil && d.Language == "en" {
			if eventGold[e.ID] == nil {
				eventGold[e.ID] = map[string]bool{}
			}
			eventGold[e.ID][gold[d.ID]] = true
		}
	}
	var foreign, joined, wrong int
	for _, d := range docs {
		if d.Language == "en" {
			continue
		}
		foreign++
		e := of[d.ID]
		switch {
		case e == nil:
			t.Logf("%s (%s, %s, %s) is in no event", d.Title, d.Outlet, d.Language, gold[d.ID])
		case eventGold[e.ID] != nil && !eventGold[e.ID][gold[d.ID]]:
			wrong++
			t.Errorf("%s (%s, %s) of %s is in %s %q", d.Title, d.Outlet, d.Language, gold[d.ID], e.ID, e.Label)
		default:
			joined++
		}
	}
	t.Logf("sample corpus: %d of %d articles in other languages joined their story's event, %d another's", joined, foreign, wrong)
	if joined*4 < foreign*3 {
		t.Errorf("%d of %d articles in other languages joined their story's event, want at least three in four", joined, foreign)
	}
	// The Honolulu event spans all five languages and shows Kyiv in each
	// article's spelling.
	var honolulu *Event
	for _, d := range docs {
		if gold[d.ID] == "honolulu" && d.Language == "en" {
			honolulu = of[d.ID]
		}
	}
	if honolulu == nil {
		t.Fatal("the Honolulu articles are in no event")
	}
	if want := []string{"de", "en", "es", "fr", "ru"}; !slices.Equal(honolulu.Languages, want) {
		t.Errorf("the Honolulu event's languages are %v, want %v", honolulu.Languages, want)
	}
}

// crossCheckArticles are short articles on the Honolulu press conference,
// written for this test and kept out of the sample corpus, in the four
// languages, each writing Kyiv its own way.
var crossCheckArticles = map[string]string{
	"es-gaceta.txt": `Outlet: Gaceta del Sur
Date: 2022-02-12 21:00 +01:00
Title: Blinken, Hayashi y Chung piden en Honolulu que Rusia rebaje la tensión

El secretario de Estado Antony Blinken se reunió este sábado en Honolulu con el canciller japonés Yoshimasa Hayashi y el surcoreano Chung Eui-yong. «Moscú debe desescalar», afirmó Blinken, que insistió en que una invasión de Ucrania puede llegar en cualquier momento.

Los tres condenaron los lanzamientos de misiles de Corea del Norte. Mientras tanto, Estados Unidos redujo su embajada en Kiev al mínimo.`,
	"fr-quotidien.txt": `Outlet: Le Quotidien des Îles
Date: 2022-02-12 22:30 +01:00
Title: Réunis à Honolulu, Blinken, Hayashi et Chung mettent en garde Moscou

Le secrétaire d'État Antony Blinken a reçu samedi à Honolulu ses homologues Yoshimasa Hayashi et Chung Eui-yong. « Une invasion peut commencer à tout moment », a déclaré M. Blinken, qui appelle la Russie à la désescalade.

Les trois pays ont condamné les essais de missiles de la Corée du Nord. Washington a rappelé l'essentiel du personnel de son ambassade à Kiev.`,
	"de-kurier.txt": `Outlet: Kurier am Hafen
Date: 2022-02-12 23:15 +01:00
Title: Blinken, Hayashi und Chung warnen Russland in Honolulu

US-Außenminister Antony Blinken hat sich am Samstag in Honolulu mit Yoshimasa Hayashi aus Japan und Chung Eui-yong aus Südkorea getroffen. „Russland muss deeskalieren“, sagte Blinken. Ein Einmarsch in die Ukraine sei jederzeit möglich.

Die drei Minister verurteilten die Raketentests Nordkoreas. Die USA zogen zugleich den Großteil ihres Botschaftspersonals aus Kiew ab.`,
	"ru-vestnik.txt": `Outlet: Береговой вестник
Date: 2022-02-13 09:00 +03:00
Title: Блинкен, Хаяси и Чон Ый Ён провели встречу в Гонолулу

Госсекретарь США Энтони Блинкен провел в субботу в Гонолулу переговоры с Ёсимасой Хаяси и Чон Ый Ёном.

— Россия должна деэскалировать, — заявил Блинкен, добавив, что вторжение на Украину возможно в любой момент.

Министры осудили ракетные пуски КНДР. Тем временем США сократили штат посольства в Киеве.`,
}

// TestCrossLingualHeldOut reads the crossCheckArticles from a temporary
// directory with the sample corpus: each must be identified in its
// language, join the English Honolulu event, and name Kyiv as the English
// articles do, whatever its spelling.
func TestCrossLingualHeldOut(t *testing.T) {
	dir := t.TempDir()
	for name, text := range crossCheckArticles {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	set, err := corpus.Load(ctx, []string{filepath.Join(testcorpus.Root, "testdata", "corpus"), dir}, nil, corpus.Options{})
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := (&nlp.Annotator{}).Annotate(ctx, set.Articles)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Compare(ctx, docs, set.Skipped, DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]*nlp.Doc{}
	for _, d := range docs {
		byID[d.ID] = d
	}
	var honolulu *Event
	for i, ev := range res.Events {
		for _, id := range ev.Articles {
			if d := byID[id]; d.Outlet == "Keystone Wire" && strings.Contains(d.Title, "de-escalate") {
				honolulu = &res.Events[i]
			}
		}
	}
	if honolulu == nil {
		t.Fatal("Keystone Wire's Honolulu article is in no event")
	}
	identified, joined := 0, 0
	for _, d := range docs {
		name := filepath.Base(d.Source.Path)
		if _, ok := crossCheckArticles[name]; !ok {
			continue
		}
		if want := name[:2]; d.Language == want {
			identified++
		} else {
			t.Errorf("%s: language %q, want %q", name, d.Language, want)
		}
		if slices.Contains(honolulu.Articles, d.ID) {
			joined++
		} else {
			t.Errorf("%s (%s) did not join the Honolulu event %s", name, d.Language, honolulu.ID)
		}
		var kyiv []string
		for _, m := range d.Entities {
			if m.Name == "Kyiv" {
				kyiv = append(kyiv, d.Text[m.Start:m.End])
			}
		}
		if len(kyiv) == 0 {
			t.Errorf("%s: Kyiv not found among %v", name, d.Entities)
		}
		t.Logf("%s: %s, Kyiv written %q", name, d.Language, kyiv)
	}
	t.Logf("held-out check: %d of %d identified, %d of %d joined the Honolulu event", identified, len(crossCheckArticles), joined, len(crossCheckArticles))
	// The evidence shows a shared entity in both articles' spellings.
	spelled := false
	for _, l := range honolulu.Evidence {
		for _, s := range l.Spellings {
			if s.Forms[0] != s.Forms[1] {
				spelled = true
			}
		}
	}
	if !spelled {
		t.Error("no link of the Honolulu event shows an entity spelled two ways")
	}
}
