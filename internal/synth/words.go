package synth

// The generator's vocabulary. Common words are written out; the long tail
// of topical nouns, people and places is made of syllables (pseudo.go), so
// that the number of distinct words grows with the corpus the way a real
// news vocabulary does, and two events rarely share their rarer words.

var commonNouns = []string{
	"government", "official", "minister", "talks", "agreement", "border", "troops", "sanctions",
	"economy", "market", "price", "energy", "gas", "oil", "pipeline", "bank", "budget", "tax",
	"election", "vote", "campaign", "party", "parliament", "court", "judge", "law", "ruling",
	"police", "protest", "protesters", "crowd", "city", "region", "province", "capital", "village",
	"president", "leader", "spokesman", "spokeswoman", "ambassador", "envoy", "delegation", "summit",
	"meeting", "conference", "statement", "report", "investigation", "inquiry", "evidence", "decision",
	"plan", "proposal", "deal", "treaty", "alliance", "security", "defence", "military", "army",
	"navy", "exercise", "drills", "attack", "strike", "ceasefire", "crisis", "conflict", "war",
	"peace", "diplomacy", "negotiations", "demands", "guarantees", "threat", "warning", "risk",
	"response", "support", "aid", "refugees", "hospital", "doctors", "patients", "vaccine", "virus",
	"school", "students", "teachers", "workers", "union", "strike action", "wages", "jobs",
	"company", "factory", "industry", "exports", "imports", "trade", "tariffs", "shipping", "port",
	"bridge", "road", "railway", "airport", "flights", "passengers", "storm", "flood", "fire",
	"drought", "harvest", "farmers", "water", "power", "grid", "shortage", "inflation", "rates",
	"investors", "shares", "currency", "debt", "loan", "fund", "reform", "policy", "programme",
	"ministry", "agency", "committee", "council", "commission", "board", "regulator", "watchdog",
	"opposition", "coalition", "cabinet", "governor", "mayor", "senator", "lawmakers", "voters",
	"residents", "families", "children", "victims", "witnesses", "suspects", "charges", "trial",
	"sentence", "appeal", "rights", "freedom", "media", "journalists", "newspaper", "broadcast",
	"website", "data", "technology", "cyberattack", "hackers", "network", "satellite", "missile",
	"weapons", "arms", "ammunition", "convoy", "checkpoint", "territory", "frontier", "buffer zone",
	"week", "weekend", "month", "year", "morning", "evening", "night", "hours", "days", "decade",
	"history", "future", "situation", "question", "issue", "problem", "challenge", "concern", "step",
}

// verbs: base, past, past participle.
var verbs = [][3]string{
	{"approve", "approved", "approved"}, {"reject", "rejected", "rejected"}, {"announce", "announced", "announced"},
	{"warn", "warned", "warned"}, {"deny", "denied", "denied"}, {"accuse", "accused", "accused"},
	{"criticise", "criticised", "criticised"}, {"defend", "defended", "defended"}, {"propose", "proposed", "proposed"},
	{"sign", "signed", "signed"}, {"block", "blocked", "blocked"}, {"delay", "delayed", "delayed"},
	{"launch", "launched", "launched"}, {"suspend", "suspended", "suspended"}, {"resume", "resumed", "resumed"},
	{"expand", "expanded", "expanded"}, {"reduce", "reduced", "reduced"}, {"raise", "raised", "raised"},
	{"cut", "cut", "cut"}, {"send", "sent", "sent"}, {"withdraw", "withdrew", "withdrawn"},
	{"deploy", "deployed", "deployed"}, {"meet", "met", "met"}, {"visit", "visited", "visited"},
	{"call", "called", "called"}, {"urge", "urged", "urged"}, {"demand", "demanded", "demanded"},
	{"offer", "offered", "offered"}, {"refuse", "refused", "refused"}, {"promise", "promised", "promised"},
	{"confirm", "confirmed", "confirmed"}, {"report", "reported", "reported"}, {"investigate", "investigated", "investigated"},
	{"arrest", "arrested", "arrested"}, {"release", "released", "released"}, {"close", "closed", "closed"},
	{"open", "opened", "opened"}, {"build", "built", "built"}, {"destroy", "destroyed", "destroyed"},
	{"damage", "damaged", "damaged"}, {"protect", "protected", "protected"}, {"threaten", "threatened", "threatened"},
	{"support", "supported", "supported"}, {"oppose", "opposed", "opposed"}, {"question", "questioned", "questioned"},
	{"review", "reviewed", "reviewed"}, {"extend", "extended", "extended"}, {"end", "ended", "ended"},
	{"begin", "began", "begun"}, {"win", "won", "won"}, {"lose", "lost", "lost"}, {"hold", "held", "held"},
	{"seek", "sought", "sought"}, {"push", "pushed", "pushed"}, {"press", "pressed", "pressed"},
	{"escalate", "escalated", "escalated"}, {"ease", "eased", "eased"}, {"restore", "restored", "restored"},
	{"evacuate", "evacuated", "evacuated"}, {"negotiate", "negotiated", "negotiated"}, {"fund", "funded", "funded"},
}

