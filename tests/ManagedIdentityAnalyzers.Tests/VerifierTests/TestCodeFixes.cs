using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Tests.VerifierTests;

/// <summary>Base for the test fixers of TEST001: replaces the reported literal with what <see cref="Replacement"/> returns.</summary>
public abstract class LiteralFixerBase : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TEST001");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    protected abstract string Title { get; }

    protected abstract string Key { get; }

    /// <summary>The expression that replaces the literal, or null to leave the document unchanged.</summary>
    protected abstract ExpressionSyntax? Replacement(LiteralExpressionSyntax literal);

    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        SyntaxNode? root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span, getInnermostNodeForTie: true) is not LiteralExpressionSyntax literal)
        {
            return;
        }

        RegisterActions(context, root, literal);
    }

    protected virtual void RegisterActions(CodeFixContext context, SyntaxNode root, LiteralExpressionSyntax literal)
        => context.RegisterCodeFix(CodeAction.Create(Title, _ => Task.FromResult(Replace(context.Document, root, literal, Replacement(literal))), Key), context.Diagnostics);

    protected static Document Replace(Document document, SyntaxNode root, LiteralExpressionSyntax literal, ExpressionSyntax? replacement)
        => replacement is null ? document : document.WithSyntaxRoot(root.ReplaceNode(literal, replacement.WithTriviaFrom(literal)));

    protected static LiteralExpressionSyntax StringLiteral(string value)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
}

/// <summary>"bad..." → "good".</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class BadToGoodFixer : LiteralFixerBase
{
    protected override string Title => "Make it good";

    protected override string Key => "BadToGood";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => StringLiteral("good");
}

/// <summary>"bad" → the identifier <c>good</c>, which does not exist: the fixed code does not compile.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class BrokenFixer : LiteralFixerBase
{
    protected override string Title => "Break it";

    protected override string Key => "Broken";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => SyntaxFactory.IdentifierName("good");
}

/// <summary>"bad" → "bad2" → "bad": loops forever.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class FlipFixer : LiteralFixerBase
{
    protected override string Title => "Flip";

    protected override string Key => "Flip";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal)
        => StringLiteral(literal.Token.ValueText == "bad" ? "bad2" : "bad");
}

/// <summary>Offers a fix that changes nothing.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class NoOpFixer : LiteralFixerBase
{
    protected override string Title => "Do nothing";

    protected override string Key => "NoOp";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => null;
}

/// <summary>Adds a comment after the literal: the text changes, the diagnostics do not.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class CommentOnlyFixer : LiteralFixerBase
{
    protected override string Title => "Comment";

    protected override string Key => "Comment";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal)
        => literal.WithTrailingTrivia(literal.GetTrailingTrivia().Add(SyntaxFactory.Comment("/* looked at */")));

    protected override void RegisterActions(CodeFixContext context, SyntaxNode root, LiteralExpressionSyntax literal)
        => context.RegisterCodeFix(
            CodeAction.Create(Title, _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(literal, Replacement(literal)!))), Key),
            context.Diagnostics);
}

/// <summary>Offers two different actions with the same equivalence key.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class DuplicateKeyFixer : LiteralFixerBase
{
    protected override string Title => "Good";

    protected override string Key => "Same";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => StringLiteral("good");

    protected override void RegisterActions(CodeFixContext context, SyntaxNode root, LiteralExpressionSyntax literal)
    {
        context.RegisterCodeFix(CodeAction.Create("Good", _ => Task.FromResult(Replace(context.Document, root, literal, StringLiteral("good"))), "Same"), context.Diagnostics);
        context.RegisterCodeFix(CodeAction.Create("Fine", _ => Task.FromResult(Replace(context.Document, root, literal, StringLiteral("fine"))), "Same"), context.Diagnostics);
    }
}

/// <summary>Offers a group of two nested actions: "goodA" (key A) and "goodB" (key B).</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class NestedActionsFixer : LiteralFixerBase
{
    protected override string Title => "Replace";

    protected override string Key => "A";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => StringLiteral("goodA");

    protected override void RegisterActions(CodeFixContext context, SyntaxNode root, LiteralExpressionSyntax literal)
    {
        CodeAction group = CodeAction.Create(
            "Replace with...",
            ImmutableArray.Create(
                CodeAction.Create("goodA", _ => Task.FromResult(Replace(context.Document, root, literal, StringLiteral("goodA"))), "A"),
                CodeAction.Create("goodB", _ => Task.FromResult(Replace(context.Document, root, literal, StringLiteral("goodB"))), "B")),
            isInlinable: false);
        context.RegisterCodeFix(group, context.Diagnostics);
    }
}

