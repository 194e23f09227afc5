namespace KnowledgeGraph.Extraction;

/// <summary>
/// The exception thrown when an article or a draft's arguments cannot be used: an empty text, a text with no paragraph
/// of running text, a document id that is no slug or that the graph already has.
/// </summary>
/// <remarks>
/// It is an <see cref="ArgumentException"/>, so existing handlers keep working; <see cref="Reason"/> gives the sentence
/// without the parameter suffix that <see cref="ArgumentException.Message"/> appends, for callers that name the
/// parameter themselves (the API keys it by the request field, the CLI by the file).
/// </remarks>
public sealed class ExtractionInputException : ArgumentException
{
    /// <summary>Initializes a new instance of the <see cref="ExtractionInputException"/> class.</summary>
    /// <param name="reason">The sentence that says what is wrong, naming the bad value.</param>
    /// <param name="paramName">The name of the argument that is wrong.</param>
    public ExtractionInputException(string reason, string paramName)
        : base(reason, paramName)
    {
        Reason = reason;
    }

    /// <summary>Gets the sentence that says what is wrong, without the parameter name.</summary>
    public string Reason { get; }
}
