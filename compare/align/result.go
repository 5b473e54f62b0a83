package align

type Link struct {
	A              string   `json:"a"`
	B              string   `json:"b"`
	Score          float64  `json:"score"`
	Content        float64  `json:"content"`  // TF-IDF cosine on content words
	EntityOverlap  float64  `json:"entities"` // IDF-weighted overlap of entities
	SharedEntities []string `json:"shared_entities"`
	SharedTerms    []string `json:"shared_terms"`
	DaysApart      float64  `json:"days_apart"`
	// Spellings shows, for a link between articles in two languages, how
	// each writes the entities they share: "Kyiv" as "Kiew" and "Киеве".
	Spellings []Spelling `json:"spellings,omitempty"`
}

// Spelling is an entity as two linked articles write it: Forms[0] in
// article A, Forms[1] in article B, each its first mention.
type Spelling struct {
	Entity string    `json:"entity"`
	Forms  [2]string `json:"forms"`
}

type Member struct {
	Article string `json:"article"`
	Outlet  string `json:"outlet"`
	// Fit is the article's score against the centroid of the event's other
	// articles, in [0, 1]; 0 for an event of one article.
	Fit float64 `json:"fit"`
	// Links are the article's best links to other members, strongest first;
	// A is the article.
	Links []Link `json:"links"`
	// Undated is true when the article has no date: it joined by content
	// alone.
	Undated bool `json:"undated,omitempty"`
	// Overrides lists the override lines ("file:line") that name the
	// article.
	Overrides []string `json:"overrides,omitempty"`
	// Touches lists the other events that a paragraph after the article's
	// lead reports.
	Touches []Touch `json:"touches,omitempty"`
}

type Touch struct {
	Event     string  `json:"event"`
	Paragraph int     `json:"paragraph"` // 1-based, in the article's text
	Score     float64 `json:"score"`     // the paragraph against the event's centroid
}
