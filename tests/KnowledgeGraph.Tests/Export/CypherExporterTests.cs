using System.Globalization;
using System.Text;
using KnowledgeGraph.Export;

namespace KnowledgeGraph.Tests.Export;

/// <summary>
/// No Cypher engine is packaged for Debian, so the script is read by <see cref="CypherReader"/>, which follows the
/// lexical rules of the openCypher grammar for string literals, backtick names and comments.
/// </summary>
public sealed class CypherExporterTests
{
    [TestCase(ExportTestGraphs.Real)]
    [TestCase(ExportTestGraphs.Hostile)]
    public void Export_HasOneMergePerEntityAndRelationWithEveryTextIntact(string graphName)
    {
        var graph = ExportTestGraphs.Get(graphName);
        var statements = CypherReader.Read(Encoding.UTF8.GetString(ExportTestGraphs.Export(graph, ExportFormat.Cypher)));
        var literals = statements.SelectMany(s => s.Literals).ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(statements[0].Text, Does.StartWith("CREATE CONSTRAINT"));
            Assert.That(statements.Count(s => s.Text.StartsWith("MERGE (n:Entity", StringComparison.Ordinal)), Is.EqualTo(graph.Entities.Length));
            Assert.That(statements.Count(s => s.Text.StartsWith("MATCH (s:Entity", StringComparison.Ordinal)), Is.EqualTo(graph.Relations.Length));
            Assert.That(statements, Has.Count.EqualTo(1 + graph.Entities.Length + graph.Relations.Length), "no text leaks out of its literal");
            Assert.That(graph.Entities.SelectMany(e => e.Aliases.Append(e.Name)).Distinct(), Is.SubsetOf(literals));
            Assert.That(graph.Entities.Select(e => e.Role).OfType<string>().Distinct(), Is.SubsetOf(literals));
            Assert.That(graph.Relations.Select(r => FlatAttributes.EvidenceSummary(r.Evidence)).Distinct(), Is.SubsetOf(literals));
        });
    }

    [TestCase("O'Brien", @"'O\'Brien'")]
    [TestCase(@"C:\new", @"'C:\\new'")]
    [TestCase("a\nb\r\tc", @"'a\nb\r\tc'")]
    [TestCase("bell\u0007 🇦🇲", @"'bell\u0007 🇦🇲'")]
    public void Literal_EscapesForCypher(string text, string expected) =>
        Assert.That(CypherExporter.Literal(text), Is.EqualTo(expected));

    private sealed record Statement(string Text, List<string> Literals);

    private static class CypherReader
    {
        public static List<Statement> Read(string script)
        {
            var statements = new List<Statement>();
            var text = new StringBuilder();
            var literals = new List<string>();
            for (var i = 0; i < script.Length; i++)
            {
                var c = script[i];
                if (c == '/' && i + 1 < script.Length && script[i + 1] == '/')
                {
                    i = script.IndexOf('\n', i) is var end and >= 0 ? end : script.Length;
                }
                else if (c is '\'' or '"')
                {
                    literals.Add(ReadLiteral(script, ref i, c));
                    text.Append("<literal>");
                }
                else if (c == '`')
                {
                    // A backtick name ends at the first single backtick; a doubled one stands for a backtick.
                    var end = i + 1;
                    while (script[end] != '`' || (end + 1 < script.Length && script[end + 1] == '`'))
                    {
                        end += script[end] == '`' ? 2 : 1;
                    }

                    text.Append(script, i, end - i + 1);
                    i = end;
                }
                else if (c == ';')
                {
                    statements.Add(new Statement(text.ToString().Trim(), literals));
                    text.Clear();
                    literals = [];
                }
                else
                {
                    text.Append(c);
                }
            }

            Assert.That(text.ToString().Trim(), Is.Empty, "the script ends with a complete statement");
            return statements;
        }

        private static string ReadLiteral(string script, ref int i, char quote)
        {
            var value = new StringBuilder();
            for (i++; script[i] != quote; i++)
            {
                if (script[i] != '\\')
                {
                    Assert.That(script[i], Is.Not.EqualTo('\n'), "a line break inside a literal must be escaped");
                    value.Append(script[i]);
                    continue;
                }

                var e = script[++i];
                value.Append(e switch
                {
                    'n' => "\n",
                    'r' => "\r",
                    't' => "\t",
                    'b' => "\b",
                    'f' => "\f",
                    'u' => ((char)int.Parse(script.AsSpan(i + 1, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                    '\\' or '\'' or '"' => e.ToString(),
                    _ => throw new AssertionException($"unknown escape \\{e}"),
                });
                if (e == 'u')
                {
                    i += 4;
                }
            }

            return value.ToString();
        }
    }
}