var adjectives = []string{
	"new", "former", "senior", "top", "local", "national", "regional", "foreign", "domestic", "military",
	"economic", "political", "diplomatic", "public", "private", "official", "independent", "key", "major",
	"minor", "large", "small", "long", "short", "early", "late", "first", "last", "final", "latest",
	"recent", "serious", "severe", "heavy", "strong", "weak", "sharp", "steady", "sudden", "rapid", "slow",
	"clear", "uncertain", "possible", "likely", "unlikely", "urgent", "critical", "fragile", "tense", "calm",
	"peaceful", "violent", "deadly", "dangerous", "safe", "secure", "open", "closed", "full", "partial",
	"fresh", "further", "wider", "broad", "narrow", "joint", "separate", "rival", "allied", "hostile",
	"friendly", "angry", "hopeful", "cautious", "bold", "modest", "historic", "controversial", "unprecedented",
}

var preps = []string{"in", "near", "across", "outside", "around", "over", "after", "before", "despite", "amid"}

var weekdays = []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}

var firstNames = []string{
	"Anna", "Boris", "Clara", "Daniel", "Elena", "Farid", "Greta", "Hassan", "Irina", "Jonas", "Karin", "Luis",
	"Marta", "Nikolai", "Olga", "Pavel", "Rosa", "Samuel", "Tamara", "Umar", "Vera", "Walter", "Yara", "Zoran",
	"Amira", "Bruno", "Celine", "Dmitri", "Emma", "Felix", "Gloria", "Henrik", "Ines", "Jakub", "Katya", "Leon",
	"Mina", "Nadia", "Oscar", "Petra", "Rafael", "Sofia", "Tomas", "Ursula", "Viktor", "Wanda", "Yusuf", "Zelda",
}

var lastNames = []string{
	"Abbott", "Baranov", "Castell", "Dorn", "Ekberg", "Falk", "Grant", "Halloran", "Ivanenko", "Janssen",
	"Kowal", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrenko", "Quist", "Rahman", "Sorensen", "Tkachenko",
	"Ulrich", "Varga", "Whitlock", "Yilmaz", "Zeller", "Arden", "Brandt", "Coelho", "Dvorak", "Esposito",
	"Fischer", "Galloway", "Horvat", "Ilves", "Jurado", "Kerr", "Lachance", "Mercer", "Nilsen", "Orlov",
	"Pallister", "Reyes", "Salvi", "Thorne", "Umarov", "Vance", "Weller", "Yates", "Zorin", "Ashby",
}

var titles = []string{"Foreign Minister", "Prime Minister", "President", "Defence Minister", "Finance Minister",
	"Secretary of State", "Senator", "Governor", "Mayor", "General", "Ambassador", "Chancellor"}

// realPlaces are countries and cities that news mentions most; the
// pseudo-places of pseudo.go follow them in the frequency ranking.
var realPlaces = []string{
	"Russia", "Ukraine", "United States", "China", "Germany", "France", "United Kingdom", "Poland", "Turkey",
	"Iran", "Israel", "India", "Japan", "Canada", "Brazil", "Mexico", "Italy", "Spain", "Belarus", "Moldova",
	"Georgia", "Kazakhstan", "Syria", "Iraq", "Egypt", "Nigeria", "Kenya", "South Africa", "Australia",
	"Indonesia", "Pakistan", "Saudi Arabia", "Qatar", "Norway", "Sweden", "Finland", "Estonia", "Latvia",
	"Lithuania", "Romania", "Hungary", "Austria", "Greece", "Serbia", "Kyiv", "Moscow", "Washington",
	"Brussels", "Berlin", "Paris", "London", "Warsaw", "Beijing", "Tokyo", "Geneva", "Vienna", "Minsk",
	"Kharkiv", "Odesa", "Lviv", "Donetsk", "Luhansk", "Crimea", "Munich", "Honolulu", "Ottawa", "Ankara",
}

var realOrgs = []string{
	"NATO", "United Nations", "European Union", "UN Security Council", "World Bank", "International Monetary Fund",
	"World Health Organization", "OSCE", "Red Cross", "State Department", "Pentagon", "White House", "Kremlin",
	"European Commission", "African Union", "Group of Seven", "Interpol", "Amnesty International",
}

var orgKinds = []string{"Institute", "Party", "Council", "Federation", "Union", "Front", "Alliance", "Group", "Bank", "Authority"}

var months = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// Outlet names are built from a place-like word and a paper-like word:
// fictional outlets only.
var outletFirst = []string{
	"Harbour", "Keystone", "Meridian", "Pacific", "Capitol", "Daily", "Europa", "Vostok", "Northern", "Granite",
	"Lakeside", "Riverside", "Summit", "Coastal", "Prairie", "Highland", "Eastern", "Western", "Central", "Union",
	"Liberty", "Beacon", "Lantern", "Compass", "Frontier", "Metro", "Civic", "Atlas", "Horizon", "Anchor",
}

var outletSecond = []string{
	"Times", "Wire", "Post", "Ledger", "Dispatch", "Clarion", "Courier", "Review", "Herald", "Gazette",
	"Tribune", "Observer", "Chronicle", "Journal", "Sentinel", "Standard", "Bulletin", "Record", "Monitor", "Express",
}
