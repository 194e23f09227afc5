using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction;

/// <summary>Closed word classes the rules rely on, folded (lowercase, no accents).</summary>
internal static class WordLists
{
    public static readonly FrozenSet<string> Prepositions = Set(
        "in", "on", "at", "with", "from", "to", "of", "by", "for", "between", "among", "against", "into", "over",
        "within", "during", "after", "before", "toward", "towards", "through", "under", "via", "about", "across",
        "despite", "including", "involving", "like", "than", "around", "near", "onto", "upon", "without", "beyond", "along");

    /// <summary>The lexicon concept a signing participle names: "signed" the signing, "initialled" (or "initialed") the initialling; else null.</summary>
    public static string? SigningConcept(string key) => key switch
    {
        "signed" => "sign",
        "initialled" or "initialed" => "initial",
        _ => null,
    };

    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "our", "both", "all", "each", "other");

    /// <summary>Words after which "from X" / "of X" names the actor ("a delegation from Armenia").</summary>
    public static readonly FrozenSet<string> GroupNouns = Set(
        "delegation", "delegations", "representatives", "officials", "side", "government", "leadership", "authorities",
        "administration", "envoy", "envoys", "team", "officers", "diplomats", "minister", "ministry");

    /// <summary>Nouns after a demonym that make it stand for the state ("the Armenian side").</summary>
    /// <summary>Words that name a kind of body, which a text may write in parentheses to gloss a foreign name: "Mejlis (Parliament)".</summary>
    public static readonly FrozenSet<string> GenericBodyWords = Set(
        "parliament", "government", "assembly", "council", "ministry", "senate", "cabinet", "presidency", "legislature");

    /// <summary>Nouns of a part of a document: "two articles of the treaty", "the text of the agreement".</summary>
    public static readonly FrozenSet<string> DocumentPartNouns = Set(
        "article", "articles", "provision", "provisions", "clause", "clauses", "text", "terms", "points", "point", "parts", "part",
        "sections", "section", "wording", "draft", "details", "elements", "principles", "paragraphs", "paragraph");

    /// <summary>Verbs that "back" turns into a phrasal verb of another sense: "setting back", "held back", "scaled back".</summary>
    public static readonly FrozenSet<string> BackPhrasalVerbs = Set(
        "set", "sets", "setting", "push", "pushed", "pushing", "pushes", "hold", "held", "holding", "holds", "scale", "scaled", "scaling",
        "roll", "rolled", "rolling", "cut", "cutting", "fight", "fought", "fighting", "fights", "come", "came", "coming", "go", "went", "going",
        "bring", "brought", "bringing", "pull", "pulled", "pulling", "step", "stepped", "stepping", "turn", "turned", "turning", "call", "called",
        "get", "got", "look", "looked", "looking", "strike", "struck", "striking", "hit", "hitting", "pay", "paid", "paying", "send", "sent", "sending",
        "give", "gave", "given", "giving", "win", "won", "winning", "talk", "talked", "talking", "fall", "fell", "falling");

    /// <summary>Nouns that name a person by a relation to another ("his counterpart X", "her colleague X"): the name after them is the person meant.</summary>
    public static readonly FrozenSet<string> RelationalPersonNouns = Set(
        "counterpart", "counterparts", "colleague", "colleagues", "host", "guest", "guests", "partner", "partners");

    /// <summary>Plural nouns of unnamed groups a list may hold between its named items: "Türkiye, European partners, and Ukrainian officials".</summary>
    public static readonly FrozenSet<string> ListedGroupNouns = Set(
        "partners", "allies", "officials", "leaders", "countries", "states", "governments", "diplomats", "representatives", "counterparts");

    /// <summary>Nouns after a state's possessive that name another actor than the state: "Georgia's ruling party", "Armenia's opposition".</summary>
    public static readonly FrozenSet<string> OtherActorNouns = Set(
        "party", "parties", "ruling", "opposition", "president", "leader", "leaders", "minister", "premier", "critics", "rivals", "enemies",
        "neighbours", "neighbors", "allies", "partners", "separatists", "rebels", "diaspora");

    /// <summary>Nouns of saying or showing whose "of" phrase is what the possessor says or shows: "X's declaration of support".</summary>
    public static readonly FrozenSet<string> ExpressionNouns = Set(
        "declaration", "declarations", "expression", "expressions", "statement", "statements", "pledge", "pledges", "show", "display",
        "message", "messages", "assurance", "assurances", "offer", "offers", "announcement", "gesture");

    /// <summary>Nouns of something said or written that a participle after a comma may describe: "the statement made by X, accusing Y".</summary>
    public static readonly FrozenSet<string> StatementNouns = Set(
        "statement", "statements", "remarks", "remark", "comments", "comment", "claims", "claim", "accusations", "letter", "report", "interview",
        "speech", "post", "tweet", "article", "message", "address", "declaration");

    /// <summary>Verbs that grow a relation named by the noun after them: "to expand cooperation", "to deepen ties".</summary>
    public static readonly FrozenSet<string> GrowthVerbs = Set(
        "expand", "deepen", "develop", "strengthen", "boost", "increase", "broaden", "intensify", "enhance", "advance", "promote", "further", "bolster");

    /// <summary>Nouns of will whose infinitive has the possessor as subject: "Georgia's bid to join the EU".</summary>
    public static readonly FrozenSet<string> WillNouns = Set(
        "bid", "attempt", "attempts", "effort", "efforts", "plan", "plans", "intention", "intent", "desire", "ambition", "ambitions",
        "aspiration", "aspirations", "decision", "readiness", "willingness", "refusal", "wish", "push", "drive", "quest", "hope", "hopes",
        "move", "proposal", "offer", "pledge", "promise", "commitment", "determination", "resolve", "failure");

    /// <summary>Nouns of a state's course toward a body that the body's name may qualify: "NATO membership aspirations", "EU accession bid".</summary>
    public static readonly FrozenSet<string> CourseNouns = Set(
        "membership", "aspirations", "aspiration", "ambitions", "ambition", "bid", "accession", "integration", "path", "course",
        "hopes", "candidacy", "application", "entry", "perspective", "prospects", "future", "talks", "negotiations");

    /// <summary>Nouns after a demonym that make it stand for its state's government: "the Armenian side", "Azerbaijani forces".</summary>
    public static readonly FrozenSet<string> GovernmentNouns = Set(
        "side", "government", "authorities", "leadership", "administration", "delegation", "officials", "forces", "army",
        "military", "troops", "state", "diplomacy");

    /// <summary>Words that govern a nominal relation without stating it: removing or imposing a restriction on it, hoping,
    /// calling or aiming for it, threatening, fearing, risking or avoiding it, ending or renouncing it ("lifted a restriction
    /// on defense cooperation with X", "the prospect of talks with Y", "the risk of a new war with Z", "threatened
    /// sanctions against W", "severed its ties with V").</summary>
    public static readonly FrozenSet<string> UnstatedNominalGovernors = Set(
        "restriction", "restrictions", "ban", "bans", "sanction", "sanctions", "embargo", "moratorium", "limits", "limitation",
        "limitations", "prohibition", "barrier", "barriers", "obstacle", "obstacles", "prospect", "prospects", "hope", "hopes",
        "call", "calls", "need", "needs", "aim", "aims", "goal", "possibility", "chance", "offer", "proposal",
        "lifted", "lift", "lifting", "lifts", "removed", "remove", "removing", "eased", "ease", "easing", "waived", "waive",
        "waiver", "suspended", "restricted", "restrict", "banned", "prohibited", "hoped", "hoping", "urged", "urging",
        "seeks", "seeking", "sought", "pursue", "pursuing", "toward", "towards", "future", "potential", "possible",
        "precondition", "preconditions", "condition", "conditions", "prerequisite", "prerequisites", "requirement", "requirements",
        "beginning", "start", "prelude", "path", "road", "way", "step", "steps",
        "threat", "threats", "threatened", "threatening", "threatens", "threaten", "warned", "warning", "warnings", "warns",
        "risk", "risks", "danger", "fear", "fears", "feared", "fearing", "brink", "avoid", "avoided", "avoiding", "avoids",
        "prevent", "prevented", "preventing", "prevents", "pending", "awaiting", "removal", "renounce", "renounced",
        "renounces", "renouncing", "renunciation", "dropped", "dropping", "severed", "sever", "severs", "severing", "broke",
        "broken", "cut", "cutting", "ended", "ending", "terminated", "terminating", "stop", "stopped", "stopping", "stops", "halt", "halted",
        "halting", "cease", "ceased", "ceasing", "renew", "renewing", "renewal",
        "discontinue", "discontinued");

    /// <summary>Nouns that a nominal trigger only qualifies: the relation is a standard, a prospect or an aim, not a fact
    /// ("at odds with membership standards in the EU", "its membership bid"). Not a process or talks: "the normalization
    /// process between A and B" is under way.</summary>
    public static readonly FrozenSet<string> NounsQualifiedByTrigger = Set(
        "norm", "norms", "standard", "standards", "criterion", "criteria", "requirement", "requirements", "rules", "bid", "bids",
        "application", "applications", "aspiration", "aspirations", "ambition", "ambitions", "prospect", "prospects",
        "perspective", "path", "candidacy", "hopes", "goal", "goals");

    /// <summary>Verbs of advocacy: what they govern is wanted, not stated ("supports the establishment of relations", "called for talks").</summary>
    public static readonly FrozenSet<string> AdvocacyVerbs = Set(
        "supports", "support", "supported", "supporting", "advocates", "advocate", "advocated", "advocating", "favors", "favours", "favor",
        "favour", "favored", "favoured", "urges", "urge", "urged", "urging", "seeks", "seek", "sought", "hopes", "hope", "hoped", "wants",
        "want", "wanted", "proposes", "propose", "proposed", "promotes", "promote", "promoted", "encourages", "encourage", "encouraged",
        "demands", "demand", "demanded", "desire", "desires", "expects", "expect", "expected");

    /// <summary>Irregular past tenses that open a clause after a comma: "hosted COP29, met Blinken".</summary>
    public static readonly FrozenSet<string> IrregularPastVerbs = Set(
        "met", "said", "held", "made", "took", "told", "sent", "left", "became", "began", "won", "led", "gave", "spoke", "went", "came",
        "saw", "brought", "sought", "paid", "flew", "struck", "fought", "drew", "wrote", "knew", "thought", "put", "set", "cut", "hit",
        "froze", "broke", "stood", "withdrew", "built", "sold", "bought", "lost", "fell", "rose", "chose", "drove", "threw", "undertook", "understood", "overtook");

    /// <summary>Whether a word is a past tense: a regular "-ed" form or one of <see cref="IrregularPastVerbs"/>.</summary>
    public static bool IsPastTense(string key) => key.EndsWith("ed", StringComparison.Ordinal) || IrregularPastVerbs.Contains(key);

    /// <summary>Words of asking before the change asked for: "called for the dissolution of", "an appeal on the closure of".</summary>
    public static readonly FrozenSet<string> AskingWords = Set(
        "call", "calls", "called", "calling", "request", "requests", "requested", "requesting", "appeal", "appeals", "appealed",
        "apply", "applies", "applied", "applying", "application", "petition", "petitioned", "insist", "insists", "insisted", "push",
        "pushes", "pushed", "pushing", "press", "pressed", "pressing", "proposal", "motion", "initiative", "demanding", "seeking",
        "sought", "insisting", "proposing", "suggest", "suggests", "suggested", "suggesting");

    /// <summary>Prepositions that open a phrase of their own: a relation's end is not searched past them.</summary>
    public static readonly FrozenSet<string> PhraseOpeners = Set("amid", "amidst", "despite", "because", "due", "following", "regarding", "concerning", "unlike", "whereas");

    /// <summary>Media and company nouns after which a demonym only says where the outlet or firm is from ("a French television channel").</summary>
    public static readonly FrozenSet<string> MediaNouns = Set(
        "television", "channel", "newspaper", "daily", "weekly", "magazine", "radio", "broadcaster", "outlet", "outlets",
        "agency", "portal", "website", "tabloid", "journalist", "journalists", "reporter", "reporters", "company", "firm",
        "companies", "firms", "publication", "edition");

    /// <summary>Lowercase nouns after which a capitalized name is a company's: "the Italian company X", "energy giant X".</summary>
    public static readonly FrozenSet<string> CompanyNouns = Set(
        "company", "firm", "corporation", "giant", "conglomerate", "operator", "manufacturer", "maker", "producer", "contractor", "developer", "carrier");

    /// <summary>Words that end a clause for the search of a relation's ends.</summary>
    public static readonly FrozenSet<string> ClauseBreaks = Set(
        ";", ":", "that", "which", "who", "whom", "while", "whereas", "but", "although", "because", "if", "when", "whereby", "thereby", "however", "unless", "until", "though", "whether", "citing");

    public static readonly FrozenSet<string> LeadingStopwords = Set(
        "the", "a", "an", "in", "on", "at", "for", "of", "and", "during", "after", "under", "with", "from", "to", "by", "as",
        "its", "his", "her", "their", "our", "however", "both", "such", "this", "that", "these", "another", "one", "despite",
        "while", "following", "since", "within", "alongside", "immediately", "furthermore", "moreover", "therefore", "also",
        "meanwhile", "although", "according", "particular", "said");

    public static readonly FrozenSet<string> NameConnectors = Set("of", "for", "and", "on", "de", "-", "&", "du", "des", "la", "al");

    public static readonly FrozenSet<string> OrganizationHeads = Set(
        "organization", "organisation", "union", "group", "council", "ministry", "mission", "agency", "committee",
        "commission", "office", "service", "parliament", "assembly", "bank", "fund", "party", "alliance", "institute",
        "university", "company", "corporation", "court", "department", "administration", "government", "force", "forces",
        "army", "navy", "guard", "police", "bureau", "secretariat", "community", "association", "movement", "front",
        "coalition", "centre", "center", "foundation", "network", "directorate", "cabinet", "senate", "congress", "duma",
        "federation", "bloc", "authority", "inspectorate", "tribunal", "initiative", "platform", "consortium", "chairpersonship", "dialogue",
        "chairmanship", "presidency", "embassy", "consulate", "diocese", "church", "patriarchate", "faction", "airlines", "airways",
        "patrol", "caucus", "commonwealth", "facility", "chamber", "limited", "ltd", "llc", "plc", "holding", "holdings", "industries", "international", "railways");

    /// <summary>Words that end a company's name: "Hindustan Aeronautics Limited", "Container Corporation".</summary>
    public static readonly FrozenSet<string> CompanySuffixes = Set("limited", "ltd", "llc", "plc", "inc", "pte", "corporation", "corp", "company", "holding", "holdings", "group", "industries");

    /// <summary>Heads of bodies that belong to no state even when their name holds its demonym ("Armenian Apostolic Church", "Azerbaijan Airlines").</summary>
    public static readonly FrozenSet<string> NonStateHeads = Set(
        "airlines", "airways", "railways", "company", "corporation", "church", "diocese", "patriarchate", "party", "faction", "movement",
        "foundation", "consortium", "association", "network", "bank", "limited", "ltd", "plc", "inc", "holding", "holdings");

    /// <summary>Lowercase nouns after a capitalized name that make it a body ("the ruling Georgian Dream party").</summary>
    public static readonly FrozenSet<string> BodyNouns = Set("party", "faction", "movement", "bloc", "coalition", "alliance", "union", "group", "organisation", "organization");

    /// <summary>Heads of a state's own institutions named with "of" and the state: "Government of Armenia", "Parliament of Georgia".</summary>
    public static readonly FrozenSet<string> StateInstitutionHeads = Set("government", "parliament", "cabinet", "senate", "presidency", "constitution");

    /// <summary>
    /// Heads of a state's own bodies, named with the state after "of" as readers and the graph name them: "Ministry of Foreign
    /// Affairs of Uzbekistan", "Constitutional Court of Armenia", "Central Bank of Armenia", "Security Council of Armenia".
    /// </summary>
    public static readonly FrozenSet<string> StateOwnedHeads = Set(
        "ministry", "court", "bank", "council", "assembly", "commission", "committee", "service", "agency", "guard", "inspectorate",
        "directorate", "office", "prosecutor", "procuracy", "academy", "chamber", "tribunal", "department", "police");

    /// <summary>Heads of bodies seated somewhere, whose "in" part belongs to the name: "the EU Mission in Armenia", "the US Embassy in Georgia".</summary>
    public static readonly FrozenSet<string> SeatedHeads = Set("mission", "embassy", "consulate", "office", "delegation", "representation", "centre", "center");

    /// <summary>Acronyms that name no body ("GDP", a time zone after a clock time).</summary>
    public static readonly FrozenSet<string> NonBodyAcronyms = Set(
        "gdp", "gnp", "ceo", "ngo", "ngos", "lng", "cpi", "vat", "usd", "eur", "rub", "amd", "azn", "gel", "gmt", "utc", "cet", "cest", "cdt",
        "edt", "est", "pst", "amt", "msk", "hq", "pm", "fm", "fms", "dpm", "eam", "am", "tv", "pr", "it", "phd", "mp", "mps", "covid", "ok", "aka", "faq", "pdf", "url");

    public static readonly FrozenSet<string> MilitaryUnitHeads = Set(
        "brigade", "division", "regiment", "battalion", "corps", "fleet", "squadron", "unit", "detachment", "garrison");

    public static readonly FrozenSet<string> AgreementHeads = Set(
        "treaty", "agreement", "charter", "accord", "accords", "agreements", "protocols", "treaties", "declaration", "convention", "pact", "protocol", "memorandum",
        "roadmap", "statement", "constitution", "act", "statute", "law", "code", "directive", "decree", "policy", "programme", "program",
        "doctrine", "strategy", "partnership", "plan", "report");

    /// <summary>Place nouns whose name is the place itself ("Tavush region" is Tavush); the others name a facility ("Zvartnots airport").</summary>
    public static readonly FrozenSet<string> AreaNouns = Set(
        "region", "province", "exclave", "enclave", "district", "oblast", "governorate", "county", "municipality", "territory");

    /// <summary>Plural area nouns that several named regions share: "the Khatlon and Sughd provinces", "the regions of A and B".</summary>
    public static readonly FrozenSet<string> PluralAreaNouns = Set("regions", "provinces", "districts", "oblasts", "territories");

    /// <summary>Whether a word names a state's region or regions: an area noun, singular or plural.</summary>
    public static bool IsAreaNoun(string key) => AreaNouns.Contains(key) || PluralAreaNouns.Contains(key);

    /// <summary>Words before "of X" that make X a place: "the city of Gyumri", "the village of Kirants".</summary>
    public static readonly FrozenSet<string> SettlementNouns = Set(
        "city", "town", "village", "villages", "capital", "port", "region", "province", "district", "settlement", "exclave");

    /// <summary>Head nouns of named places the graph may lack: corridors, routes, exclaves, regions.</summary>
    public static readonly FrozenSet<string> PlaceHeads = Set(
        "corridor", "route", "exclave", "enclave", "region", "province", "railway", "railroad", "highway", "pipeline", "district",
        "valley", "crossing", "oblast", "governorate", "strait", "airport", "port", "base", "county",
        "municipality", "street", "square", "bridge", "lake", "river", "mountains", "gorge", "checkpoint", "palace", "border", "frontier");

    public static readonly FrozenSet<string> EventHeads = Set(
        "war", "summit", "conference", "day", "games", "revolution", "crisis", "operation", "exercise", "exercises",
        "election", "elections", "referendum", "celebration", "parade", "forum", "talks", "process");

    /// <summary>Nouns that end a weapon-system phrase ("Caesar howitzers", "Akash air defense systems").</summary>
    public static readonly FrozenSet<string> WeaponHeads = Set(
        "howitzer", "howitzers", "vehicle", "vehicles", "launcher", "launchers", "system", "systems", "radar", "radars",
        "missile", "missiles", "drone", "drones", "tank", "tanks", "jet", "jets", "helicopter", "helicopters", "aircraft",
        "rifle", "rifles", "artillery", "munitions", "fighters", "complex", "complexes");

    /// <summary>Words allowed between a weapon's name and its head ("Pinaka multiple rocket launcher systems").</summary>
    public static readonly FrozenSet<string> WeaponModifiers = Set(
        "armored", "armoured", "multiple", "rocket", "air", "defense", "defence", "missile", "anti-aircraft", "self-propelled",
        "artillery", "combat", "infantry", "fighting", "attack", "fighter", "unmanned", "aerial", "surface-to-air", "ballistic",
        "cruise", "anti-tank", "main", "battle", "guided", "radar", "long-range", "short-range", "medium-range", "mobile", "coastal", "-");

    /// <summary>Weapon heads that need a modifier to be a weapon ("systems" alone is too vague).</summary>
    public static readonly FrozenSet<string> VagueWeaponHeads = Set("system", "systems", "vehicle", "vehicles", "complex", "complexes", "jet", "jets");

    public static readonly FrozenSet<string> Months = Set(
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /// <summary>Words that say which election a text means: "the parliamentary elections", "a snap presidential election".</summary>
    public static readonly FrozenSet<string> ElectionKinds = Set(
        "parliamentary", "presidential", "local", "municipal", "general", "legislative", "snap", "early", "regional", "runoff", "constitutional", "national");

    /// <summary>Words between a state's possessive and an office title that keep the office the state's: "Georgia's sixth president", "Armenia's new prime minister".</summary>
    public static readonly FrozenSet<string> OfficeOrdinals = Set(
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "new", "current", "incoming", "acting", "newly", "elected");

    /// <summary>Verbs that give the subject the office named after "as": "X was sworn in as Georgia's president", "Y was elected as ...".</summary>
    public static readonly FrozenSet<string> InstallationVerbs = Set(
        "sworn", "elected", "reelected", "re-elected", "appointed", "reappointed", "named", "inaugurated", "installed", "confirmed", "became", "becomes", "become");

    public static readonly FrozenSet<string> Honorifics = Set(
        "mr", "mrs", "ms", "dr", "sir", "madam", "sheikh", "sheikha", "ayatollah", "archbishop", "bishop", "patriarch",
        "catholicos", "metropolitan", "imam", "rabbi", "cardinal", "father", "prince", "princess", "lord", "lady", "dame", "honorable", "honourable",
        "excellency", "mullah");

    public static readonly FrozenSet<string> Weekdays = Set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");

    /// <summary>Lowercase nouns for a person right before a name ("Russian deserter X", "EU mission head Y", "the opposition politician Z").</summary>
    public static readonly FrozenSet<string> PersonNouns = Set(
        "spokesman", "spokeswoman", "spokesperson", "envoy", "deserter", "activist", "journalist", "analyst", "blogger",
        "politician", "lawmaker", "legislator", "deputy", "businessman", "businesswoman", "billionaire", "oligarch", "official",
        "diplomat", "commander", "soldier", "citizen", "expert", "professor", "researcher", "scholar", "founder", "author",
        "writer", "reporter", "correspondent", "lawyer", "attorney", "judge", "prosecutor", "mayor", "governor", "cleric",
        "priest", "head", "chief", "aide", "adviser", "advisor", "representative", "negotiator", "historian", "economist",
        "opponent", "critic", "dissident", "prisoner", "detainee", "pilot", "footballer", "athlete", "candidate", "rapporteur",
        "ombudsman", "ombudsperson", "secretary", "coordinator", "observer", "colonel", "general", "admiral", "officer",
        "chairman", "chairwoman", "chairperson", "director", "leader", "minister", "ambassador", "president", "premier");

    /// <summary>Verbs of saying after a person's name ("X said", "X told reporters").</summary>
    public static readonly FrozenSet<string> SpeechVerbs = Set(
        "said", "says", "told", "tells", "stressed", "noted", "notes", "added", "stated", "states", "emphasized", "emphasised",
        "announced", "wrote", "writes", "argued", "argues", "warned", "warns", "explained", "insisted", "claimed", "replied",
        "commented", "recalled", "underlined", "underscored", "tweeted", "posted", "remarked", "admitted", "acknowledged",
        "confirmed", "denied", "declared", "asserted", "observed", "suggested", "believes", "thinks", "urged", "voiced");

    /// <summary>Lowercase particles inside a person's name ("Mohammed bin Zayed", "Ursula von der Leyen").</summary>
    public static readonly FrozenSet<string> NameParticles = Set(
        "bin", "ibn", "bint", "al", "el", "von", "van", "der", "den", "de", "da", "di", "du", "la", "le", "dos", "das", "del", "ter");

    /// <summary>Surname endings common in the region's names (Armenian -yan, Slavic and Azerbaijani -ov/-ev, Georgian -shvili/-dze, ...).</summary>
    public static readonly string[] SurnameEndings =
    [
        "yan", "ian", "yants", "ov", "ova", "ev", "eva", "yev", "yeva", "shvili", "dze", "enko", "oglu", "zade", "zadeh",
        "sky", "ski", "skiy", "skaya", "vich", "ovic", "evic", "escu", "ovna", "evna", "uly", "kyzy", "ava", "ishvili",
    ];

    /// <summary>Words of web page furniture that end a byline ("Akbar Novruz Read more").</summary>
    public static readonly FrozenSet<string> PageFurniture = Set(
        "read", "more", "share", "follow", "print", "subscribe", "comments", "photo", "video", "updated", "published", "tweet", "email");

    /// <summary>Words that open sentences and are no name ("Only Congress can ...", "Two missiles ...").</summary>
    public static readonly FrozenSet<string> SentenceOpeners = Set(
        "only", "even", "yet", "still", "then", "now", "today", "later", "earlier", "last", "next", "every", "all", "some",
        "many", "most", "several", "few", "no", "any", "other", "former", "new", "current", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "thousands", "hundreds", "dozens", "millions", "neither", "nor", "either",
        "here", "there", "when", "where", "what", "why", "how", "who", "if", "unlike", "like", "instead", "first", "finally",
        "notably", "similarly", "likewise", "indeed", "recently", "previously", "currently", "asked", "speaking", "citing",
        "following", "officially", "separately", "together", "besides", "below", "above", "but", "and", "or", "so", "thus",
        "hence", "because", "though", "nevertheless", "nonetheless", "amid", "among", "against", "over", "about", "around",
        "through", "throughout", "toward", "towards", "once", "unless", "until", "whether", "perhaps", "yes", "already");

    /// <summary>Nouns whose topic ("a bill on joining the EU", "talks on signing") is discussed, not done.</summary>
    public static readonly FrozenSet<string> TopicNouns = Set(
        "bill", "bills", "law", "laws", "draft", "debate", "debates", "discussion", "discussions", "talks", "negotiations", "consultations",
        "referendum", "vote", "votes", "question", "questions", "issue", "issues", "proposal", "proposals", "decision", "decisions", "resolution",
        "position", "positions", "views", "statement", "statements", "speculation", "rumours", "rumors", "report", "reports", "article", "paper",
        "study", "plan", "plans", "idea", "initiative", "agreement", "memorandum", "declaration", "document", "application", "request");

    /// <summary>Nouns of notice: negated ("no notification of X's withdrawal") they leave the event unsaid.</summary>
    public static readonly FrozenSet<string> NoticeNouns = Set(
        "notification", "notice", "word", "sign", "signs", "evidence", "information", "confirmation", "news", "indication", "indications",
        "proof", "request", "mention", "announcement", "report", "reports", "question", "talk");

    /// <summary>Words of a minister's portfolio after "Minister of": "Internal Affairs", "Economy", "Emergency Situations".</summary>
    public static readonly FrozenSet<string> PortfolioWords = Set(
        "affairs", "internal", "foreign", "home", "economy", "economic", "defence", "defense", "justice", "finance", "finances", "health",
        "education", "science", "culture", "sport", "sports", "agriculture", "energy", "environment", "labour", "labor", "social",
        "territorial", "administration", "infrastructure", "infrastructures", "emergency", "situations", "high-tech", "industry", "transport",
        "digital", "development", "interior", "trade", "security", "youth", "tourism", "communications", "natural", "resources", "protection",
        "diaspora", "investment", "investments", "technology", "technologies", "innovation", "information", "migration", "regional",
        "sustainable", "reconciliation", "civic", "equality", "neighbourhood", "neighborhood", "enlargement", "integration", "european",
        "euro-atlantic", "housing", "construction", "urban", "environmental", "climate", "employment", "occupied", "territories",
        "refugees", "veterans", "family", "relations", "cooperation", "mining", "commerce", "budget", "customs", "legal", "human", "rights",
        "media", "heritage", "food", "rural", "land", "reform", "reforms", "maritime", "transportation", "telecommunications", "public",
        "works", "services", "civil", "service", "local", "self-government", "strategic", "planning", "competition", "statistics", "water", "sanctions",
        "policy", "peace", "negotiations", "dialogue", "partnership", "disarmament", "counterterrorism", "crisis", "humanitarian", "state", "tolerance",
        "coexistence", "ecology", "petroleum", "oil", "gas", "higher", "international", "expatriates", "emigrants");

    /// <summary>Nouns of a stance whose object is the subject's own aim: "the preference was for dialogue with X".</summary>
    public static readonly FrozenSet<string> StanceNouns = Set(
        "preference", "priority", "focus", "emphasis", "aim", "goal", "objective", "choice", "bet", "hope", "intention", "orientation", "course");

    /// <summary>Verbs whose object is a topic: "discussed bilateral relations" says nothing about the relations.</summary>
    public static readonly FrozenSet<string> TopicVerbs = Set(
        "discussed", "discuss", "discusses", "discussing", "addressed", "address", "addresses", "reviewed", "review", "reviews",
        "considered", "consider", "considers", "examined", "examine", "touched", "debated", "debate", "explored", "explore", "raised");

    /// <summary>Time words that may follow an object: "criticized Russia yesterday".</summary>
    public static readonly FrozenSet<string> TimeWords = Set(
        "yesterday", "today", "tomorrow", "tonight", "earlier", "later", "again", "too", "instead", "recently", "last", "next", "this",
        "now", "then", "once", "twice", "soon", "already", "still", "either", "first", "ago");

    /// <summary>
    /// Words that open an adverbial phrase after a name and are not nouns: the heads of complex prepositions ("ahead of the
    /// summit", "prior to the vote", "together with", "alongside") and adverbs of manner or place ("separately", "here").
    /// </summary>
    public static readonly FrozenSet<string> AdverbialHeads = Set(
        "ahead", "prior", "together", "alongside", "amid", "amidst", "following", "regarding", "concerning", "separately", "jointly",
        "personally", "here", "there", "abroad", "home", "behind", "outside", "inside", "throughout", "since", "until", "via");

    /// <summary>Nouns of a span of time in a phrase of time: "this week", "on Monday morning", "next month".</summary>
    public static readonly FrozenSet<string> TimeSpanNouns = Set("week", "month", "day", "weekend", "morning", "evening");

    /// <summary>Present forms of verbs of coming: a trip not yet over ("arrives in Baku to attend", "is travelling to Tehran").</summary>
    public static readonly FrozenSet<string> PresentComingVerbs = Set(
        "arrives", "arriving", "travels", "travelling", "traveling", "comes", "coming", "flies", "flying", "goes", "going", "visiting");

    /// <summary>Base forms of verbs of coming, which "will" makes future: "will travel to Baku to sign".</summary>
    public static readonly FrozenSet<string> ComingBaseVerbs = Set("arrive", "travel", "come", "fly", "go", "visit");

    /// <summary>Every form of a verb of coming: "visiting Tehran to", "travelled to Baku on Monday to".</summary>
    public static readonly FrozenSet<string> ComingVerbs = Set(
        [.. PresentComingVerbs, .. ComingBaseVerbs, "visited", "visits", "arrived", "travelled", "traveled", "came", "flew", "went", "headed", "heading"]);

    /// <summary>Words that count a class instead of naming members: "five ex-Soviet states", "several countries".</summary>
    public static readonly FrozenSet<string> Quantifiers = Set(
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "many", "some", "various", "numerous", "dozens", "all");

    /// <summary>Frequent irregular or short verb forms that a suffix does not reveal.</summary>
    public static readonly FrozenSet<string> CommonVerbs = Set(
        "has", "have", "had", "do", "does", "did", "held", "holds", "hold", "made", "makes", "make", "took", "takes", "take", "gave", "gives",
        "give", "met", "meets", "meet", "sent", "sends", "send", "began", "begins", "saw", "sees", "said", "says", "told", "tells", "won",
        "lost", "led", "leads", "left", "got", "went", "goes", "came", "comes", "kept", "keeps", "put", "puts", "set", "sets", "let");

    public static readonly FrozenSet<string> BeAuxiliaries = Set("was", "were", "is", "are", "be", "been", "being", "got", "gets");

    /// <summary>Finite forms of "be", "remain" and "become" that join a subject to what it is ("Russia remains the largest supplier").</summary>
    public static readonly FrozenSet<string> Copulas = Set("is", "are", "was", "were", "remains", "remain", "remained", "became", "become", "becomes");

    public static readonly FrozenSet<string> Negations = Set("not", "never", "no", "n't", "neither", "nor", "without", "refrained", "refrain", "refrains", "refuses", "refused", "failed", "cannot");

    public static readonly FrozenSet<string> ModalCues = Set("could", "might", "may", "would", "should", "will", "shall");

    public static readonly FrozenSet<string> HypotheticalCues = Set(
        "possible", "possibly", "possibility", "potential", "potentially", "scenario", "scenarios", "if", "unless", "whether",
        "hypothetical", "prospect", "prospects", "unlikely", "plan", "plans", "planned", "planning", "intend", "intends",
        "intended", "prepared", "ready", "expected", "proposed", "envisaged", "envisioned", "considering", "consideration", "risk");

    public static readonly FrozenSet<string> HedgeCues = Set(
        "speculated", "speculate", "speculates", "rumored", "rumoured", "presumably", "supposedly",
        "appears", "appear", "appeared", "seems", "seem", "seemed", "apparently", "indicates", "indicate", "indicated",
        "suggests", "suggest", "suggested", "considered", "believed", "interpreted", "likely", "probably", "arguably",
        "demonstrates", "signals", "implies", "speculation", "suspect", "suspects", "suspicion", "suspicions", "rumours", "rumors",
        "rumour", "rumor", "conjecture");

    public static readonly FrozenSet<string> ReportingCues = Set(
        "stated", "said", "says", "announced", "announces", "noted", "notes", "emphasized", "emphasised", "emphasizing",
        "conveyed", "declared", "told", "claimed", "claims", "reported", "reportedly", "according", "confirmed", "shared",
        "informed", "stressed", "underlined", "highlighted", "added", "explained", "mentioned", "remarked");

    public static readonly FrozenSet<string> AllegationCues = Set("allegations", "allegation", "claims", "claim", "accusations", "reports", "rumors", "rumours", "speculation");

    public static readonly FrozenSet<string> DenialCues = Set("denied", "denies", "deny", "refuted", "refutes", "dismissed", "rejected", "disputed");

    /// <summary>Verbs that accuse someone of an act: "accused Iran of supplying missiles" makes the supplying a claim.</summary>
    public static readonly FrozenSet<string> AccusationVerbs = Set("accused", "accuses", "accuse", "accusing", "suspected", "suspects", "suspect", "charged", "blamed", "blames", "blaming");

    /// <summary>
    /// Heads of an event that is a course rather than an occurrence ("the EU accession process", "the visa dialogue"): a text
    /// speaks about it, but readers list neither its sides as taking part nor a report on it.
    /// </summary>
    public static readonly FrozenSet<string> ProcessHeads = Set("process", "dialogue");

    /// <summary>Lowercase heads of an event named by a description: "the Iran–Israel conflict", "the EEU summit", "the Aug. 8 summit"; and the process heads.</summary>
    public static readonly FrozenSet<string> DescribedEventHeads = Set(
        [
            "conflict", "war", "talks", "negotiations", "summit", "meeting", "clashes", "hostilities", "crisis", "consultations", "dispute",
            "standoff", "crash", "conference", "forum", "exercises", "drills", "ceremony", "referendum", "session", "visit", .. ProcessHeads,
        ]);

    /// <summary>Whether an event's name ends in a process head.</summary>
    /// <param name="name">The event's name.</param>
    /// <returns>Whether the name's last word is one of <see cref="ProcessHeads"/>.</returns>
    public static bool IsProcessName(string name) => Tokenizer.Keys(name) is { Length: > 0 } keys && ProcessHeads.Contains(keys[^1]);

    /// <summary>Lowercase heads of a place named by a description: "the Armenia-Turkey border", "the Yerevan-Tbilisi highway".</summary>
    public static readonly FrozenSet<string> DescribedPlaceHeads = Set(
        "border", "frontier", "boundary", "highway", "railway", "railroad", "road", "pipeline", "corridor", "crossing", "checkpoint");

    /// <summary>Plural heads of documents a signing verb takes without an article: "signed contracts for the delivery of weapons".</summary>
    public static readonly FrozenSet<string> SignedDocumentPlurals = Set("contracts", "agreements", "memoranda", "deals", "protocols", "treaties", "accords");

    /// <summary>Lowercase heads of a document named by a description: "the CAESAR contract", "the EU membership bill".</summary>
    public static readonly FrozenSet<string> DescribedDocumentHeads = Set(
        "contract", "contracts", "deal", "agreement", "treaty", "accord", "pact", "memorandum", "bill", "law", "protocol", "protocols",
        "roadmap", "charter", "declaration", "convention", "resolution", "regulation", "decree", "communique", "communiqué");

    /// <summary>Lowercase heads of a body named by the parties it joins: "the U.S.-Armenian joint venture", "the Armenian-Azerbaijani commission".</summary>
    public static readonly FrozenSet<string> DescribedBodyHeads = Set(
        "venture", "commission", "commissions", "committee", "council", "consortium", "company", "group", "centre", "center");

    /// <summary>Words that describe a law's standing, never which law it is ("the new law", "international law").</summary>
    public static readonly FrozenSet<string> GenericLawWords = Set(
        "new", "draft", "current", "existing", "controversial", "so-called", "so", "called", "proposed", "amended", "relevant", "same", "such",
        "international", "domestic", "national", "criminal", "civil", "martial", "common", "federal", "local", "constitutional", "electoral",
        "other", "previous", "former", "old", "final", "adopted", "original", "recent", "latest", "first", "second", "respective", "similar",
        "relevant", "applicable", "european", "case", "state", "public", "private", "that", "this", "which", "general", "special");

    /// <summary>Nouns of a topic too general to name an agreement ("an agreement on several issues").</summary>
    public static readonly FrozenSet<string> GenericTopicWords = Set(
        "issue", "issues", "matter", "matters", "point", "points", "step", "steps", "term", "terms", "detail", "details", "text", "principle",
        "principles", "question", "questions", "way", "ways", "how", "what", "whether", "when", "where", "why", "several", "some", "many",
        "all", "most", "it", "this", "that", "these", "those", "them", "which", "more", "further", "other");

    /// <summary>Lowercase nouns of a service or armed contingent after a demonym: "Russian border guards", "Russian intelligence services".</summary>
    public static readonly FrozenSet<string> ServiceNouns = Set(
        "intelligence", "security", "special", "secret", "border", "peacekeeping", "customs", "coast", "law", "migration", "emergency", "armed");

    /// <summary>The heads that end such a service's name, with whether they name an armed unit.</summary>
    public static readonly FrozenSet<string> ServiceHeads = Set(
        "services", "service", "agencies", "agency", "guards", "guard", "troops", "peacekeepers", "contingent", "forces", "mission", "enforcement",
        "army", "navy", "police", "investigators", "military", "intelligence", "embassy", "consulate");

    /// <summary>Service heads that make a body after a demonym alone: "the Armenian army", "Russian investigators", "the French embassy".</summary>
    public static readonly FrozenSet<string> BareServiceHeads = Set("peacekeepers", "army", "navy", "police", "investigators", "military", "intelligence", "embassy", "consulate");

    /// <summary>Lowercase nouns after a person's possessive that make a body of the person's staff: "Aliyev's office".</summary>
    public static readonly FrozenSet<string> StaffNouns = Set("office", "administration", "chancellery", "secretariat", "cabinet", "staff", "press service", "press office");

    /// <summary>Person nouns of people who hold no office: a name they introduce is a person, not an official.</summary>
    public static readonly FrozenSet<string> PrivatePersonNouns = Set(
        "deserter", "activist", "journalist", "analyst", "blogger", "businessman", "businesswoman", "billionaire", "oligarch", "citizen",
        "expert", "professor", "researcher", "scholar", "founder", "author", "writer", "reporter", "correspondent", "lawyer", "attorney",
        "historian", "economist", "critic", "dissident", "prisoner", "detainee", "pilot", "footballer", "athlete", "opponent", "soldier",
        "priest", "cleric");

    /// <summary>Words of kinship before a person's given name: "his son Davit", "her children Ani and Mariam".</summary>
    public static readonly FrozenSet<string> KinNouns = Set(
        "son", "sons", "daughter", "daughters", "child", "children", "wife", "husband", "brother", "brothers", "sister", "sisters",
        "grandson", "grandsons", "granddaughter", "granddaughters", "grandchildren", "mother", "father", "nephew", "niece", "spouse",
        "widow", "stepson", "stepdaughter", "cousin");

    /// <summary>Lowercase nouns for a party's members right after its name: "Civil Contract lawmakers", "the Georgian Dream MP".</summary>
    public static readonly FrozenSet<string> PartyMemberNouns = Set(
        "lawmaker", "lawmakers", "legislator", "legislators", "mp", "mps", "deputy", "deputies", "member", "members", "faction", "activists",
        "supporters", "candidate", "candidates", "parliamentarian", "parliamentarians");

    /// <summary>Words before a capitalized name that make it a political party or bloc: "the ruling Civil Contract", "the opposition Armenia Alliance".</summary>
    public static readonly FrozenSet<string> PartyModifiers = Set("ruling", "opposition", "pro-government", "pro-western", "pro-russian", "governing");

    /// <summary>Month words and their abbreviations, by month number.</summary>
    public static readonly FrozenDictionary<string, int> MonthNumbers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4, ["may"] = 5,
        ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9, ["sept"] = 9,
        ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
