using System.Collections.Frozen;
using System.Collections.Immutable;

namespace KnowledgeGraph.Extraction;

/// <summary>A lexicon phrase as folded tokens, with what it triggers.</summary>
/// <param name="Keys">The folded tokens.</param>
/// <param name="Concept">The relation concept, for triggers.</param>
/// <param name="IsNoun">Whether the phrase is a nominalization rather than a verb form.</param>
internal sealed record TriggerPhrase(ImmutableArray<string> Keys, TriggerConcept Concept, bool IsNoun);

/// <summary>A title phrase as folded tokens, with its role concept.</summary>
/// <param name="Keys">The folded tokens.</param>
/// <param name="Role">The role concept.</param>
internal sealed record TitlePhrase(ImmutableArray<string> Keys, RoleConcept Role);

/// <summary>A name or alias of a graph entity, tokenized once.</summary>
/// <param name="Entity">The graph entity.</param>
/// <param name="Surface">The form as the graph writes it.</param>
/// <param name="Tokens">Its tokens.</param>
internal sealed record GraphForm(KnownEntity Entity, string Surface, ImmutableArray<Token> Tokens)
{
    /// <summary>Gets the folded words of the form.</summary>
    public IEnumerable<string> Keys => Tokens.Select(t => t.Key);

    /// <summary>Gets whether the form is the entity's name rather than an alias.</summary>
    public bool IsName => Surface == Entity.Name;
}

/// <summary>
/// What the extractor knows before reading a document, built once per graph: the entities to link to (graph
/// entities and the built-in states), the gazetteer of their surface forms, the lexicon and the vocabulary.
/// The graph's relations never become candidates (relations come from the text only); they are read for one thing, to
/// know which states are parties of a graph agreement when a generic mention ("a joint declaration") may link to it.
/// </summary>
internal sealed class ExtractorModel
{
    /// <summary>Relation types whose source is a party of the agreement they point to.</summary>
    private static readonly FrozenSet<string> PartyTypes = new[] { "party-to", "signed", "initialled", "ratified", "agreed-on" }.ToFrozenSet(StringComparer.Ordinal);

    private FrozenDictionary<string, FrozenSet<string>>? graphParties;

    /// <summary>The states the graph records as parties, signatories or ratifiers of an agreement ("Washington Joint Declaration": Armenia and Azerbaijan); bodies and administrations that signed for a state are left out.</summary>
    public FrozenSet<string> GraphParties(string agreementId)
    {
        graphParties ??= Graph.Relations.Where(r => PartyTypes.Contains(r.Type) && Known.TryGetValue(r.Source, out var s) && s.Kind == StateKind)
            .GroupBy(r => r.Target, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Source).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
        return graphParties.TryGetValue(agreementId, out var parties) ? parties : FrozenSet<string>.Empty;
    }

