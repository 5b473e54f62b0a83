package nlp

import (
	"slices"
	"testing"
)

// TestSpeakers: who said each quotation, one case per cue structure and
// per kind of wrong speaker seen in real articles, on sentences written
// for the test. want lists, per quotation in text order, its speaker.
func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		// Cue structures.
		{"speaker cue quote", "Senator Maria Lindqvist said, “The bridge will open in May.”",
			[]string{"Maria Lindqvist"}},
		{"quote cue speaker, inverted", "“The bridge will open in May,” said Maria Lindqvist.",
			[]string{"Maria Lindqvist"}},
		{"quote speaker cue", "Maria Lindqvist chairs the transport panel.\n\n“The bridge will open in May,” Lindqvist said on Tuesday.",
			[]string{"Maria Lindqvist"}},
		{"quote, appositive, cue", "“The bridge will open in May,” Maria Lindqvist, the chair of the transport panel, said.",
			[]string{"Maria Lindqvist"}},
		{"speaker cue colon", "Tom Ferris spoke after the vote. Lindqvist had a short answer for him.\n\nMaria Lindqvist responded: “That is simply not true.”",
			[]string{"Maria Lindqvist"}},
		{"colon ends the paragraph before", "Maria Lindqvist said in a statement on Friday:\n\n“The bridge will open in May, whatever the council decides.”",
			[]string{"Maria Lindqvist"}},
		{"according to", "The plan is “a disaster for commuters,” according to Tom Ferris.",
			[]string{"Tom Ferris"}},
		{"an opening prepositional phrase names no subject", "In a statement to KLBN, a lawyer representing the Harlows, Dana Whitcombe, defended their actions and said they were not “about the harbor,” adding, “In fact, the protesters were from out of town.”",
			[]string{"Dana Whitcombe", "Dana Whitcombe"}},
		{"a participle after a last clause whose subject is a common noun", "The Harbor Board was warned and set to be fined within a few days, but the port's press team issued a tweet saying that “The Harbor Board was never fined,” and “we worked with them.”",
			[]string{"", ""}},
		{"a closing mark the tagger takes for a verb is none", "Yet Quill argued that the grant is designed to help the region’s farmers, traders, and land owners, but not ordinary workers,” saying “he grant program is supposed to let local farms hire the best and the brightest in the valley.”",
			[]string{"Quill"}},
		{"a titled person of an institution", "“Today's ruling lets families breathe a sigh of relief,” said Professor Dana Hale-Moritz of Brookfield Law School. “The council may try again, but that will take months.”",
			[]string{"Dana Hale-Moritz", "Dana Hale-Moritz"}},
		{"a demonym alone after the cue is a surname", "The panel includes the team owner Marek Cuban.\n\n“The biggest mistake we can make is rush to a decision,” said Cuban, who had been critical of the response.",
			[]string{"Marek Cuban"}},
		{"a demonym alone after the cue, no one of that name", "The panel met on Monday.\n\n“The biggest mistake we can make is rush to a decision,” said Cuban, who had been critical of the response.",
			[]string{""}},
		{"a place's other name that is a person's surname", "Serving drinks at the post in Alden, Jeff Holland gets testy when the talk turns to smoking.\n\n“You shouldn’t be smoking inside the hospital,” Holland said.",
			[]string{"Jeff Holland"}},
		{"a body joined by for before its chairman", "“Our mission is focused on the harbour,” said Alden for Progress Chairman Tomas Ruiz Vela.",
			[]string{"Tomas Ruiz Vela"}},
		{"a place before common nouns modifies them", "The first program “was flawed from top to bottom,” said Alden small business owners Duncan and Rita Okafor-Lind.",
			[]string{""}},
		{"a name after the quotation, its cue past an appositive, beats a colon before it", "The virus spread faster in the east. It is also possible Alden City just got unlucky: “There were more introductions of the virus in the east, in the Alden area,” Jeffrey Martin, an epidemiologist at Brenton University, told me.",
			[]string{"Jeffrey Martin"}},
		{"a participle after a comma and an adverb", "President Tom Ferris also went on about Mayor Dana Lind's February visit to Brenton's Chinatown, falsely saying that she had held a harbour “rally.”",
			[]string{"Tom Ferris"}},
		{"he after a programme named with an ampersand", "“We are going to move as quickly as we can,” Ken Brantley, acting head of U.S. Harbor and Coast Services, told “Morning & Friends.”\n\n“That still leaves the council a way out,” he said.",
			[]string{"Ken Brantley", "Ken Brantley"}},
		{"next sentence of the same paragraph", "“The bridge will open in May,” Maria Lindqvist said. “Nobody will pay a toll.”",
			[]string{"Maria Lindqvist", "Maria Lindqvist"}},
		{"question before its cue", "“Who pays for the bridge?” Tom Ferris asked the council.",
			[]string{"Tom Ferris"}},
		{"the speaker goes on", "Tom Ferris is the mayor of Alden.\n\n“The bridge will open in May,” said Tom Ferris.\n\n“It will carry trains as well,” the mayor continued.",
			[]string{"Tom Ferris", "Tom Ferris"}},
		{"participle with the sentence's subject", "Maria Lindqvist tried to explain her remark that Tom Ferris ran a “reckless budget,” saying she meant only the bridge.",
			[]string{"Maria Lindqvist"}},
		{"participle after a noun", "Tom Ferris released a statement late Tuesday saying: “The vote was rigged.”",
			[]string{"Tom Ferris"}},
		{"second verb of the subject", "Tom Ferris stood up, faced the council and said, “This bridge is a mistake.”",
			[]string{"Tom Ferris"}},
		{"second verb in a subordinate clause with a common noun subject", "Tom Ferris pushed a young man away after the man approached the mayor and asked if he backed the “bridge tax.”",
			[]string{""}},
		{"second verb in a subordinate clause with a named subject", "The council fell silent when Maria Lindqvist stood up and said, “This bridge is a mistake.”",
			[]string{"Maria Lindqvist"}},
		{"second verb of the main clause after a subordinate one", "Tom Ferris said tolls will fall if the council approves the bridge and urged the board to “get this done.”",
			[]string{"Tom Ferris"}},
		{"second verb after a prepositional phrase", "Tom Ferris spoke after the vote and said, “This bridge is a mistake.”",
			[]string{"Tom Ferris"}},
		{"participle of the last of two joined clauses", "An aide to Tom Ferris called the council to urge a delay, and Maria Lindqvist, the chair of the transport panel, sent a letter citing the city's debt and saying, “The bridge cannot wait.”",
			[]string{"Maria Lindqvist"}},
		{"participle after joined clauses that name no one", "Tom Ferris is a careful man, and in an appeal to commuters he released a video describing himself as “a friend of trains.”",
			[]string{"Tom Ferris"}},
		{"a name the quotation goes on from", "Tom Ferris put out a statement that claimed Lindqvist “has fought every bridge for a decade.”\n\nMaria Lindqvist did not answer.",
			[]string{"Tom Ferris"}},
		{"a name and a comma before the quotation", "Asked about the vote, said Maria Lindqvist, “The bridge will open in May.”",
			[]string{"Maria Lindqvist"}},
		// A list of names joins no clauses; one speaker stands for the
		// list, the name next to the verb.
		{"participle after a list of names", "Tom Ferris, Ada Brandt, and Maria Lindqvist issued a statement saying, “The bridge will open in May.”",
			[]string{"Maria Lindqvist"}},
		{"a title's abbreviation the segmenter ends a sentence with", "“The bridge will open in May,” Sen. Maria Lindqvist said on Tuesday.",
			[]string{"Maria Lindqvist"}},
		{"a question put to someone after Mr.", "“Is it true,” Judge Ada Brandt asked Mr. Ferris, “that the bridge was never surveyed?”",
			[]string{"Ada Brandt", "Ada Brandt"}},
		// The object of called, accused, urged and told is not the
		// speaker.
		{"called", "Tom Ferris called Maria Lindqvist a “reckless gambler” on Monday.",
			[]string{"Tom Ferris"}},
		{"accused", "Tom Ferris accused Maria Lindqvist of “playing games with public money.”",
			[]string{"Tom Ferris"}},
		{"urged", "Maria Lindqvist urged Tom Ferris to “stop the theatrics.”",
			[]string{"Maria Lindqvist"}},
		{"told", "Maria Lindqvist told Tom Ferris that his plan was “dead on arrival.”",
			[]string{"Maria Lindqvist"}},
		{"the passive of called", "Maria Lindqvist was called “the queen of delay” by her rivals.",
			[]string{""}},
		{"a common noun subject with a name later", "An aide said Tom Ferris was “furious” and added that the plan was “dead.”",
			[]string{"", ""}},
		{"participle after an expletive", "It came after Tom Ferris publicly scolded Maria Lindqvist, accusing her of having “wasted another month.”",
			[]string{"Tom Ferris"}},
		{"participle after an object", "Tom Ferris publicly scolded Maria Lindqvist on Friday, accusing her of having “wasted another month.”",
			[]string{"Tom Ferris"}},
		{"a title the article gave a person", "Prince Edmund settled the case on Tuesday.\n\nIn a statement, the prince said he “never intended to cause offence.”",
			[]string{"Edmund"}},
		// Pronouns.
		{"a pronoun after a person the sentence does not name", "Tom Ferris shoved a so-called “heckler” aside when he asked the mayor whether he “backed the bridge tax.”",
			[]string{"", ""}},
		{"a pronoun after an appositive of the person named", "Tom Ferris, the son of a ferryman, said on Monday that he calls the plan “a disgrace.”",
			[]string{"Tom Ferris"}},
		{"a pronoun after a person noun that modifies another", "Maria Lindqvist praised the student loan deal even as she cautioned that “the work is not done.”",
			[]string{"Maria Lindqvist"}},
		{"pronoun, nearest person", "Maria Lindqvist opened the hearing on Monday.\n\n“The bridge will open in May,” she said.",
			[]string{"Maria Lindqvist"}},
		{"pronoun, gender known from earlier", "Tom Ferris opened the meeting. He thanked the council for coming.\n\nMaria Lindqvist spoke next. Ferris interrupted her twice.\n\n“I will not be shouted down,” she said.",
			[]string{"Maria Lindqvist"}},
		{"pronoun, gender known from a title", "Ms. Lindqvist and Mr. Ferris met on Monday.\n\nMaria Lindqvist spoke first. Then Tom Ferris replied at length.\n\n“We have waited long enough,” she said.",
			[]string{"Maria Lindqvist"}},
		{"pronoun skips a name inside the quotation", "Tom Ferris met reporters on Monday.\n\n“Maria Lindqvist has no plan,” he said.",
			[]string{"Tom Ferris"}},
		{"one sentence's he's are one person", "Tom Ferris said Monday he was not questioning whether Mayor Dana Whitfield is honest when he referred to her “creative accounting” at the hearing.",
			[]string{"Tom Ferris"}},
		{"a he that looks ahead starts no chain", "Dana Whitfield wrote the memo in March.\n\nOn safety, and what she knew of the warnings, Maria Lindqvist dismissed the memo as a “procedural quirk” – she wrote that the warnings never “reached my desk.”",
			[]string{"Maria Lindqvist", "Maria Lindqvist"}},
		{"a pronoun after a sentence of reported speech", "Tom Ferris said he never questioned the budget and repeatedly said he believes Dana Whitfield is honest.\n\n“I am talking about the numbers, not the person,” he said.",
			[]string{"Tom Ferris"}},
		{"a government", "Russia said the talks were “useless.”",
			[]string{"Russia"}},
		// Wrong speakers seen in real articles.
		{"a role with no name goes to no one", "Jordan Ellis, 17, was killed on Saturday night near the station.\n\n“We are still looking for witnesses,” the police chief said.",
			[]string{""}},
		{"a role with a name", "Jordan Ellis, 17, was killed on Saturday night near the station.\n\n“We are still looking for witnesses,” said Police Chief Dana Whitfield.",
			[]string{"Dana Whitfield"}},
		{"a possessive names whose the speaker is", "Tom Ferris’s spokesman said the plan was “dead on arrival.”",
			[]string{""}},
		{"a place modifying the speaker", "Sarah Quill, the former Alder governor, told reporters that the ruling was “a disgrace.”",
			[]string{"Sarah Quill"}},
		{"a state in a party tag", "“We need the money now,” said Rep. Mark Holloway (D-Arizona).",
			[]string{"Mark Holloway"}},
		{"a party tag before the cue", "Rep. Mark Holloway (D-Arizona) said the bill was “a good start.”",
			[]string{"Mark Holloway"}},
		{"a programme title is no quotation", "Sarah Quill said on Pine Channel’s “Evening Report” that the ruling was “a disgrace.”",
			[]string{"Sarah Quill"}},
		{"a game's title is no quotation", "Rep. Sarah Quill said that watching shooting games such as “Ferry Tycoon” left her “deeply troubled.”",
			[]string{"Sarah Quill"}},
		{"a book's title is no quotation", "Citing the book “The Wealth of Small Towns,” Tom Ferris said that “culture makes all the difference.”",
			[]string{"Tom Ferris"}},
		{"a place after a preposition", "Sen. Mark Holloway of Oregon complained that the bill was “rushed.”",
			[]string{"Mark Holloway"}},
		{"a list of places is no speaker", "Officials in Alden, Brill and San Marco have said the company was “not welcome.”",
			[]string{""}},
		{"a dateline", "WASHINGTON — Trade envoy Susan Marsh defended the deal on Sunday. “It is a good agreement,” she said.",
			[]string{"Susan Marsh"}},
		{"a weekday after the name", "“We will be back,” Dana Whitfield said Thursday.",
			[]string{"Dana Whitfield"}},
		{"a person named after at or in with a possessive is still a person", "Tom Ferris closed his tour in Alden on Tuesday, accusing Mayor Dan Whitfield of running a “campaign of fear” while taking on what he called a “shameful smear” by his deputy.\n\nWhitfield took a swipe at Ferris’s plan to sell the ferry.",
			[]string{"Tom Ferris", "Tom Ferris"}},
		{"a pronoun after a name inside a that-clause", "In a radio interview on Friday, Tom Ferris kept up his attack on the council, charging that Mayor Dan Whitfield is running the city on “fear and spite.”\n\n“The mayor seems to want power for its own sake,” he added.",
			[]string{"", "Tom Ferris"}},
		{"a pronoun after a name set off by commas", "A spokesman for Mayor Dan Whitfield, Ben Okafor, accused Tom Ferris of hypocrisy. His remarks, he said, were “strange and plainly false.”",
			[]string{"Ben Okafor"}},
		{"observed before, said after", "The Alden Courier’s Ruth Kimani observed that “the mayor’s grin is wide,” and former council clerk Paul Grant said, “He should stop smiling.”",
			[]string{"Ruth Kimani", "Paul Grant"}},
		{"a pronoun after a name with himself", "“It is hard to say,” said Paul Grant.\n\nMr. Tom Ferris himself conceded that he has no plan for the ferry.\n\n“I do not know the answer,” he said.",
			[]string{"Paul Grant", "Tom Ferris"}},
		{"a description between commas is no speaker", "Dan Whitfield spoke first.\n\nSen. Tom Ferris, Alden Republican, said the ferry was “a money pit.”\n\n“We should sell it,” he said.",
			[]string{"Tom Ferris", "Tom Ferris"}},
		{"a pronoun after a name inside a relative or subordinate clause", "Paul Grant spoke first.\n\nBen Okafor, who said Grant and Whitfield met in Alden before Whitfield ran for mayor, said he was hopeful.\n\n“There is no evidence of a crime,” he said.",
			[]string{"Ben Okafor"}},
		{"an adverb after an appositive", "Paul Grant spoke first.\n\nMr. Tom Ferris, speaking to a local radio station, flatly rejected that notion.\n\n“I know the pain of the families,” he said.",
			[]string{"Tom Ferris"}},
		{"a subordinate clause after a few words", "A few hours after Tom Ferris left Alden, Mayor Dana Whitfield's office piled on, calling the trip an “embarrassing disaster.”",
			[]string{""}},
		{"a pronoun after a possessive that opens the sentence", "Tom Ferris told Paul Grant, “You are wrong.”\n\nDan Whitfield’s main point was to attack Grant as a weak mayor. “We get speeches, not ferries,” he said.",
			[]string{"Tom Ferris", "Dan Whitfield"}},
		{"a pronoun after a possessive whose thing is a person", "Tom Ferris spoke first. Dan Whitfield’s spokesman answered the council. “We will appeal,” he said.",
			[]string{"Tom Ferris"}},
		// The sentence right before a pronoun's is about the one person
		// it names, as subject or not; a he or she of its own leaves the
		// choice to the walk back.
		{"a pronoun after a sentence about the person it names as an object", "Ms. Okafor asked the court to look again at the figures. Mr. Brandt answered that the figures were sound.\n\nThat did not persuade Justice Harold Lind. “Sound figures can still mislead,” he said.",
			[]string{"Harold Lind"}},
		{"a pronoun after a sentence with a pronoun of its own", "Tom Ferris toured the plant on Monday. He praised Mayor Ada Brandt for the new road. “The road is a gift to this town,” he said.",
			[]string{"Tom Ferris"}},
		{"a pronoun after a sentence naming two people", "Tom Ferris opened the debate. Dan Whitfield answered Paul Grant on taxes. “Nobody here wants a new tax,” he said.",
			[]string{"Dan Whitfield"}},
		{"a newsroom's reporter after a plain apostrophe", "\"The vote will be close,\" said Harbor News' chief correspondent Dana Hale.",
			[]string{"Dana Hale"}},
		{"a year after a name's possessive", "\"The ideas are mainstream now,\" said Ferris' 2016 campaign manager, Dana Hale.",
			[]string{"Dana Hale"}},
		{"a possessive of a common noun before a name", "The deal is \"not in the interest of Alden,\" according to the nation's news agency Harbor Wire.",
			[]string{""}},
		// A first name or surname the entity model left untagged at the
		// cue is the person the document names with it elsewhere; a
		// description ("the veteran Democrat") stays no one's.
		{"a first name the model did not tag at the cue", "Voters at the Harbor Mall were split. Charlie, who gave only his first name, sat alone on a bench.\n\n“The council will do anything to win,” Charlie says.",
			[]string{"Charlie"}},
		{"a surname the tagger took for an adverb", "Dana Hartly runs the Alden Free Speech League.\n\nHartly added, “You learn how to argue in the real world.”",
			[]string{"Dana Hartly"}},
		{"a description after the cue is no name", "Voters at the Harbor Mall were split. Charlie, who gave only his first name, sat alone on a bench.\n\n“The council will do anything to win,” said the veteran Democrat.",
			[]string{""}},
		// A relative clause on a common noun speaks for no one, and the
		// name after its cue is what was said.
		{"a cue in a relative clause on a common noun", "Tom Ferris was among the first to push “Bridgegate,” a rumour that falsely claimed Mayor Ada Brandt had sold the ferry to a friend.",
			[]string{""}},
		// Cues of a forecast, a claim, a memory or a conclusion.
		{"predicted", "Tom Ferris runs the ferry company in Alden.\n\n“Unless the tolls change, the ferry will close by spring,” Ferris predicted.",
			[]string{"Tom Ferris"}},
		{"the titled speaker concluded", "“The harbor is full,” Dana Morgan said.\n\nMorgan issued a warning to the council. “Unless the rules change, these numbers will rise again next year,” the commissioner concluded.",
			[]string{"Dana Morgan", "Dana Morgan"}},
		{"a place that predicts is no speaker", "The president of Alden spoke on Monday. “The treaty will fail by winter,” Moscow predicted.",
			[]string{""}},
		{"concluded with an object is no cue", "Ada Brandt called the plan “a gift to the developers of the harbor” as she concluded her remarks. Tom Ferris left early.",
			[]string{"Ada Brandt"}},
		// A plural subject of "added" is a group, not the speaker before
		// going on.
		{"the researchers added", "“The harbor is full,” Dana Morgan said.\n\nA study of the harbor found the same. “Traffic will double within a decade,” the researchers added.",
			[]string{"Dana Morgan", ""}},
		// A capitalised cue that opens its sentence before its subject.
		{"a sentence opened by the cue", "Nicole Okafor chairs the harbor board.\n\nSaid Okafor: “We will not sell the ferry to anyone.”",
			[]string{"Nicole Okafor"}},
		{"a sentence opened by a noun like a cue", "Nicole Okafor chairs the harbor board.\n\nClaims Okafor made about the ferry were false, and “nobody on the board believed them.”",
			[]string{""}},
		// A list's item: a name, maybe described, a colon and the
		// quotation to the end of the paragraph. A name that does not
		// head the words before the colon is not the speaker.
		{"a bulleted name and a colon", "The candidates were asked about the ferry.\n\n● Sen. Dana Vance: “My plan has been described by the harbor pilots as bold and fair.”\n\n● Tom Hale, a ferry pilot from Alden: “Nobody asked the pilots anything.”",
			[]string{"Dana Vance", "Tom Hale"}},
		{"a name that does not head the words before a colon", "The ferry story drew comment.\n\nDana Vance associate Tom Hale: “I will be proven right about the ferry.”",
			[]string{""}},
		// A name the entity model typed a place, described as a person
		// right after it, is the cue's subject; a place set off by a
		// place is not ("from Brela, Alden,").
		{"a person typed a place, with an appositive", "“The storm will not reach the coast,” Dean Aldenburg, a hurricane researcher at Harbor College, said on Tuesday.",
			[]string{"Dean Aldenburg"}},
		{"a person typed a place, before the quotation", "Carolyn Westbrook, executive director of the Alden Institute for Civic Talk, said the vote was “a turning point for the harbor towns.”",
			[]string{"Carolyn Westbrook"}},
		{"a place after a place is no person", "“We are going to reach the coast,” Erasmo Lindqvist, a pilot from Brela, Alden, the harbor town, told reporters.",
			[]string{""}},
		// A cue after "but" opens a clause set against the quotation.
		{"a cue after but", "Tom Ferris has described the ferry plan as the “best deal of the decade for the harbor,” but Ada Brandt called it a theft.",
			[]string{"Tom Ferris"}},
		// A question's cue may be in the next sentence (“Why?” Ferris
		// asked), but not one that reports a clause of its own.
		{"a cue with a that-clause after a question", "Judge Ada Brandt put the question to the lawyer Nicole Okafor. So “there is no fault here at all, is there?” Okafor claimed that the lower court had erred.",
			[]string{""}},
		// A colon after a verb that is no cue names the speaker only when
		// the subject does something: not when something is done to it.
		{"a passive verb before a colon", "Nicole Okafor chairs the harbor board.\n\nAlden had already been divided between two camps: “blue” (those who back the board) and “grey” (those who back the crews).",
			[]string{"", ""}},
		{"an active verb before a colon", "Nicole Okafor chairs the harbor board.\n\nOkafor isn’t buying it: “When somebody won’t say they are under investigation, they are.”",
			[]string{"Nicole Okafor"}},
		// A source named after the quotation beats a verb before a colon.
		{"write after the quotation", "Nicole Okafor promised not to sell the ferry.\n\nSome riders doubt that Okafor will keep her word: “About 39 percent of riders think the ferry will be sold,” our colleagues write.",
			[]string{""}},
		{"per after the quotation", "Nicole Okafor promised not to sell the ferry.\n\nOkafor is coming to work: “Late Sunday, the board said Okafor would not alter her routine,” per the Alden Ledger.",
			[]string{"Alden Ledger"}},
		{"per inside the sentence is no cue", "“The fare will rise,” Nicole Okafor said, to two dollars per ride.",
			[]string{"Nicole Okafor"}},
		// A name after an inverted "said" is a subject a "she" after it
		// can stand for, nearer than a name with a verb further back.
		{"a pronoun after an inverted said", "The harbor board met on Friday.\n\nKerry Quill likely had something to do with the vote, said Melissa Ryan, who runs a consultancy in Alden.\n\nShe said the board had also led the council to act at the same time that the ferry's fares have “gone up in every way.”",
			[]string{"Melissa Ryan"}},
		{"a name after said that a verb follows is what was said", "The ferry crews met on Friday.\n\nKerry Quill, who also worked on the ferry and was only recently laid off, said Tom Hale was told to fill out a card each week, which in theory would set off a review. “He would sign it and nothing would happen,” he said.",
			[]string{"Kerry Quill"}},
		{"a participle after a noun for a person", "Dana Hale removed a video of a prominent epidemiologist explaining his view that a “toll bridge” is the best way to pay for the ferry.",
			[]string{""}},
		// A text speaks for the one whose name is on it, not for the
		// subject who did something to it.
		{"a relative clause on a person's texts", "Dana Hale wrote twice about the ferry on Sunday.\n\nThe harbor board added a warning to two Hale posts that called the ferry vote “rigged” and predicted “the boats will be sold.”",
			[]string{"Dana Hale", "Dana Hale"}},
		{"a relative clause on a person's letter", "The clerk read out Dana Hale's letter, which said the toll was “a tax on the poor.”",
			[]string{"Dana Hale"}},
		{"a place after a preposition and an adjective is no appositive's head", "The state will reopen slowly.\n\nIn hard-hit Alden, which has begun easing restrictions, Dr. Dana Hale, president of the Alden Institute of Health, urged “a huge investment” of resources.",
			[]string{"Dana Hale"}},
		{"a people's word that is someone's surname", "Tom German, a former agent who is now a fellow at the Alden Center, said the files were troubling.\n\n“Counterterrorism is often highly politicized,” German told the Ledger.",
			[]string{"Tom German"}},
		{"a place after outside", "“The high school is only offering remote classes,” a friend who has three daughters and lives outside Alden told me.",
			[]string{""}},
		{"a town and its state before the speaker", "Voters gathered in the square.\n\n“He has loads of experience,” said Springfield, Ohio, voter Tom Ferris.",
			[]string{"Tom Ferris"}},
		{"a generation is part of the name", "Harold Vance Jr. spoke after his father, Harold Vance.\n\n“My father built this company,” Harold Vance Jr. said.",
			[]string{"Harold Vance Jr."}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := annotateText(t, tc.text)
			var got []string
			for _, q := range d.Quotes {
				if !q.Continues {
					got = append(got, q.Speaker)
				}
			}
			if len(got) != len(tc.want) {
				for _, q := range d.Quotes {
					t.Logf("quote %q by %q (%s)", d.Text[q.Start:q.End], q.Speaker, q.Cue)
				}
				for _, m := range d.Entities {
					t.Logf("entity %q %s %q", m.Name, m.Type, d.Text[m.Start:m.End])
				}
				t.Fatalf("got %d quotations %q, want %d", len(got), got, len(tc.want))
			}
			for i := range got {
				if got[i] != tc.want[i] {
					for _, m := range d.Entities {
						t.Logf("entity %q %s %q", m.Name, m.Type, d.Text[m.Start:m.End])
					}
					t.Errorf("quotation %d %q: speaker %q, want %q", i, d.Text[d.Quotes[i].Start:d.Quotes[i].End], got[i], tc.want[i])
				}
			}
		})
	}
}

