namespace KnowledgeGraph.Model;

/// <summary>
/// How firmly the source text asserts a relation: its own modality. Only <see cref="Stated"/> and
/// <see cref="Reported"/> relations are followed by queries unless the caller asks for uncertain ones.
/// </summary>
public enum Certainty
{
    /// <summary>Not set; never valid in loaded data.</summary>
    Unspecified = 0,

    /// <summary>The author states it as fact.</summary>
    Stated,

    /// <summary>The text attributes it to someone else: a statement, an announcement, a report.</summary>
    Reported,

    /// <summary>The author's hedged assessment ("appears", "indicates", "is considered").</summary>
    Hedged,

    /// <summary>A scenario, possibility or potential ("could", "might", "a potential model").</summary>
    Hypothetical,

    /// <summary>A claim the text says was denied; recorded so it is never mistaken for fact.</summary>
    Denied,
}

/// <summary>
/// What checking one of a document's claims against other documents found (<see cref="ClaimCheck"/>): the article's
/// claims against the sources it cites, or against later reports when the cited page could not be read.
/// </summary>
public enum ClaimVerification
{
    /// <summary>Not set; never valid in loaded data.</summary>
    Unspecified = 0,

    /// <summary>Another document states the same.</summary>
    Confirmed,

    /// <summary>Another document disagrees on a point of it (a date, whether it happened, how firm it is); the relation is contested.</summary>
    Contested,

    /// <summary>The documents read to check it do not state it.</summary>
    Unconfirmed,

    /// <summary>Not checked: neither the cited source nor another account of the same fact could be read.</summary>
    Unchecked,
}

/// <summary>Whether a relation type expresses cooperation, conflict or neither (PLOVER's quad classes, coarsened).</summary>
public enum Polarity
{
    /// <summary>Not set; never valid in loaded data.</summary>
    Unspecified = 0,

    /// <summary>Verbal or material cooperation.</summary>
    Cooperative,

    /// <summary>Verbal or material conflict.</summary>
    Conflictual,

    /// <summary>Structural or neutral (offices, membership, location, authorship).</summary>
    Neutral,
}

/// <summary>Extension methods for the model's enumerations.</summary>
public static class ModelEnumExtensions
{
    /// <summary>Gets whether queries follow relations of this certainty by default.</summary>
    /// <param name="certainty">The certainty.</param>
    /// <returns><see langword="true"/> for <see cref="Certainty.Stated"/> and <see cref="Certainty.Reported"/>.</returns>
    public static bool IsFactual(this Certainty certainty) => certainty is Certainty.Stated or Certainty.Reported;
}
