using System.Globalization;

namespace KnowledgeGraph.Model;

/// <summary>How much of a <see cref="PartialDate"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Not set; never valid in loaded data.</summary>
    Unspecified = 0,

    /// <summary>Only the year is known ("2027").</summary>
    Year = 9,

    /// <summary>The year and month are known ("in March 2025").</summary>
    Month = 10,

    /// <summary>The exact day is known ("14 March 2025").</summary>
    Day = 11,
}

/// <summary>
/// A calendar date known to year, month or day precision, as Wikidata records time values
/// (precision 9, 10 and 11). "In March 2025" is <c>2025-03</c> with month precision, never 1 March.
/// </summary>
/// <remarks>
/// The textual form is a partial ISO 8601 date whose length gives the precision:
/// <c>2025</c>, <c>2025-03</c> or <c>2025-03-14</c>.
/// </remarks>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private static readonly string[] MonthNames = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames;

    /// <summary>Creates a date with the given precision, validating the calendar.</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month (1-12), or 0 for year precision.</param>
    /// <param name="day">The day of the month, or 0 for year or month precision.</param>
    /// <exception cref="ArgumentOutOfRangeException">The parts do not form a real date.</exception>
    public PartialDate(int year, int month = 0, int day = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        if (month == 0 && day != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "A day needs a month.");
        }

        if (month is < 0 or > 12)
        {
            throw new ArgumentOutOfRangeException(nameof(month), month, "The month must be between 1 and 12.");
        }

        if (day < 0 || (month > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, $"{year:D4}-{month:D2} has no day {day}.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the month (1-12), or 0 when the precision is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>Gets the day of the month, or 0 when the precision is coarser than a day.</summary>
    public int Day { get; }

    /// <summary>Gets how much of the date is known.</summary>
    public DatePrecision Precision => Year == 0 ? DatePrecision.Unspecified
        : Day != 0 ? DatePrecision.Day
        : Month != 0 ? DatePrecision.Month
        : DatePrecision.Year;

    /// <summary>Gets the first day the date may denote (1 January for a year, the 1st for a month).</summary>
    public DateOnly Earliest => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>Gets the last day the date may denote (31 December for a year, the month's last day for a month).</summary>
    public DateOnly Latest => Precision switch
    {
        DatePrecision.Day => new DateOnly(Year, Month, Day),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, 12, 31),
    };

    /// <summary>Parses <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The partial ISO date.</param>
    /// <returns>The date with the precision its form gives.</returns>
    /// <exception cref="FormatException">The text is not such a date, or names an impossible day.</exception>
    public static PartialDate Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var date, out var error)
            ? date
            : throw new FormatException(error);
    }

    /// <summary>Tries to parse <c>yyyy</c>, <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>.</summary>
    /// <param name="text">The partial ISO date.</param>
    /// <param name="date">The parsed date when the result is <see langword="true"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid partial date.</returns>
    public static bool TryParse(string? text, out PartialDate date) => TryParse(text, out date, out _);

    /// <summary>Tries to parse a partial date and says what is wrong when it cannot.</summary>
    /// <param name="text">The partial ISO date.</param>
    /// <param name="date">The parsed date when the result is <see langword="true"/>.</param>
    /// <param name="error">A sentence naming the problem when the result is <see langword="false"/>.</param>
    /// <returns><see langword="true"/> when the text is a valid partial date.</returns>
    public static bool TryParse(string? text, out PartialDate date, out string? error)
    {
        date = default;
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = "A date must not be empty; use yyyy, yyyy-MM or yyyy-MM-dd.";
            return false;
        }

        var parts = text.Split('-');
        if (parts.Length > 3 || !IsDigits(parts[0], 4) || (parts.Length > 1 && !IsDigits(parts[1], 2)) || (parts.Length > 2 && !IsDigits(parts[2], 2)))
        {
            error = $"'{text}' is not a date of the form yyyy, yyyy-MM or yyyy-MM-dd.";
            return false;
        }

        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 0;
        var day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 0;
        if (year < 1)
        {
            error = $"'{text}' has year 0000; years start at 0001.";
            return false;
        }

        if (parts.Length > 1 && month is < 1 or > 12)
        {
            error = $"'{text}' has month {parts[1]}; months run from 01 to 12.";
            return false;
        }

        if (parts.Length > 2 && (day < 1 || day > DateTime.DaysInMonth(year, month)))
        {
            error = $"'{text}' is not a real day: {year:D4}-{month:D2} has {DateTime.DaysInMonth(year, month)} days.";
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>Gets the partial ISO form (<c>2025</c>, <c>2025-03</c> or <c>2025-03-14</c>).</summary>
    /// <returns>The date in the form it is written in the data files.</returns>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <summary>Gets the date as a reader would write it: "14 March 2025", "March 2025" or "2025".</summary>
    /// <returns>The date in words, in English.</returns>
    public string ToDisplayString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Day} {MonthNames[Month - 1]} {Year}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{MonthNames[Month - 1]} {Year}"),
        DatePrecision.Year => Year.ToString(CultureInfo.InvariantCulture),
        _ => string.Empty,
    };

    /// <summary>Orders dates by the first day they may denote, then coarser precision first.</summary>
    /// <param name="other">The date to compare with.</param>
    /// <returns>A negative number, zero or a positive number.</returns>
    public int CompareTo(PartialDate other)
    {
        var byStart = Earliest.CompareTo(other.Earliest);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether <paramref name="left"/> sorts before <paramref name="right"/>.</returns>
    public static bool operator <(PartialDate left, PartialDate right) => left.CompareTo(right) < 0;

    /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether <paramref name="left"/> sorts after <paramref name="right"/>.</returns>
    public static bool operator >(PartialDate left, PartialDate right) => left.CompareTo(right) > 0;

    /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether <paramref name="left"/> does not sort after <paramref name="right"/>.</returns>
    public static bool operator <=(PartialDate left, PartialDate right) => left.CompareTo(right) <= 0;

    /// <summary>Compares two dates by <see cref="CompareTo"/>.</summary>
    /// <param name="left">The first date.</param>
    /// <param name="right">The second date.</param>
    /// <returns>Whether <paramref name="left"/> does not sort before <paramref name="right"/>.</returns>
    public static bool operator >=(PartialDate left, PartialDate right) => left.CompareTo(right) >= 0;

    private static bool IsDigits(string s, int length) => s.Length == length && s.All(char.IsAsciiDigit);
}
