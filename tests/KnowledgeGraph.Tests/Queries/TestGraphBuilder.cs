using System.Collections.Immutable;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Tests.Queries;

/// <summary>Builds small in-memory graphs for query tests, without data files.</summary>
internal sealed class TestGraphBuilder
{
    public const string Document = "doc";

    private readonly List<EntityKind> kinds = [new("State", "A state."), new("Official", "An official."), new("Organization", "An organization.")];
    private readonly List<RelationType> types = [];
    private readonly List<Entity> entities = [];
    private readonly List<Relation> relations = [];
    private readonly List<SourceDocument> documents = [new() { Id = Document, Title = "Test document", ParagraphCount = 100 }];

    public TestGraphBuilder Type(string name, string label, string? inverseLabel = null, Polarity polarity = Polarity.Neutral)
    {
        types.Add(new RelationType
        {
            Name = name,
            Label = label,
            InverseLabel = inverseLabel ?? label,
            SourceKinds = [.. kinds.Select(k => k.Name)],
            TargetKinds = [.. kinds.Select(k => k.Name)],
            Polarity = polarity,
        });
        return this;
    }

    public TestGraphBuilder Entity(string id, string kind = "State", string? name = null, string[]? aliases = null, string[]? demonyms = null, string[]? metonyms = null)
    {
        entities.Add(new Entity
        {
            Id = id,
            Kind = kind,
            Name = name ?? id,
            Aliases = aliases is null ? [] : [.. aliases],
            Demonyms = demonyms is null ? [] : [.. demonyms],
            Metonyms = metonyms is null ? [] : [.. metonyms],
        });
        return this;
    }

    public TestGraphBuilder Relation(
        string id,
        string type,
        string source,
        string target,
        Certainty certainty = Certainty.Stated,
        RelationTime? time = null,
        int paragraph = 1,
        int? footnote = null)
    {
        relations.Add(new Relation
        {
            Id = id,
            Type = type,
            Source = source,
            Target = target,
            Certainty = certainty,
            Time = time ?? RelationTime.Unknown,
            Evidence = [new Evidence { Document = Document, Paragraph = paragraph, Footnote = footnote }],
        });
        return this;
    }

    public TestGraphBuilder Footnote(int number, int paragraph)
    {
        documents[0] = documents[0] with { Footnotes = documents[0].Footnotes.Add(new Footnote(number, paragraph, new Citation { Outlet = "Outlet" })) };
        return this;
    }

    public TestGraphBuilder Evidence(string relationId, int paragraph, int? footnote)
    {
        var index = relations.FindIndex(r => r.Id == relationId);
        relations[index] = relations[index] with
        {
            Evidence = relations[index].Evidence.Add(new Evidence { Document = Document, Paragraph = paragraph, Footnote = footnote }),
        };
        return this;
    }

    public TestGraphBuilder SecondDocument(string id)
    {
        documents.Add(new SourceDocument { Id = id, Title = id, ParagraphCount = 10 });
        return this;
    }

    /// <summary>Adds a document of an outlet; a document derived from others (a reprint) counts as their outlets.</summary>
    public TestGraphBuilder OutletDocument(string id, string outlet, params string[] derivedFrom)
    {
        documents.Add(new SourceDocument { Id = id, Title = id, ParagraphCount = 10, Outlet = outlet, DerivedFrom = [.. derivedFrom] });
        return this;
    }

    /// <summary>Replaces a relation's evidence with one supporting piece from each of these documents.</summary>
    public TestGraphBuilder SupportedBy(string relationId, params string[] documentIds)
    {
        var index = relations.FindIndex(r => r.Id == relationId);
        relations[index] = relations[index] with { Evidence = [.. documentIds.Select(d => new Evidence { Document = d, Paragraph = 1 })] };
        return this;
    }

    public Graph Build() => new(
        [.. kinds],
        [.. types],
        [.. documents],
        [.. entities],
        [.. relations],
        "test",
        ImmutableArray<string>.Empty);
}
