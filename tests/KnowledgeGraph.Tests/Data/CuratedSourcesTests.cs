using KnowledgeGraph.Model;
using KnowledgeGraph.Queries;

namespace KnowledgeGraph.Tests.Data;

/// <summary>
/// The many sources of the curated graph-data/: documents from several outlets, corroboration counted by
/// <see cref="Graph.SupportOf(Relation)"/>, every disagreement found while curating marked as a contested relation with
/// the expected documents on each side, report time, and the original article's claims checked against the data.
/// </summary>
public sealed class CuratedSourcesTests
{
    private const string Article = ArticleAlone.Article;

    private static readonly Lazy<Graph> Loaded = new(Graph.LoadDefault);

    /// <summary>
    /// The contested relations marked while curating, each with its positions in evidence order: the certainty, the
    /// time where the documents disagree on it, and the documents that take that position.
    /// </summary>
    private static readonly Dictionary<string, (Certainty Certainty, string? Time, string[] Documents)[]> Contested = new(StringComparer.Ordinal)
    {
        ["pashinyan-phone-call-putin-2025-03-14"] =
        [
            (Certainty.Stated, "2025-03-14", [Article, "turkiyescoop-putin-pashinyan-phone-call-2025-03"]),
            (Certainty.Stated, "2025-03-13", ["mirrorspectator-pashinyan-victory-day-moscow-2025-05"]),
        ],
        ["simonyan-rejected-trilateral-format"] =
        [
            (Certainty.Stated, "2025-03-25", [Article]),
            (Certainty.Stated, "2025-03-26", ["vestnik-kavkaza-zakharova-trilateral-format-2025-03-27"]),
        ],
        ["armenia-rejected-trilateral-format"] =
        [
            (Certainty.Reported, "2025-03-25", [Article]),
            (Certainty.Reported, "2025-03-26", ["vestnik-kavkaza-zakharova-trilateral-format-2025-03-27"]),
        ],
        ["referendum-prerequisite-for-peace-treaty"] =
        [
            (Certainty.Hedged, null, [Article, "azatutyun-constitution-precondition-peace-treaty-2025-11-28", "news-az-washington-joint-declaration-expected-2025-08-07"]),
            (Certainty.Denied, null, ["1news-az-pashinyan-new-constitution-referendum-2027-2025-08-21"]),
        ],
        ["eu-observation-mission-may-withdraw-from-border"] =
        [
            (Certainty.Hypothetical, null, [Article, "armenpress-hovhannisyan-euma-new-mandate-2025-03"]),
            (Certainty.Reported, null, ["caliber-hovhannisyan-eu-civilian-mission-2025-03"]),
        ],
        ["armenia-acquired-akash-air-defense-system"] =
        [
            (Certainty.Stated, null, [Article]),
            (Certainty.Hedged, null, ["etvbharat-akash-battery-export-2024-11"]),
        ],
        ["armenia-signed-peace-treaty-2025-08-08"] = SignedAgainstInitialled,
        ["azerbaijan-signed-peace-treaty-2025-08-08"] = SignedAgainstInitialled,
        ["armenia-member-of-csto"] =
        [
            (Certainty.Reported, null, ["1news-az-putin-armenia-csto-2025-11-27"]),
            (Certainty.Denied, null, ["lenta-simonyan-armenia-left-csto-2025-11-26", "meduza-pashinyan-armenia-outside-csto-2024-12-04", "ng-simonyan-armenia-no-csto-participation-2026-02-03"]),
        ],
    };

    private static (Certainty Certainty, string? Time, string[] Documents)[] SignedAgainstInitialled =>
    [
        (Certainty.Stated, null, ["kommersant-pashinyan-erdogan-call-washington-2025-08"]),
        (Certainty.Denied, null, Initialling),
    ];

    /// <summary>The documents that call the Washington text of 8 August 2025 initialled (so not signed), in load order.</summary>
    private static string[] Initialling =>
    [
        "1news-az-pashinyan-new-constitution-referendum-2027-2025-08-21",
        "arminfo-pashinyan-putin-call-washington-results-2025-08-11",
        "azatutyun-constitution-precondition-peace-treaty-2025-11-28",
        "caliber-mirzoyan-washington-agreements-initialled-2025-08",
        "gazzettadiplomatica-washington-joint-declaration-2025-08",
        "ria-novosti-pashinyan-erdogan-call-2025-08-11",
        "vedomosti-pashinyan-erdogan-call-2025-08-11",
    ];

