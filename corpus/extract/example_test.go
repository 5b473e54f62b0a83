package extract_test

import (
	"errors"
	"fmt"
	"strings"

	"github.com/framediff/framediff/corpus/extract"
)

func ExampleHTML() {
	page := `<!DOCTYPE html>
<html lang="en-GB">
<head>
<title>Scholz meets Putin in Moscow | Harbour Gazette</title>
<meta property="og:site_name" content="Harbour Gazette">
<meta property="article:published_time" content="2022-02-15T18:30:00+03:00">
</head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Scholz meets Putin in Moscow</h1>
<p>German Chancellor Olaf Scholz held talks with Vladimir Putin in the Kremlin on Tuesday, a day after visiting Kyiv.</p>
<p>Both leaders said that diplomacy over Ukraine was far from exhausted, while disagreeing about NATO&rsquo;s eastward enlargement.</p>
<figure><img src="scholz.jpg"><figcaption>The two leaders at a press conference.</figcaption></figure>
</article>
</body>
</html>`
	p, err := extract.HTML(strings.NewReader(page), "https://harbourgazette.example/world/scholz-putin")
	if errors.Is(err, extract.ErrNoText) {
		fmt.Println("skipped:", err)
		return
	}
	fmt.Println(p.Title)
	fmt.Println(p.Outlet, p.Language, p.URL)
	fmt.Println(p.Published, "from", p.DateSource)
	fmt.Println(p.Text)
	// Output:
	// Scholz meets Putin in Moscow
	// Harbour Gazette en https://harbourgazette.example/world/scholz-putin
	// 2022-02-15 18:30:00 +0300 +0300 from meta
	// German Chancellor Olaf Scholz held talks with Vladimir Putin in the Kremlin on Tuesday, a day after visiting Kyiv.
	//
	// Both leaders said that diplomacy over Ukraine was far from exhausted, while disagreeing about NATO’s eastward enlargement.
}
