using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Loading;

/// <summary>
/// Many sources on the fixture TestData/Sources, built to disagree as the documents of docs/sources/ do: the March
/// 2025 call dated the 14th by the analysis and the Kremlin readout and the 13th by a reprint; the Washington
/// agreement "signed" in Kommersant and "initialled" in the declaration's text and ArmInfo; a report citing TASS; and
/// a second transliteration of Pashinyan merged into the first by resolution.json.
/// </summary>
public sealed class MultiSourceTests
{
    private static readonly Lazy<Graph> Sources = new(() => Graph.Load(Path.Combine(RepositoryPaths.TestData, "Sources")));

    private static Graph G => Sources.Value;

    private static Relation R(string id) => G.FindRelation(id) ?? throw new AssertionException($"no relation {id}");

    [Test]
    public void WebDocument_HasOutletUrlAndDateButNoFile()
    {
        var doc = G.FindDocument("kremlin-readout")!;
        Assert.Multiple(() =>
        {
            Assert.That(doc.File, Is.Null);
            Assert.That(doc.Outlet, Is.EqualTo("President of Russia"));
            Assert.That(doc.OutletEntity, Is.EqualTo("kremlin-website"));
            Assert.That(doc.Url, Is.EqualTo("https://example.org/kremlin-readout"));
            Assert.That(doc.Published, Is.EqualTo(PartialDate.Parse("2025-03-14")));
            Assert.That(G.FindDocument("gazeta-citing-tass")!.DerivedFrom, Is.EqualTo(new[] { "tass-parade" }));
        });
    }

    [Test]
    public void SupportOf_CountsDocumentsAndIndependentOutlets_AReportCitingTassIsNotIndependent()
    {
        var support = G.SupportOf(R("pashinyan-accepted-parade"));
        Assert.Multiple(() =>
        {
            Assert.That(support.Documents, Is.EqualTo(new[] { "analysis", "tass-parade", "gazeta-citing-tass", "mirror-spectator-reprint" }));
            Assert.That(support.Outlets, Is.EqualTo(new[] { "analysis-outlet", "tass", "oc-media" }), "Gazeta citing TASS is TASS; the Mirror-Spectator reprint is OC Media");
            Assert.That(support.OutletCount, Is.EqualTo(3));
            Assert.That(support.Contested, Is.False);
        });
    }

    [Test]
    public void DifferentDates_MakeTheCallContested_WithBothPositionsAndTheirEvidence()
    {
        var call = R("pashinyan-call-putin");
        var positions = call.Positions;
        Assert.Multiple(() =>
        {
            Assert.That(call.IsContested, Is.True);
            Assert.That(positions, Has.Length.EqualTo(2));
            Assert.That(positions[0].Time, Is.EqualTo(RelationTime.At(PartialDate.Parse("2025-03-14"))));
            Assert.That(positions[0].Documents, Is.EqualTo(new[] { "analysis", "kremlin-readout" }));
            Assert.That(positions[1].Time, Is.EqualTo(RelationTime.At(PartialDate.Parse("2025-03-13"))));
            Assert.That(positions[1].Documents, Is.EqualTo(new[] { "mirror-spectator-reprint" }));
            Assert.That(G.SupportOf(call).OutletCount, Is.EqualTo(3), "both dates support that a call took place");
        });
    }

    [Test]
    public void SignedAgainstInitialled_TheSignedRelationIsContested_AndOnlyKommersantSupportsIt()
    {
        var signed = R("armenia-signed-peace-agreement");
        var support = G.SupportOf(signed);
        Assert.Multiple(() =>
        {
            Assert.That(signed.IsContested, Is.True);
            Assert.That(signed.Positions.Select(p => (p.Certainty, Documents: string.Join(",", p.Documents))),
                Is.EqualTo(new[] { (Certainty.Stated, "kommersant-call"), (Certainty.Denied, "joint-declaration,arminfo-call") }));
            Assert.That(support.Documents, Is.EqualTo(new[] { "kommersant-call" }), "documents that deny it do not support it");
            Assert.That(support.DisputingDocuments, Is.EqualTo(new[] { "joint-declaration", "arminfo-call" }));
            Assert.That(support.Contested, Is.True);
            Assert.That(R("armenia-initialled-peace-agreement").IsContested, Is.False);
            Assert.That(G.SupportOf(R("armenia-initialled-peace-agreement")).OutletCount, Is.EqualTo(2));
        });
    }

