using System.Collections.Immutable;
using System.Text;
using System.Text.Unicode;
using KnowledgeGraph.Model;
using KnowledgeGraph.Storage;

namespace KnowledgeGraph.Loading;

/// <summary>The entity kinds and relation types of a CSV import: known, mapped or registered on the fly.</summary>
internal static partial class CsvGraphImporter
{
    /// <summary>
    /// Kind or type names: the known vocabulary first, then names registered on the fly. Lookups of known names are
    /// safe from several threads; registration happens on one thread.
    /// </summary>
    private sealed class Vocabulary<T>(IEnumerable<(string Name, T Record)> known, IReadOnlyDictionary<string, string> map, bool registerUnknown)
        where T : class
    {
        private readonly List<(string Name, T? Record)> entries = [.. known.Select(k => (k.Name, (T?)k.Record))];
        private readonly Dictionary<string, int> ordinals = known.Select((k, i) => (k.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        private readonly Dictionary<string, int> rawCache = new(StringComparer.Ordinal);

        public int Count => entries.Count;

        public bool RegisterUnknown => registerUnknown;

        public List<string> RegisteredNames { get; } = [];

        /// <summary>Maps a raw value and finds its ordinal, registering it when allowed; -1 when unknown.</summary>
        public int Resolve(ReadOnlySpan<byte> raw, bool register)
        {
            var text = Encoding.UTF8.GetString(raw);
            if (rawCache.TryGetValue(text, out var cached))
            {
                return cached;
            }

            var ordinal = Known(text);
            if (ordinal < 0 && register && registerUnknown)
            {
                ordinal = Register(Mapped(text));
            }

            rawCache[text] = ordinal;
            return ordinal;
        }

        /// <summary>Finds the ordinal of a raw value among the known names (after mapping); -1 when unknown.</summary>
        public int Known(string raw) => ordinals.TryGetValue(Mapped(raw), out var ordinal) ? ordinal : -1;

        public string Mapped(string raw) => map.TryGetValue(raw, out var mapped) ? mapped : raw;

        public int Register(string name)
        {
            if (ordinals.TryGetValue(name, out var existing))
            {
                return existing;
            }

            entries.Add((name, null));
            ordinals[name] = entries.Count - 1;
            RegisteredNames.Add(name);
            return entries.Count - 1;
        }

        public string UnknownMessage(ReadOnlySpan<byte> raw, string what)
        {
            var text = Encoding.UTF8.GetString(raw);
            var mapped = Mapped(text);
            var via = mapped == text ? string.Empty : $" (mapped from '{text}')";
            var expected = entries.Count == 0 ? "no vocabulary was given" : $"expected one of: {string.Join(", ", entries.Select(e => e.Name))}";
            return $"The {what} '{mapped}'{via} is not in the vocabulary; {expected}.";
        }

        public ImmutableArray<T> Records(Func<string, T> create) => [.. entries.Select(e => e.Record ?? create(e.Name))];
    }

    /// <summary>
    /// A thread's type values: known names resolve to their ordinal (a code ≥ 0); unknown ones get a code ~n for the
    /// n-th new value of this thread, turned into ordinals by <see cref="Register"/> once every thread is done.
    /// </summary>
    private sealed class LocalTypes(Vocabulary<RelationType> vocabulary)
    {
        private readonly Utf8StringPool raw = new();
        private readonly List<int> codes = [];
        private readonly List<string> pending = [];
        private Utf8KeyTable? table;

        /// <summary>Gets the code of a raw type value; <see cref="int.MinValue"/> when it is unknown and may not be registered.</summary>
        public int Code(ReadOnlySpan<byte> value)
        {
            table ??= new Utf8KeyTable(raw);
            var found = table.Find(value);
            if (found >= 0)
            {
                return codes[found];
            }

            var text = Utf8.IsValid(value) ? Encoding.UTF8.GetString(value) : null;
            var known = text is null ? -1 : vocabulary.Known(text);
            int code;
            if (known >= 0)
            {
                code = known;
            }
            else if (text is not null && vocabulary.RegisterUnknown)
            {
                pending.Add(vocabulary.Mapped(text));
                code = ~(pending.Count - 1);
            }
            else
            {
                code = int.MinValue;
            }

            table.Add(raw.Add(value));
            codes.Add(code);
            return code;
        }

        public string UnknownMessage(ReadOnlySpan<byte> value) =>
            Utf8.IsValid(value) ? vocabulary.UnknownMessage(value, "relation type") : "The type is not valid UTF-8.";

        /// <summary>Registers this thread's new values, in first-seen order; returns their ordinals by pending index.</summary>
        public int[] Register() => [.. pending.Select(vocabulary.Register)];
    }
}
