using System.Text;
using System.Xml;

namespace KnowledgeGraph.Export;

/// <summary>XmlWriter settings and text cleaning shared by the XML formats (GraphML, GEXF).</summary>
internal static class XmlExport
{
    public static XmlWriter CreateWriter(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",

        // Entitize keeps every line break as written: a CR or CRLF inside a name or note comes back unchanged.
        NewLineHandling = NewLineHandling.Entitize,
        CloseOutput = false,
    });

    /// <summary>
    /// Replaces the few characters XML 1.0 cannot hold at all (C0 controls other than tab and line breaks,
    /// U+FFFE, U+FFFF, unpaired surrogates) by U+FFFD, so that such a value cannot make the whole export fail.
    /// </summary>
    public static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned?.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (XmlConvert.IsXmlChar(c))
            {
                cleaned?.Append(c);
            }
            else
            {
                cleaned ??= new StringBuilder(text.Length).Append(text, 0, i);
                cleaned.Append('\uFFFD');
            }
        }

        return cleaned?.ToString() ?? text;
    }

    public static void Attribute(XmlWriter writer, string name, string value) => writer.WriteAttributeString(name, Clean(value));

    public static void Element(XmlWriter writer, string name, string value) => writer.WriteElementString(name, Clean(value));
}
