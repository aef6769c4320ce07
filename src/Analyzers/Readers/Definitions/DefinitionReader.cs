using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Readers.Definitions
{
    /// <summary>
    /// Finds the triggers and actions of a workflow definition, whatever source the JSON tree came from:
    /// <c>triggers</c> and <c>actions</c> at the top, nested in <c>Scope</c>, <c>If</c> (<c>actions</c>,
    /// <c>else.actions</c>), <c>Switch</c> (<c>cases.*.actions</c>, <c>default.actions</c>), <c>Foreach</c> and
    /// <c>Until</c>, and the authentication objects of each (<c>inputs.authentication</c>; for webhooks
    /// <c>inputs.subscribe.authentication</c> and <c>inputs.unsubscribe.authentication</c>). Iterative, so deep
    /// nesting cannot overflow the stack.
    /// </summary>
    internal static class DefinitionReader
    {
        /// <summary>Whether a JSON object looks like a workflow definition.</summary>
        public static bool IsDefinition(JObject root)
        {
            if (root.Get("$schema") is JString { KnownText: string schema }
                && schema.IndexOf("workflowdefinition", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }

            return root.Get("triggers") is JObject || root.Get("actions") is JObject;
        }

        public static WorkflowDefinition Read(JObject root)
        {
            var operations = ImmutableArray.CreateBuilder<WorkflowOperation>();
            var pending = new Stack<JObject>();
            PushOperations(root.Get("actions"), pending);
            PushOperations(root.Get("triggers"), pending);
            var names = new Dictionary<JObject, string>();
            CollectNames(root.Get("triggers"), names);
            CollectNames(root.Get("actions"), names);
            while (pending.Count > 0)
            {
                var node = pending.Pop();
                var type = (node.Get("type") as JString)?.KnownText;
                var inputs = node.Get("inputs") as JObject;
                operations.Add(new WorkflowOperation(
                    names.TryGetValue(node, out var name) ? name : string.Empty,
                    node,
                    type,
                    inputs,
                    Authentications(inputs)));
                foreach (var nested in NestedActionLists(node))
                {
                    CollectNames(nested, names);
                    PushOperations(nested, pending);
                }
            }

            return new WorkflowDefinition(root, operations.ToImmutable());
        }

        private static ImmutableArray<AuthenticationBlock> Authentications(JObject? inputs)
        {
            if (inputs is null)
            {
                return ImmutableArray<AuthenticationBlock>.Empty;
            }

            var blocks = ImmutableArray.CreateBuilder<AuthenticationBlock>();
            Add(blocks, AuthenticationPlace.Inputs, inputs);
            Add(blocks, AuthenticationPlace.Subscribe, inputs.Get("subscribe") as JObject);
            Add(blocks, AuthenticationPlace.Unsubscribe, inputs.Get("unsubscribe") as JObject);
            return blocks.ToImmutable();
        }

        private static void Add(ImmutableArray<AuthenticationBlock>.Builder blocks, AuthenticationPlace place, JObject? request)
        {
            if (request?.Member("authentication") is { } member)
            {
                blocks.Add(new AuthenticationBlock(place, member, request));
            }
        }

        /// <summary>The action lists inside a container action, in the places each container type keeps them.</summary>
        private static IEnumerable<JValue?> NestedActionLists(JObject node)
        {
            yield return node.Get("actions");
            if (node.Get("else") is JObject elseBranch)
            {
                yield return elseBranch.Get("actions");
            }

            if (node.Get("cases") is JObject cases)
            {
                foreach (var switchCase in cases.Members)
                {
                    if (switchCase.Value is JObject caseObject)
                    {
                        yield return caseObject.Get("actions");
                    }
                }
            }

            if (node.Get("default") is JObject defaultBranch)
            {
                yield return defaultBranch.Get("actions");
            }
        }

        private static void PushOperations(JValue? list, Stack<JObject> pending)
        {
            if (list is not JObject operations)
            {
                return;
            }

            for (var i = operations.Members.Length - 1; i >= 0; i--)
            {
                if (operations.Members[i].Value is JObject operation)
                {
                    pending.Push(operation);
                }
            }
        }

        private static void CollectNames(JValue? list, Dictionary<JObject, string> names)
        {
            if (list is not JObject operations)
            {
                return;
            }

            foreach (var member in operations.Members)
            {
                if (member.Value is JObject operation)
                {
                    names[operation] = member.Name;
                }
            }
        }
    }
}
