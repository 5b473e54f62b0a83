package nlp

import (
	"context"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/framediff/framediff/corpus"
)

func annotateText(t testing.TB, text string) *Doc {
	t.Helper()
	an := &Annotator{}
	d, err := an.AnnotateOne(context.Background(), corpus.Article{ID: "t", Outlet: "Test", Text: text, Source: corpus.Source{Path: "t.txt"}})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

type wantQuote struct {
	text, speaker, cue string
	continues          bool
}

func TestFindQuotes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantQuote
	}{
		{
			name: "cue after the closing mark",
			text: "US Secretary of State Antony Blinken spoke in Honolulu on Saturday.\n\n“A diplomatic path to resolving this crisis remains open,” Blinken told reporters.",
			want: []wantQuote{{"A diplomatic path to resolving this crisis remains open", "Antony Blinken", "told", false}},
		},
		{
			name: "signed after a dash",
			text: "What the columnists say.\n\n“Young voters are bad news for the senator in the short term.” — Tom Hale, Alden Ledger\n\n“The council will not budge.” – John Carter, a columnist",
			want: []wantQuote{
				{"Young voters are bad news for the senator in the short term.", "Tom Hale", "—", false},
				{"The council will not budge.", "John Carter", "–", false},
			},
		},
		{
			name: "cue before the opening mark",
			text: "Foreign Minister Sergey Lavrov told Antony Blinken that Washington was waging “a propaganda campaign” against Russia.",
			want: []wantQuote{{"a propaganda campaign", "Sergey Lavrov", "told", false}},
		},
		{
			name: "pronoun",
			text: "Antony Blinken met the press in Honolulu.\n\nRussia “should de-escalate, rather than escalate,” he said.",
			want: []wantQuote{{"should de-escalate, rather than escalate", "Antony Blinken", "said", false}},
		},
		{
			name: "spanning two sentences",
			text: "Antony Blinken spoke in Melbourne.\n\n“We continue to see very troubling signs of escalation. An invasion could begin at any time,” he said.",
			want: []wantQuote{{"We continue to see very troubling signs of escalation. An invasion could begin at any time", "Antony Blinken", "said", false}},
		},
		{
			name: "spanning paragraphs",
			text: "Sergey Lavrov spoke after the call.\n\n“The Americans keep repeating the same warnings.\n\n“Nobody in Moscow is planning an attack,” Lavrov said.",
			want: []wantQuote{
				{"The Americans keep repeating the same warnings.", "Sergey Lavrov", "said", false},
				{"Nobody in Moscow is planning an attack", "Sergey Lavrov", "said", true},
			},
		},
		{
			name: "next paragraph of a statement",
			text: "“A diplomatic path remains open,” Antony Blinken told reporters in Honolulu.\n\n“The way for Moscow to show it is simple: it should de-escalate.”",
			want: []wantQuote{
				{"A diplomatic path remains open", "Antony Blinken", "told", false},
				{"The way for Moscow to show it is simple: it should de-escalate.", "Antony Blinken", "told", false},
			},
		},
		{
			name: "straight marks",
			text: "HONOLULU, Feb 12 - \"It should de-escalate, rather than escalate,\" Antony Blinken told reporters.",
			want: []wantQuote{{"It should de-escalate, rather than escalate", "Antony Blinken", "told", false}},
		},
		{
			name: "apostrophes are not marks",
			text: "America’s top diplomat said Russia's demands don't change the allies’ position.",
			want: nil,
		},
		{
			name: "single marks and a cue later in the sentence",
			text: "American warnings had turned into ‘hysteria’ by the weekend, Yuri Ushakov said.",
			want: []wantQuote{{"hysteria", "Yuri Ushakov", "said", false}},
		},
		{
			name: "possessive is not the speaker",
			text: "Yuri Ushakov, Vladimir Putin’s foreign policy adviser, told reporters that the warnings had turned into “hysteria” that had peaked.",
			want: []wantQuote{{"hysteria", "Yuri Ushakov", "told", false}},
		},
		{
			name: "block quote opened by a doubled mark",
			text: "Here is a passage from the Gazette's report:\n\n\"\"I have always served this county,\" Ms. Varga told a crowd in Alden last spring. \"And I always will.\"\n\nThe trouble: Ms. Varga never held county office. Records show she enabled a cousin to take the post instead.\"\n\nVarga said the report was unfair.",
			want: []wantQuote{
				{"I have always served this county,\" Ms. Varga told a crowd in Alden last spring. \"And I always will.\"", "", "", false},
				{"The trouble: Ms. Varga never held county office. Records show she enabled a cousin to take the post instead.", "", "", true},
			},
		},
		{
			name: "block quote with curly and straight marks closed in its paragraph",
			text: "The Ledger printed the letter in full: “\"We will not sell the mill,\" the owners told us. Nobody believed them.” The mill closed in May.",
			want: []wantQuote{{"We will not sell the mill,\" the owners told us. Nobody believed them.", "", "", false}},
		},
		{
			name: "doubled closing mark ends a quote inside a quote",
			text: "The clerk's note reads: \"The panel dismissed the claim and found only \"a quarrel over fees.\"\"\n\nNeither side would comment.",
			want: []wantQuote{{"The panel dismissed the claim and found only \"a quarrel over fees.", "", "reads", false}},
		},
		{
			name: "a lost paragraph break between two quotes",
			text: "Mayor Ines Ruiz said the town owed a debt to \"the people who keep it running.\"\"We will not forget them,\" Ruiz said.",
			want: []wantQuote{
				{"the people who keep it running.", "Ines Ruiz", "said", false},
				{"We will not forget them", "Ines Ruiz", "said", false},
			},
		},
		{
			name: "a paragraph break inside a quotation closed in the next paragraph",
			text: "Mayor Ines Ruiz said the town was \"ready for the storm. The pumps are running.\n\nWe have sandbags on every street,\" Ruiz said on Monday.",
			want: []wantQuote{
				{"ready for the storm. The pumps are running.", "Ines Ruiz", "said", false},
				{"We have sandbags on every street", "Ines Ruiz", "said", true},
			},
		},
		{
			name: "an unclosed quotation ends with its paragraph when the next closes none",
			text: "Tom Ferris called the plan \"dead on arrival.\n\nThe council met on Monday and passed it anyway.",
			want: []wantQuote{{"dead on arrival.", "Tom Ferris", "called", false}},
		},
		{
			name: "a passage quoted at length, its middle paragraph without marks",
			text: "The council's newsletter had this to say about the vote:\n\n“Expect more delays. The plan was rushed through by a tired council.\n\nLet us recap what happened at the meeting. The members voted without reading it.\n\nIt will be a long summer. Plan accordingly.”\n\nThe mayor did not respond.",
			want: []wantQuote{
				{"Expect more delays. The plan was rushed through by a tired council.", "", "", false},
				{"Let us recap what happened at the meeting. The members voted without reading it.", "", "", true},
				{"It will be a long summer. Plan accordingly.", "", "", true},
			},
		},
		{
			name: "a passage quoted at length with quotations inside it in the same marks",
			text: "A neighbourhood site answered the newsletter on Monday:\n\n“Now, the mayor's answer is only partly defensible. He need not have shouted at the residents who asked the “budget question” at the meeting.\n\nBut little is known about these “residents.” Their faces were hidden in the video.\n\nWhich brings us back to the mayor. He comes off as rude, but that is politics.”\n\nThe mayor's office declined to comment.",
			want: []wantQuote{
				{"Now, the mayor's answer is only partly defensible. He need not have shouted at the residents who asked the “budget question” at the meeting.", "", "", false},
				{"But little is known about these “residents.” Their faces were hidden in the video.", "", "", true},
				{"Which brings us back to the mayor. He comes off as rude, but that is politics.", "", "", true},
			},
		},
		{
			name: "a letter quoted at length whose inner quotation is never closed",
			text: "Senator Ada Brook wrote a letter to the chairman on Friday.\n\n“Needless to say, the levy was not “a tax of our choosing.” The council approved it twice. Your statement “puts you at odds with every member.\n\nAnd not on a small matter. Your remark is an insult to the voters.\n\nSome want to repeal the levy, and they may argue for it. But the chairman should not be one of them.”\n\nThe chairman did not reply.",
			want: []wantQuote{
				{"Needless to say, the levy was not “a tax of our choosing.” The council approved it twice. Your statement “puts you at odds with every member.", "", "", false},
				{"And not on a small matter. Your remark is an insult to the voters.", "", "", true},
				{"Some want to repeal the levy, and they may argue for it. But the chairman should not be one of them.", "", "", true},
			},
		},
		{
			name: "a quotation inside a quotation in the same marks",
			text: "“He called the plan “a gift” and walked out,” Ms. Ortiz said of the mayor.",
			want: []wantQuote{{"He called the plan “a gift” and walked out", "Ortiz", "said", false}},
		},
		{
			name: "an opening glyph before a space closes",
			text: "Mayor Ines Ruiz took questions for an hour.\n\n“Who can promise you a dry basement?“ she asked. “Nobody can.”",
			want: []wantQuote{
				{"Who can promise you a dry basement?", "Ines Ruiz", "asked", false},
				{"Nobody can.", "Ines Ruiz", "asked", false},
			},
		},
		{
			name: "an opening mark after a lost closing one starts the next quotation",
			text: "Ines Ruiz said the union expected criticism.\n\n“We have a broad membership, Ms. Ruiz said. “Some will not be happy, but most will welcome the plan.”",
			// The narration between the two is no quotation; the cue
			// before the second mark is not read back (a limit).
			want: []wantQuote{{"Some will not be happy, but most will welcome the plan.", "", "", false}},
		},
		{
			name: "a stray opening mark inside a sentence is dropped",
			text: "Tom Ferris called the plan “dead on arrival. “We will appeal,” said Jo Lane.",
			want: []wantQuote{{"We will appeal", "Jo Lane", "said", false}},
		},
		{
			name: "an unclosed quotation ends with its paragraph when no later one closes it",
			text: "Tom Ferris called the plan \"dead on arrival.\n\nThe council met on Monday and passed it anyway.\n\nMembers left early.\n\nThe mayor signed it.",
			want: []wantQuote{{"dead on arrival.", "Tom Ferris", "called", false}},
		},
		{
			name: "a speaker's she goes on past a person named in passing",
			text: "Mara Quill, the closing speaker of a two-day party conference, drew a standing crowd on Saturday.\n\n“We are not here to be polite,” she said.\n\nShe spoke for an hour without notes.\n\n“Ask me anything,” she said to the hall.\n\nThe crowd cheered for a long time.\n\nSome delegates left early.\n\n“We have a problem with spending,” she said.\n\nAsked about Governor Hal Brant, she said the answer was “too simple.”\n\n“The real trouble is the budget,” she said.",
			want: []wantQuote{
				{"We are not here to be polite", "Mara Quill", "said", false},
				{"Ask me anything", "Mara Quill", "said", false},
				{"We have a problem with spending", "Mara Quill", "said", false},
				{"too simple.", "Mara Quill", "said", false},
				{"The real trouble is the budget", "Mara Quill", "said", false},
			},
		},
		{
			name: "a name inside the appositive's prepositional phrase is not the speaker",
			text: "Councilman Roy Tanner expects to be charged this week.\n\n“When the facts come out, he will be cleared,” his lawyer, Dana Vance of the law firm Hale Dorr, said on Friday.",
			want: []wantQuote{{"When the facts come out, he will be cleared", "Dana Vance", "said", false}},
		},
		{
			name: "inches, a title and scare quotes",
			text: "The 6'2\" guard, a regular on CBS's \"Game Night,\" called the trade \"a gift\" on Monday.",
			want: []wantQuote{{"a gift", "", "called", false}},
		},
		{
			name: "an embedded post is its poster's words",
			text: "Senator Dana Vance answered her critics online on Friday.\n\nThe vote was rigged from the start and everyone in this state knows it! — Dana Vance (@danavance) February 4, 2022\n\nHer office did not answer questions about the post.",
			want: []wantQuote{{"The vote was rigged from the start and everyone in this state knows it!", "Dana Vance", "posted", false}},
		},
		{
			name: "a post after the outlet's introduction, a quotation inside it, a scraped button after it",
			text: "Mayor Tom Hale wrote on Saturday morning:\n\nThe so-called “experts” were wrong about the bridge again. pic.twitter.com/Ab3dE9xQ — Tom Hale (@MayorHale) February 5, 2022 Report\n\nThe bridge reopened on Monday.",
			want: []wantQuote{{"The so-called “experts” were wrong about the bridge again. pic.twitter.com/Ab3dE9xQ", "Tom Hale", "posted", false}},
		},
		{
			name: "a lone signature signs the paragraph before it",
			text: "Ellen Marsh posted her reply within the hour.\n\nNobody asked the families before closing the clinic. Shameful.\n\n— Ellen Marsh (@ellenmarsh) Feb 6, 2022\n\nThe clinic closed last week.",
			want: []wantQuote{{"Nobody asked the families before closing the clinic. Shameful.", "Ellen Marsh", "posted", false}},
		},
		{
			name: "a photo post and what the embed leaves before it",
			text: "The governor shared a picture from the border.\n\nView this post on Instagram Long night with the crews at the checkpoint. A post shared by Roy Tanner (@roytanner) on Feb 7, 2022 at 9:14pm PST\n\nThe checkpoint reopened.",
			want: []wantQuote{{"Long night with the crews at the checkpoint.", "Roy Tanner", "posted", false}},
		},
		{
			name: "in a long paragraph the post is the sentences at its end that fit",
			text: "Mara Quill, who chairs the committee, has spent the week defending the budget against members of her own party, who say it cuts too deeply into the schools of the rural districts they represent, and against the unions, who have promised to fight every line of it in the hearings that begin next month. " +
				"Her allies in the capital say the fight will decide whether she runs again next year, and whether the party can hold the districts it won two years ago by fewer than a thousand votes each, which the maps drawn since have made harder still. " +
				"She answered them all at once. This budget protects every classroom in the state. Read it before you attack it. — Mara Quill (@maraquill) February 8, 2022",
			want: []wantQuote{{"She answered them all at once. This budget protects every classroom in the state. Read it before you attack it.", "Mara Quill", "posted", false}},
		},
		{
			name: "a poster the entity model does not find is named by the display name, unless it reads as none",
			text: "Reporters at the court posted through the morning.\n\nThe justices will hear the case in the spring. — Greg Stohr (@GregStohr) March 4, 2020\n\nThe court did not say why. — neontaster ?? (@neontaster) March 4, 2020",
			want: []wantQuote{
				{"The justices will hear the case in the spring.", "Greg Stohr", "posted", false},
				{"The court did not say why.", "", "posted", false},
			},
		},
		{
			name: "a display name longer than the one word the entity model found",
			text: "The columnist answered within minutes.\n\nCowards. We have a council of cowards. — Jared Yates Sexton (@jysexton) February 14, 2022",
			want: []wantQuote{{"Cowards. We have a council of cowards.", "Jared Yates Sexton", "posted", false}},
		},
		{
			name: "a transcript's turns are their speakers' words, run together or in paragraphs",
			text: "Senator Mara Quill faced students and parents at a town hall on Wednesday night, where Dana Vance, a teacher, asked the first question.\n\nDana Vance: Senator, will you stop taking money from the gun lobby? Quill: I support the right of every student to be safe at school. Vance: That is not an answer.\n\nQuill: People buy into my agenda.\n\nI have held these positions since the day I entered office.\n\nVance: Then your agenda is the problem.\n\nThe town hall ran for two hours.",
			want: []wantQuote{
				{"Senator, will you stop taking money from the gun lobby?", "Dana Vance", "transcript", false},
				{"I support the right of every student to be safe at school.", "Mara Quill", "transcript", false},
				{"That is not an answer.", "Dana Vance", "transcript", false},
				{"People buy into my agenda.\n\nI have held these positions since the day I entered office.", "Mara Quill", "transcript", false},
				{"Then your agenda is the problem.", "Dana Vance", "transcript", false},
			},
		},
		{
			name: "a host named only in the labels",
			text: "ANA RUIZ: We turn now to the budget fight in the capital.\n\nTOM FERRIS: Thank you for having me. The budget is short by a third.\n\nANA RUIZ: Why is it short?\n\nTOM FERRIS: Because the toll revenue never came.",
			want: []wantQuote{
				{"We turn now to the budget fight in the capital.", "Ana Ruiz", "transcript", false},
				{"Thank you for having me. The budget is short by a third.", "Tom Ferris", "transcript", false},
				{"Why is it short?", "Ana Ruiz", "transcript", false},
				{"Because the toll revenue never came.", "Tom Ferris", "transcript", false},
			},
		},
		{
			name: "a broadcast's time stamp before the label",
			text: "Harbor Evening News\n\nMay 5, 2020\n\n6:36:21 p.m. Eastern ANA O’RUIZ: We turn now to the budget fight in the capital.\n\nTOM FERRIS: Thank you for having me. The budget is short by a third.\n\n6:38:02 p.m. Eastern ANA O’RUIZ: Why is it short?\n\nTOM FERRIS: Because the toll revenue never came.",
			want: []wantQuote{
				{"We turn now to the budget fight in the capital.", "Ana O’Ruiz", "transcript", false},
				{"Thank you for having me. The budget is short by a third.", "Tom Ferris", "transcript", false},
				{"Why is it short?", "Ana O’Ruiz", "transcript", false},
				{"Because the toll revenue never came.", "Tom Ferris", "transcript", false},
			},
		},
		{
			name: "the last turn runs on over paragraphs in the first or second person, not over narration",
			text: "ANA RUIZ: What went wrong in the harbor?\n\nTOM FERRIS: The city never planned for it.\n\nANA RUIZ: And now?\n\nTOM FERRIS: We rebuild.\n\nAnd so I think we have to come together, instead of pointing fingers.\n\nYou know, the water will come again.\n\nThe council meets on Monday. “We will listen,” the mayor said.",
			want: []wantQuote{
				{"What went wrong in the harbor?", "Ana Ruiz", "transcript", false},
				{"The city never planned for it.", "Tom Ferris", "transcript", false},
				{"And now?", "Ana Ruiz", "transcript", false},
				{"We rebuild.\n\nAnd so I think we have to come together, instead of pointing fingers.\n\nYou know, the water will come again.", "Tom Ferris", "transcript", false},
				{"We will listen", "", "said", false},
			},
		},
		{
			name: "a transcript whose labels are lines of their own, in lower case, with a clip and a stage direction",
			text: "ana ruiz\n\nFrom the Alden Ledger, I’m Ana Ruiz. Today: the vote on the harbor bridge.\n\ntom ferris\n\nThe bridge is a disgrace.\n\nIt should never have been approved.\n\n[music]\n\nana ruiz\n\nTom, what happens next?\n\narchived recording (mayor mara quill)\n\nWe will build it anyway.\n\ntom ferris\n\nThat is what she says.\n\nThe council meets again in May.",
			want: []wantQuote{
				{"From the Alden Ledger, I’m Ana Ruiz. Today: the vote on the harbor bridge.", "Ana Ruiz", "transcript", false},
				{"The bridge is a disgrace.\n\nIt should never have been approved.", "Tom Ferris", "transcript", false},
				{"Tom, what happens next?", "Ana Ruiz", "transcript", false},
				{"We will build it anyway.", "Mara Quill", "transcript", false},
				{"That is what she says.", "Tom Ferris", "transcript", false},
			},
		},
		{
			name: "line labels with an initial and a suffix, the guest named in the article in other capitals",
			text: "Our guest today is Dana K. McVey Jr., who covers the harbor.\n\nana ruiz\n\nDana, what did the council decide?\n\ndana k. mcvey jr.\n\nIt decided to close the bridge.\n\nana ruiz\n\nFor how long?\n\ndana k. mcvey jr.\n\nFor a year, at least.",
			want: []wantQuote{
				{"Dana, what did the council decide?", "Ana Ruiz", "transcript", false},
				{"It decided to close the bridge.", "Dana K. McVey Jr.", "transcript", false},
				{"For how long?", "Ana Ruiz", "transcript", false},
				{"For a year, at least.", "Dana K. McVey Jr.", "transcript", false},
			},
		},
		{
			name: "one label alone makes no transcript: whose the other paragraphs are is unknown",
			text: "ana ruiz\n\nWhat did the council decide?\n\nIt decided to close the bridge, and the mayor agreed.\n\nana ruiz\n\nFor how long?\n\nFor a year, at least.",
			want: []wantQuote{},
		},
		{
			name: "a cue in a relative clause reports the quotation in the clause, not one after it",
			text: "Critics cast Mara Quill, who once called the plan “a gift to the few,” as one of the “worst stewards of the budget.”\n\nTom Ferris, who called the vote “a disgrace,” resigned on Friday.",
			want: []wantQuote{
				{"a gift to the few", "Mara Quill", "called", false},
				{"worst stewards of the budget.", "", "", false},
				{"a disgrace", "Tom Ferris", "called", false},
			},
		},
		{
			name: "a quotation the relative clause introduces, lists or reaches past brackets is still its cue's",
			text: "The grant went to Ana Ruiz, who said, “We will build it by spring.”\n\nThe board, which sent letters declaring “Stop the bridge,” and “Save the harbor,” met on Monday.\n\nThe clerk cited Tom Ferris, who posted a photo of the pier, with the caption, “Nothing can stop us.”\n\nThe council faulted Mara Quill, who had told the mayor (in March, before the vote) that she “would resign.”\n\nThe auditor called the loan, which Quill described in May, “a bad bet.”",
			want: []wantQuote{
				{"We will build it by spring.", "Ana Ruiz", "said", false},
				{"Stop the bridge", "", "declaring", false},
				{"Save the harbor", "", "declaring", false},
				{"Nothing can stop us.", "Tom Ferris", "posted", false},
				{"would resign.", "Mara Quill", "told", false},
				{"a bad bet.", "", "", false},
			},
		},
		{
			name: "a speaker labelled by a role in a transcript speaks; the same label outside one is text",
			text: "ANA RUIZ: The river crested overnight in the capital.\n\nKLTV REPORTER: The water reached the second floor of these homes. Think about that.\n\nANA RUIZ: Shelters are full.\n\nHARBOR DISTRICT RESIDENT: Where are they going to put us all? You know, nobody came.\n\nANA RUIZ: What went wrong?",
			want: []wantQuote{
				{"The river crested overnight in the capital.", "Ana Ruiz", "transcript", false},
				{"The water reached the second floor of these homes. Think about that.", "", "transcript", false},
				{"Shelters are full.", "Ana Ruiz", "transcript", false},
				{"Where are they going to put us all? You know, nobody came.", "", "transcript", false},
				{"What went wrong?", "Ana Ruiz", "transcript", false},
			},
		},
		{
			name: "a title in a transcript's label or a post's display name is no part of the speaker's name",
			text: "Mayor Tom Ferris spoke on Monday, and Ana Ruiz asked him about the bridge.\n\nANA RUIZ: What happens to the bridge?\n\nMAYOR TOM FERRIS: We will keep it open. The tolls stay.\n\nANA RUIZ: And the ferry?\n\nMAYOR TOM FERRIS: The ferry stays too.\n\nThe bridge will stay open through the winter for every commuter in Alden — Mayor Ferris (@MayorFerris) March 2, 2022",
			want: []wantQuote{
				{"What happens to the bridge?", "Ana Ruiz", "transcript", false},
				{"We will keep it open. The tolls stay.", "Tom Ferris", "transcript", false},
				{"And the ferry?", "Ana Ruiz", "transcript", false},
				{"The ferry stays too.", "Tom Ferris", "transcript", false},
				{"The bridge will stay open through the winter for every commuter in Alden", "Tom Ferris", "posted", false},
			},
		},
		{
			name: "an excerpt's cut reopens its quotation with a straight mark after an ellipsis",
			text: "The Courier reports:\n\n\"The council has debated the tolls for months. ... \"Although the mayor has said the tolls will stay, the plan is likely to draw a harsh backlash from commuters.\"\n\nAs we have reported, the council meets on Monday.",
			want: []wantQuote{
				{"The council has debated the tolls for months. ... \"Although the mayor has said the tolls will stay, the plan is likely to draw a harsh backlash from commuters.", "", "", false},
			},
		},
		{
			name: "a role's label in a story that is no transcript is the outlet's text",
			text: "The river crested overnight.\n\nResident: one of many who waited for a boat. The shelters were full by noon.",
			want: nil,
		},
		{
			name: "a surname labels the speaker named in full before, not the father the article names",
			text: "The foundation sat down with Roy Tanner, Jr. in January. His father, Roy Tanner, did not attend.\n\nEllen Marsh: Thank you for your time.\n\nRoy Tanner, Jr: It is my pleasure.\n\nMarsh: What does your father make of the vote?\n\nTanner: He thinks it was rigged. We all do.",
			want: []wantQuote{
				{"Thank you for your time.", "Ellen Marsh", "transcript", false},
				{"It is my pleasure.", "Roy Tanner Jr.", "transcript", false},
				{"What does your father make of the vote?", "Ellen Marsh", "transcript", false},
				{"He thinks it was rigged. We all do.", "Roy Tanner Jr.", "transcript", false},
			},
		},
		{
			name: "a full name used once and then as a surname; a sentence's end inside a turn",
			text: "JOE FERRIS: The mayor held a press conference at three, and --\n\nMARA QUILL: Did everything change?\n\nFERRIS: It was a remarkable change. We didn't see it coming, Mr. President. QUILL: Nobody did.",
			want: []wantQuote{
				{"The mayor held a press conference at three, and --", "Joe Ferris", "transcript", false},
				{"Did everything change?", "Mara Quill", "transcript", false},
				{"It was a remarkable change. We didn't see it coming, Mr. President.", "Joe Ferris", "transcript", false},
				{"Nobody did.", "Mara Quill", "transcript", false},
			},
		},
		{
			name: "a turn in quotation marks ends with them; the outlet's narration after it is its own",
			text: "Senator Mara Quill met students on Wednesday, and Tom Ferris asked the first question.\n\nFerris: “Will you stop taking the money?”\n\nQuill said that the money was not the point, and that the students had heard her answer before.\n\nQuill: “People buy into my agenda.”\n\nFerris: “Then we will vote you out.”",
			want: []wantQuote{
				{"“Will you stop taking the money?”", "Tom Ferris", "transcript", false},
				{"“People buy into my agenda.”", "Mara Quill", "transcript", false},
				{"“Then we will vote you out.”", "Tom Ferris", "transcript", false},
			},
		},
		{
			name: "a newsletter's items under their sources' names are no transcript",
			text: "Here is what the papers say this morning.\n\nDana Vance: Toll plan “dead on arrival” - The Ledger: “Councillor Dana Vance warned the plan would fail,” the paper reports.\n\nTom Ferris: Ferry fares to rise - The Courier: “The fares rise in March,” Ferris said.",
			want: []wantQuote{
				{"dead on arrival", "", "", false},
				{"Councillor Dana Vance warned the plan would fail", "", "", false},
				{"The fares rise in March", "Tom Ferris", "said", false},
			},
		},
		{
			name: "a live page's entries are no turns",
			text: "Here is the latest on the storm.\n\nMara Quill: Schools could stay shut until spring\n\nThe governor spoke at noon about the schools.\n\nTom Ferris: Send every family $1,000\n\nThe treasurer spoke later.",
			want: nil,
		},
		{
			name: "labels that name no one are text",
			text: "The budget has winners and losers.\n\nLoser: parents in the rural districts, who lose their buses.\n\nWinner: the unions, who kept every post.\n\nTHE FACTS: The budget is short by a third.\n\nTHE FACTS: Tolls never paid for the bridge.",
			want: nil,
		},
		{
			name: "a block set off after its speaker's introduction",
			text: "Senator Dana Vance wrote on Friday:\n\nThe vote was rigged from the start, and every member of this council knows it.\n\nThe council meets again on Monday.",
			want: []wantQuote{{"The vote was rigged from the start, and every member of this council knows it.", "Dana Vance", "wrote", false}},
		},
		{
			name: "an introduction that names no one, words of the outlet's before the colon, or a verb of arguing quote nothing",
			text: "Here is what the councillors said:\n\nThe budget is short by a third.\n\nTom Ferris tweeted that the memo was a fraud in every line:\n\nThe council meets again on Monday.\n\nMara Quill argued:\n\nThe tolls never paid for the bridge.",
			want: nil,
		},
		{
			name: "a post set after its poster's name and handle, a lone signature without a dash, and an author's note",
			text: "The senator answered online.\n\nDana Vance (@danavance) The vote was rigged from the start!\n\nThe ferry is late again.\n\nTom Ferris (@tomferris) February 4, 2022\n\nMara Quill (@maraquill) is a reporter for the Ledger.",
			want: []wantQuote{
				{"The vote was rigged from the start!", "Dana Vance", "posted", false},
				{"The ferry is late again.", "Tom Ferris", "posted", false},
			},
		},
		{
			name: "a handle in a sentence signs nothing",
			text: "Dana Vance (@danavance) wrote on February 4, 2022 that the vote was rigged, a claim the board rejected.",
			want: nil,
		},
		{
			name: "a programme one appears on is no quotation; a quoted word after on is",
			text: "Confronted on Monday, Mr. Tom Ferris conceded on “Harbour & Friends” that there had been a “footnote” to that effect. He insisted on “transparency” and told “Morning Edition” the same.",
			want: []wantQuote{
				{"footnote", "Tom Ferris", "conceded", false},
				{"transparency", "Tom Ferris", "told", false},
			},
		},
		{
			name: "he is not the person his quotation names",
			text: "Sen. Tom Ferris spoke to reporters on Sunday. He said Hale must apologize to the troops.\n\n“Chairman Hale needs to apologize to our soldiers,” he said.",
			want: []wantQuote{{"Chairman Hale needs to apologize to our soldiers", "Tom Ferris", "said", false}},
		},
		{
			name: "unattributed scare quote",
			text: "The talks ended with a “frank exchange” and no date for another meeting.",
			want: []wantQuote{{"frank exchange", "", "", false}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := annotateText(t, tt.text)
			if len(d.Quotes) != len(tt.want) {
				for _, q := range d.Quotes {
					t.Logf("got %q by %q (%s)", d.Text[q.Start:q.End], q.Speaker, q.Cue)
				}
				t.Fatalf("got %d quotes, want %d", len(d.Quotes), len(tt.want))
			}
			for i, q := range d.Quotes {
				w := tt.want[i]
				got := wantQuote{d.Text[q.Start:q.End], q.Speaker, q.Cue, q.Continues}
				if got != w {
					t.Errorf("quote %d = %+v, want %+v", i, got, w)
				}
				if s := d.Sentences[q.Sent]; q.Start < s.Start || q.Start >= s.End {
					t.Errorf("quote %d: Sent %d [%d,%d) does not hold its start %d", i, q.Sent, s.Start, s.End, q.Start)
				}
			}
		})
	}
}