    public ExtractorModel(Graph graph, TriggerLexicon lexicon, ImmutableArray<WorldState> states)
    {
        Graph = graph;
        Lexicon = lexicon;
        Types = new TypeResolver(graph);
        StateKind = Kind("State", "Country");
        OfficialKind = Kind("Official", "Person");
        PersonKind = Kind("Person", "Official");
        OrganizationKind = Kind("Organization", "Organisation");
        MilitaryUnitKind = Kind("MilitaryUnit", "Organization");
        AgreementKind = Kind("Agreement", "Treaty", "Document");
        EventKind = Kind("Event");
        WeaponKind = Kind("WeaponSystem", "Weapon");
        OutletKind = Kind("Outlet", "Media");
        PlaceKind = Kind("Place", "Location", "Region");

        var known = new Dictionary<string, KnownEntity>(StringComparer.Ordinal);
        foreach (var e in graph.Entities)
        {
            known[e.Id] = new KnownEntity(e.Id, e.Name, e.Kind, isNew: false, "gazetteer")
            {
                Role = e.Role,
                IsoAlpha2 = e.Identifiers.GetValueOrDefault("iso3166Alpha2"),
                IsoAlpha3 = e.Identifiers.GetValueOrDefault("iso3166Alpha3"),
            };
            Gazetteer.Add(e.Id, e.Name, FormKind.Name);
            foreach (var a in e.Aliases)
            {
                Gazetteer.Add(e.Id, a, FormKind.Alias);
            }

            foreach (var d in e.Demonyms)
            {
                Gazetteer.Add(e.Id, d, FormKind.Demonym);
                if (d.EndsWith('n') || d.EndsWith('i'))
                {
                    Gazetteer.Add(e.Id, d + "s", FormKind.Demonym);
                }
            }

            foreach (var m in e.Metonyms)
            {
                Gazetteer.Add(e.Id, m, FormKind.Metonym);
            }
        }

        if (StateKind is not null)
        {
            foreach (var s in states)
            {
                AddState(s, known);
            }
        }

        foreach (var b in KnownBodies.Default)
        {
            AddBody(b, known);
        }

        Known = known.ToFrozenDictionary(StringComparer.Ordinal);
        OfficeTypes = lexicon.Roles.SelectMany(r => r.Types).ToFrozenSet(StringComparer.Ordinal);
        Triggers = [.. lexicon.Relations
            .SelectMany(c => c.Verbs.SelectMany(VerbForms.Expand).Distinct(StringComparer.Ordinal).Select(v => new TriggerPhrase(Tokenizer.Keys(v), c, IsNoun: false))
                .Concat(c.Nouns.Select(n => new TriggerPhrase(Tokenizer.Keys(n), c, IsNoun: true))))
            .OrderByDescending(t => t.Keys.Length)];
        TriggersByFirstKey = Triggers.Where(t => t.Keys.Length > 0).GroupBy(t => t.Keys[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        Titles = [.. lexicon.Roles
            .SelectMany(r => r.Titles.Select(t => new TitlePhrase(Tokenizer.Keys(t), r)))
            .OrderByDescending(t => t.Keys.Length)];
        TitlesByFirstKey = Titles.Where(t => t.Keys.Length > 0).GroupBy(t => t.Keys[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
        GraphByLongWordSet = graph.Entities.Where(e => e.Kind != StateKind && !IsPersonKind(e.Kind))
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(LongWordSet).Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).Select(w => (Key: w, e.Id)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Id).Distinct(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>
    /// Gets the graph's bodies, documents, events and places (not states or persons) by the <see cref="LongWordSet"/> of their
    /// names and aliases, so a long official name written in another word order is the entity the graph has.
    /// </summary>
    public FrozenDictionary<string, ImmutableArray<string>> GraphByLongWordSet { get; }

    /// <summary>
    /// A long name's words, folded and sorted, with hyphens inside words dropped and "the" left out: "Agreement on Interstate
    /// Relations and Establishment of Peace" and "Agreement on Establishment of Peace and Inter-State Relations" give one key.
    /// Empty for names of fewer than five such words, where word order can tell names apart.
    /// </summary>
    public static string LongWordSet(string name)
    {
        var joined = string.Concat(name.Where((c, i) => !(c == '-' && i > 0 && i + 1 < name.Length && char.IsLetter(name[i - 1]) && char.IsLetter(name[i + 1]))));
        return Tokenizer.Keys(joined).Where(k => k is not ("-" or "–" or "—" or "the" or "," or "(" or ")")).Order(StringComparer.Ordinal).ToList() is { Count: >= 5 } keys
            ? string.Join(' ', keys) : string.Empty;
    }

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ImmutableArray<GraphForm>> formsByKind = new(StringComparer.Ordinal);

    /// <summary>The built-in states' ids by their capitals' folded names.</summary>
    private readonly Dictionary<string, string> capitals = new(StringComparer.Ordinal);

    public Graph Graph { get; }

    public TriggerLexicon Lexicon { get; }

    public TypeResolver Types { get; }

    public Gazetteer Gazetteer { get; } = new();

    public FrozenDictionary<string, KnownEntity> Known { get; }

    /// <summary>Gets the relation types of the lexicon's offices (head-of-state-of, foreign-minister-of, ...).</summary>
    public FrozenSet<string> OfficeTypes { get; }

    public ImmutableArray<TriggerPhrase> Triggers { get; }

    public ImmutableArray<TitlePhrase> Titles { get; }

    /// <summary>Gets the trigger phrases by their first folded word, longest first, so a token is compared only with the phrases it can begin.</summary>
    public FrozenDictionary<string, ImmutableArray<TriggerPhrase>> TriggersByFirstKey { get; }

    /// <summary>Gets the office titles by their first folded word, longest first.</summary>
    public FrozenDictionary<string, ImmutableArray<TitlePhrase>> TitlesByFirstKey { get; }

    /// <summary>
    /// The longest office title whose words start at a token, or null. A title that ends in a portfolio takes the portfolios
    /// joined to it ("Minister for Foreign Affairs and Trade", "Minister of Foreign Affairs and Expatriates"):
    /// the office is still the first one's, and the name follows the last portfolio.
    /// </summary>
    public TitlePhrase? TitleAt(IReadOnlyList<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && TitlesByFirstKey.TryGetValue(tokens[i].Key, out var titles)
            && titles.FirstOrDefault(t => ClauseAnalyzer.KeysAt(tokens, i, t.Keys)) is { } title
            ? WithJoinedPortfolios(tokens, i, title)
            : null;

    /// <summary>
    /// The title with the portfolios joined to it by "and" (capitalized portfolio words), or the title itself. Not when
    /// another title follows ("the Minister of Foreign Affairs and Defence Minister X" names two offices).
    /// </summary>
    private TitlePhrase WithJoinedPortfolios(IReadOnlyList<Token> tokens, int i, TitlePhrase title)
    {
        var end = i + title.Keys.Length;
        if (!WordLists.PortfolioWords.Contains(title.Keys[^1]) || end + 1 >= tokens.Count || tokens[end].Key != "and"
            || PortfolioEnd(tokens, end + 1, _ => true) is var after && after == end + 1
            || (after < tokens.Count && (TitlesByFirstKey.ContainsKey(tokens[after].Key) || WordLists.PersonNouns.Contains(tokens[after].Key))))
        {
            return title;
        }

        return title with { Keys = [.. Enumerable.Range(i, after - i).Select(k => tokens[k].Key)] };
    }

    /// <summary>
    /// The token after a minister's portfolio that starts at <paramref name="from"/> (capitalized portfolio words joined by
    /// "and" or a hyphen: "Internal Affairs", "Foreign Affairs and Trade"), or <paramref name="from"/> when there is none.
    /// </summary>
    /// <param name="tokens">The sentence's tokens.</param>
    /// <param name="from">Where the portfolio would start.</param>
    /// <param name="free">Whether a token may belong to it (not inside a mention already read).</param>
    public static int PortfolioEnd(IReadOnlyList<Token> tokens, int from, Func<int, bool> free)
    {
        var k = from;
        while (k < tokens.Count && tokens[k] is { Kind: TokenKind.Word } t && free(k)
            && ((t.IsCapitalized && WordLists.PortfolioWords.Contains(t.Key)) || (k > from && t.Key is "and" or "-")))
        {
            k++;
        }

        while (k > from && tokens[k - 1].Key is "and" or "-")
        {
            k--;
        }

        return k;
    }

    /// <summary>The trigger phrases whose words start at a token, longest first.</summary>
    public IEnumerable<TriggerPhrase> TriggersAt(IReadOnlyList<Token> tokens, int i) =>
        i >= 0 && i < tokens.Count && TriggersByFirstKey.TryGetValue(tokens[i].Key, out var phrases)
            ? phrases.Where(t => ClauseAnalyzer.KeysAt(tokens, i, t.Keys))
            : [];

    public string? StateKind { get; }

    public string? OfficialKind { get; }

    public string? PersonKind { get; }

    public string? OrganizationKind { get; }

    public string? MilitaryUnitKind { get; }

    public string? AgreementKind { get; }

    public string? EventKind { get; }

    public string? WeaponKind { get; }

    public string? OutletKind { get; }

    public string? PlaceKind { get; }

    /// <summary>Gets the names and aliases of the graph's entities of a kind, tokenized once per model (linking compares them with the text).</summary>
    public ImmutableArray<GraphForm> GraphForms(string kind) =>
        formsByKind.GetOrAdd(kind, k => [.. Known.Values.Where(e => !e.IsNew && e.Kind == k)
            .SelectMany(e => (Graph.FindEntity(e.Id)?.Aliases ?? []).Prepend(e.Name).Distinct(StringComparer.Ordinal).Select(f => new GraphForm(e, f, Tokenizer.Tokenize(f))))]);

    /// <summary>The state with an ISO 3166-1 alpha-2 code (of the graph or the built-in list), or null.</summary>
    public KnownEntity? StateByAlpha2(string alpha2) => Known.Values.FirstOrDefault(k => k.Kind == StateKind && k.IsoAlpha2 == alpha2);

    /// <summary>Gets whether an entity of the kind is a person (an official or a private person).</summary>
    public bool IsPersonKind(string kind) => kind == OfficialKind || kind == PersonKind;

    /// <summary>
    /// Whether an office of the role can be held by a holder of one kind in a seat of another (by the role's own types, no
    /// keyword guess): a prime minister is no office of a party, so "GD Prime Minister X" names the party, not the seat.
    /// </summary>
    public bool OfficeFits(RoleConcept role, string holderKind, string seatKind) =>
        Types.Resolve(role.Types, null, null, [], holderKind, seatKind, out _) is not null;

    /// <summary>Whether a person's role names the state: Aliyev ("President of Azerbaijan") is an official of Azerbaijan.</summary>
    public bool IsOfficialOf(KnownEntity person, KnownEntity state) =>
        IsPersonKind(person.Kind) && state.Kind == StateKind && person.Role is { } role
        && TextFold.Fold(role).Contains(TextFold.Fold(state.Name), StringComparison.Ordinal);

    /// <summary>The ids of the known states whose name the person's office holds, in the model's order.</summary>
    public IEnumerable<string> StatesServedBy(KnownEntity person) => Known.Values.Where(e => e.Kind == StateKind && IsOfficialOf(person, e)).Select(e => e.Id);

    private string? Kind(params string[] names) => names.FirstOrDefault(n => Graph.FindEntityKind(n) is not null);

    /// <summary>The state whose capital a place's name is ("Moscow": Russia), if any.</summary>
    /// <param name="placeName">The place's name.</param>
    /// <returns>The state's id, or null.</returns>
    public string? StateOfCapital(string placeName) => capitals.GetValueOrDefault(TextFold.Fold(placeName));

    /// <summary>Adds a built-in state: its forms join the graph's entity for it when there is one, else a new State.</summary>
    private void AddState(WorldState s, Dictionary<string, KnownEntity> known)
    {
        var names = new[] { s.Name }.Concat(s.OtherNames).ToList();
        var match = known.Values.FirstOrDefault(k => k.Kind == StateKind && (k.IsoAlpha2 == s.Alpha2 || k.IsoAlpha3 == s.Alpha3))
            ?? known.Values.FirstOrDefault(k => k.Kind == StateKind && names.Any(n => Gazetteer.Lookup(n).Contains(k.Id)));
        KnownEntity entity;
        if (match is not null)
        {
            entity = match;
            entity.IsoAlpha2 ??= s.Alpha2;
            entity.IsoAlpha3 ??= s.Alpha3;
        }
        else
        {
            var id = TextFold.Slug(s.Name);
            if (known.ContainsKey(id))
            {
                id = TextFold.Slug(s.Name + " " + s.Alpha2);
            }

            entity = new KnownEntity(id, s.Name, StateKind!, isNew: true, "world-states") { IsoAlpha2 = s.Alpha2, IsoAlpha3 = s.Alpha3, Confidence = 0.95 };
            known[id] = entity;
        }

        // The graph's curated forms win: a built-in form that a graph entity already uses is left out.
        foreach (var n in names)
        {
            AddBuiltIn(entity.Id, n, n == s.Name && entity.IsNew ? FormKind.Name : FormKind.Alias);
        }

        foreach (var d in s.Demonyms)
        {
            AddBuiltIn(entity.Id, d, FormKind.Demonym);
            AddBuiltIn(entity.Id, d + "s", FormKind.Demonym);
        }

        foreach (var c in s.Capitals)
        {
            capitals.TryAdd(TextFold.Fold(c), entity.Id);

            // "Brussels" in the news is the European Union's institutions far more often than Belgium's government.
            var body = c == "Brussels" && OrganizationKind is { } org
                ? known.Values.FirstOrDefault(k => k.Kind == org && !k.IsNew && Gazetteer.Lookup("European Union").Contains(k.Id))
                : null;
            AddBuiltIn(body?.Id ?? entity.Id, c, FormKind.Metonym);
        }
    }

    /// <summary>
    /// Adds a built-in body or outlet: its forms join the graph's entity of that kind when one of them names it
    /// already, else it is a new candidate. Kinds the vocabulary lacks are left out.
    /// </summary>
    private void AddBody(KnownBody b, Dictionary<string, KnownEntity> known)
    {
        var kind = b.Kind switch { "Outlet" => OutletKind, "Place" => PlaceKind, _ => OrganizationKind };
        var rule = b.Kind == "Place" ? "known-places" : "known-bodies";
        if (kind is null)
        {
            return;
        }

        var names = b.OtherNames.Prepend(b.Name).ToList();
        var entity = known.Values.FirstOrDefault(k => k.Kind == kind && !k.IsNew && names.Any(n => Gazetteer.Lookup(n).Contains(k.Id)));
        if (entity is null)
        {
            var id = TextFold.Slug(b.Name);
            if (known.ContainsKey(id))
            {
                return; // a graph entity of another kind has the id: the graph's reading wins
            }

            entity = new KnownEntity(id, b.Name, kind, isNew: true, rule) { Confidence = 0.9 };
            known[id] = entity;
        }

        foreach (var n in names)
        {
            AddBuiltIn(entity.Id, n, n == b.Name && entity.IsNew ? FormKind.Name : FormKind.Alias);
        }
    }

    private void AddBuiltIn(string id, string surface, FormKind form)
    {
        if (!Gazetteer.Lookup(surface).Any(other => other != id && Graph.FindEntity(other) is not null))
        {
            Gazetteer.Add(id, surface, form, builtIn: true);
        }
    }
}