    private static Graph G => Loaded.Value;

    private static Relation R(string id) => G.FindRelation(id) ?? throw new AssertionException($"no relation {id}");

    [Test]
    public void Documents_AreManyFromManyIndependentOutlets()
    {
        var outlets = G.Relations.SelectMany(r => G.SupportOf(r).Outlets).ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(G.Documents, Has.Length.GreaterThanOrEqualTo(9));
            Assert.That(outlets, Has.Count.GreaterThanOrEqualTo(8));
            Assert.That(G.Documents.Where(d => d.Id != Article), Has.All.Matches<SourceDocument>(d => d!.Url is not null && d.Outlet is not null && d.File is null),
                "the new documents were read on the web: outlet and URL, no corpus file");
            Assert.That(G.Documents.Count(d => d.Published is not null), Is.GreaterThanOrEqualTo(9), "most have a publication date (report time)");
        });
    }

    [Test]
    public void Corroboration_AtLeastTenRelationsRestOnTwoDocumentsFromTwoOutlets()
    {
        var supported = G.Relations.Select(r => (r.Id, Support: G.SupportOf(r))).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(supported.Count(s => s.Support.Documents.Length >= 2), Is.GreaterThanOrEqualTo(10));
            Assert.That(supported.Count(s => s.Support.OutletCount >= 2), Is.GreaterThanOrEqualTo(10));
            Assert.That(supported.Count(s => s.Support.Documents.Contains(Article) && s.Support.Documents.Length >= 2), Is.GreaterThanOrEqualTo(10),
                "at least ten of the article's own relations are told by another document too");
        });
    }

    [Test]
    public void Corroboration_AReportCitingTassAndTheTassReportAreOneOutlet()
    {
        var speaker = G.SupportOf(R("simonyan-speaker-parliament-of-armenia"));
        Assert.Multiple(() =>
        {
            Assert.That(speaker.Documents, Does.Contain("gazeta-simonyan-csto-2025-03-25").And.Contain("tass-simonyan-pashinyan-victory-day-parade-2025-04-15"));
            Assert.That(G.FindDocument("gazeta-simonyan-csto-2025-03-25")!.DerivedFrom, Is.EqualTo(new[] { "tass" }));
            Assert.That(speaker.Outlets.Count(o => o == "tass"), Is.EqualTo(1));
            Assert.That(speaker.OutletCount, Is.LessThan(speaker.Documents.Length), "Gazeta.ru citing TASS, and Nezavisimaya Gazeta from TASS, count as TASS");
        });
    }

    [Test]
    public void Contested_EveryMarkedDisagreementHasBothSidesWithTheirDocuments()
    {
        Assert.That(G.Relations.Where(r => r.IsContested).Select(r => r.Id), Is.EquivalentTo(Contested.Keys), "no disagreement more or less than those marked");
        Assert.Multiple(() =>
        {
            foreach (var (id, expected) in Contested)
            {
                var relation = R(id);
                var positions = relation.Positions.Select(p => (p.Certainty, Time: p.Time.Point?.ToString(), Documents: string.Join(", ", p.Documents)));
                var wanted = expected.Select(e => (e.Certainty, Time: e.Time ?? relation.Time.Point?.ToString(), Documents: string.Join(", ", e.Documents)));
                Assert.That(positions, Is.EqualTo(wanted), id);
                Assert.That(G.Explain(relation), Does.Contain("contested: "), id);
            }
        });
    }

    [Test]
    public void Contested_SignedAgainstInitialled_OnlyKommersantSupportsTheSigning()
    {
        var signed = G.SupportOf(R("armenia-signed-peace-treaty-2025-08-08"));
        var initialled = G.SupportOf(R("armenia-initialled-peace-treaty-2025-08-08"));
        Assert.Multiple(() =>
        {
            Assert.That(signed.Documents, Is.EqualTo(new[] { "kommersant-pashinyan-erdogan-call-washington-2025-08" }));
            Assert.That(signed.DisputingDocuments, Is.EquivalentTo(Initialling));
            Assert.That(initialled.Contested, Is.False);
            Assert.That(initialled.Documents, Is.EquivalentTo(Initialling));
            Assert.That(initialled.OutletCount, Is.GreaterThan(signed.OutletCount));
            Assert.That(G.FindRelations(new RelationQuery { Types = ["signed"], Target = "armenia-azerbaijan-peace-treaty", MinSources = 2 }), Is.Empty,
                "one outlet alone says signed");
        });
    }

    [Test]
    public void KnownAt_TheReferendumLinkIsContestedOnlyOncePashinyanDeniedIt()
    {
        var denial = G.FindDocument("1news-az-pashinyan-new-constitution-referendum-2027-2025-08-21")!.Published!.Value.Earliest;
        string[] ContestedBy(DateOnly day) => [.. G.FindRelations(new RelationQuery { Contested = true, KnownAt = day }).Select(r => r.Id)];
        Assert.Multiple(() =>
        {
            Assert.That(ContestedBy(denial.AddDays(-1)), Does.Not.Contain("referendum-prerequisite-for-peace-treaty"));
            Assert.That(ContestedBy(denial), Does.Contain("referendum-prerequisite-for-peace-treaty"));
            Assert.That(G.FindRelations(new RelationQuery { KnownAt = denial.AddDays(-1), Documents = ["1news-az-pashinyan-new-constitution-referendum-2027-2025-08-21"] }), Is.Empty,
                "a document published later says nothing yet");
        });
    }

    [Test]
    public void KnownAt_TheCallIsDatedTwoWaysOnlyAfterTheReprint()
    {
        var reprint = G.FindDocument("mirrorspectator-pashinyan-victory-day-moscow-2025-05")!.Published!.Value.Earliest;
        bool CallContested(DateOnly day) => G.FindRelations(new RelationQuery { Contested = true, KnownAt = day }).Any(r => r.Id == "pashinyan-phone-call-putin-2025-03-14");
        Assert.Multiple(() =>
        {
            Assert.That(CallContested(reprint.AddDays(-1)), Is.False);
            Assert.That(CallContested(reprint), Is.True);
            Assert.That(G.FindPaths("nikol-pashinyan", "victory-day-80th-anniversary-celebration", new PathOptions { Filter = new TraversalFilter { KnownAt = new DateOnly(2025, 5, 1), RelationTypes = ["participant-in"] } }).Paths,
                Is.Empty, "that Pashinyan took part on 9 May was reported only in May");
        });
    }

    [Test]
    public void ArticleClaims_AgreeWithWhatTheOtherDocumentsSay()
    {
        var claims = G.FindDocument(Article)!.Claims;
        Assert.That(claims.Select(c => c.Verification).Distinct(), Is.EquivalentTo(new[] { ClaimVerification.Confirmed, ClaimVerification.Contested, ClaimVerification.Unconfirmed, ClaimVerification.Unchecked }));
        Assert.Multiple(() =>
        {
            foreach (var claim in claims)
            {
                var what = $"paragraph {claim.Paragraph}: {string.Join(", ", claim.Relations)}";
                var others = claim.Documents.ToHashSet(StringComparer.Ordinal);
                switch (claim.Verification)
                {
                    case ClaimVerification.Confirmed:
                        Assert.That(claim.Relations.Select(R), Has.All.Matches<Relation>(r => G.SupportOf(r!).Documents.Any(others.Contains)), $"confirmed by a document read: {what}");
                        break;
                    case ClaimVerification.Contested:
                        Assert.That(claim.Relations.Select(R).Any(r => r.IsContested && r.Positions.Any(p => !p.Documents.Contains(Article) && p.Documents.Any(others.Contains))),
                            Is.True, $"contested by a document read: {what}");
                        break;
                    case ClaimVerification.Unchecked:
                        Assert.That(claim.Documents, Is.Empty, $"nothing was read to check it: {what}");
                        break;
                }
            }
        });
    }

    [Test]
    public void ArticleClaims_EveryFootnoteOfTheArticleIsChecked()
    {
        var article = G.FindDocument(Article)!;
        Assert.That(article.Claims.Select(c => c.Footnote).OfType<int>().Distinct().Order(), Is.EqualTo(article.Footnotes.Select(f => f.Number).Order()));
    }
}