/// <summary>TEST100: <c>"bad"</c> → <c>"good"</c> in the additional (JSON) document.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" })]
public sealed class JsonBadFixer : CodeFixProvider
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TEST100");

    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        TextSpan span = context.Span;
        context.RegisterCodeFix(
            CodeAction.Create(
                "Make the JSON value good",
                async cancellationToken =>
                {
                    SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    SourceText fixedText = text.WithChanges(new TextChange(span, "\"good\""));
                    return document.Project.Solution.WithAdditionalDocumentText(document.Id, fixedText);
                },
                "JsonBadToGood"),
            context.Diagnostics);
        return Task.CompletedTask;
    }
}

/// <summary>
/// <see cref="JsonBadFixer"/> with a Fix All provider of its own that fixes nothing in additional documents: the
/// verifier starts Fix All from the JSON diagnostics and must report the file left unfixed (no single-fix fallback,
/// which is kept for the stock batch fixer only).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" })]
public sealed class JsonBadFixerWithDocumentOnlyFixAll : CodeFixProvider
{
    private readonly JsonBadFixer inner = new();

    public override ImmutableArray<string> FixableDiagnosticIds => inner.FixableDiagnosticIds;

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create((context, document, diagnostics) => Task.FromResult<Document?>(document));

    public override Task RegisterCodeFixesAsync(CodeFixContext context) => inner.RegisterCodeFixesAsync(context);
}

/// <summary>
/// Declares TEST001 and TEST100 fixable but is exported for source documents only: the verifier must not offer it the
/// TEST100 diagnostics located in JSON files (it would throw reading <see cref="CodeFixContext.Document"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class SourceOnlyFixer : LiteralFixerBase
{
    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TEST001", "TEST100");

    protected override string Title => "Make it good";

    protected override string Key => "SourceOnly";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => StringLiteral("good");
}

/// <summary>Fixes single diagnostics, but its Fix All provider returns an action that changes nothing.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class BrokenFixAllFixer : LiteralFixerBase
{
    protected override string Title => "Make it good";

    protected override string Key => "BrokenFixAll";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => StringLiteral("good");

    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create((context, document, diagnostics) => Task.FromResult<Document?>(document));
}

/// <summary>Returns no Fix All provider.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp)]
public sealed class NoFixAllFixer : LiteralFixerBase
{
    protected override string Title => "Make it good";

    protected override string Key => "NoFixAll";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => StringLiteral("good");

    public override FixAllProvider GetFixAllProvider() => null!;
}

/// <summary>No [ExportCodeFixProvider]: no host would load it.</summary>
public sealed class UnexportedFixer : LiteralFixerBase
{
    protected override string Title => "Make it good";

    protected override string Key => "Unexported";

    protected override ExpressionSyntax? Replacement(LiteralExpressionSyntax literal) => StringLiteral("good");
}

/// <summary>
/// TEST100: replaces <c>"bad"</c> in the additional (JSON) document with a text of the test's choice, and fixes all of
/// a file's at once with a Fix All provider of its own (the stock batch fixer skips additional documents): a sound
/// replacement, one that keeps the diagnostic, or one that breaks the JSON, for the fix-soundness check of files.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, DocumentKinds = new[] { nameof(TextDocumentKind.AdditionalDocument) }, DocumentExtensions = new[] { ".json" })]
public sealed class JsonReplacingFixer : CodeFixProvider
{
    private readonly string replacement;

    public JsonReplacingFixer(string replacement)
    {
        this.replacement = replacement;
    }

    public override ImmutableArray<string> FixableDiagnosticIds => ImmutableArray.Create("TEST100");

    public override FixAllProvider GetFixAllProvider() => new ReplaceAll(replacement);

    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        TextDocument document = context.TextDocument;
        TextSpan span = context.Span;
        context.RegisterCodeFix(
            CodeAction.Create(
                "Replace the JSON value",
                async cancellationToken =>
                {
                    SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    return document.Project.Solution.WithAdditionalDocumentText(document.Id, text.WithChanges(new TextChange(span, replacement)));
                },
                "JsonReplace"),
            context.Diagnostics);
        return Task.CompletedTask;
    }

    private sealed class ReplaceAll : FixAllProvider
    {
        private readonly string replacement;

        public ReplaceAll(string replacement)
        {
            this.replacement = replacement;
        }

        public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) => Task.FromResult<CodeAction?>(CodeAction.Create(
            "Replace every JSON value",
            async cancellationToken =>
            {
                Solution solution = fixAllContext.Solution;
                foreach (TextDocument document in fixAllContext.Project.AdditionalDocuments)
                {
                    SourceText text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                    solution = solution.WithAdditionalDocumentText(document.Id, SourceText.From(text.ToString().Replace("\"bad\"", replacement, System.StringComparison.Ordinal)));
                }

                return solution;
            },
            fixAllContext.CodeActionEquivalenceKey));
    }
}