// quickDoc builds a document without the model: one sentence per
// paragraph, tokens split at spaces and punctuation, each capitalised word
// a person tagged NNP, "said" a verb. It lets the fuzz test reach
// attribution cheaply.
func quickDoc(text string) *Doc {
	d := &Doc{Article: corpus.Article{Text: text}}
	for _, p := range corpus.Paragraphs(text) {
		s := Sentence{Start: p.Start, End: p.End, Para: len(d.Paragraphs), TokStart: len(d.Tokens)}
		d.Paragraphs = append(d.Paragraphs, p)
		start := -1
		for i, r := range text[p.Start:p.End] {
			off := p.Start + i
			switch {
			case unicode.IsLetter(r) || unicode.IsDigit(r):
				if start < 0 {
					start = off
				}
			default:
				if start >= 0 {
					d.Tokens = append(d.Tokens, Token{Start: start, End: off})
					start = -1
				}
				if !unicode.IsSpace(r) {
					d.Tokens = append(d.Tokens, Token{Start: off, End: off + utf8.RuneLen(r)})
				}
			}
		}
		if start >= 0 {
			d.Tokens = append(d.Tokens, Token{Start: start, End: p.End})
		}
		s.TokEnd = len(d.Tokens)
		d.Sentences = append(d.Sentences, s)
	}
	for i, t := range d.Tokens {
		w := text[t.Start:t.End]
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsUpper(r):
			d.Tokens[i].Tag = "NNP"
			d.Entities = append(d.Entities, Mention{Start: t.Start, End: t.End, Name: w, Type: Person, Sent: d.SentenceAt(t.Start)})
		case w == "said" || w == "told":
			d.Tokens[i].Tag = "VBD"
		case w == "he" || w == "she":
			d.Tokens[i].Tag = "PRP"
		case unicode.IsLetter(r):
			d.Tokens[i].Tag = "NN"
		}
	}
	return d
}

