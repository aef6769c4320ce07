using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
using ManagedIdentityAnalyzers.Readers.Files;
using ManagedIdentityAnalyzers.Readers.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Reads JSON however C# writes it into one tree: JSON text in string expressions (through
    /// <see cref="CSharpTextReader"/> and <see cref="JsonTextParser"/>), and object syntax: anonymous objects,
    /// <c>Dictionary&lt;string, T&gt;</c> and <c>JsonObject</c>/<c>JsonArray</c> initializers, arrays, constants.
    /// The ways in are <c>BinaryData.FromString</c>/<c>FromBytes(Encoding.UTF8.GetBytes(..))</c>/<c>FromObjectAsJson</c>,
    /// <c>new BinaryData(..)</c>, <c>JsonNode.Parse</c> and <c>ToJsonString()</c>. What it cannot follow is a
    /// <see cref="JUnknown"/>; depth is capped.
    /// </summary>
    internal sealed class CSharpJsonReader
    {
        private const int MaxDepth = 64;

        /// <summary>What JSON text names when it can be a definition or a template (see <see cref="MayBeDefinitionOrTemplate"/>).</summary>
        private static readonly string[] ShapeNames = { "triggers", "actions", "resources", "workflowdefinition", "deploymenttemplate", "\\u" };

        /// <summary>The root members of a definition (its top-level lists) and of a template, as those readers name them.</summary>
        private static readonly ImmutableArray<string> RootMembers = Knowledge.Operations.TopLevelLists.Add("resources");

        private readonly ValueSources locals;
        private readonly SdkSymbols symbols;
        private readonly ProjectJsonFiles? files;
        private readonly CancellationToken cancellationToken;
        private readonly Dictionary<IOperation, JValue?> cache = new Dictionary<IOperation, JValue?>();

        public CSharpJsonReader(ValueSources locals, SdkSymbols symbols, CancellationToken cancellationToken, ProjectJsonFiles? files = null)
        {
            this.locals = locals;
            this.symbols = symbols;
            this.files = files;
            this.cancellationToken = cancellationToken;
        }

        /// <summary>Whether an operation produces a <c>BinaryData</c> this reader can read.</summary>
        public static bool IsBinaryDataSource(IOperation operation, SdkSymbols symbols) => operation.Kind switch
        {
            OperationKind.Invocation => operation is IInvocationOperation invocation
                && invocation.TargetMethod.Name is "FromString" or "FromObjectAsJson" or "FromBytes"
                && symbols.IsBinaryData(invocation.TargetMethod.ContainingType),
            OperationKind.ObjectCreation => symbols.IsBinaryData(operation.Type),
            _ => false,
        };

        /// <summary>The JSON a <c>BinaryData</c> expression holds; null when it is not one the reader understands.</summary>
        public JValue? ReadBinaryData(IOperation operation)
        {
            if (cache.TryGetValue(operation, out var cached))
            {
                return cached;
            }

            var result = ReadBinaryDataUncached(operation, shapedOnly: false);
            cache[operation] = result;
            return result;
        }

        /// <summary>
        /// The JSON of a <c>BinaryData</c> that no logic app takes, read only to find out whether it is a definition or a
        /// template: JSON text that names none of their root members (<c>triggers</c>, <c>actions</c>,
        /// <c>resources</c>, their <c>$schema</c>) is not parsed (null; a payload is not either of them).
        /// </summary>
        public JValue? ReadLooseBinaryData(IOperation operation)
        {
            if (cache.TryGetValue(operation, out var cached))
            {
                return cached;
            }

            var result = ReadBinaryDataUncached(operation, shapedOnly: true);
            if (result is not null)
            {
                // A text left unparsed is not cached: asked for in full, it is read then.
                cache[operation] = result;
            }

            return result;
        }

        private JValue? ReadBinaryDataUncached(IOperation operation, bool shapedOnly)
        {
            const int depth = 0;
            switch (locals.Follow(operation))
            {
                case IInvocationOperation invocation when IsBinaryData(invocation.TargetMethod.ContainingType) && invocation.Arguments.Length >= 1:
                    var argument = invocation.Arguments[0].Value;
                    return invocation.TargetMethod.Name switch
                    {
                        "FromString" => ReadJsonText(argument, depth + 1, shapedOnly),
                        "FromObjectAsJson" => shapedOnly && CannotBeDefinitionOrTemplate(argument) ? null : Read(argument, depth + 1),
                        "FromBytes" => ReadBytes(argument, depth + 1, shapedOnly),
                        _ => null,
                    };
                case IObjectCreationOperation creation when IsBinaryData(creation.Type) && creation.Arguments.Length >= 1:
                    var first = creation.Arguments[0].Value;
                    return first.Type?.SpecialType == SpecialType.System_String ? ReadJsonText(first, depth + 1, shapedOnly)
                        : ProjectFileReader.TryRead(locals.Follow(first), symbols, files, cancellationToken) ?? Read(first, depth + 1);
                default:
                    return null;
            }
        }

        /// <summary>
        /// Whether an object written in C# cannot be a definition or a template, decided before any of it is read: an
        /// anonymous object none of whose members is named like their root members (<c>triggers</c>, <c>actions</c>,
        /// <c>resources</c>, in any case, as the definition and template readers match them). Anything else may be one.
        /// </summary>
        private bool CannotBeDefinitionOrTemplate(IOperation value)
        {
            if (locals.Follow(value) is not IAnonymousObjectCreationOperation anonymous)
            {
                return false;
            }

            foreach (var initializer in anonymous.Initializers)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: var name } })
                {
                    return false;
                }

                foreach (var root in RootMembers)
                {
                    if (name.Equals(root, System.StringComparison.OrdinalIgnoreCase))
                    {
                        return false;
                    }
                }
            }

            return true;
        }

        /// <summary><c>Encoding.UTF8.GetBytes(s)</c> and <c>JsonSerializer.SerializeToUtf8Bytes(o)</c>.</summary>
        private JValue? ReadBytes(IOperation operation, int depth, bool shapedOnly)
        {
            var unwrapped = locals.Follow(operation);
            if (ProjectFileReader.TryRead(unwrapped, symbols, files, cancellationToken) is { } fromFile)
            {
                return fromFile;
            }

            if (unwrapped is IInvocationOperation { TargetMethod.Name: "GetBytes", Arguments.Length: 1 } getBytes
                && symbols.IsEncoding(getBytes.TargetMethod.ContainingType))
            {
                return ReadJsonText(getBytes.Arguments[0].Value, depth + 1, shapedOnly);
            }

            if (unwrapped is IInvocationOperation { TargetMethod.Name: "SerializeToUtf8Bytes" } serialize
                && symbols.IsJsonSerializer(serialize.TargetMethod.ContainingType)
                && serialize.Arguments.Length >= 1)
            {
                return Read(serialize.Arguments[0].Value, depth + 1);
            }

            return null;
        }

        /// <summary>
        /// A string expression that holds JSON text, or serializes an object to it. <paramref name="shapedOnly"/>: text
        /// that cannot be a definition or a template is not parsed.
        /// </summary>
        private JValue? ReadJsonText(IOperation operation, int depth, bool shapedOnly = false)
        {
            if (depth > MaxDepth)
            {
                return null;
            }

            var unwrapped = locals.Follow(operation);
            if (ProjectFileReader.TryRead(unwrapped, symbols, files, cancellationToken) is { } fromFile)
            {
                return fromFile;
            }

            switch (unwrapped)
            {
                case IInvocationOperation { TargetMethod.Name: "ToJsonString" or "ToString", Instance: { } node } when IsJsonNode(node.Type):
                    return Read(node, depth + 1);
                case IInvocationOperation { TargetMethod.Name: "Serialize" } serialize
                    when symbols.IsJsonSerializer(serialize.TargetMethod.ContainingType) && serialize.Arguments.Length >= 1:
                    return Read(serialize.Arguments[0].Value, depth + 1);
            }

            // Malformed JSON text reports nothing: the whole value is unknown.
            var text = CSharpTextReader.Read(operation, locals, cancellationToken);
            if (text is null || (shapedOnly && !MayBeDefinitionOrTemplate(text.Text)))
            {
                return null;
            }

            return JsonTextParser.Parse(text.Text, new LiteralJsonSources(text), cancellationToken);
        }

        /// <summary>Reads a value written as C# object syntax (the argument of <c>FromObjectAsJson</c>, a JsonNode...).</summary>
        public JValue Read(IOperation operation, int depth = 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (depth > MaxDepth)
            {
                return Unknown(operation);
            }

            if (operation.ConstantValue.HasValue)
            {
                return Constant(operation, operation.ConstantValue.Value);
            }

            switch (operation)
            {
                case IConversionOperation conversion:
                    return Read(conversion.Operand, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return Read(parenthesized.Operand, depth + 1);
                case ILocalReferenceOperation local when !locals.IsChangedInPlace(local.Local) && locals.TryGetSingleValue(local.Local, out var value):
                    return Read(value, depth + 1);
                case IAnonymousObjectCreationOperation anonymous:
                    return ReadAnonymous(anonymous, depth);
                case IObjectCreationOperation creation when IsJsonArrayLike(creation.Type):
                    return ReadArrayCreation(creation, depth);
                case IObjectCreationOperation creation when IsJsonObjectLike(creation.Type):
                    return ReadDictionary(creation, depth);
                case IArrayCreationOperation array:
                    return ReadItems(array, array.Initializer?.ElementValues ?? ImmutableArray<IOperation>.Empty, array.Initializer is not null, depth);
                case ICollectionExpressionOperation collection:
                    return ReadItems(collection, collection.Elements, isComplete: true, depth);
                case IInvocationOperation invocation:
                    return ReadInvocation(invocation, depth) ?? Unknown(operation);
                default:
                    return operation.Type?.SpecialType == SpecialType.System_String
                        ? new JString(new CSharpNode(operation.Syntax), CSharpTextReader.ReadPartial(operation, locals))
                        : Unknown(operation);
            }
        }

        private JValue? ReadInvocation(IInvocationOperation invocation, int depth)
        {
            var method = invocation.TargetMethod;
            var type = method.ContainingType;
            switch (method.Name)
            {
                case "Parse" when IsJsonNode(type) && invocation.Arguments.Length >= 1
                    && invocation.Arguments[0].Value.Type?.SpecialType == SpecialType.System_String:
                    return ReadJsonText(invocation.Arguments[0].Value, depth + 1);
                case "Create" when SymbolEqualityComparer.Default.Equals(type, symbols.JsonValue) && invocation.Arguments.Length >= 1:
                    return Read(invocation.Arguments[0].Value, depth + 1);
                case "DeepClone" when invocation.Instance is { } instance && IsJsonNode(instance.Type):
                    return Read(instance, depth + 1);
                default:
                    return locals.ReturnedValue(invocation) is { } returned ? Read(returned, depth + 1) : null;
            }
        }

        private JValue ReadAnonymous(IAnonymousObjectCreationOperation anonymous, int depth)
        {
            var members = ImmutableArray.CreateBuilder<JMember>(anonymous.Initializers.Length);
            foreach (var initializer in anonymous.Initializers)
            {
                if (initializer is not ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment)
                {
                    return Unknown(anonymous);
                }

                var memberSyntax = assignment.Syntax;
                SyntaxNode nameSyntax = memberSyntax is AnonymousObjectMemberDeclaratorSyntax { NameEquals: { } nameEquals }
                    ? nameEquals.Name
                    : memberSyntax;
                members.Add(new JMember(
                    property.Property.Name,
                    new CSharpNode(nameSyntax),
                    Read(assignment.Value, depth + 1),
                    new CSharpNode(memberSyntax)));
            }

            return new JObject(new CSharpNode(anonymous.Syntax), members.ToImmutable(), isComplete: true);
        }

        /// <summary><c>Dictionary&lt;string, T&gt;</c> and <c>JsonObject</c> with a collection or index initializer.</summary>
        private JValue ReadDictionary(IObjectCreationOperation creation, int depth)
        {
            var complete = true;
            foreach (var argument in creation.Arguments)
            {
                // JsonObject's optional JsonNodeOptions is an implicit default argument: it adds no members.
                complete &= argument.ArgumentKind == ArgumentKind.DefaultValue;
            }

            var members = ImmutableArray.CreateBuilder<JMember>();
            foreach (var element in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                IOperation? key = null;
                IOperation? value = null;
                switch (element)
                {
                    case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                        key = add.Arguments[0].Value;
                        value = add.Arguments[1].Value;
                        break;
                    case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.IsIndexer: true, Arguments.Length: 1 } indexer } assignment:
                        key = indexer.Arguments[0].Value;
                        value = assignment.Value;
                        break;
                }

                if (key is null || value is null || key.ConstantValue is not { HasValue: true, Value: string name })
                {
                    complete = false;
                    continue;
                }

                members.Add(new JMember(name, new CSharpNode(key.Syntax), Read(value, depth + 1), new CSharpNode(element.Syntax)));
            }

            return new JObject(new CSharpNode(creation.Syntax), members.ToImmutable(), complete);
        }

        private JValue ReadArrayCreation(IObjectCreationOperation creation, int depth)
        {
            var items = new List<IOperation>();
            var complete = true;
            foreach (var argument in creation.Arguments)
            {
                if (argument.ArgumentKind == ArgumentKind.ParamArray && argument.Value is IArrayCreationOperation { Initializer: { } paramsInitializer })
                {
                    items.AddRange(paramsInitializer.ElementValues);
                }
                else if (argument.ArgumentKind != ArgumentKind.DefaultValue)
                {
                    complete = false;
                }
            }

            foreach (var element in creation.Initializer?.Initializers ?? ImmutableArray<IOperation>.Empty)
            {
                if (element is IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 1 } add)
                {
                    items.Add(add.Arguments[0].Value);
                }
                else
                {
                    complete = false;
                }
            }

            return ReadItems(creation, items, complete, depth);
        }

        private JValue ReadItems(IOperation owner, IEnumerable<IOperation> elements, bool isComplete, int depth)
        {
            var items = ImmutableArray.CreateBuilder<JValue>();
            foreach (var element in elements)
            {
                items.Add(Read(element, depth + 1));
            }

            return new JArray(new CSharpNode(owner.Syntax), items.ToImmutable(), isComplete);
        }

        private static JValue Constant(IOperation operation, object? value)
        {
            var source = new CSharpNode(operation.Syntax);
            return value switch
            {
                null => new JLiteral(source, "null"),
                string text => new JString(source, PartialString.Known(text)),
                bool flag => new JLiteral(source, flag ? "true" : "false"),
                char character => new JString(source, PartialString.Known(character.ToString())),
                _ => new JLiteral(source, System.Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null"),
            };
        }

        /// <summary>
        /// Whether JSON text can hold a definition's or a template's root members (<see cref="Readers.Definitions.DefinitionReader.IsDefinition"/>,
        /// <see cref="Readers.Templates.TemplateReader.IsTemplate"/>): one of their names, or a <c>\u</c> escape that could spell one.
        /// </summary>
        private static bool MayBeDefinitionOrTemplate(string text)
        {
            foreach (var name in ShapeNames)
            {
                if (text.IndexOf(name, System.StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    return true;
                }
            }

            return false;
        }

        private static JValue Unknown(IOperation operation) => new JUnknown(new CSharpNode(operation.Syntax));

        private bool IsBinaryData(ITypeSymbol? type) => symbols.IsBinaryData(type);

        private bool IsJsonNode(ITypeSymbol? type) => symbols.IsJsonNode(type);

        private bool IsJsonArrayLike(ITypeSymbol? type) => symbols.IsJsonArrayLike(type);

        private bool IsJsonObjectLike(ITypeSymbol? type) => symbols.IsJsonObjectLike(type);
    }
}
