namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>One hostile or malformed value, as it is written in a URL (percent-encoded where a client would encode).</summary>
/// <param name="Name">What the value tries.</param>
/// <param name="Encoded">The value as it goes on the wire.</param>
public sealed record HostileValue(string Name, string Encoded)
{
    /// <summary>Gets whether the value holds bytes no client would send unencoded (spaces, controls, non-ASCII).</summary>
    public bool HasRawBytes => Encoded.Any(c => c < '!' || c > '~');

    public override string ToString() => Name;
}

/// <summary>The corpus of hostile values every parameter of every route receives.</summary>
public static class HostileValues
{
    /// <summary>Values over Kestrel's request-line limit (16 KiB): the server refuses them before the application sees them.</summary>
    public const int OverRequestLine = 20_000;

    public static IReadOnlyList<HostileValue> All { get; } = Build();

    private static List<HostileValue> Build()
    {
        var values = new List<HostileValue>();
        void Add(string category, params string[] encoded)
        {
            foreach (var e in encoded)
            {
                values.Add(new HostileValue($"{category}: {(e.Length > 40 ? e[..40] + "..." : e)}", e));
            }
        }

        Add("empty and blank", "", "%20", "%20%20%09", "+", "%C2%A0");
        Add("unknown id", "no-such-entity", "armenia-", "-armenia", "armenia--russia", "ARMENIA", "Armenia", "armenia%20", "nikol_pashinyan");
        Add("path", "a/b", "a%2Fb", "..", ".", "../..", "..%2F..%2Fetc%2Fpasswd", "%2E%2E%2F%2E%2E%2Fappsettings.json",
            "....%2F%2F....%2F%2Fetc%2Fpasswd", "%2Fetc%2Fpasswd", "C%3A%5CWindows%5Cwin.ini", "%5C..%5C..%5Cboot.ini",
            "file%3A%2F%2F%2Fetc%2Fpasswd", "%C0%AE%C0%AE%2F", "%252E%252E%252F", "graph-data%2Fentities%2Fstates.json");
        Add("percent-encoding", "%00", "armenia%00", "%00armenia", "%2500", "%25", "%", "%G1", "%%32%65", "%u002e", "%FF%FE", "%C3%28",
            "%ED%A0%80", "%F4%90%80%80", "%EF%BB%BFarmenia", "%EF%BF%BD");
        Add("quotes and injection", "%27", "%22", "%60", "%27%20OR%20%271%27%3D%271", "1%3B%20DROP%20TABLE%20entities%3B--", "armenia%27--",
            "%27%29%3B%20SELECT%20*%20FROM%20users%3B--", "%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E", "javascript%3Aalert(1)", "%7B%7B7*7%7D%7D", "%24%7Bjndi%3Aldap%3A%2F%2Fx%2Fa%7D",
            "%24(whoami)", "%7C%7C%20ls", "%7B%22%24gt%22%3A%22%22%7D", "*", "%3F", "%23", "%26", "%3D", "%2C", "%2C%2C%2C");
        Add("control characters", "%0D%0ASet-Cookie%3A%20x%3D1", "%0A", "%0D", "%09", "%01%02%03", "%7F", "%1B%5B31mred", "%08%08%08");
        Add("unicode", "%D7%90%D7%A8%D7%9E%D7%A0%D7%99%D7%94", "%D9%85%D8%B1%D8%AD%D8%A8%D8%A7", "%E2%80%AEarmenia", "%E2%80%8Farmenia%E2%80%8E",
            "a%CC%81%CC%82%CC%83%CC%84%CC%85%CC%86%CC%87", "%E2%80%8B", "%EF%BC%A1%EF%BC%B2%EF%BC%AD", "%C4%B0N", "%C4%B1n",
            "%D5%80%D5%A1%D5%B5%D5%A1%D5%BD%D5%BF%D5%A1%D5%B6", "%F0%9F%98%80", "T%C3%BCrkiye", "Tu%CC%88rkiye");
        Add("size", new string('a', 2000), new string('a', 2001), new string('a', 10_240), string.Join("%2C", Enumerable.Repeat("armenia", 150)),
            string.Concat(Enumerable.Repeat("%E2%80%AE", 1000)), new string('a', OverRequestLine));
        Add("numbers", "-1", "0", "1", "2", "3", "4", "11", "21", "501", "2147483647", "2147483648", "-2147483648", "-2147483649",
            "99999999999999999999", "1e3", "1.5", "1%2C5", "0x10", "%2B1", "-0", "007", "%201%20", "NaN", "Infinity", "%EF%BC%91", "%D9%A1", "1_000");
        Add("non-numbers", "abc", "true", "null", "undefined", "%5B%5D", "%7B%7D");
        Add("dates", "2025-02-30", "2025-13-01", "2025-00-10", "2025-01-00", "0000-01-01", "0001-01-01", "9999-12-31", "10000-01-01",
            "2025-1-1", "01%2F02%2F2025", "02%2F01%2F2025", "2025%2F01%2F02", "20250102", "2025-01-02T00%3A00%3A00Z", "2025-W05", "2025-001",
            "-2025", "2025-02-29", "2024-02-29", "yesterday", "%D9%A2%D9%A0%D9%A2%D9%A5", "2025-03-14%00", "1%20March%202025", "2025-03-", "%2B2025");
        Add("enums", "OUT", "Out", "outgoing", "in%2Cout", "both%00", "BETWEENNESS", "pagerank", "State", "STATE", "state", "Stat%C3%A8",
            "State%2COfficial", "stated", "STATED", "probable", "stated%2Cdenied", "cooperates-with", "COOPERATES-WITH", "cooperates_with",
            "TRUE", "False", "yes", "on", "1");
        Add("raw bytes", "a b", "a\tb", "\u00e9", "\u202Earmenia", "a\u0001b", "a\u007fb");
        return values;
    }
}