func FuzzFindQuotes(f *testing.F) {
	for _, s := range []string{
		"“A diplomatic path remains open,” Blinken told reporters.\n\n“The way is simple.”",
		"Lavrov said the US was waging \"a propaganda campaign\" against Russia.",
		"“Unclosed quote runs on.\n\n“And closes here,” he said.",
		"America’s ‘hysteria’ and 'panic' don't stop, he said.",
		"\"\"\"“”‘’''\n\n“",
		"“ ”, “,”",
		"Smith met Jones. He said: “Yes.”\n\n“No,” she told Ann, Rep. (D-X) said. “Why?” said Bo",
		"“A.” the Rep. Ann, who said “b” and said, “c”",
		"Intro:\n\n\"\"A b,\" Ann said. \"C d.\"\n\nE f.\"\n\nG",
		"X \"y \"z.\"\" W said \"v.\"\"U\" t",
		"It was “rigged” from the start! — Ann Lee (@annlee) February 2, 2022",
		"Said so:\n\nA b c.\n\n— Ann Lee (@annlee) Feb 2, 2022 Report",
		"x “Q” — A (@b) Jan 1, 2020\n\n— B (@c) Jan 2, 2020",
		"View this post on Instagram A post shared by Ann (@a) on Feb 2, 2022 at 7:14am PST",
		"Ann Lee: Hi. Bo Ray, Jr: Yes.\n\nLEE: “No.”\n\nNarration.\n\nRAY: Why? LEE:",
		"A B: x\n\nA B: y. C: z\n\n\n\nC: -- B: ",
		"'We act,' Ann said. 'Now.'\n\nBo told us: 'The 'gaping holes' in \"it\" don't matter, the Democrats' plan'\n\n'x' said ‘‘y’’",
		"Here is the full memo from Ann Lee:\n\nWe act.\n\nUpdate: Lee said.\n\nRead the full text below:",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		text = strings.ReplaceAll(text, "\r", "")
		d := quickDoc(text)
		qs := findQuotes(d)
		prevEnd := -1
		for i, q := range qs {
			if q.Start < 0 || q.End > len(text) || q.Start >= q.End {
				t.Fatalf("quote %d: bad span [%d,%d) in %d bytes", i, q.Start, q.End, len(text))
			}
			if q.Start < prevEnd {
				t.Fatalf("quote %d starts at %d inside the previous quote ending at %d", i, q.Start, prevEnd)
			}
			prevEnd = q.End
			if !utf8.ValidString(text[q.Start:q.End]) {
				t.Fatalf("quote %d splits a rune", i)
			}
			if !IsWord(text[q.Start:q.End]) {
				t.Fatalf("quote %d holds no word: %q", i, text[q.Start:q.End])
			}
			if q.Continues && i == 0 {
				t.Fatalf("the first quote continues nothing")
			}
			if q.Sent < 0 || q.Sent >= len(d.Sentences) && len(d.Sentences) > 0 {
				t.Fatalf("quote %d: sentence %d of %d", i, q.Sent, len(d.Sentences))
			}
		}
	})
}

