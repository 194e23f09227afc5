using System.Globalization;

namespace KnowledgeGraph.Cli.Commands;

/// <summary>The parsed arguments of a command: one positional article path and <c>--name value</c> options.</summary>
internal sealed class Options
{
    private readonly Dictionary<string, string> values;

    private Options(string article, Dictionary<string, string> values, bool replaceDrafts)
    {
        Article = article;
        this.values = values;
        ReplaceDrafts = replaceDrafts;
    }

    public string Article { get; }

    public string Data => values.GetValueOrDefault("data") ?? "graph-data";

    public string? Out => values.GetValueOrDefault("out");

    public bool ReplaceDrafts { get; }

    public double MinConfidence { get; private init; }

    public string Require(string name) =>
        values.TryGetValue(name, out var v) ? v : throw new InputException($"the option --{name} is required.");

    public static Options Parse(string[] args)
    {
        string? article = null;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var replace = false;
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (a == "--replace-drafts")
            {
                replace = true;
            }
            else if (a.StartsWith("--", StringComparison.Ordinal))
            {
                var name = a[2..];
                if (name is not ("data" or "id" or "out" or "document" or "min-confidence"))
                {
                    throw new FormatException($"unknown option {a}.");
                }

                if (i + 1 >= args.Length)
                {
                    throw new FormatException($"the option {a} needs a value.");
                }

                values[name] = args[++i];
            }
            else if (article is null)
            {
                article = a;
            }
            else
            {
                throw new FormatException($"unexpected argument \"{a}\"; give one article file.");
            }
        }

        var min = 0.0;
        if (values.TryGetValue("min-confidence", out var m) && (!double.TryParse(m, NumberStyles.Float, CultureInfo.InvariantCulture, out min) || min is < 0 or > 1))
        {
            throw new FormatException($"--min-confidence is \"{m}\"; give a number from 0 to 1.");
        }

        return new Options(article ?? throw new FormatException("give the article file."), values, replace) { MinConfidence = min };
    }
}
