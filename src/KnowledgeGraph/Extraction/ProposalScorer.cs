using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Extraction;

/// <summary>One relation candidate, described by its features, with whether a reader confirmed it.</summary>
/// <param name="Features">The candidate's features, as <see cref="ProposalScorer.Features"/> names them.</param>
/// <param name="Confirmed">Whether the reading of the article lists the relation (required or optional).</param>
public sealed record ScorerExample(ImmutableArray<string> Features, bool Confirmed);

/// <summary>
/// Scores a relation candidate: the probability that a careful reader of the article confirms it, from a logistic
/// model over what the candidate is (its rule, type, lexicon concept, certainty and modality, the kinds and origin of
/// its ends, the rule's own confidence, where it stands). The built-in model was trained on readings of real and
/// written articles (<c>docs/EXTRACTION.md</c>, "Learned confidence"); no word of any article is a feature.
/// </summary>
/// <remarks>
/// Scoring is deterministic: the model is a fixed table of weights, a candidate's score the logistic function of
/// the sum of its features' weights. Features the model has never seen weigh nothing. An instance is immutable and
/// safe to share between threads.
/// </remarks>
public sealed class ProposalScorer
{
    /// <summary>The iterations of batch gradient descent <see cref="Train"/> runs.</summary>
    public const int TrainingIterations = 300;

    private const double LearningRate = 0.5;
    private const double L2 = 1.0;
    private const string Bias = "bias";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private static readonly Lazy<ProposalScorer> BuiltIn = new(() =>
    {
        using var stream = typeof(ProposalScorer).Assembly.GetManifestResourceStream("KnowledgeGraph.Extraction.Data.proposal-scorer.json")
            ?? throw new InvalidOperationException("The built-in proposal scorer (Extraction/Data/proposal-scorer.json) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd(), "Extraction/Data/proposal-scorer.json");
    });

    private readonly ImmutableDictionary<string, double> weights;

    private ProposalScorer(ImmutableDictionary<string, double> weights, int examples, int confirmed)
    {
        this.weights = weights;
        Examples = examples;
        Confirmed = confirmed;
    }

    /// <summary>Gets the built-in model, trained on the project's read articles.</summary>
    public static ProposalScorer Default => BuiltIn.Value;

    /// <summary>Gets how many candidates the model was trained on.</summary>
    public int Examples { get; }

    /// <summary>Gets how many of them a reader confirmed.</summary>
    public int Confirmed { get; }

    /// <summary>Gets the model's weights by feature name, in ordinal order.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> Weights => [.. weights.OrderBy(w => w.Key, StringComparer.Ordinal)];

    /// <summary>Names the features of a relation candidate, the model's only input.</summary>
    /// <param name="candidate">The candidate, with its rule's own confidence in <see cref="RelationCandidate.RuleConfidence"/>.</param>
    /// <param name="result">The extraction the candidate belongs to: its ends and the other candidates of its sentence.</param>
    /// <returns>The feature names, such as <c>rule=trigger-frame</c> or <c>kinds=official|state</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static ImmutableArray<string> Features(RelationCandidate candidate, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(result);
        var source = result.Entities.FirstOrDefault(e => e.Id == candidate.Source);
        var target = result.Entities.FirstOrDefault(e => e.Id == candidate.Target);
        var evidence = candidate.Evidence;
        var inSentence = result.Relations.Count(r => r.Evidence.Paragraph == evidence.Paragraph && r.Evidence.Sentence == evidence.Sentence);
        var sourceKind = source?.Kind ?? "graph";
        var targetKind = target?.Kind ?? "graph";
        return
        [
            Bias,
            "rule=" + candidate.Rule,
            "type=" + candidate.Type,
            "rule-type=" + candidate.Rule + "|" + candidate.Type,
            "concept=" + candidate.Concept,
            "certainty=" + candidate.Certainty.ToString().ToLowerInvariant(),
            "modality=" + (candidate.Modality?.ToString().ToLowerInvariant() ?? "none"),
            "source-kind=" + sourceKind,
            "target-kind=" + targetKind,
            "kinds=" + sourceKind + "|" + targetKind,
            "source-new=" + Flag(source?.IsNew ?? false),
            "target-new=" + Flag(target?.IsNew ?? false),
            "source-rule=" + (source?.Rule ?? "graph"),
            "target-rule=" + (target?.Rule ?? "graph"),
            "footnote=" + Flag(evidence.Footnote is not null),
            "time=" + Flag(candidate.Time is not null),
            "in-sentence=" + Bucket(inSentence, 1, 2, 4, 8),
            "span=" + Bucket(evidence.Length, 20, 40, 80, 160),
            "first-paragraph=" + Flag(evidence.Paragraph == 1),
            "rule-confidence=" + Bucket(candidate.RuleConfidence, 0.5, 0.6, 0.7, 0.8, 0.9),
        ];

        static string Flag(bool value) => value ? "yes" : "no";
    }