func BenchmarkFindQuotes(b *testing.B) {
	d := annotateText(b, strings.Repeat("Sergey Lavrov told Antony Blinken that the US was waging “a propaganda campaign” against Russia. “It should de-escalate, rather than escalate,” Blinken told reporters.\n\n", 20))
	b.ReportAllocs()
	for b.Loop() {
		findQuotes(d)
	}
}

// TestSignatureNeedsTheParagraphEnd: a name after a dash signs the
// quotation before it only when the paragraph ends with the name, or with
// a comma and a few words after it; a dash that goes on into a sentence
// signs nothing.
func TestSignatureNeedsTheParagraphEnd(t *testing.T) {
	for _, text := range []string{
		"The slogan “tolls for all” — John Carter wrote it in 2019 — is on every bus.",
		"“The council will not budge.” — John Carter, who wrote the slogan, said so again on Monday.",
	} {
		d := annotateText(t, text)
		for _, q := range d.Quotes {
			if q.Cue == "—" {
				t.Errorf("%q: quotation %q signed by %q", text, d.Text[q.Start:q.End], q.Speaker)
			}
		}
	}
}

// TestWholeDocumentQuoted: the paragraphs after an introduction of a whole
// document ("Here is the full memo from ...:") are the document's, with
// the name the introduction gives it; a player's introduction and a
// colon without "full" quote nothing.
func TestWholeDocumentQuoted(t *testing.T) {
	memo := "Alden Tools said on Tuesday that it would stop selling the rifles.\n\n" +
		"Here is the full memo from Chief Executive Dana Vance sent to employees on Tuesday:\n\n" +
		"Next steps after the tragedy in Harbor City\n\n" +
		"A month ago a gunman attacked our store. It is clear to us that the status quo is unacceptable.\n\n" +
		"We know these decisions will inconvenience some of our customers, and we hope they will understand."
	tests := []struct {
		name, text string
		want       []string // speaker: the quoted paragraph's first words
	}{
		{"a memo from its author", memo, []string{
			"Dana Vance: Next steps after",
			"Dana Vance: A month ago",
			"Dana Vance: We know these",
		}},
		{"a statement its author possesses", "The council voted on Monday.\n\nHere is Senator Dana Vance’s full statement:\n\nThe vote was a mistake, and the council will regret it.",
			[]string{"Dana Vance: The vote was"}},
		{"a statement from someone's lawyer", "The colonel left the council on Friday.\n\nHere is the full statement from Dana Vance’s lawyer Tom Ferris:\n\nOur client told the truth, and he was punished for it.\n\nFerris, however, would not say whether Vance would sue.",
			[]string{"Tom Ferris: Our client told"}},
		{"a testimony naming its author", "The hearing opened on Thursday.\n\nHere is the full text of Dana Vance’s testimony:\n\nChairman Ferris, members of the council, thank you.\n\nMy name is Dana Vance, and I have lived in Alden for twenty years.",
			[]string{"Dana Vance: Chairman Ferris, members", "Dana Vance: My name is"}},
		{"the outlet quoting the document after it", "The mayor resigned on Friday.\n\nHere is Dana Vance’s full statement:\n\nIt has been an honour to serve this city.\n\nThe first line answers Tom Ferris, who had said Vance “was never up to the job, and we all knew it.”",
			[]string{"Dana Vance: It has been", "Tom Ferris: was never up"}},
		{"a live blog's next update", "The mayor resigned on Friday.\n\nHere is Dana Vance’s full statement:\n\nIt has been an honour to serve this city.\n\nUpdate 11:38 a.m.: Council members gathered outside the hall.",
			[]string{"Dana Vance: It has been"}},
		{"a correction after the document", "The port raised its fees.\n\nHere is the full statement from the Alden Port Authority:\n\nThe Authority announces new fees for the winter.\n\nCorrection: An earlier version misstated the date of the fees.",
			[]string{"Alden Port Authority: The Authority announces"}},
		{"the outlet's words after the document", "The council voted on Monday.\n\nHere’s the full email exchange:\n\nReactions to the email have varied among members of the council.", nil},
		{"no author named", "The council voted on Monday.\n\nRead the full text below:\n\nThe council resolves to close the ferry for the winter.",
			[]string{": The council resolves"}},
		{"a text worth watching", "The mayor spoke on Monday.\n\nHer entire address is worth watching, but here are three things she said:\n\nThe ferry will run until March, the council said later.", nil},
		{"a player", "The mayor spoke for an hour.\n\nWatch the full speech:\n\nThe mayor then turned to the ferry, which the council wants closed.", nil},
		{"no word of a whole document", "The mayor listed three reasons:\n\nThe ferry loses money, the boats are old and the crews are few.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := annotateText(t, tc.text)
			got := quoteHeads(d)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("quotes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
		})
	}
}

