using System.Net;
using System.Text.Json;
using KnowledgeGraph.Testing;

namespace KnowledgeGraph.Api.Tests;

/// <summary>
/// The source parameters of /api/relations, the neighbourhood and the paths (documents, excludeDocuments, minSources,
/// knownAt, contested, includeContested) and the relation fields supportingDocuments, outletCount and contested, on the
/// real API host over the library tests' fixture TestData/Sources, whose documents disagree, and over graph-data/.
/// </summary>
public sealed class SourcesApiTests
{
    private static readonly string Sources = ApiFactory.SourcesFixture;

    private ApiFactory factory = null!;
    private HttpClient client = null!;

    [OneTimeSetUp]
    public void Start()
    {
        factory = new ApiFactory(Sources);
        client = factory.CreateClient();
    }

    [OneTimeTearDown]
    public void Stop()
    {
        client.Dispose();
        factory.Dispose();
    }

    private static string[] Ids(JsonElement items) => [.. items.EnumerateArray().Select(r => r.GetProperty("id").GetString()!)];

    [Test]
    public async Task Relations_CarryTheirSupportingDocumentsOutletCountAndContestedFlag()
    {
        var page = await ApiFactory.GetOk(client, "/api/relations?limit=500");
        var parade = page.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "pashinyan-accepted-parade");
        var signed = page.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "armenia-signed-peace-agreement");
        Assert.Multiple(() =>
        {
            Assert.That(parade.GetProperty("supportingDocuments").EnumerateArray().Select(d => d.GetString()),
                Is.EqualTo(new[] { "analysis", "tass-parade", "gazeta-citing-tass", "mirror-spectator-reprint" }));
            Assert.That(parade.GetProperty("outletCount").GetInt32(), Is.EqualTo(3));
            Assert.That(parade.GetProperty("contested").GetBoolean(), Is.False);
            Assert.That(signed.GetProperty("contested").GetBoolean(), Is.True);
            Assert.That(signed.GetProperty("sentence").GetString(), Does.Contain("denied by joint-declaration, arminfo-call"));
        });
    }

    [Test]
    public async Task RelationList_FiltersByDocumentsSourcesReportTimeAndContestedness()
    {
        Assert.Multiple(async () =>
        {
            Assert.That(Ids((await ApiFactory.GetOk(client, "/api/relations?contested=true")).GetProperty("items")),
                Is.EqualTo(new[] { "pashinyan-call-putin", "armenia-signed-peace-agreement" }));
            Assert.That(Ids((await ApiFactory.GetOk(client, "/api/relations?documents=kommersant-call")).GetProperty("items")),
                Is.EqualTo(new[] { "armenia-signed-peace-agreement" }));
            Assert.That(Ids((await ApiFactory.GetOk(client, "/api/relations?minSources=3")).GetProperty("items")),
                Is.EqualTo(new[] { "pashinyan-call-putin", "pashinyan-accepted-parade" }));
            Assert.That(Ids((await ApiFactory.GetOk(client, "/api/relations?knownAt=2025-03-20")).GetProperty("items")),
                Does.Contain("pashinyan-call-putin").And.Not.Contain("pashinyan-accepted-parade"));
            Assert.That(Ids((await ApiFactory.GetOk(client, "/api/relations?excludeDocuments=analysis,kremlin-readout,mirror-spectator-reprint")).GetProperty("items")),
                Does.Not.Contain("pashinyan-call-putin"));
        });
    }

    [Test]
    public async Task Neighbourhood_AndPaths_FollowContestedRelationsOnlyWhenAsked()
    {
        var plain = await ApiFactory.GetOk(client, "/api/entities/vladimir-putin/neighbourhood");
        var asked = await ApiFactory.GetOk(client, "/api/entities/vladimir-putin/neighbourhood?includeContested=true");
        var onlyReadout = await ApiFactory.GetOk(client, "/api/entities/vladimir-putin/neighbourhood?includeContested=true&documents=kremlin-readout");
        var path = await ApiFactory.GetOk(client, "/api/paths?from=armenia&to=washington-peace-agreement&includeContested=true&k=3");
        var byDefault = await ApiFactory.GetOk(client, "/api/paths?from=armenia&to=washington-peace-agreement&k=3");
        var kommersantAlone = await ApiFactory.GetOk(client, "/api/paths?from=armenia&to=washington-peace-agreement&k=3&documents=kommersant-call");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(plain.GetProperty("edges")), Does.Not.Contain("pashinyan-call-putin"));
            Assert.That(Ids(asked.GetProperty("edges")), Does.Contain("pashinyan-call-putin"));
            Assert.That(Ids(onlyReadout.GetProperty("edges")), Is.EqualTo(new[] { "pashinyan-call-putin" }));
            Assert.That(path.GetProperty("paths").EnumerateArray().SelectMany(p => Ids(p.GetProperty("edges"))), Does.Contain("armenia-signed-peace-agreement"));
            Assert.That(byDefault.GetProperty("paths").EnumerateArray().SelectMany(p => Ids(p.GetProperty("edges"))), Is.EqualTo(new[] { "armenia-initialled-peace-agreement" }));
            Assert.That(kommersantAlone.GetProperty("paths").EnumerateArray().SelectMany(p => Ids(p.GetProperty("edges"))), Is.EqualTo(new[] { "armenia-signed-peace-agreement" }),
                "Kommersant alone does not disagree with itself: by its account the agreement was signed");
        });
    }

    [Test]
    public async Task AContestedRelation_ListsItsDisputingDocumentsAndEachPositionWithItsDocuments()
    {
        var signed = await ApiFactory.GetOk(client, "/api/relations?entity=armenia&type=signed&contested=true");
        var relation = signed.GetProperty("items").EnumerateArray().Single();
        var call = (await ApiFactory.GetOk(client, "/api/relations?contested=true")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "pashinyan-call-putin");
        var parade = (await ApiFactory.GetOk(client, "/api/relations?minSources=3")).GetProperty("items").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "pashinyan-accepted-parade");
        static string[] Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
        Assert.Multiple(() =>
        {
            Assert.That(Strings(relation.GetProperty("disputingDocuments")), Is.EqualTo(new[] { "joint-declaration", "arminfo-call" }));
            var positions = relation.GetProperty("positions").EnumerateArray().ToList();
            Assert.That(positions.Select(p => p.GetProperty("certainty").GetString()), Is.EqualTo(new[] { "stated", "denied" }));
            Assert.That(positions.Select(p => string.Join(",", Strings(p.GetProperty("documents")))), Is.EqualTo(new[] { "kommersant-call", "joint-declaration,arminfo-call" }));
            var dates = call.GetProperty("positions").EnumerateArray().Select(p => p.GetProperty("time").GetProperty("point").GetString());
            Assert.That(dates, Is.EqualTo(new[] { "2025-03-14", "2025-03-13" }), "the reprint gives another date");
            Assert.That(parade.GetProperty("positions").GetArrayLength(), Is.Zero, "an uncontested relation lists no positions");
            Assert.That(parade.GetProperty("disputingDocuments").GetArrayLength(), Is.Zero);
        });
    }

    [Test]
    public async Task TheSourceFilter_ShowsEachRelationWithOnlyTheCountedEvidence_AndJudgesItOnThatEvidence()
    {
        static string[] Strings(JsonElement e) => [.. e.EnumerateArray().Select(x => x.GetString()!)];
        static JsonElement Call(JsonElement items) => items.EnumerateArray().Single(r => r.GetProperty("id").GetString() == "pashinyan-call-putin");
        var agreeing = Call((await ApiFactory.GetOk(client, "/api/relations?entity=vladimir-putin&documents=analysis,kremlin-readout")).GetProperty("items"));
        var disagreeing = Call((await ApiFactory.GetOk(client, "/api/relations?entity=vladimir-putin&documents=analysis,mirror-spectator-reprint")).GetProperty("items"));
        var path = (await ApiFactory.GetOk(client, "/api/paths?from=nikol-pashinyan&to=vladimir-putin&documents=kremlin-readout")).GetProperty("paths")[0];
        var edge = Call((await ApiFactory.GetOk(client, "/api/entities/vladimir-putin/neighbourhood?excludeDocuments=mirror-spectator-reprint")).GetProperty("edges"));
        var putin = await ApiFactory.GetOk(client, "/api/entities/vladimir-putin?documents=kremlin-readout");
        Assert.Multiple(() =>
        {
            Assert.That(agreeing.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("document").GetString()), Is.EqualTo(new[] { "analysis", "kremlin-readout" }));
            Assert.That(Strings(agreeing.GetProperty("supportingDocuments")), Is.EqualTo(new[] { "analysis", "kremlin-readout" }));
            Assert.That(agreeing.GetProperty("contested").GetBoolean(), Is.False, "the two counted documents agree on 14 March");
            Assert.That(agreeing.GetProperty("positions").GetArrayLength(), Is.Zero);
            Assert.That(agreeing.GetProperty("sentence").GetString(), Does.Not.Contain("mirror-spectator-reprint"));
            Assert.That(disagreeing.GetProperty("contested").GetBoolean(), Is.True);
            Assert.That(disagreeing.GetProperty("positions").EnumerateArray().Select(p => string.Join(",", Strings(p.GetProperty("documents")))), Is.EqualTo(new[] { "analysis", "mirror-spectator-reprint" }));
            Assert.That(disagreeing.GetProperty("outletCount").GetInt32(), Is.EqualTo(2));
            Assert.That(path.GetProperty("explanation").GetString(), Is.EqualTo("Nikol Pashinyan held a phone call with Vladimir Putin (14 March 2025; paragraph 1)"), "one document: named nowhere");
            Assert.That(path.GetProperty("edges")[0].GetProperty("sentence").GetString(), Is.EqualTo(path.GetProperty("explanation").GetString()));
            Assert.That(edge.GetProperty("evidence").GetArrayLength(), Is.EqualTo(2), "the reprint's evidence is left out");
            Assert.That(edge.GetProperty("contested").GetBoolean(), Is.False);
            Assert.That(Ids(putin.GetProperty("relations")), Is.EqualTo(new[] { "pashinyan-call-putin" }), "what the readout says of Putin");
            Assert.That(Strings(putin.GetProperty("supportingDocuments")), Is.EqualTo(new[] { "kremlin-readout" }));
            Assert.That(putin.GetProperty("outletCount").GetInt32(), Is.EqualTo(1));
        });
    }

    [Test]
    public async Task AnEntity_WithAnUnknownDocumentOrABadReportDate_IsAValidationProblem()
    {
        using var response = await client.GetAsync(new Uri("/api/entities/vladimir-putin?documents=kremlin-redout&knownAt=2025-13", UriKind.Relative));
        var body = await ApiFactory.ReadJson(response);
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(body.GetProperty("errors").GetProperty("documents")[0].GetString(), Does.Contain("did you mean 'kremlin-readout'"));
            Assert.That(body.GetProperty("errors").TryGetProperty("knownAt", out _), Is.True);
        });
    }

    [Test]
    public async Task Documents_CarryTheirOutletPublicationDateAddressAndWhatTheyRepeat()
    {
        var documents = (await ApiFactory.GetOk(client, "/api/documents")).EnumerateArray().ToDictionary(d => d.GetProperty("id").GetString()!);
        Assert.Multiple(() =>
        {
            var gazeta = documents["gazeta-citing-tass"];
            Assert.That(gazeta.GetProperty("outlet").GetString(), Is.EqualTo("Gazeta.ru"));
            Assert.That(gazeta.GetProperty("outletEntity").GetString(), Is.EqualTo("gazeta"));
            Assert.That(gazeta.GetProperty("published").GetString(), Is.EqualTo("2025-04-15"));
            Assert.That(gazeta.GetProperty("url").GetString(), Is.EqualTo("https://example.org/gazeta-citing-tass"));
            Assert.That(gazeta.GetProperty("derivedFrom").EnumerateArray().Select(d => d.GetString()), Is.EqualTo(new[] { "tass-parade" }));
            Assert.That(documents["kommersant-call"].GetProperty("published").ValueKind, Is.EqualTo(JsonValueKind.Null));
        });
    }

    [Test]
    public async Task AnEntity_ListsTheDocumentsOfItsRelationsAndTheirIndependentOutlets()
    {
        var putin = await ApiFactory.GetOk(client, "/api/entities/vladimir-putin");
        Assert.Multiple(() =>
        {
            Assert.That(putin.GetProperty("supportingDocuments").EnumerateArray().Select(d => d.GetString()),
                Is.EquivalentTo(new[] { "analysis", "kremlin-readout", "mirror-spectator-reprint", "arminfo-call" }), "both calls, the merged transliteration's included");
            Assert.That(putin.GetProperty("outletCount").GetInt32(), Is.EqualTo(4), "the analysis outlet, the Kremlin website, OC Media (reprinted) and ArmInfo");
        });
    }

    [Test]
    public async Task Paths_WeightedByPreferSupported_PreferTheBetterSupportedLongerPath()
    {
        static string[][] Steps(JsonElement response) =>
            [.. response.GetProperty("paths").EnumerateArray().Select(p => Ids(p.GetProperty("edges")))];
        var byHops = await ApiFactory.GetOk(client, "/api/paths?from=armenia&to=russia&k=2");
        var bySupport = await ApiFactory.GetOk(client, "/api/paths?from=armenia&to=russia&k=2&weighting=prefer-supported");
        var withoutArmInfo = await ApiFactory.GetOk(client, "/api/paths?from=armenia&to=russia&weighting=prefer-supported&excludeDocuments=arminfo-call");
        string[] viaEaeu = ["armenia-member-of-eaeu", "russia-member-of-eaeu"];
        string[] viaParade = ["pashinyan-holds-office-in-armenia", "pashinyan-accepted-parade", "parade-held-in-russia"];
        Assert.Multiple(() =>
        {
            Assert.That(Steps(byHops), Is.EqualTo(new[] { viaEaeu, viaParade }));
            Assert.That(Steps(bySupport), Is.EqualTo(new[] { viaParade, viaEaeu }));
            Assert.That(Steps(withoutArmInfo), Is.EqualTo(new[] { viaEaeu }), "outlets are counted on the evidence the source filters count");
        });
    }

    [Test]
    public async Task AnUnknownWeightingOrAWeightingWithAll_IsAValidationProblemNamingWeighting()
    {
        foreach (var (query, expected) in new[]
        {
            ("weighting=prefer-sources", "weighting 'prefer-sources' is not allowed; use one of: hops, prefer-supported, prefer-stated, prefer-cooperative."),
            ("weighting=prefer-supported&all=true", "weighting is PreferSupported, but mode AllShortest finds paths by their number of relations: give a weighting only with mode KShortest."),
        })
        {
            using var response = await client.GetAsync(new Uri($"/api/paths?from=armenia&to=russia&{query}", UriKind.Relative));
            var body = await ApiFactory.ReadJson(response);
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), query);
            Assert.That(body.GetProperty("errors").GetProperty("weighting")[0].GetString(), Is.EqualTo(expected), query);
        }
    }

    [Test]
    public async Task UnknownDocumentAndBadMinSources_AreValidationProblemsNamingTheParameters()
    {
        using var response = await client.GetAsync(new Uri("/api/relations?documents=kremlin-redout&minSources=500", UriKind.Relative));
        var body = await response.Content.ReadAsStringAsync();
        Assert.Multiple(() =>
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest), body);
            Assert.That(body, Does.Contain("documents").And.Contain("kremlin-readout").And.Contain("minSources"));
        });
    }

    [Test]
    public async Task RealGraph_OnlyTheArticle_AnswersAsTheArticleAlone()
    {
        const string Article = "armenia-new-diplomatic-moves-2025";
        static string WithArticle(string url) => url + (url.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "documents=" + Article;
        var aloneFolder = DocumentSubset.WriteFolder(ApiFactory.GraphData, Article);
        try
        {
            using var real = new ApiFactory();
            using var alone = new ApiFactory(aloneFolder);
            using var realHttp = real.CreateClient();
            using var aloneHttp = alone.CreateClient();
            foreach (var url in new[]
            {
                "/api/relations?limit=500",
                "/api/relations?entity=vladimir-putin&certainty=stated,reported",
                "/api/entities/armenia/neighbourhood?depth=2",
                "/api/entities/nikol-pashinyan/neighbourhood?includeUncertain=true",
                "/api/paths?from=nikol-pashinyan&to=israel&k=3",
                "/api/paths?from=nikol-pashinyan&to=vladimir-putin&k=3",
                "/api/paths?from=armenia&to=russia&k=5&weighting=prefer-supported",
                "/api/paths?from=israel&to=nikol-pashinyan&all=true",
                "/api/entities/armenia",
                "/api/entities/csto",
                "/api/relations?since=2025-03-14&until=2025-03-25&limit=100",
                "/api/relations?certainty=denied,hypothetical,hedged&limit=100",
                "/api/relations?type=held-phone-call-with,visited,member-of&limit=500",
                "/api/relations?entity=armenia&contested=false&limit=500",
                "/api/entities/russia/neighbourhood?depth=2&asOf=2025-03-20",
                "/api/entities/csto/neighbourhood?depth=3&excludeKinds=Outlet&includeUncertain=true",
                "/api/paths?from=armenia&to=israel&k=5&includeUncertain=true&weighting=prefer-stated",
                "/api/paths?from=nikol-pashinyan&to=israel&k=3&weighting=prefer-cooperative",
                "/api/paths?from=armenia&to=iran&all=true",
                "/api/paths?from=armenia&to=mikhail-galuzin&excludeEntities=russia&all=true",
                "/api/entities/nikol-pashinyan",
                "/api/entities/vladimir-putin",
                "/api/entities/russia",
                "/api/entities/alen-simonyan",
            })
            {
                var expected = (await ApiFactory.GetOk(aloneHttp, url)).GetRawText();
                var filtered = (await ApiFactory.GetOk(realHttp, WithArticle(url))).GetRawText();
                Assert.That(filtered, Is.EqualTo(expected), url + ": the whole answer, evidence, documents, outlets, positions and sentences included");
            }

            // Exports of a query's result too: the file holds only what the article says, its sources and flags.
            foreach (var url in new[]
            {
                "/api/entities/csto/neighbourhood?depth=2&format=graphml",
                "/api/entities/nikol-pashinyan/neighbourhood?format=cytoscape",
                "/api/paths?from=nikol-pashinyan&to=israel&k=3&format=turtle",
                "/api/paths?from=armenia&to=russia&k=3&format=json",
            })
            {
                var expected = await aloneHttp.GetStringAsync(new Uri(url, UriKind.Relative));
                var filtered = await realHttp.GetStringAsync(new Uri(WithArticle(url), UriKind.Relative));
                Assert.That(filtered, Is.EqualTo(expected), url + ": the exported file");
            }
        }
        finally
        {
            Directory.Delete(aloneFolder, recursive: true);
        }
    }

    [Test]
    public async Task RealGraph_DocumentsAndMinSources_ChooseWhatTheSourcesSay()
    {
        using var real = new ApiFactory();
        using var http = real.CreateClient();
        const string Call = "/api/relations?source=nikol-pashinyan&target=vladimir-putin&type=held-phone-call-with";
        var calls = await ApiFactory.GetOk(http, Call);
        var byTheArticle = await ApiFactory.GetOk(http, Call + "&documents=armenia-new-diplomatic-moves-2025");
        var byArmInfo = await ApiFactory.GetOk(http, Call + "&documents=arminfo-pashinyan-putin-call-washington-results-2025-08-11");
        var twoOutlets = await ApiFactory.GetOk(http, "/api/relations?type=signed,initialled&target=armenia-azerbaijan-peace-treaty&minSources=2&limit=100");
        var contested = await ApiFactory.GetOk(http, "/api/relations?contested=true&limit=100");
        var march = calls.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "pashinyan-phone-call-putin-2025-03-14");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(calls.GetProperty("items")), Is.EquivalentTo(new[] { "pashinyan-phone-call-putin-2025-03-14", "pashinyan-phone-call-putin-2025-08-11" }));
            Assert.That(Ids(byTheArticle.GetProperty("items")), Is.EqualTo(new[] { "pashinyan-phone-call-putin-2025-03-14" }));
            Assert.That(Ids(byArmInfo.GetProperty("items")), Is.EqualTo(new[] { "pashinyan-phone-call-putin-2025-08-11" }));
            Assert.That(march.GetProperty("contested").GetBoolean(), Is.True);
            Assert.That(march.GetProperty("outletCount").GetInt32(), Is.GreaterThanOrEqualTo(2), "the article, the readout's report and the reprint all tell the call");
            Assert.That(Ids(twoOutlets.GetProperty("items")), Is.EquivalentTo(new[] { "armenia-initialled-peace-treaty-2025-08-08", "azerbaijan-initialled-peace-treaty-2025-08-08" }),
                "only Kommersant says signed");
            Assert.That(Ids(contested.GetProperty("items")), Does.Contain("armenia-signed-peace-treaty-2025-08-08").And.Contain("referendum-prerequisite-for-peace-treaty").And.Contain("armenia-member-of-csto"));
        });
    }

    [Test]
    public async Task RealGraph_KnownAt_BeforeTheDenialTheReferendumLinkIsNotContested()
    {
        using var real = new ApiFactory();
        using var http = real.CreateClient();
        var before = await ApiFactory.GetOk(http, "/api/relations?contested=true&knownAt=2025-08-20&limit=100");
        var after = await ApiFactory.GetOk(http, "/api/relations?contested=true&knownAt=2025-08-21&limit=100");
        Assert.Multiple(() =>
        {
            Assert.That(Ids(before.GetProperty("items")), Does.Not.Contain("referendum-prerequisite-for-peace-treaty"));
            Assert.That(Ids(after.GetProperty("items")), Does.Contain("referendum-prerequisite-for-peace-treaty"));
        });
    }
}