// TestPronounAgreesWithFirstName: with no title or earlier pronoun to say
// it, a "he" does not go to a person whose first name news gives to
// women, nor a "she" to one it gives to men.
func TestPronounAgreesWithFirstName(t *testing.T) {
	text := "Speaker Nancy Hale on Tuesday launched an inquiry into Tom Ferris.\n\n" +
		"“The inquiry is necessary,” she said in an announcement.\n\n" +
		"Ferris sent a series of angry tweets as Hale addressed the council\n\n" +
		"In successive tweets he raged: “Hale and Waters! Can you believe this?”"
	d := annotateText(t, text)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, q.Speaker)
	}
	if want := []string{"Nancy Hale", "Tom Ferris"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}

// TestPronounAgreesWithBirthsName: a "she" whose woman the text names only
// by her role does not go to the man named before her, whose first name
// only the US birth counts know (firstnames.tsv, source births).
func TestPronounAgreesWithBirthsName(t *testing.T) {
	text := "Trent Harlow, the county's budget director, defended the plan on Monday.\n\n" +
		"The clinic's director was not convinced. “We will not close the clinics,” she said in an interview."
	d := annotateText(t, text)
	if len(d.Quotes) != 1 {
		t.Fatalf("%d quotes, want 1", len(d.Quotes))
	}
	if got := d.Quotes[0].Speaker; got != "" {
		t.Errorf("speaker %q, want none: the woman is not named", got)
	}
}

// TestPronounAgreesWithFirstNameAfterInitial: an initial before the
// given name hides it from no one: "she" does not go to "J. Tom Ferris".
func TestPronounAgreesWithFirstNameAfterInitial(t *testing.T) {
	text := "Speaker Nancy Hale on Tuesday launched an inquiry into J. Tom Ferris.\n\n" +
		"J. Tom Ferris sent a series of angry tweets as the council met.\n\n" +
		"“The inquiry is necessary,” she said in an announcement."
	d := annotateText(t, text)
	var got []string
	for _, q := range d.Quotes {
		got = append(got, q.Speaker)
	}
	if want := []string{"Nancy Hale"}; !slices.Equal(got, want) {
		t.Errorf("speakers %q, want %q", got, want)
	}
}