    [Test]
    public void Merge_ResolvesTheReferentToTheCanonicalEntity_InLookupsAndRelations()
    {
        var entity = G.FindEntity("nikol-pashinian");
        Assert.Multiple(() =>
        {
            Assert.That(entity?.Id, Is.EqualTo("nikol-pashinyan"));
            Assert.That(entity!.Referents, Is.EqualTo(new[] { "nikol-pashinian" }));
            Assert.That(entity.Aliases, Does.Contain("Nikol Pashinian"));
            Assert.That(G.Entities.Select(e => e.Id), Does.Not.Contain("nikol-pashinian"));
            Assert.That(R("pashinian-call-putin-2025-08").Source, Is.EqualTo("nikol-pashinyan"));
            Assert.That(G.Merges.Single().DecidedBy, Is.EqualTo("test curator"));
            Assert.That(G.RejectedMerges.Single().Ids, Is.EqualTo(new[] { "oc-media", "mirror-spectator" }));
        });
    }

    [Test]
    public void Split_RemovingTheMergeEntry_GivesBothEntitiesBack()
    {
        var dir = Path.Combine(Path.GetTempPath(), "kg-split-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.TestData, "Sources"), "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(dir, Path.GetRelativePath(Path.Combine(RepositoryPaths.TestData, "Sources"), file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            File.WriteAllText(Path.Combine(dir, "resolution.json"), "{ \"merges\": [] }");
            var split = Graph.Load(dir);
            Assert.Multiple(() =>
            {
                Assert.That(split.FindEntity("nikol-pashinian")?.Id, Is.EqualTo("nikol-pashinian"));
                Assert.That(split.FindEntity("nikol-pashinyan")!.Referents, Is.Empty);
                Assert.That(split.FindRelation("pashinian-call-putin-2025-08")!.Source, Is.EqualTo("nikol-pashinian"));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void SingleDocumentExport_KeepsTheSourceFieldsAndPositions()
    {
        using var json = new MemoryStream();
        KnowledgeGraph.Export.GraphExporter.Export(G, KnowledgeGraph.Export.ExportFormat.KnowledgeGraphJson, json);
        json.Position = 0;
        var loaded = Graph.LoadJson(json);
        Assert.Multiple(() =>
        {
            foreach (var doc in G.Documents)
            {
                var again = loaded.FindDocument(doc.Id)!;
                Assert.That((again.Outlet, again.OutletEntity, again.Url, again.Byline, again.File, again.Published), Is.EqualTo((doc.Outlet, doc.OutletEntity, doc.Url, doc.Byline, doc.File, doc.Published)), doc.Id);
                Assert.That(again.DerivedFrom, Is.EqualTo(doc.DerivedFrom), doc.Id);
                Assert.That(again.Claims, Is.EqualTo(doc.Claims).Using<ClaimCheck>(SameClaim), doc.Id);
            }

            foreach (var relation in G.Relations)
            {
                var again = loaded.FindRelation(relation.Id)!;
                Assert.That(again.Evidence.Select(e => (e.Document, e.Certainty, e.Time)), Is.EqualTo(relation.Evidence.Select(e => (e.Document, e.Certainty, e.Time))), relation.Id);
                Assert.That(loaded.SupportOf(again), Has.Property(nameof(RelationSupport.OutletCount)).EqualTo(G.SupportOf(relation).OutletCount), relation.Id);
            }
        });
    }

    [Test]
    public void Claims_AreTheDocumentsOwnStatementsCheckedAgainstOthers()
    {
        var claims = G.FindDocument("analysis")!.Claims;
        Assert.Multiple(() =>
        {
            Assert.That(claims.Select(c => (c.Paragraph, c.Verification)), Is.EqualTo(new[] { (3, ClaimVerification.Contested), (5, ClaimVerification.Confirmed) }));
            Assert.That(claims[0].Relations, Is.EqualTo(new[] { "pashinyan-call-putin" }));
            Assert.That(claims[0].Documents, Is.EqualTo(new[] { "kremlin-readout", "mirror-spectator-reprint" }));
            Assert.That(claims[0].Footnote, Is.Null);
            Assert.That(R("pashinyan-call-putin").IsContested, Is.True, "the contested claim's relation is contested in the data");
            Assert.That(G.FindDocument("kommersant-call")!.Claims, Is.Empty);
        });
    }

    private static bool SameClaim(ClaimCheck a, ClaimCheck b) =>
        a.Paragraph == b.Paragraph && a.Footnote == b.Footnote && a.Verification == b.Verification && a.Note == b.Note
        && a.Relations.SequenceEqual(b.Relations) && a.Documents.SequenceEqual(b.Documents);
}
