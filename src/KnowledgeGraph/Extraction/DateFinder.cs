using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using KnowledgeGraph.Model;

namespace KnowledgeGraph.Extraction;

/// <summary>A date expression found in text, normalized with its precision.</summary>
/// <param name="Start">The offset of the expression in the text searched.</param>
/// <param name="Length">Its length.</param>
/// <param name="Time">The normalized time: a point, or a period for ranges ("April 7-11, 2025") and "since"/"until".</param>
/// <param name="YearInferred">Whether the year was taken from the context rather than written.</param>
internal sealed record DateMention(int Start, int Length, RelationTime Time, bool YearInferred);

/// <summary>
/// Finds dates in English prose and normalizes them with Wikidata-style precision: "March 14, 2025" is a day,
/// "in March 2025" a month, "2027" a year; "on March 20" takes its year from the context; "April 7-11, 2025"
/// and "2021-2024" are periods.
/// </summary>
internal static partial class DateFinder
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    /// <summary>Finds the dates of <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="contextYear">The year a date without one inherits, or <see langword="null"/> when unknown.</param>
    /// <param name="offset">Added to every start offset.</param>
    /// <returns>The dates, in text order, without overlaps.</returns>
    public static ImmutableArray<DateMention> Find(string text, int? contextYear, int offset = 0)
    {
        var found = new List<DateMention>();
        var taken = new bool[text.Length];
        foreach (var (pattern, parse) in Patterns(contextYear))
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Enumerable.Range(m.Index, m.Length).Any(i => taken[i]))
                {
                    continue;
                }

                if (parse(m) is not { } result)
                {
                    continue;
                }

                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    taken[i] = true;
                }

                found.Add(new DateMention(m.Index + offset, m.Length, result.Time, result.Inferred));
            }
        }

        return [.. found.OrderBy(d => d.Start)];
    }

    /// <summary>Gets the last year written out in <paramref name="text"/> (for the context of later dates).</summary>
    public static int? LastYear(string text)
    {
        int? year = null;
        foreach (var d in Find(text, null))
        {
            if (!d.YearInferred)
            {
                year = (d.Time.Point ?? d.Time.End ?? d.Time.Start)?.Year ?? year;
            }
        }

        return year;
    }

    /// <summary>Parses a date written on its own: "25.03.2025", "2025-03-25", "25 March 2025", "March 25, 2025".</summary>
    public static PartialDate? ParseStandalone(string text)
    {
        var t = text.Trim().TrimEnd('.', ')', ' ');
        if (DottedDate().Match(t) is { Success: true } dm)
        {
            return Make(Int(dm.Groups["y"]), Int(dm.Groups["m"]), Int(dm.Groups["d"]));
        }

        if (PartialDate.TryParse(t, out var iso, out _))
        {
            return iso;
        }

        var found = Find(t, null);
        return found.Length == 1 && found[0].Time.Point is { } p ? p : null;
    }

    private static IEnumerable<(Regex Pattern, Func<Match, (RelationTime Time, bool Inferred)?> Parse)> Patterns(int? contextYear)
    {
        // Longest forms first: a day range, a full day, a month, then a year.
        yield return (MonthDayRange(), m => Period(
            Make(Int(m.Groups["y"]), Month(m.Groups["mon"].Value), Int(m.Groups["d1"])),
            Make(Int(m.Groups["y"]), Month(m.Groups["mon"].Value), Int(m.Groups["d2"]))));
        yield return (DayMonthRange(), m => Period(
            Make(Int(m.Groups["y"]), Month(m.Groups["mon"].Value), Int(m.Groups["d1"])),
            Make(Int(m.Groups["y"]), Month(m.Groups["mon"].Value), Int(m.Groups["d2"]))));
        yield return (MonthDayYear(), m => Point(Make(Int(m.Groups["y"]), Month(m.Groups["mon"].Value), Int(m.Groups["d"]))));
        yield return (DayMonthYear(), m => Point(Make(Int(m.Groups["y"]), Month(m.Groups["mon"].Value), Int(m.Groups["d"]))));
        yield return (IsoDay(), m => Point(Make(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]))));
        yield return (DottedDate(), m => Point(Make(Int(m.Groups["y"]), Int(m.Groups["m"]), Int(m.Groups["d"]))));
        yield return (MonthYear(), m => Bounded(m, Make(Int(m.Groups["y"]), Month(m.Groups["mon"].Value), 0)));
        yield return (MonthDayNoYear(), m => contextYear is { } y ? Inferred(Make(y, Month(m.Groups["mon"].Value), Int(m.Groups["d"]))) : null);
        yield return (DayMonthNoYear(), m => contextYear is { } y ? Inferred(Make(y, Month(m.Groups["mon"].Value), Int(m.Groups["d"]))) : null);
        yield return (YearRange(), m => Period(Make(Int(m.Groups["y1"]), 0, 0), Make(Int(m.Groups["y2"]), 0, 0)));
        yield return (Year(), m => Bounded(m, Make(Int(m.Groups["y"]), 0, 0)));
    }

    private static (RelationTime, bool)? Point(PartialDate? d) => d is { } p ? (RelationTime.At(p), false) : null;

    private static (RelationTime, bool)? Inferred(PartialDate? d) => d is { } p ? (RelationTime.At(p), true) : null;

    private static (RelationTime, bool)? Period(PartialDate? a, PartialDate? b) =>
        a is { } s && b is { } e && e.Earliest >= s.Earliest ? (RelationTime.Between(s, e), false) : null;

    /// <summary>"since March 2025" opens a period; "until 2024" closes one; otherwise the date is a point.</summary>
    private static (RelationTime, bool)? Bounded(Match m, PartialDate? d)
    {
        if (d is not { } p)
        {
            return null;
        }

        var prep = m.Groups["prep"].Value.ToLowerInvariant();
        return prep switch
        {
            "since" or "from" => (RelationTime.Between(p, null), false),
            "until" or "till" => (RelationTime.Between(null, p), false),
            _ => (RelationTime.At(p), false),
        };
    }

    private static PartialDate? Make(int year, int month, int day)
    {
        try
        {
            return year is < 1000 or > 2999 ? null : new PartialDate(year, month, day);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    private static int Int(Group g) => int.Parse(g.Value, CultureInfo.InvariantCulture);

    private static int Month(string name)
    {
        var lower = name.ToLowerInvariant().TrimEnd('.');
        for (var i = 0; i < MonthNames.Length; i++)
        {
            if (MonthNames[i] == lower || (lower.Length >= 3 && MonthNames[i].StartsWith(lower, StringComparison.Ordinal)))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private const string Mon = @"(?<mon>January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
    private const string Dash = @"\s*[-–—]\s*";
    private const string Ord = @"(?:st|nd|rd|th)?";

    [GeneratedRegex(@"\b" + Mon + @"\s+(?<d1>\d{1,2})" + Ord + Dash + @"(?<d2>\d{1,2})" + Ord + @",?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayRange();

    [GeneratedRegex(@"\b(?<d1>\d{1,2})" + Dash + @"(?<d2>\d{1,2})\s+" + Mon + @",?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthRange();

    [GeneratedRegex(@"\b" + Mon + @"\s+(?<d>\d{1,2})" + Ord + @",?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})" + Ord + @"\s+(?:of\s+)?" + Mon + @",?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"\b(?<d>\d{1,2})[./](?<m>\d{1,2})[./](?<y>\d{4})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDate();

    [GeneratedRegex(@"(?:\b(?<prep>since|from|until|till|in|of|by)\s+)?\b" + Mon + @",?\s+(?<y>\d{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex MonthYear();

    [GeneratedRegex(@"\b" + Mon + @"\s+(?<d>\d{1,2})" + Ord + @"\b(?!\s*[-–—,]?\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayNoYear();

    [GeneratedRegex(@"\b(?<d>\d{1,2})" + Ord + @"\s+(?:of\s+)?" + Mon + @"\b(?!,?\s*\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthNoYear();

    [GeneratedRegex(@"\b(?<y1>(?:1[89]|2[01])\d{2})" + Dash + @"(?<y2>(?:1[89]|2[01])\d{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex YearRange();

    [GeneratedRegex(@"(?:\b(?<prep>since|from|until|till|in|by)\s+)?\b(?<y>(?:1[89]|2[01])\d{2})\b(?![-–—./]\d)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Year();
}