    /// <summary>Scores a candidate by its features.</summary>
    /// <param name="features">The features, as <see cref="Features"/> names them.</param>
    /// <returns>The probability that a reader confirms the candidate, from 0 to 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="features"/> is null.</exception>
    public double Score(IEnumerable<string> features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var z = features.Sum(f => weights.GetValueOrDefault(f));
        return 1.0 / (1.0 + Math.Exp(-z));
    }

    /// <summary>
    /// Trains a model: L2-regularised logistic regression (weight 1, the bias unregularised), fitted by
    /// <see cref="TrainingIterations"/> steps of batch gradient descent from zero. The same examples give the same
    /// weights on every machine.
    /// </summary>
    /// <param name="examples">Candidates with their readers' verdicts.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="examples"/> is null.</exception>
    /// <exception cref="ArgumentException">There are no examples, or all have one verdict.</exception>
    public static ProposalScorer Train(IEnumerable<ScorerExample> examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        var data = examples.ToList();
        var confirmed = data.Count(e => e.Confirmed);
        if (data.Count == 0 || confirmed == 0 || confirmed == data.Count)
        {
            throw new ArgumentException($"Training needs both confirmed and unconfirmed candidates; got {data.Count} examples, {confirmed} confirmed.", nameof(examples));
        }

        var names = data.SelectMany(e => e.Features).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = names.Select((n, i) => (n, i)).ToDictionary(x => x.n, x => x.i, StringComparer.Ordinal);
        var rows = data.Select(e => (Features: e.Features.Select(f => index[f]).ToArray(), Label: e.Confirmed ? 1.0 : 0.0)).ToList();
        var w = new double[names.Count];
        var gradient = new double[names.Count];
        var n = (double)rows.Count;
        var bias = index.GetValueOrDefault(Bias, -1);
        for (var step = 0; step < TrainingIterations; step++)
        {
            Array.Clear(gradient);
            foreach (var (features, label) in rows)
            {
                var z = 0.0;
                foreach (var f in features)
                {
                    z += w[f];
                }

                var error = (1.0 / (1.0 + Math.Exp(-z))) - label;
                foreach (var f in features)
                {
                    gradient[f] += error;
                }
            }

            for (var i = 0; i < w.Length; i++)
            {
                w[i] -= LearningRate * ((gradient[i] / n) + (i == bias ? 0 : L2 / n * w[i]));
            }
        }

        return new ProposalScorer(names.Select((name, i) => KeyValuePair.Create(name, w[i])).ToImmutableDictionary(StringComparer.Ordinal), data.Count, confirmed);
    }

    /// <summary>Reads a model written by <see cref="ToJson"/>.</summary>
    /// <param name="json">The model's JSON.</param>
    /// <param name="origin">Where it comes from (a file name), for messages.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="FormatException">The JSON is not a model; the message names the origin and the field.</exception>
    public static ProposalScorer FromJson(string json, string origin = "the model")
    {
        ArgumentNullException.ThrowIfNull(json);
        ModelFile? file;
        try
        {
            file = JsonSerializer.Deserialize<ModelFile>(json, JsonOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException($"{origin}: not a proposal-scorer model: {e.Message}", e);
        }

        if (file?.Weights is not { Count: > 0 } found)
        {
            throw new FormatException($"{origin}: $.weights: a proposal-scorer model needs a non-empty object of feature weights.");
        }

        if (found.FirstOrDefault(w => !double.IsFinite(w.Value)) is { Key: not null } bad)
        {
            throw new FormatException($"{origin}: $.weights[\"{bad.Key}\"]: the weight is not a finite number.");
        }

        return new ProposalScorer(found.ToImmutableDictionary(StringComparer.Ordinal), file.Examples, file.Confirmed);
    }

    /// <summary>Writes the model as JSON: the training counts and the weights in ordinal order, rounded to nine decimals.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var ordered = new SortedDictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, weight) in weights)
        {
            ordered[name] = Math.Round(weight, 9);
        }

        return JsonSerializer.Serialize(new ModelFile(Examples, Confirmed, ordered), JsonOptions);
    }

    private static string Bucket(double value, params double[] upperBounds)
    {
        foreach (var bound in upperBounds)
        {
            if (value <= bound)
            {
                return "le" + bound.ToString(CultureInfo.InvariantCulture);
            }
        }

        return "above";
    }

    private sealed record ModelFile(int Examples, int Confirmed, IDictionary<string, double>? Weights);
}
