using System.Text.RegularExpressions;

namespace KnowledgeGraph.Tests.Package;

/// <summary>
/// The usage example of the README's "Use the library" section and of the package README is the code that
/// tests/PackageConsumer compiles against the packed package and test.sh runs, so neither copy can rot.
/// </summary>
public sealed partial class ReadmeExampleTests
{
    private static string ConsumerExample
    {
        get
        {
            var program = Read("tests", "PackageConsumer", "Program.cs");
            var match = MarkedExample().Match(program);
            Assert.That(match.Success, Is.True, "tests/PackageConsumer/Program.cs has no // <use-the-library> ... // </use-the-library> markers");
            return match.Groups["code"].Value;
        }
    }

    [Test]
    public void Readme_UseTheLibrarySnippet_IsTheConsumerProgram() =>
        Assert.That(FirstCSharpBlock(Read("README.md"), "## Use the library"), Is.EqualTo(ConsumerExample),
            "README.md's \"Use the library\" example differs from tests/PackageConsumer/Program.cs: change both.");

    [Test]
    public void PackageReadme_UseTheLibrarySnippet_IsTheConsumerProgram() =>
        Assert.That(FirstCSharpBlock(Read("src", "KnowledgeGraph", "PACKAGE.md"), "## Use the library"), Is.EqualTo(ConsumerExample),
            "src/KnowledgeGraph/PACKAGE.md's example differs from tests/PackageConsumer/Program.cs: change both.");

    [Test]
    public void FirstCSharpBlock_SectionWithoutCode_Fails() =>
        Assert.That(() => FirstCSharpBlock("## Use the library\n\nNo code.\n\n## Next\n\n```csharp\nx();\n```\n", "## Use the library"),
            Throws.InstanceOf<AssertionException>());

    /// <summary>The first ```csharp block of a section (up to the next heading of the same level), line endings normalised.</summary>
    private static string FirstCSharpBlock(string markdown, string heading)
    {
        var start = markdown.IndexOf(heading + "\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"no section '{heading}'");
        var next = markdown.IndexOf("\n## ", start + heading.Length, StringComparison.Ordinal);
        var section = next < 0 ? markdown[start..] : markdown[start..next];
        var block = CSharpBlock().Match(section);
        Assert.That(block.Success, Is.True, $"section '{heading}' has no ```csharp block");
        return block.Groups["code"].Value;
    }

    private static string Read(params string[] path) =>
        File.ReadAllText(Path.Combine([RepositoryPaths.Root, .. path])).ReplaceLineEndings("\n");

    [GeneratedRegex(@"^// <use-the-library>\n(?<code>.*?)^// </use-the-library>$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex MarkedExample();

    [GeneratedRegex(@"^```csharp\n(?<code>.*?)^```$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
