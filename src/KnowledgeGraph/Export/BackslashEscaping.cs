using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Export;

/// <summary>
/// Quotes text the way Turtle strings and Cypher literals both want it: the quote character and backslash
/// escaped, <c>\n</c>, <c>\r</c> and <c>\t</c> for line breaks and tabs, <c>\uXXXX</c> for other controls, and
/// every other character (non-Latin scripts, emoji) written as it is.
/// </summary>
internal static class BackslashEscaping
{
    public static string Quote(string text, char quote)
    {
        var sb = new StringBuilder(text.Length + 2).Append(quote);
        foreach (var c in text)
        {
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c is '\n' or '\r' or '\t')
            {
                sb.Append(c switch { '\n' => @"\n", '\r' => @"\r", _ => @"\t" });
            }
            else if (char.IsControl(c))
            {
                sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append(c);
            }
        }

        return sb.Append(quote).ToString();
    }
}
