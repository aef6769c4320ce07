using System.Collections.Generic;
using System.Linq;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>Writes an edit's JSON value as C# in the style of the object it goes into.</summary>
    internal static class CSharpJsonValues
    {
        /// <summary>How objects are written around the new value.</summary>
        public enum Style
        {
            Anonymous,
            StringDictionary,
            ObjectDictionary,
            JsonObject,
        }

        /// <summary>The style of a dictionary or JsonObject type; null for other types.</summary>
        public static Style? StyleOf(ITypeSymbol? type) => type switch
        {
            INamedTypeSymbol { Name: "JsonObject" } => Style.JsonObject,
            INamedTypeSymbol { Name: "Dictionary" or "SortedDictionary", TypeArguments.Length: 2 } dictionary
                when dictionary.TypeArguments[0].SpecialType == SpecialType.System_String =>
                dictionary.TypeArguments[1].SpecialType switch
                {
                    SpecialType.System_String => Style.StringDictionary,
                    SpecialType.System_Object => Style.ObjectDictionary,
                    _ => null,
                },
            _ => null,
        };

        /// <summary>The C# expression for a value; null when it cannot be written in that style.</summary>
        public static ExpressionSyntax? Render(ValueKind kind, string value, Style style)
        {
            switch (kind)
            {
                case ValueKind.String:
                case ValueKind.IdentityType:
                    return String(value);
                case ValueKind.Json:
                    return FixValue.Parse(value) is { } json ? Render(json, style) : null;
                default:
                    return null;
            }
        }

        private static ExpressionSyntax? Render(FixValue value, Style style)
        {
            switch (value)
            {
                case FixValue.String text:
                    return String(text.Text);
                case FixValue.Literal literal when style != Style.StringDictionary:
                    return SyntaxFactory.ParseExpression(literal.Text);
                case FixValue.Object obj when style != Style.StringDictionary:
                    return RenderObject(obj, style);
                default:
                    return null;
            }
        }

        private static ExpressionSyntax? RenderObject(FixValue.Object obj, Style parent)
        {
            var allStrings = obj.Members.All(m => m.Value is FixValue.String);
            var style = parent switch
            {
                Style.Anonymous when obj.Members.All(m => SyntaxFacts.IsValidIdentifier(m.Key)) => Style.Anonymous,
                Style.Anonymous or Style.ObjectDictionary => allStrings ? Style.StringDictionary : Style.ObjectDictionary,
                _ => parent,
            };
            var members = new List<ExpressionSyntax>();
            foreach (var member in obj.Members)
            {
                if (Render(member.Value, style) is not { } rendered)
                {
                    return null;
                }

                members.Add(style == Style.Anonymous
                    ? rendered
                    : SyntaxFactory.AssignmentExpression(
                        SyntaxKind.SimpleAssignmentExpression,
                        SyntaxFactory.ImplicitElementAccess(SyntaxFactory.BracketedArgumentList(SyntaxFactory.SingletonSeparatedList(SyntaxFactory.Argument(String(member.Key))))),
                        rendered));
            }

            if (style == Style.Anonymous)
            {
                return SyntaxFactory.AnonymousObjectCreationExpression(SyntaxFactory.SeparatedList(
                    obj.Members.Select((m, i) => SyntaxFactory.AnonymousObjectMemberDeclarator(SyntaxFactory.NameEquals(m.Key), members[i]))));
            }

            var type = style switch
            {
                Style.JsonObject => "global::System.Text.Json.Nodes.JsonObject",
                Style.StringDictionary => "global::System.Collections.Generic.Dictionary<string, string>",
                _ => "global::System.Collections.Generic.Dictionary<string, object>",
            };
            return SyntaxFactory.ObjectCreationExpression(SyntaxFactory.ParseTypeName(type).WithAdditionalAnnotations(Simplifier.Annotation))
                .WithArgumentList(SyntaxFactory.ArgumentList())
                .WithInitializer(SyntaxFactory.InitializerExpression(SyntaxKind.ObjectInitializerExpression, SyntaxFactory.SeparatedList(members)));
        }

        private static LiteralExpressionSyntax String(string text) =>
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(text));
    }
}
