using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Extraction;

/// <summary>What the extractor proposes for an article, as it goes on the wire (the extract endpoint and <c>kg extract</c>); nothing in the graph changes.</summary>
/// <param name="DocumentId">The document id given, if any.</param>
/// <param name="Title">The article's title as found in its first heading.</param>
/// <param name="ParagraphCount">The number of paragraphs.</param>
/// <param name="Entities">Existing entities the text names (<c>isNew</c> false) and new candidates.</param>
/// <param name="Relations">Relation candidates; <c>source</c> and <c>target</c> are ids of existing entities or of new candidates in <c>entities</c>.</param>
/// <param name="Footnotes">The footnotes with their parsed citations.</param>
/// <param name="AmbiguousMentions">Mentions that fit several entities: reported, never guessed.</param>
/// <param name="Notices">Remarks about the run.</param>
public sealed record ExtractionResponse(
    string? DocumentId,
    string? Title,
    int ParagraphCount,
    IReadOnlyList<ExtractedEntityDto> Entities,
    IReadOnlyList<ExtractedRelationDto> Relations,
    IReadOnlyList<ExtractedFootnoteDto> Footnotes,
    IReadOnlyList<AmbiguousMentionDto> AmbiguousMentions,
    IReadOnlyList<string> Notices)
{
    /// <summary>Gets the confidence below which relation candidates were held back; 0 when every candidate is listed.</summary>
    public double MinConfidence { get; init; }

    /// <summary>Gets how many relation candidates were held back for a confidence under the threshold.</summary>
    public int HeldBack { get; init; }
}

/// <summary>An entity the text names: one of the graph or a new candidate.</summary>
/// <param name="Id">The graph id, or the proposed id of a new candidate.</param>
/// <param name="Name">The canonical name.</param>
/// <param name="Kind">The entity kind.</param>
/// <param name="IsNew">Whether the graph lacks it.</param>
/// <param name="Role">The office or role the text introduces it with.</param>
/// <param name="Aliases">Other names the text uses for a new candidate.</param>
/// <param name="IsoAlpha2">The ISO 3166-1 alpha-2 code of a state.</param>
/// <param name="IsoAlpha3">The ISO 3166-1 alpha-3 code of a state.</param>
/// <param name="Rule">The rule that found it.</param>
/// <param name="Confidence">How sure the rule is, from 0 to 1 (three decimals).</param>
/// <param name="Mentions">Where the text names it.</param>
public sealed record ExtractedEntityDto(string Id, string Name, string Kind, bool IsNew, string? Role, IReadOnlyList<string> Aliases, string? IsoAlpha2, string? IsoAlpha3, string Rule, double Confidence, IReadOnlyList<MentionDto> Mentions);

/// <summary>A place in the text where an entity is named.</summary>
/// <param name="Paragraph">The paragraph number (from 1).</param>
/// <param name="Sentence">The sentence number within the paragraph (from 1).</param>
/// <param name="Start">The character offset of the mention in the whole text.</param>
/// <param name="Length">The mention's length in characters.</param>
/// <param name="Text">The mention as written.</param>
public sealed record MentionDto(int Paragraph, int Sentence, int Start, int Length, string Text);

/// <summary>A proposed relation statement.</summary>
/// <param name="Source">The acting entity's id.</param>
/// <param name="Target">The id of the entity acted upon.</param>
/// <param name="Type">The relation type.</param>
/// <param name="Certainty">stated, reported, hedged, hypothetical or denied: the text's modality.</param>
/// <param name="Time">When it held, as far as the sentence says; null when it says nothing.</param>
/// <param name="Evidence">Paragraph, sentence, character span, footnote and snippet.</param>
/// <param name="Confidence">How likely a careful reader confirms it, from 0 to 1 (three decimals): the learned proposal scorer's figure.</param>
/// <param name="Rule">The rule that produced it.</param>
/// <param name="Trigger">The trigger words as written.</param>
/// <param name="Concept">The lexicon concept the trigger expresses, e.g. "phone-call".</param>
/// <param name="ModalityCue">The words that set a certainty other than stated, if any.</param>
/// <param name="Modality">
/// Why the candidate is not a plain fact, when it is not: readiness, intent, plan, ability, possibility, condition,
/// negation, denial, claim or hedge; null for a plain statement.
/// </param>
public sealed record ExtractedRelationDto(string Source, string Target, string Type, string Certainty, ExtractedTimeDto? Time, EvidenceDto Evidence, double Confidence, string Rule, string Trigger, string Concept, string? ModalityCue, string? Modality)
{
    /// <summary>Gets how sure the rule that made it is of its ends and type, from 0 to 1 (three decimals).</summary>
    public double RuleConfidence { get; init; }
}

