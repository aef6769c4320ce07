using System;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Tests.Knowledge;

/// <summary>Builds partly known strings for the tests: every <c>{?}</c> in the text is an unknown hole.</summary>
internal static class Holes
{
    public const string Hole = "{?}";

    public static PartialString Partial(string text)
    {
        var parts = text.Split(Hole);
        var builder = ImmutableArray.CreateBuilder<string?>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                builder.Add(null);
            }

            if (parts[i].Length > 0)
            {
                builder.Add(parts[i]);
            }
        }

        return new PartialString(builder.ToImmutable());
    }

    public static T Parse<T>(string name) where T : struct, Enum => Enum.Parse<T>(name);
}
