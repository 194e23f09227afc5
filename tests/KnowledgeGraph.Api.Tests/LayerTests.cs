using System.Reflection;
using KnowledgeGraph.Tests.Shared;

namespace KnowledgeGraph.Api.Tests;

/// <summary>The API is a client of the library: it uses only the library's public surface, as any package consumer would.</summary>
public sealed class LayerTests
{
    private static readonly Assembly Library = typeof(Graph).Assembly;

    [Test]
    public void Api_UsesOnlyTheLibrarysPublicSurface()
    {
        var api = typeof(Program).Assembly;
        var uses = api.GetTypes().SelectMany(t => TypeReferences.Of(t).Select(used => (User: t, Used: used))).ToList();
        var violations = uses
            .SelectMany(p => TypeReferences.TypesOf(p.Used).Select(t => (p.User, Used: (MemberInfo)t)).Append(p))
            .Where(p => (p.Used is Type t ? t.Assembly : p.Used.DeclaringType?.Assembly) == Library && !IsPublic(p.Used))
            .Select(p => $"{p.User.FullName} uses {p.Used.DeclaringType?.FullName}.{p.Used.Name}")
            .Distinct()
            .ToList();

        Assert.Multiple(() =>
        {
            Assert.That(uses.Count(p => p.Used.DeclaringType?.Assembly == Library || (p.Used as Type)?.Assembly == Library), Is.GreaterThan(100), "the scan sees the API's uses of the library");
            Assert.That(violations, Is.Empty);
            Assert.That(Library.GetCustomAttributes<System.Runtime.CompilerServices.InternalsVisibleToAttribute>().Select(a => a.AssemblyName), Has.None.StartsWith(api.GetName().Name!));
        });
    }

    private static bool IsPublic(MemberInfo member) => member switch
    {
        Type t => t.IsVisible,
        MethodBase m => (m.IsPublic || m.IsFamily) && m.DeclaringType!.IsVisible,
        FieldInfo f => (f.IsPublic || f.IsFamily) && f.DeclaringType!.IsVisible,
        _ => true,
    };
}