/// <summary>When a proposed relation held; each date is a partial ISO date whose length gives its precision.</summary>
/// <param name="Point">The point in time, e.g. <c>2025-03-14</c> or <c>2025-03</c>.</param>
/// <param name="Start">The start of a period.</param>
/// <param name="End">The end of a period.</param>
/// <param name="Precision">The precision of the point or of the start: year, month or day.</param>
/// <param name="Text">The time in words, e.g. "14 March 2025".</param>
public sealed record ExtractedTimeDto(string? Point, string? Start, string? End, string? Precision, string Text);

/// <summary>Where the text states a proposed relation.</summary>
/// <param name="Document">The document id, when the caller gave one.</param>
/// <param name="Paragraph">The paragraph number (from 1).</param>
/// <param name="Sentence">The sentence number within the paragraph (from 1).</param>
/// <param name="Start">The character offset of the evidence span in the whole text.</param>
/// <param name="Length">The span's length in characters.</param>
/// <param name="Footnote">The footnote the sentence cites, if any.</param>
/// <param name="Snippet">The span's text, shortened to 240 characters.</param>
public sealed record EvidenceDto(string? Document, int Paragraph, int Sentence, int Start, int Length, int? Footnote, string Snippet);

/// <summary>A footnote and its parsed citation.</summary>
/// <param name="Number">The footnote's number.</param>
/// <param name="Paragraph">The paragraph holding it.</param>
/// <param name="Authors">The cited work's authors as written.</param>
/// <param name="Title">The cited work's title.</param>
/// <param name="Outlet">The outlet.</param>
/// <param name="Url">The address.</param>
/// <param name="Accessed">The access date (partial ISO date).</param>
public sealed record ExtractedFootnoteDto(int Number, int Paragraph, IReadOnlyList<string> Authors, string? Title, string? Outlet, string? Url, string? Accessed);

/// <summary>A mention that fits several entities; the extractor does not guess which.</summary>
/// <param name="Mention">Where it is.</param>
/// <param name="Candidates">The ids of the entities it could name.</param>
public sealed record AmbiguousMentionDto(MentionDto Mention, IReadOnlyList<string> Candidates);

/// <summary>
/// The one wire shape of extraction results, shared by <c>POST /api/documents/extract</c> and <c>kg extract</c>:
/// <see cref="ToResponse"/> maps a result to <see cref="ExtractionResponse"/>, <see cref="Serialize"/> writes it
/// with camelCase names, nulls written out and dates as partial ISO dates ("2025-03").
/// </summary>
public static class ExtractionJson
{
    /// <summary>Gets serializer options that write the wire shape as the API does (camelCase, nulls kept), indented.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Maps a result to its wire shape: certainties as lowercase words, confidences to three decimals, times as partial ISO dates.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The wire shape.</returns>
    public static ExtractionResponse ToResponse(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new ExtractionResponse(
            result.DocumentId,
            result.Title,
            result.ParagraphCount,
            [.. result.Entities.Select(e => new ExtractedEntityDto(e.Id, e.Name, e.Kind, e.IsNew, e.Role, e.Aliases, e.IsoAlpha2, e.IsoAlpha3, e.Rule, Math.Round(e.Confidence, 3), [.. e.Mentions.Select(Mention)]))],
            [.. result.Relations.Select(r => new ExtractedRelationDto(
                r.Source, r.Target, r.Type, r.Certainty.ToString().ToLowerInvariant(), Time(r.Time),
                new EvidenceDto(r.Evidence.Document, r.Evidence.Paragraph, r.Evidence.Sentence, r.Evidence.Start, r.Evidence.Length, r.Evidence.Footnote, r.Evidence.Snippet),
                Math.Round(r.Confidence, 3), r.Rule, r.Trigger, r.Concept, r.ModalityCue, r.Modality?.ToString().ToLowerInvariant())
            {
                RuleConfidence = Math.Round(r.RuleConfidence, 3),
            })],
            [.. result.Footnotes.Select(f => new ExtractedFootnoteDto(f.Number, f.Paragraph, f.Authors, f.Title, f.Outlet, f.Url, f.Accessed?.ToString()))],
            [.. result.AmbiguousMentions.Select(a => new AmbiguousMentionDto(Mention(a.Mention), a.Candidates))],
            result.Notices)
        {
            MinConfidence = result.MinConfidence,
            HeldBack = result.HeldBack,
        };
    }

    /// <summary>Serializes a result in its wire shape.</summary>
    /// <param name="result">The result.</param>
    /// <returns>The indented JSON text.</returns>
    public static string Serialize(ExtractionResult result) => JsonSerializer.Serialize(ToResponse(result), Options);

    private static MentionDto Mention(CandidateMention m) => new(m.Paragraph, m.Sentence, m.Start, m.Length, m.Text);

    private static ExtractedTimeDto? Time(Model.RelationTime? time) =>
        time is null || time.IsUnknown ? null : new ExtractedTimeDto(
            time.Point?.ToString(),
            time.Start?.ToString(),
            time.End?.ToString(),
            (time.Point ?? time.Start ?? time.End) is { } d ? d.Precision.ToString().ToLowerInvariant() : null,
            time.ToDisplayString());
}
