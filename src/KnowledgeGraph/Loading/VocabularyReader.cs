using System.Collections.Immutable;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Loading;

/// <summary>Reads the vocabulary sections: the list of entity kinds and the list of relation types.</summary>
internal sealed partial class VocabularyReader(FileReader r, LoadState s)
{
    private static readonly string[] PloverTypes =
    [
        "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
        "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
    ];

    /// <summary>Reads the <c>entityKinds</c> list.</summary>
    public void ReadEntityKinds(PositionedJsonArray? list)
    {
        foreach (var item in list?.Items ?? [])
        {
            var o = r.Object(item, "an entity kind", "name", "description");
            if (o is null)
            {
                continue;
            }

            var name = r.String(o, "name", required: true);
            var description = r.String(o, "description", required: true);
            if (name is null || description is null)
            {
                continue;
            }

            if (!KindPattern().IsMatch(name))
            {
                r.Problem(o.Get("name")!, $"The kind name \"{name}\" must be PascalCase letters and digits, e.g. \"WeaponSystem\".");
            }
            else if (!s.Kinds.TryAdd(name, new EntityKind(name, description)))
            {
                r.Problem(o.Get("name")!, $"The entity kind \"{name}\" is defined twice.");
            }
        }
    }

    /// <summary>Reads the <c>relationTypes</c> list; the entity kinds must be read first.</summary>
    public void ReadRelationTypes(PositionedJsonArray? list)
    {
        foreach (var item in list?.Items ?? [])
        {
            var o = r.Object(item, "a relation type", "name", "label", "inverseLabel", "description", "sourceKinds", "targetKinds", "symmetric", "polarity", "plover", "cameo");
            if (o is not null && ReadRelationType(o) is { } type && !s.Types.TryAdd(type.Name, type))
            {
                r.Problem(o.Get("name")!, $"The relation type \"{type.Name}\" is defined twice.");
            }
        }
    }

    private RelationType? ReadRelationType(PositionedJsonObject o)
    {
        var name = r.Id(o, "name", required: true);
        var label = r.String(o, "label", required: true);
        var inverse = r.String(o, "inverseLabel", required: true);
        var description = r.String(o, "description", required: false) ?? string.Empty;
        var sourceKinds = KindList(o, "sourceKinds");
        var targetKinds = KindList(o, "targetKinds");
        var symmetric = r.Bool(o, "symmetric") ?? false;
        var polarity = r.Enum<Polarity>(o, "polarity", required: true);
        var cameo = r.String(o, "cameo", required: false);
        if (cameo is not null && !cameo.All(char.IsAsciiDigit))
        {
            r.Problem(o.Get("cameo")!, $"\"cameo\" is \"{cameo}\"; a CAMEO code is digits only, e.g. \"041\".");
        }

        var plover = ReadPlover(o.Get("plover"));
        if (name is null || label is null || inverse is null || polarity is null || sourceKinds.IsDefault || targetKinds.IsDefault)
        {
            return null;
        }

        return new RelationType
        {
            Name = name,
            Label = label,
            InverseLabel = inverse,
            Description = description,
            SourceKinds = sourceKinds,
            TargetKinds = targetKinds,
            Symmetric = symmetric,
            Polarity = polarity.Value,
            Plover = plover,
            Cameo = cameo,
        };
    }

    private PloverMapping? ReadPlover(PositionedJson? node)
    {
        if (node is PositionedJsonObject po)
        {
            if (r.Object(po, "a PLOVER mapping", "type", "mode") is not { } p)
            {
                return null;
            }

            var type = r.String(p, "type", required: true);
            var mode = r.String(p, "mode", required: false);
            if (type is not null && !PloverTypes.Contains(type, StringComparer.Ordinal))
            {
                r.Problem(p.Get("type")!, $"\"type\" is \"{type}\", which is not a PLOVER event type: {string.Join(", ", PloverTypes)}.");
                return null;
            }

            return type is null ? null : new PloverMapping(type, mode);
        }

        if (node is not null && !node.IsNull)
        {
            r.Problem(node, $"\"plover\" must be an object {{\"type\", \"mode\"}} or null but is {node.KindName}.");
        }

        return null;
    }

    private ImmutableArray<string> KindList(PositionedJsonObject o, string name)
    {
        var kinds = r.StringList(o, name, required: true);
        if (o.Get(name) is not PositionedJsonArray array)
        {
            return default;
        }

        if (kinds.IsEmpty)
        {
            r.Problem(array, $"\"{name}\" must list at least one entity kind.");
            return default;
        }

        for (var i = 0; i < kinds.Length && i < array.Items.Count; i++)
        {
            if (!s.Kinds.ContainsKey(kinds[i]))
            {
                r.Problem(array.Items[i], $"\"{kinds[i]}\" is not an entity kind of the vocabulary ({string.Join(", ", s.Kinds.Keys)}).");
            }
        }

        return kinds;
    }

    [GeneratedRegex("^[A-Z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex KindPattern();
}
