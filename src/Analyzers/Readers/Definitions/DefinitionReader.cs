using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;

namespace ManagedIdentityAnalyzers.Readers.Definitions
{
    /// <summary>
    /// Finds the triggers and actions of a workflow definition, whatever source the JSON tree came from, and the
    /// authentication objects of each. Where to look is data in <see cref="Operations"/>: the top-level lists, the
    /// nested action lists of each container type, the authentication paths of each operation type. Operations whose
    /// type is not a known string are not looked into. Iterative, so deep nesting cannot overflow the stack.
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

            foreach (var list in Operations.TopLevelLists)
            {
                if (root.Get(list) is JObject)
                {
                    return true;
                }
            }

            return false;
        }

        public static WorkflowDefinition Read(JObject root, System.Threading.CancellationToken cancellationToken = default)
        {
            var operations = ImmutableArray.CreateBuilder<WorkflowOperation>();
            var pending = new Stack<JMember>();
            for (var i = Operations.TopLevelLists.Length - 1; i >= 0; i--)
            {
                Push(root.Get(Operations.TopLevelLists[i]), pending);
            }

            while (pending.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var member = pending.Pop();
                var node = (JObject)member.Value;
                var type = (node.Get("type") as JString)?.KnownText;
                operations.Add(new WorkflowOperation(member.Name, node, type, node.Get("inputs") as JObject, Authentications(node, type)));
                if (type is null)
                {
                    continue;
                }

                var nested = new List<JValue>();
                foreach (var path in Operations.ActionListPaths(type))
                {
                    Resolve(node, path, 0, nested);
                }

                for (var i = nested.Count - 1; i >= 0; i--)
                {
                    Push(nested[i], pending);
                }
            }

            return new WorkflowDefinition(root, operations.ToImmutable());
        }

        private static ImmutableArray<AuthenticationBlock> Authentications(JObject node, string? type)
        {
            if (type is null)
            {
                return ImmutableArray<AuthenticationBlock>.Empty;
            }

            var blocks = ImmutableArray.CreateBuilder<AuthenticationBlock>();
            foreach (var path in Operations.AuthenticationPaths(type))
            {
                // The request is the object that holds the authentication member: inputs, inputs.subscribe...
                var requests = new List<JValue>();
                Resolve(node, path, 0, requests, stopBeforeLast: true);
                foreach (var request in requests)
                {
                    if (request is JObject requestObject && requestObject.Member(path[path.Length - 1]) is { } member)
                    {
                        blocks.Add(new AuthenticationBlock(PlaceOf(path), member, requestObject));
                    }
                }
            }

            return blocks.ToImmutable();
        }

        private static AuthenticationPlace PlaceOf(ImmutableArray<string> path) =>
            path.Contains("unsubscribe") ? AuthenticationPlace.Unsubscribe
            : path.Contains("subscribe") ? AuthenticationPlace.Subscribe
            : AuthenticationPlace.Inputs;

        /// <summary>The values at a path of member names (<see cref="Operations.AnyMember"/> matches every member).</summary>
        private static void Resolve(JValue value, ImmutableArray<string> path, int index, List<JValue> found, bool stopBeforeLast = false)
        {
            var end = stopBeforeLast ? path.Length - 1 : path.Length;
            if (index == end)
            {
                found.Add(value);
                return;
            }

            if (value is not JObject obj)
            {
                return;
            }

            if (path[index] == Operations.AnyMember)
            {
                foreach (var member in obj.Members)
                {
                    Resolve(member.Value, path, index + 1, found, stopBeforeLast);
                }
            }
            else if (obj.Get(path[index]) is { } next)
            {
                Resolve(next, path, index + 1, found, stopBeforeLast);
            }
        }

        private static void Push(JValue? list, Stack<JMember> pending)
        {
            if (list is not JObject operations)
            {
                return;
            }

            for (var i = operations.Members.Length - 1; i >= 0; i--)
            {
                if (operations.Members[i].Value is JObject)
                {
                    pending.Push(operations.Members[i]);
                }
            }
        }
    }
}