// TestSingleMarkQuotes: an article that quotes in single marks has its
// quotations found and attributed as one in double marks would, with the
// double marks nested in them and the apostrophes left alone; an article
// quoting in double marks whose headlines set phrases in single marks is
// read as before.
func TestSingleMarkQuotes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string // speaker: the quotation's first three words
	}{
		{"single marks", "Alden council leader Dana Vance said the talks would go on.\n\n" +
			"'We will not be rushed by anyone, and the Harbor side's demands don't change that,' Vance said. 'The talks go on.'\n\n" +
			"Tom Ferris told reporters: 'The council's plan is a \"reset\" in name only, and the voters know it.'\n\n" +
			"The harbour workers' union said there were 'gaping holes' in the plan and 'no answers' at all.",
			[]string{"Dana Vance: We will not", "Dana Vance: The talks go", "Tom Ferris: The council's plan", ": gaping holes", ": no answers"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := annotateText(t, tc.text)
			got := quoteHeads(d)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("quotes:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if d.Text != tc.text {
				t.Errorf("the document's text changed")
			}
		})
	}
	// Headlines' phrases in single marks make no article quote in them.
	us := "Alden council leader Dana Vance said the talks would go on.\n\n" +
		"\"We will not be rushed,\" Vance said.\n\n" +
		"Related: Ferris on the vote: 'A farce' | Vance asks for 'patience' | Harbor braces for 'the worst,' says Ferris"
	if singleStyle(us, corpus.Paragraphs(us)) {
		t.Errorf("an article quoting in double marks read as quoting in single ones: %q", us)
	}
}

// quoteHeads returns each quotation of d as its speaker and its first
// three words ("Dana Vance: We will not"), in text order.
func quoteHeads(d *Doc) []string {
	var out []string
	for _, q := range d.Quotes {
		w := strings.Fields(d.Text[q.Start:q.End])
		out = append(out, q.Speaker+": "+strings.Join(w[:min(3, len(w))], " "))
	}
	return out
}
