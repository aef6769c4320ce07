using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using ManagedIdentityAnalyzers.Findings;
using ManagedIdentityAnalyzers.Findings.Contract;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Editing;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.CodeFixes.Editors
{
    /// <summary>
    /// Applies fix plans to one document: one plan for a single fix, every plan of the document for Fix All. Each plan's
    /// edits are checked against the document first (each editor verifies the text it replaces); a plan with an edit
    /// that cannot be made, or that collides with a plan taken before it, is left out whole, never half applied.
    /// Identical edits of several plans (two findings that both enable the app's identity) are made once; removals of
    /// neighbouring members are merged. JSON text changes are made first, then the C# syntax edits on the changed
    /// document, at their nodes' spans shifted by the text changes before them; last, locals the edits left unused are
    /// removed (<see cref="OrphanedLocals"/>).
    /// </summary>
    internal static class FixSession
    {
        /// <summary>Whether every edit of <paramref name="plan"/> can be made to <paramref name="document"/>.</summary>
        public static async Task<bool> CanApplyAsync(Document document, FixContract contract, FixPlan plan, CancellationToken cancellationToken)
        {
            var state = await DocumentState.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            return state is not null && Prepare(state, contract, plan, cancellationToken) is not null;
        }

        /// <summary>The document with the plans applied; null when none of them could be.</summary>
        public static async Task<Document?> ApplyAsync(
            Document document,
            IReadOnlyList<(FixContract Contract, FixPlan Plan)> fixes,
            CancellationToken cancellationToken)
        {
            var state = await DocumentState.CreateAsync(document, cancellationToken).ConfigureAwait(false);
            if (state is null)
            {
                return null;
            }

            var textEdits = new List<TextEdit>();
            var syntaxEdits = new List<SyntaxEdit>();
            foreach (var (contract, plan) in fixes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (Prepare(state, contract, plan, cancellationToken) is not { } prepared
                    || Collides(prepared, textEdits, syntaxEdits))
                {
                    continue;
                }

                foreach (var edit in prepared.TextEdits)
                {
                    if (!textEdits.Contains(edit))
                    {
                        textEdits.Add(edit);
                    }
                }

                foreach (var edit in prepared.SyntaxEdits)
                {
                    if (!syntaxEdits.Exists(e => e.SameAs(edit)))
                    {
                        syntaxEdits.Add(edit);
                    }
                }
            }

            if (textEdits.Count == 0 && syntaxEdits.Count == 0)
            {
                return null;
            }

            var changes = JsonLiteralEditor.Merge(state.Text, textEdits);
            var changed = changes.Count == 0 ? document : document.WithText(state.Text.WithChanges(changes));
            if (syntaxEdits.Count > 0)
            {
                var editor = await DocumentEditor.CreateAsync(changed, cancellationToken).ConfigureAwait(false);
                var removed = new HashSet<SyntaxNode>();
                foreach (var edit in syntaxEdits)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var span = Shift(edit.Node.Span, changes);
                    if (CSharpSyntaxEditor.FindExact(editor.OriginalRoot, span) is { } node && node.RawKind == edit.Node.RawKind)
                    {
                        CSharpSyntaxEditor.Apply(editor, node, edit.Edit, removed);
                    }
                }

                changed = editor.GetChangedDocument();
            }

            var changedRoot = await changed.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
            var cleaned = changedRoot is null ? null : OrphanedLocals.Remove(state.Root, changedRoot, cancellationToken);
            return cleaned is null || cleaned == changedRoot ? changed : changed.WithSyntaxRoot(cleaned);
        }

        /// <summary>The edits of one plan, each verified against the document; null when one of them cannot be made.</summary>
        private static Prepared? Prepare(DocumentState state, FixContract contract, FixPlan plan, CancellationToken cancellationToken)
        {
            var textEdits = new List<TextEdit>();
            var syntaxEdits = new List<SyntaxEdit>();
            foreach (var edit in plan.Edits)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var target = contract.Target(edit.Target);
                switch (target?.Editor)
                {
                    case FixEditor.JsonInLiteral when JsonLiteralEditor.Change(state.Text, target, edit) is { } change:
                        textEdits.Add(change);
                        break;
                    case FixEditor.CSharpSyntax when CSharpSyntaxEditor.Find(state.Root, state.Text, state.Model, state.Generator, target, edit) is { } node:
                        syntaxEdits.Add(new SyntaxEdit(node, edit));
                        break;
                    default:
                        return null;
                }
            }

            var prepared = new Prepared(textEdits, syntaxEdits);
            return Collides(prepared, new List<TextEdit>(), new List<SyntaxEdit>(), withinPlan: true) ? null : prepared;
        }

        /// <summary>
        /// Whether a plan's edits collide with edits already taken (or, <paramref name="withinPlan"/>, with each other):
        /// text changes that overlap or start at the same place (identical ones and removals, which are merged, aside);
        /// a syntax edit whose node overlaps a text change or another syntax edit's node, except a member added to an
        /// object creation that contains them (the member is added to the changed object).
        /// </summary>
        private static bool Collides(Prepared prepared, List<TextEdit> textEdits, List<SyntaxEdit> syntaxEdits, bool withinPlan = false)
        {
            var texts = new List<TextEdit>(textEdits);
            var syntaxes = new List<SyntaxEdit>(syntaxEdits);
            foreach (var edit in prepared.TextEdits)
            {
                foreach (var other in texts)
                {
                    if (!edit.Equals(other) && !Compatible(edit.Kind, other.Kind) && Overlap(edit.Span, other.Span))
                    {
                        return true;
                    }
                }

                foreach (var other in syntaxes)
                {
                    if (SyntaxCollides(other, edit.Span))
                    {
                        return true;
                    }
                }

                texts.Add(edit);
            }

            foreach (var edit in prepared.SyntaxEdits)
            {
                foreach (var other in texts)
                {
                    if (SyntaxCollides(edit, other.Span))
                    {
                        return true;
                    }
                }

                foreach (var other in syntaxes)
                {
                    if (!edit.SameAs(other)
                        && !(edit.Edit.Kind == EditKind.AddMember && other.Edit.Kind == EditKind.AddMember && edit.Node == other.Node)
                        && Overlap(edit.Node.Span, other.Node.Span)
                        && !Contains(edit, other.Node.Span)
                        && !Contains(other, edit.Node.Span))
                    {
                        return true;
                    }
                }

                syntaxes.Add(edit);
            }

            return false;
        }

        /// <summary>Removals overlap to be merged; insertions at one place follow each other.</summary>
        private static bool Compatible(TextEditKind a, TextEditKind b) =>
            (a == TextEditKind.Remove && b == TextEditKind.Remove) || (a == TextEditKind.Insert && b == TextEditKind.Insert);

        private static bool SyntaxCollides(SyntaxEdit edit, TextSpan span) => Overlap(edit.Node.Span, span) && !Contains(edit, span);

        /// <summary>Whether <paramref name="edit"/> adds a member to an object creation that strictly contains <paramref name="span"/>.</summary>
        private static bool Contains(SyntaxEdit edit, TextSpan span) =>
            edit.Edit.Kind == EditKind.AddMember && edit.Node.Span.Contains(span) && edit.Node.Span != span;

        /// <summary>Spans that share a character, an insertion inside the other span, or two changes that start together.</summary>
        private static bool Overlap(TextSpan a, TextSpan b) =>
            a.OverlapsWith(b)
            || a.Start == b.Start
            || (a.IsEmpty && b.Start < a.Start && a.Start < b.End)
            || (b.IsEmpty && a.Start < b.Start && b.Start < a.End);

        /// <summary>Where a span of the original text is after <paramref name="changes"/> (none of which crosses its ends).</summary>
        private static TextSpan Shift(TextSpan span, List<TextChange> changes)
        {
            var start = span.Start;
            var end = span.End;
            foreach (var change in changes)
            {
                var delta = change.NewText!.Length - change.Span.Length;
                if (change.Span.End <= span.Start)
                {
                    start += delta;
                    end += delta;
                }
                else if (change.Span.Start < span.End)
                {
                    end += delta;
                }
            }

            return TextSpan.FromBounds(start, end);
        }

        private sealed class Prepared
        {
            public Prepared(List<TextEdit> textEdits, List<SyntaxEdit> syntaxEdits)
            {
                TextEdits = textEdits;
                SyntaxEdits = syntaxEdits;
            }

            public List<TextEdit> TextEdits { get; }

            public List<SyntaxEdit> SyntaxEdits { get; }
        }

        /// <summary>A syntax edit and the node of the original document it changes.</summary>
        private sealed class SyntaxEdit
        {
            public SyntaxEdit(SyntaxNode node, Edit edit)
            {
                Node = node;
                Edit = edit;
            }

            public SyntaxNode Node { get; }

            public Edit Edit { get; }

            /// <summary>The same change to the same node (made once when several plans ask for it).</summary>
            public bool SameAs(SyntaxEdit other) =>
                Node == other.Node
                && Edit.Kind == other.Edit.Kind
                && Edit.ValueKind == other.Edit.ValueKind
                && Edit.Value == other.Edit.Value
                && Edit.Name == other.Edit.Name;
        }

        /// <summary>The text, tree and semantic model of the document the plans are applied to.</summary>
        private sealed class DocumentState
        {
            private DocumentState(SourceText text, SyntaxNode root, SemanticModel model, SyntaxGenerator generator)
            {
                Text = text;
                Root = root;
                Model = model;
                Generator = generator;
            }

            public SourceText Text { get; }

            public SyntaxNode Root { get; }

            public SemanticModel Model { get; }

            public SyntaxGenerator Generator { get; }

            public static async Task<DocumentState?> CreateAsync(Document document, CancellationToken cancellationToken)
            {
                var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
                var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
                var model = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
                return root is null || model is null ? null : new DocumentState(text, root, model, SyntaxGenerator.GetGenerator(document));
            }
        }
    }
}
