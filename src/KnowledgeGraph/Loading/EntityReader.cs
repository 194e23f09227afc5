using System.Collections.Immutable;
using System.Text.Json;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>Reads a list of entities: id, kind, names, identifiers and the paragraphs that mention them.</summary>
internal sealed class EntityReader(FileReader r, LoadState s)
{
    /// <summary>Reads the <c>entities</c> list; the entity kinds and the documents must be read first.</summary>
    public void Read(PositionedJsonArray? list)
    {
        foreach (var item in list?.Items ?? [])
        {
            var o = r.Object(item, "an entity", "id", "kind", "name", "aliases", "demonyms", "metonyms", "role", "identifiers", "description", "mentions", "isolated");
            if (o is not null && ReadEntity(o) is { } entity)
            {
                if (!s.Entities.TryAdd(entity.Id, entity))
                {
                    r.Problem(o.Get("id")!, $"The entity id \"{entity.Id}\" is used twice (first in {s.EntityFiles[entity.Id]}).");
                }
                else
                {
                    s.EntityFiles[entity.Id] = r.File;
                }
            }
        }
    }

    private Entity? ReadEntity(PositionedJsonObject o)
    {
        var id = r.Id(o, "id", required: true);
        var kind = r.String(o, "kind", required: true);
        var name = r.String(o, "name", required: true);
        if (kind is not null && !s.Kinds.ContainsKey(kind))
        {
            r.Problem(o.Get("kind")!, $"\"kind\" is \"{kind}\", which is not an entity kind of the vocabulary ({string.Join(", ", s.Kinds.Keys)}).");
            kind = null;
        }

        var identifiers = r.StringMap(o, "identifiers");
        CheckIdentifiers(o, identifiers);
        var mentions = ImmutableArray.CreateBuilder<Mention>();
        foreach (var m in r.Array(o, "mentions", required: false)?.Items ?? [])
        {
            if (ReadMention(m) is { } mention)
            {
                mentions.Add(mention);
            }
        }

        return id is null || kind is null || name is null ? null : new Entity
        {
            Id = id,
            Kind = kind,
            Name = name,
            Aliases = r.StringList(o, "aliases"),
            Demonyms = r.StringList(o, "demonyms"),
            Metonyms = r.StringList(o, "metonyms"),
            Role = r.String(o, "role", required: false),
            Identifiers = identifiers,
            Description = r.String(o, "description", required: false),
            Mentions = mentions.ToImmutable(),
            Isolated = r.String(o, "isolated", required: false),
        };
    }

    private Mention? ReadMention(PositionedJson node)
    {
        var mo = r.Object(node, "a mention", "document", "paragraphs");
        if (mo is null)
        {
            return null;
        }

        var doc = r.Id(mo, "document", required: true);
        var paragraphs = r.Array(mo, "paragraphs", required: true);
        if (doc is null || paragraphs is null)
        {
            return null;
        }

        s.Documents.TryGetValue(doc, out var document);
        var numbers = ImmutableArray.CreateBuilder<int>();
        foreach (var pn in paragraphs.Items)
        {
            if (pn is PositionedJsonScalar { ValueKind: JsonValueKind.Number } v && int.TryParse(v.Raw, out var n))
            {
                numbers.Add(n);
                if (document is not null && (n < 1 || n > document.ParagraphCount))
                {
                    r.Problem(pn, $"Paragraph {n} is outside the document \"{doc}\", which has paragraphs 1 to {document.ParagraphCount}.");
                }
            }
            else
            {
                r.Problem(pn, $"A paragraph number must be a whole number but is {pn.KindName}.");
            }
        }

        if (document is null)
        {
            r.Problem(mo.Get("document")!, $"\"document\" is \"{doc}\", which is not a document of the data set ({s.DocumentList}).");
        }

        return new Mention(doc, numbers.ToImmutable());
    }

    private void CheckIdentifiers(PositionedJsonObject o, ImmutableSortedDictionary<string, string> identifiers)
    {
        if (o.Get("identifiers") is not PositionedJsonObject node)
        {
            return;
        }

        foreach (var (scheme, value) in identifiers)
        {
            var ok = scheme switch
            {
                "iso3166Alpha2" => value.Length == 2 && value.All(char.IsAsciiLetterUpper),
                "iso3166Alpha3" => value.Length == 3 && value.All(char.IsAsciiLetterUpper),
                "iso3166Numeric" => value.Length == 3 && value.All(char.IsAsciiDigit),
                "wikidata" => value.Length > 1 && value[0] == 'Q' && value[1..].All(char.IsAsciiDigit),
                _ => true,
            };
            if (!ok)
            {
                r.Problem(node.Get(scheme)!, $"The identifier {scheme} = \"{value}\" is not well formed.");
            }
        }
    }
}
