using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.Definitions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace ManagedIdentityAnalyzers.Readers.CSharp
{
    /// <summary>
    /// Reads one C# method body (its operation blocks) into the model. It follows, in source order, the resource
    /// data and identity objects created in the body: object initializers, property assignments, locals assigned
    /// once, <c>UserAssignedIdentities</c> additions. A resource's state is taken when it is passed to
    /// CreateOrUpdate/Update/Validate*, returned, or at the end of the body. Anything it does not follow
    /// (a value written conditionally, an object handed to another method) becomes unknown, never guessed.
    /// </summary>
    internal sealed class MethodBodyReader
    {
        private const int MaxResolveDepth = 32;

        private static readonly HashSet<string> SinkMethods = new HashSet<string>
        {
            "CreateOrUpdate", "CreateOrUpdateAsync", "Update", "UpdateAsync",
            "ValidateByLocationWorkflow", "ValidateByLocationWorkflowAsync", "ValidateByResourceGroup", "ValidateByResourceGroupAsync",
        };

        private readonly SdkSymbols symbols;
        private readonly LocalValues locals = new LocalValues();
        private readonly Dictionary<IOperation, object> created = new Dictionary<IOperation, object>();
        private readonly Dictionary<ILocalSymbol, object> localObjects = new Dictionary<ILocalSymbol, object>(SymbolEqualityComparer.Default);
        private readonly Dictionary<object, object> collections = new Dictionary<object, object>();
        private readonly List<TrackedResource> resources = new List<TrackedResource>();
        private readonly ImmutableArray<LogicAppResource>.Builder states = ImmutableArray.CreateBuilder<LogicAppResource>();
        private readonly ImmutableArray<IdentityTypeValue>.Builder identityTypes = ImmutableArray.CreateBuilder<IdentityTypeValue>();
        private readonly Dictionary<ISymbol, TrackedResource> existing = new Dictionary<ISymbol, TrackedResource>(SymbolEqualityComparer.Default);
        private readonly List<IOperation> binaryDataSources = new List<IOperation>();
        private readonly Dictionary<JObject, WorkflowDefinition> definitions = new Dictionary<JObject, WorkflowDefinition>();
        private readonly CSharpJsonReader json;

        private MethodBodyReader(SdkSymbols symbols, CancellationToken cancellationToken)
        {
            this.symbols = symbols;
            json = new CSharpJsonReader(locals, cancellationToken);
        }

        public static LogicAppModel Read(ImmutableArray<IOperation> blocks, SdkSymbols symbols, CancellationToken cancellationToken)
        {
            var reader = new MethodBodyReader(symbols, cancellationToken);
            var operations = Flatten(blocks, cancellationToken);
            foreach (var operation in operations)
            {
                reader.locals.Observe(operation);
            }

            foreach (var operation in operations)
            {
                cancellationToken.ThrowIfCancellationRequested();
                reader.Visit(operation);
            }

            foreach (var resource in reader.resources)
            {
                // An existing resource's changes matter only once they are sent back.
                if (resource.Dirty && !resource.UpdatesExisting)
                {
                    reader.TakeState(resource);
                }
            }

            return new LogicAppModel(reader.states.ToImmutable(), reader.identityTypes.ToImmutable(), reader.Workflows());
        }

        /// <summary>Each definition once: with the logic app it was given to, or on its own.</summary>
        private ImmutableArray<WorkflowInstance> Workflows()
        {
            var result = ImmutableArray.CreateBuilder<WorkflowInstance>();
            var attached = new HashSet<WorkflowDefinition>();
            foreach (var state in states)
            {
                if (state.Definition is { } definition)
                {
                    attached.Add(definition);
                    result.Add(new WorkflowInstance(definition, state));
                }
            }

            foreach (var source in binaryDataSources)
            {
                if (json.ReadBinaryData(source) is JObject root
                    && DefinitionReader.IsDefinition(root)
                    && !attached.Contains(DefinitionOf(root)))
                {
                    attached.Add(DefinitionOf(root));
                    result.Add(new WorkflowInstance(DefinitionOf(root), null));
                }
            }

            return result.ToImmutable();
        }

        private WorkflowDefinition DefinitionOf(JObject root)
        {
            if (!definitions.TryGetValue(root, out var definition))
            {
                definition = DefinitionReader.Read(root);
                definitions[root] = definition;
            }

            return definition;
        }

        /// <summary>All operations of the blocks in source order (pre-order), walked without recursion.</summary>
        private static List<IOperation> Flatten(ImmutableArray<IOperation> blocks, CancellationToken cancellationToken)
        {
            var result = new List<IOperation>();
            var stack = new Stack<IOperation>();
            for (var i = blocks.Length - 1; i >= 0; i--)
            {
                stack.Push(blocks[i]);
            }

            var children = new List<IOperation>();
            while (stack.Count > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var operation = stack.Pop();
                result.Add(operation);
                children.Clear();
                foreach (var child in operation.ChildOperations)
                {
                    children.Add(child);
                }

                for (var i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push(children[i]);
                }
            }

            return result;
        }

        private void Visit(IOperation operation)
        {
            switch (operation)
            {
                case IConversionOperation conversion
                    when symbols.IsIdentityType(conversion.Type)
                        && conversion.Operand.Type?.SpecialType == SpecialType.System_String
                        && !IsComparison(conversion):
                    identityTypes.Add(ReadIdentityType(conversion));
                    break;
                case IObjectCreationOperation creation when symbols.IsIdentityType(creation.Type) && !IsComparison(creation):
                    identityTypes.Add(ReadIdentityType(creation));
                    break;
                case IVariableDeclaratorOperation declarator when declarator.GetVariableInitializer() is { } initializer:
                    BindLocal(declarator.Symbol, initializer.Value);
                    break;
                case ISimpleAssignmentOperation assignment:
                    VisitAssignment(assignment);
                    break;
                case IInvocationOperation invocation:
                    if (CSharpJsonReader.IsBinaryDataSource(invocation))
                    {
                        binaryDataSources.Add(invocation);
                    }

                    VisitInvocation(invocation);
                    break;
                case IObjectCreationOperation creation when CSharpJsonReader.IsBinaryDataSource(creation):
                    binaryDataSources.Add(creation);
                    break;
                case IReturnOperation { ReturnedValue: { } returned } when Resolve(returned) is TrackedResource resource:
                    TakeState(resource);
                    break;
            }
        }

        private void BindLocal(ILocalSymbol local, IOperation value)
        {
            var target = Resolve(value);
            if (target is null)
            {
                return;
            }

            if (locals.TryGetSingleValue(local, out var single) && single == value)
            {
                localObjects[local] = target;
            }
            else
            {
                Escape(target);
            }
        }

        private void VisitAssignment(ISimpleAssignmentOperation assignment)
        {
            if (assignment.Target is ILocalReferenceOperation local)
            {
                BindLocal(local.Local, assignment.Value);
                return;
            }

            if (assignment.Target is IPropertyReferenceOperation property && ApplyPropertyWrite(property, assignment))
            {
                MarkAllDirty();
                return;
            }

            // A followed object stored somewhere the reader does not follow can be changed from there.
            if (Resolve(assignment.Value) is { } escaping)
            {
                Escape(escaping);
            }
        }

        private bool ApplyPropertyWrite(IPropertyReferenceOperation property, ISimpleAssignmentOperation assignment)
        {
            var name = property.Property.Name;
            var owner = Resolve(property.Instance);
            switch (owner)
            {
                case TrackedResource resource when name == "Identity":
                    SetIdentity(resource, assignment);
                    return true;
                case TrackedResource { Kind: TrackedResourceKind.Workflow } workflow when name == "Definition":
                    workflow.DefinitionValue = IsConditional(assignment, workflow.Creation) ? null : assignment.Value;
                    return true;
                case TrackedResource { Kind: TrackedResourceKind.Site } site when name == "Kind":
                    site.SiteKind = IsConditional(assignment, site.Creation)
                        ? PartialString.Unknown
                        : CSharpStringReader.Read(assignment.Value, locals);
                    return true;
                case TrackedIdentity identity when name == "ManagedServiceIdentityType":
                    identity.Type = IsConditional(assignment, identity.Origin)
                        ? new IdentityTypeValue(new CSharpNode(assignment.Value.Syntax), null, null)
                        : ReadIdentityType(assignment.Value);
                    return true;
                case TrackedUserAssignedIdentities collection when property.Property.IsIndexer && property.Arguments.Length == 1:
                    AddEntry(collection.Owner, property.Arguments[0].Value, assignment);
                    return true;
                case TrackedParameters parameters when property.Property.IsIndexer && property.Arguments.Length == 1:
                    SetParameter(parameters.Owner, property.Arguments[0].Value, assignment.Value, assignment);
                    return true;
                case null when name == "ManagedServiceIdentityType"
                        && property.Instance is IPropertyReferenceOperation { Property.Name: "Identity" } identityProperty
                        && Resolve(identityProperty.Instance) is TrackedResource resource
                        && resource.IdentityPresence == Presence.Unknown
                        && !IsConditional(assignment, resource.Creation):
                    // An identity that was not created here (an existing one) gets a known type; its entries stay unknown.
                    var revealed = new TrackedIdentity(assignment, ReadIdentityType(assignment.Value)) { EntriesComplete = false };
                    resource.Identity = revealed;
                    resource.IdentityPresence = Presence.Present;
                    return true;
                default:
                    return false;
            }
        }

        private void SetIdentity(TrackedResource resource, ISimpleAssignmentOperation assignment)
        {
            var value = assignment.Value;
            resource.IdentityRemoval = null;
            if (IsConditional(assignment, resource.Creation))
            {
                resource.IdentityPresence = Presence.Unknown;
                resource.Identity = null;
            }
            else if (value.ConstantValue.HasValue && value.ConstantValue.Value is null)
            {
                resource.IdentityPresence = Presence.Absent;
                resource.Identity = null;
                resource.IdentityRemoval = value;
            }
            else if (Resolve(value) is TrackedIdentity identity)
            {
                resource.IdentityPresence = Presence.Present;
                resource.Identity = identity;
            }
            else
            {
                resource.IdentityPresence = Presence.Unknown;
                resource.Identity = null;
            }
        }

        private void VisitInvocation(IInvocationOperation invocation)
        {
            var name = invocation.TargetMethod.Name;
            if (invocation.Instance is { } instance && Resolve(instance) is TrackedUserAssignedIdentities collection)
            {
                if (name == "Add" && invocation.Arguments.Length == 2)
                {
                    AddEntry(collection.Owner, invocation.Arguments[0].Value, invocation);
                }
                else if (name == "Remove" || name == "Clear" || name == "TryAdd")
                {
                    collection.Owner.EntriesComplete = false;
                }

                MarkAllDirty();
                return;
            }

            if (invocation.Instance is { } parametersInstance && Resolve(parametersInstance) is TrackedParameters parameters)
            {
                if (name == "Add" && invocation.Arguments.Length == 2)
                {
                    SetParameter(parameters.Owner, invocation.Arguments[0].Value, invocation.Arguments[1].Value, invocation);
                }
                else if (name is "Remove" or "Clear")
                {
                    parameters.Owner.ConnectionsParameter = null;
                }

                MarkAllDirty();
                return;
            }

            var isSink = SinkMethods.Contains(name);
            foreach (var argument in invocation.Arguments)
            {
                var target = Resolve(argument.Value);
                if (target is TrackedResource resource && isSink)
                {
                    TakeState(resource);
                }
                else if (target is not null && !isSink)
                {
                    Escape(target);
                }
            }
        }

        /// <summary>A workflow parameter; only <c>$connections</c> is read.</summary>
        private void SetParameter(TrackedResource workflow, IOperation key, IOperation value, IOperation write)
        {
            if (key.ConstantValue is { HasValue: true, Value: "$connections" })
            {
                workflow.ConnectionsParameter = IsConditional(write, workflow.Creation) ? null : value;
            }
        }

        private void AddEntry(TrackedIdentity identity, IOperation key, IOperation entryOperation)
        {
            if (IsConditional(entryOperation, identity.Origin))
            {
                identity.EntriesComplete = false;
                return;
            }

            var entrySyntax = entryOperation.Parent is IExpressionStatementOperation statement
                ? statement.Syntax
                : entryOperation.Parent is IObjectOrCollectionInitializerOperation ? entryOperation.Syntax : null;
            identity.Entries.Add(new UserAssignedEntry(
                ResourceIdReader.Read(key, locals),
                new CSharpNode(key.Syntax),
                entrySyntax is null ? null : new CSharpNode(entrySyntax),
                addsNewKey: entryOperation is IInvocationOperation));
        }

        /// <summary>What a followed object becomes once code the reader does not follow can reach it: unknown.</summary>
        private void Escape(object target)
        {
            switch (target)
            {
                case TrackedResource resource:
                    resource.IdentityPresence = Presence.Unknown;
                    resource.Identity = null;
                    resource.SiteKind = PartialString.Unknown;
                    resource.ConnectionsParameter = null;
                    break;
                case TrackedIdentity identity:
                    identity.Type = identity.Type is null ? null : new IdentityTypeValue(identity.Type.Source, null, null);
                    identity.EntriesComplete = false;
                    break;
                case TrackedUserAssignedIdentities collection:
                    collection.Owner.EntriesComplete = false;
                    break;
            }

            MarkAllDirty();
        }

        private void MarkAllDirty()
        {
            foreach (var resource in resources)
            {
                resource.Dirty = true;
            }
        }

        private void TakeState(TrackedResource resource)
        {
            resource.Dirty = false;
            LogicAppPlan plan;
            if (resource.Kind == TrackedResourceKind.Workflow)
            {
                plan = LogicAppPlan.Consumption;
            }
            else if (resource.SiteKind is { } kind && kind.LiteralPartsContain("workflowapp"))
            {
                plan = LogicAppPlan.Standard;
            }
            else
            {
                // A site without a kind, or whose kind is unknown or not a workflow app, is not a logic app we can tell.
                return;
            }

            WorkflowDefinition? definition = null;
            if (resource.DefinitionValue is { } definitionValue && json.ReadBinaryData(definitionValue) is JObject root)
            {
                definition = DefinitionOf(root);
            }

            states.Add(new LogicAppResource(
                new CSharpNode(resource.Creation.Syntax),
                plan,
                resource.IdentityPresence,
                resource.IdentityPresence == Presence.Present ? resource.Identity?.Snapshot() : null,
                resource.UpdatesExisting,
                definition,
                resource.IdentityRemoval is { } removal ? new CSharpNode(removal.Syntax) : null,
                ConnectionReferences(resource.ConnectionsParameter)));
        }

        /// <summary>
        /// The connection references of a <c>$connections</c> parameter: the JSON of its <c>Value</c>, written in the
        /// <c>LogicWorkflowParameterInfo</c> initializer, maps each reference name to its entry; the authentication of
        /// an entry is <c>connectionProperties.authentication</c>.
        /// </summary>
        private ImmutableArray<AuthenticationBlock> ConnectionReferences(IOperation? parameter)
        {
            IOperation? value = null;
            if (parameter is not null && locals.Follow(parameter) is IObjectCreationOperation { Initializer: { } initializer })
            {
                foreach (var member in initializer.Initializers)
                {
                    if (member is ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Property.Name: "Value" } } assignment)
                    {
                        value = assignment.Value;
                    }
                }
            }

            if (value is null || json.ReadBinaryData(value) is not JObject references)
            {
                return ImmutableArray<AuthenticationBlock>.Empty;
            }

            var blocks = ImmutableArray.CreateBuilder<AuthenticationBlock>();
            foreach (var reference in references.Members)
            {
                if (reference.Value is JObject entry
                    && entry.Get("connectionProperties") is JObject properties
                    && properties.Member("authentication") is { } authentication)
                {
                    blocks.Add(new AuthenticationBlock(AuthenticationPlace.ConnectionReference, authentication, properties));
                }
            }

            return blocks.ToImmutable();
        }

        /// <summary>The followed object an expression stands for, creating it on first sight; null when not followed.</summary>
        private object? Resolve(IOperation? operation, int depth = 0)
        {
            if (operation is null || depth > MaxResolveDepth)
            {
                return null;
            }

            switch (operation)
            {
                case IObjectCreationOperation creation:
                    return GetOrCreate(creation);
                case IConversionOperation { OperatorMethod: null } conversion:
                    return Resolve(conversion.Operand, depth + 1);
                case IParenthesizedOperation parenthesized:
                    return Resolve(parenthesized.Operand, depth + 1);
                case ILocalReferenceOperation local:
                    return localObjects.TryGetValue(local.Local, out var bound) ? bound : null;
                case IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                    return Resolve(ImplicitReceiverTarget(receiver), depth + 1);
                case IPropertyReferenceOperation property:
                    var owner = Resolve(property.Instance, depth + 1);
                    if (owner is TrackedResource resource && property.Property.Name == "Identity")
                    {
                        return resource.IdentityPresence == Presence.Present ? resource.Identity : null;
                    }

                    if (owner is null && property.Property.Name == "Data" && IsExistingWorkflowData(property))
                    {
                        return GetOrCreateExisting(property);
                    }

                    if (owner is TrackedIdentity identity && property.Property.Name == "UserAssignedIdentities")
                    {
                        return Collection(identity, () => new TrackedUserAssignedIdentities(identity));
                    }

                    if (owner is TrackedResource { Kind: TrackedResourceKind.Workflow } workflow && property.Property.Name == "Parameters")
                    {
                        return Collection(workflow, () => new TrackedParameters(workflow));
                    }

                    return null;
                default:
                    return null;
            }
        }

        /// <summary>The one wrapper object that stands for a followed object's collection property.</summary>
        private object Collection(object owner, System.Func<object> create)
        {
            if (!collections.TryGetValue(owner, out var collection))
            {
                collection = create();
                collections[owner] = collection;
            }

            return collection;
        }

        private object? GetOrCreate(IObjectCreationOperation creation)
        {
            if (created.TryGetValue(creation, out var existing))
            {
                return existing;
            }

            object? tracked = null;
            var type = creation.Type;
            if (SymbolEqualityComparer.Default.Equals(type, symbols.Identity))
            {
                tracked = new TrackedIdentity(
                    creation,
                    creation.Arguments.Length == 1 ? ReadIdentityType(creation.Arguments[0].Value) : null);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.WorkflowData))
            {
                tracked = NewResource(TrackedResourceKind.Workflow, creation);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.SiteData))
            {
                tracked = NewResource(TrackedResourceKind.Site, creation);
            }

            if (tracked is not null)
            {
                created[creation] = tracked;
            }

            return tracked;
        }

        /// <summary><c>workflow.Data</c> of a <c>LogicWorkflowResource</c> local or parameter: an existing workflow.</summary>
        private bool IsExistingWorkflowData(IPropertyReferenceOperation property) =>
            SymbolEqualityComparer.Default.Equals(property.Type, symbols.WorkflowData)
            && property.Instance is ILocalReferenceOperation or IParameterReferenceOperation;

        private TrackedResource GetOrCreateExisting(IPropertyReferenceOperation data)
        {
            ISymbol owner = data.Instance switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => data.Property,
            };
            if (!existing.TryGetValue(owner, out var resource))
            {
                resource = NewResource(TrackedResourceKind.Workflow, data);
                resource.UpdatesExisting = true;
                resource.IdentityPresence = Presence.Unknown;
                existing[owner] = resource;
            }

            return resource;
        }

        private TrackedResource NewResource(TrackedResourceKind kind, IOperation creation)
        {
            var resource = new TrackedResource(kind, creation);
            resources.Add(resource);
            return resource;
        }

        /// <summary>The object an implicit receiver in an initializer stands for: the created object or the initialized member.</summary>
        private static IOperation? ImplicitReceiverTarget(IOperation receiver)
        {
            for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent is IObjectOrCollectionInitializerOperation initializer)
                {
                    return initializer.Parent switch
                    {
                        IObjectCreationOperation creation => creation,
                        IMemberInitializerOperation member => member.InitializedMember,
                        _ => null,
                    };
                }
            }

            return null;
        }

        /// <summary>Reads an expression of type <c>ManagedServiceIdentityType</c>.</summary>
        private IdentityTypeValue ReadIdentityType(IOperation value, int depth = 0)
        {
            switch (value)
            {
                case IConversionOperation conversion
                    when symbols.IsIdentityType(conversion.Type) && conversion.Operand.Type?.SpecialType == SpecialType.System_String:
                    return FromString(conversion.Operand, conversion.Operand.Syntax);
                case IObjectCreationOperation creation when symbols.IsIdentityType(creation.Type) && creation.Arguments.Length == 1:
                    return FromString(creation.Arguments[0].Value, creation.Syntax);
                case IPropertyReferenceOperation { Property.IsStatic: true } member
                    when symbols.IsIdentityType(member.Property.ContainingType)
                        && IdentityTypes.TryFromSdkMemberName(member.Property.Name, out var kind):
                    return new IdentityTypeValue(new CSharpNode(value.Syntax), kind, null);
                case IConversionOperation { OperatorMethod: null } identity when depth < MaxResolveDepth:
                    return ReadIdentityType(identity.Operand, depth + 1);
                case IParenthesizedOperation parenthesized when depth < MaxResolveDepth:
                    return ReadIdentityType(parenthesized.Operand, depth + 1);
                case ILocalReferenceOperation local when depth < MaxResolveDepth && locals.TryGetSingleValue(local.Local, out var single):
                    return ReadIdentityType(single, depth + 1);
                default:
                    return new IdentityTypeValue(new CSharpNode(value.Syntax), null, null);
            }
        }

        private IdentityTypeValue FromString(IOperation text, SyntaxNode reportOn)
        {
            var read = CSharpStringReader.Read(text, locals);
            if (read.KnownText is not string written)
            {
                return new IdentityTypeValue(new CSharpNode(reportOn), null, null);
            }

            return new IdentityTypeValue(
                new CSharpNode(reportOn),
                IdentityTypes.TryNormalize(written, out var kind) ? kind : null,
                written);
        }

        /// <summary>A conversion that only compares with an identity type does not write one.</summary>
        private static bool IsComparison(IOperation operation)
        {
            var parent = operation.Parent;
            while (parent is IArgumentOperation or IParenthesizedOperation)
            {
                parent = parent.Parent;
            }

            return parent is IBinaryOperation
                || parent is IInvocationOperation { TargetMethod.Name: "Equals" };
        }

        /// <summary>
        /// True when <paramref name="write"/> runs only on some paths relative to <paramref name="origin"/>: inside a
        /// branch, loop, lambda, local function, catch clause or short-circuit operand that does not contain the origin.
        /// </summary>
        private static bool IsConditional(IOperation write, IOperation origin)
        {
            var originScopes = new HashSet<IOperation>();
            for (var parent = origin.Parent; parent is not null; parent = parent.Parent)
            {
                if (IsConditionalScope(parent))
                {
                    originScopes.Add(parent);
                }
            }

            for (var parent = write.Parent; parent is not null; parent = parent.Parent)
            {
                if (IsConditionalScope(parent) && !originScopes.Contains(parent))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsConditionalScope(IOperation operation) =>
            operation is IConditionalOperation
                or ISwitchOperation
                or ISwitchExpressionOperation
                or ILoopOperation
                or ICatchClauseOperation
                or IAnonymousFunctionOperation
                or ILocalFunctionOperation
                or IConditionalAccessOperation
                or ICoalesceOperation
                or ICoalesceAssignmentOperation
                || operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr };
    }
}
