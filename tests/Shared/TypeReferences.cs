using System.Reflection;
using System.Reflection.Emit;

namespace KnowledgeGraph.Tests.Shared;

/// <summary>
/// What a compiled type uses: its base type and interfaces, the types of its fields and method signatures, and
/// the types and members named by its method bodies' IL (calls, field loads, casts, <c>new</c>). Lambdas and
/// iterators compile to nested types, which are scanned as types of the same namespace.
/// </summary>
internal static class TypeReferences
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    /// <summary>Gets every type and member the type uses (types as <see cref="Type"/>, members as <see cref="MemberInfo"/>).</summary>
    public static IEnumerable<MemberInfo> Of(Type type)
    {
        var found = new List<MemberInfo>();
        if (type.BaseType is { } baseType)
        {
            found.Add(baseType);
        }

        found.AddRange(type.GetInterfaces());
        found.AddRange(type.GetFields(Declared).Select(f => f.FieldType));
        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                found.Add(info.ReturnType);
            }

            found.AddRange(method.GetParameters().Select(p => p.ParameterType));
            found.AddRange(InBody(method));
        }

        return found.SelectMany(Expand);
    }

    /// <summary>Gets the types a type or member stands for, with generic arguments and element types.</summary>
    public static IEnumerable<Type> TypesOf(MemberInfo member) => member switch
    {
        Type t => Flatten(t),
        FieldInfo f => Flatten(f.DeclaringType!).Concat(Flatten(f.FieldType)),
        MethodInfo m => Flatten(m.DeclaringType!).Concat(Flatten(m.ReturnType)),
        _ => member.DeclaringType is { } d ? Flatten(d) : [],
    };

    private static IEnumerable<MemberInfo> Expand(MemberInfo member) => member is Type t ? Flatten(t) : [member];

    private static IEnumerable<Type> Flatten(Type type)
    {
        if (type.IsGenericParameter)
        {
            yield break;
        }

        if (type.HasElementType)
        {
            foreach (var t in Flatten(type.GetElementType()!))
            {
                yield return t;
            }

            yield break;
        }

        yield return type.IsGenericType ? type.GetGenericTypeDefinition() : type;
        if (type.IsGenericType)
        {
            foreach (var t in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return t;
            }
        }
    }

    private static List<MemberInfo> InBody(MethodBase method)
    {
        var found = new List<MemberInfo>();
        if (method.GetMethodBody()?.GetILAsByteArray() is not { } il)
        {
            return found;
        }

        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var i = 0;
        while (i < il.Length)
        {
            var code = il[i++];
            var opCode = code == 0xFE ? OpCodesByValue[unchecked((short)(0xFE00 | il[i++]))] : OpCodesByValue[code];
            switch (opCode.OperandType)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineTok:
                    if (method.Module.ResolveMember(BitConverter.ToInt32(il, i), typeArguments, methodArguments) is { } member)
                    {
                        found.Add(member);
                    }

                    i += 4;
                    break;
                case OperandType.InlineSwitch:
                    i += 4 + (4 * BitConverter.ToInt32(il, i));
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    i += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.ShortInlineR or OperandType.InlineString or OperandType.InlineSig:
                    i += 4;
                    break;
                case OperandType.InlineVar:
                    i += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    i += 1;
                    break;
            }
        }

        return found;
    }
}
