namespace KnowledgeGraph.Model;

/// <summary>
/// When a relation held: a point in time, or a start and/or an end, each with its own precision
/// (Wikidata's P585 point in time, P580 start time and P582 end time).
/// </summary>
/// <remarks>
/// A relation without any time is <see cref="Unknown"/>; time filters treat it as unbounded (it is
/// kept), because the text states no bound. A month-precision point such as "March 2025" covers
/// every day of that month.
/// </remarks>
public sealed record RelationTime
{
    /// <summary>A time that the text does not give.</summary>
    public static readonly RelationTime Unknown = new();

    private RelationTime()
    {
    }

    /// <summary>Gets the point in time, when the relation happened at one time.</summary>
    public PartialDate? Point { get; private init; }

    /// <summary>Gets the start, when the relation held over a period that began then.</summary>
    public PartialDate? Start { get; private init; }

    /// <summary>Gets the end, when the relation held over a period that ended then.</summary>
    public PartialDate? End { get; private init; }

    /// <summary>Gets whether the text gives no time at all.</summary>
    public bool IsUnknown => Point is null && Start is null && End is null;

    /// <summary>Gets the first day the relation may have held, or <see langword="null"/> when unbounded.</summary>
    public DateOnly? Earliest => (Point ?? Start)?.Earliest;

    /// <summary>Gets the last day the relation may have held, or <see langword="null"/> when unbounded.</summary>
    public DateOnly? Latest => (Point ?? End)?.Latest;

    /// <summary>Creates a point in time.</summary>
    /// <param name="point">The date the relation happened.</param>
    /// <returns>The time.</returns>
    public static RelationTime At(PartialDate point) => new() { Point = point };

    /// <summary>Creates a period; either end may be open.</summary>
    /// <param name="start">The start, or <see langword="null"/> when open.</param>
    /// <param name="end">The end, or <see langword="null"/> when open.</param>
    /// <returns>The time.</returns>
    /// <exception cref="ArgumentException">Both ends are missing, or the end is before the start.</exception>
    public static RelationTime Between(PartialDate? start, PartialDate? end)
    {
        if (start is null && end is null)
        {
            throw new ArgumentException("A period needs a start or an end.", nameof(start));
        }

        if (start is { } s && end is { } e && e.Latest < s.Earliest)
        {
            throw new ArgumentException($"The end {e} is before the start {s}.", nameof(end));
        }

        return new RelationTime { Start = start, End = end };
    }

    /// <summary>Gets whether the relation may have held on the given day.</summary>
    /// <param name="day">The day asked about.</param>
    /// <returns><see langword="true"/> when the day lies within the time, or the time is unbounded there.</returns>
    public bool HeldOn(DateOnly day) => Overlaps(day, day);

    /// <summary>Gets whether the relation may have held at some day of a window.</summary>
    /// <param name="since">The first day of the window, or <see langword="null"/> for no lower bound.</param>
    /// <param name="until">The last day of the window, or <see langword="null"/> for no upper bound.</param>
    /// <returns><see langword="true"/> when the time and the window share a day.</returns>
    public bool Overlaps(DateOnly? since, DateOnly? until)
    {
        if (since is { } lo && Latest is { } latest && latest < lo)
        {
            return false;
        }

        return until is not { } hi || Earliest is not { } earliest || earliest <= hi;
    }

    /// <summary>Gets the time in words, e.g. "14 March 2025", "from 2021 to 2024" or "" when unknown.</summary>
    /// <returns>The time as a reader would write it.</returns>
    public string ToDisplayString()
    {
        if (Point is { } p)
        {
            return p.ToDisplayString();
        }

        return (Start, End) switch
        {
            ({ } s, { } e) => $"from {s.ToDisplayString()} to {e.ToDisplayString()}",
            ({ } s, null) => $"since {s.ToDisplayString()}",
            (null, { } e) => $"until {e.ToDisplayString()}",
            _ => string.Empty,
        };
    }
}
