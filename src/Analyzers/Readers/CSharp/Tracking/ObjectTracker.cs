using System.Collections.Generic;
using System.Collections.Immutable;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using ManagedIdentityAnalyzers.Model.Connections;
using ManagedIdentityAnalyzers.Model.Json;
using ManagedIdentityAnalyzers.Model.Workflows;
using ManagedIdentityAnalyzers.Readers.CSharp.Literals;
using ManagedIdentityAnalyzers.Readers.Definitions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Microsoft.CodeAnalysis.Text;

namespace ManagedIdentityAnalyzers.Readers.CSharp.Tracking
{
    /// <summary>
    /// A resource's state where it was judged (a logic app, an API connection, an access policy) and, for a logic app,
    /// the identity type values its identity was given.
    /// </summary>
    internal sealed class TakenState
    {
        public TakenState(
            DeployedResource resource,
            IMethodSymbol? returnedBy,
            ImmutableArray<IdentityTypeValue> typeWrites = default,
            SourceRef? definitionUseSite = null)
        {
            Resource = resource;
            ReturnedBy = returnedBy;
            TypeWrites = typeWrites.IsDefault ? ImmutableArray<IdentityTypeValue>.Empty : typeWrites;
            DefinitionUseSite = definitionUseSite;
        }

        public DeployedResource Resource { get; }

        /// <summary>The method that returned the app when its state was taken at that <c>return</c>; null elsewhere.</summary>
        public IMethodSymbol? ReturnedBy { get; }

        public ImmutableArray<IdentityTypeValue> TypeWrites { get; }

        /// <summary>Where the definition enters the app, when its JSON is written outside the body (see <see cref="WorkflowInstance.UseSite"/>).</summary>
        public SourceRef? DefinitionUseSite { get; }
    }

    /// <summary>
    /// Follows the resource data objects (logic apps, generic resources) and identity objects of one body, in source
    /// order, without recursion:
    /// creations and initializers, property writes, locals assigned once, collection operations, and the objects that
    /// methods of the same document build and return (read where they are called, as if written there). What a
    /// write form or a hand-off does is decided by <see cref="ObjectFlow"/>; whatever the tracker cannot follow
    /// makes the object, or the part of it, unknown. States are taken where the SDK receives an object, where the
    /// body returns it, or at the end of the body.
    /// </summary>
    internal sealed class ObjectTracker
    {
        private const int MaxResolveDepth = 32;
        private const int MaxInlineDepth = 4;

        private readonly CSharpReadContext context;
        private readonly IdentityTypeReader identityTypes;
        private readonly IOperation body;
        private readonly IMethodSymbol? method;
        private readonly List<Frame> frames = new List<Frame>();
        private readonly List<TrackedResource> resources = new List<TrackedResource>();
        private readonly Stack<(IOperation Operation, bool After)> stack = new Stack<(IOperation Operation, bool After)>();

        /// <summary>The children of the operation being visited, pushed in reverse right after they are collected.</summary>
        private readonly List<IOperation> children = new List<IOperation>();

        private readonly Dictionary<TrackedObject, TrackedCollection> collections = new Dictionary<TrackedObject, TrackedCollection>();
        private readonly Dictionary<TrackedObject, List<IMethodSymbol>> importChains = new Dictionary<TrackedObject, List<IMethodSymbol>>();

        private ObjectTracker(CSharpReadContext context, IOperation body, IMethodSymbol? method)
        {
            this.context = context;
            this.body = body;
            this.method = method;
            identityTypes = new IdentityTypeReader(context.Symbols, context.Values);
        }

        /// <summary>The states taken in the body.</summary>
        public List<TakenState> States { get; } = new List<TakenState>();

        /// <summary>The methods whose returned object this body changed, handed off or completed.</summary>
        public HashSet<IMethodSymbol> ChangedProducers { get; } = new HashSet<IMethodSymbol>(SymbolEqualityComparer.Default);

        /// <summary>The bodies of the lambdas and local functions in the body, each read on its own.</summary>
        public List<(IOperation Body, IMethodSymbol? Method)> NestedBodies { get; } = new List<(IOperation, IMethodSymbol?)>();

        private Frame Top => frames[0];

        private Frame Current => frames[frames.Count - 1];

        public static ObjectTracker Read(CSharpReadContext context, IOperation body, IMethodSymbol? method)
        {
            var tracker = new ObjectTracker(context, body, method);
            tracker.frames.Add(new Frame(method));
            tracker.Walk(body);
            foreach (var resource in tracker.resources)
            {
                // An existing resource's changes matter only once they are sent back.
                if (resource.Dirty && !resource.UpdatesExisting)
                {
                    tracker.TakeState(resource, returned: false);
                }
            }

            return tracker;
        }

        /// <summary>Whether a method returns an object the tracker follows (directly or as a task's result).</summary>
        public static bool ReturnsTrackedObject(IMethodSymbol method, SdkSymbols symbols)
        {
            var type = symbols.ResultType(method.ReturnType);
            return symbols.IsTrackedType(type) && !symbols.IsIdentityType(type);
        }

        /// <summary>
        /// Visits the operations in source order, without recursion. Writes apply when their operation is reached;
        /// what a reference's context does with the object applies once the reference's own subtree (an
        /// initializer's writes) has been read.
        /// </summary>
        private void Walk(IOperation root)
        {
            context.Values.ObserveBody(root);
            // One stack for the whole read: a body read where it is called (Inline, from Visit or Resolve) runs on top
            // of its caller's entries and leaves them as it found them.
            var bottom = stack.Count;
            stack.Push((root, false));
            while (stack.Count > bottom)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                var (operation, after) = stack.Pop();
                if (after)
                {
                    if (Resolve(operation) is { } tracked)
                    {
                        ApplyUse(operation, tracked);
                    }

                    continue;
                }

                if (operation.Kind is OperationKind.AnonymousFunction or OperationKind.LocalFunction)
                {
                    Capture(operation);
                    continue;
                }

                Visit(operation);
                if (IsReference(operation))
                {
                    stack.Push((operation, true));
                }

                children.Clear();
                foreach (var child in operation.ChildOperations)
                {
                    children.Add(child);
                }

                for (var i = children.Count - 1; i >= 0; i--)
                {
                    stack.Push((children[i], false));
                }
            }
        }

        /// <summary>A lambda or local function may run at any time: every followed object it uses is handed off.</summary>
        private void Capture(IOperation function)
        {
            var nested = function switch
            {
                IAnonymousFunctionOperation lambda => lambda.Body,
                ILocalFunctionOperation local => (IOperation?)local.Body ?? local.IgnoredBody,
                _ => null,
            };
            if (nested is null)
            {
                return;
            }

            if (frames.Count == 1)
            {
                NestedBodies.Add((nested, (function as ILocalFunctionOperation)?.Symbol));
            }

            foreach (var operation in nested.DescendantsAndSelf())
            {
                if (operation is ILocalReferenceOperation local && Current.Locals.TryGetValue(local.Local, out var captured))
                {
                    HandOff(captured);
                }
            }
        }

        private void Visit(IOperation operation)
        {
            // One dispatch on the kind first: most operations are none of these, and the type switch below would test
            // each of them against every case.
            switch (operation.Kind)
            {
                case OperationKind.SimpleAssignment:
                case OperationKind.CompoundAssignment:
                case OperationKind.CoalesceAssignment:
                case OperationKind.DeconstructionAssignment:
                case OperationKind.Argument:
                case OperationKind.Invocation:
                    break;
                default:
                    return;
            }

            switch (operation)
            {
                case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                    ApplyWrite(property, assignment);
                    break;
                case ICompoundAssignmentOperation { Target: IPropertyReferenceOperation property }:
                    ForgetMember(property);
                    break;
                case ICoalesceAssignmentOperation { Target: IPropertyReferenceOperation property } coalesce:
                    ApplyCoalesce(property, coalesce);
                    break;
                case IDeconstructionAssignmentOperation deconstruction:
                    foreach (var target in deconstruction.Target.DescendantsAndSelf())
                    {
                        if (target is IPropertyReferenceOperation property)
                        {
                            ForgetMember(property);
                        }
                    }

                    break;
                case IArgumentOperation { Parameter.RefKind: not RefKind.None, Value: IPropertyReferenceOperation byRef }:
                    ForgetMember(byRef);
                    break;
                case IInvocationOperation invocation when ObjectFlow.Receiver(invocation) is { } receiver && Resolve(receiver) is TrackedCollection collection:
                    ApplyCollectionCall(collection, invocation);
                    break;
            }
        }

        private static bool IsReference(IOperation operation) =>
            operation.Kind is OperationKind.LocalReference or OperationKind.ObjectCreation or OperationKind.PropertyReference or OperationKind.Invocation;

        /// <summary>What the context of a reference to a followed object does with it (see <see cref="ObjectFlow"/>).</summary>
        private void ApplyUse(IOperation reference, TrackedObject tracked)
        {
            switch (ObjectFlow.UseOf(reference, context.Symbols, IsFollowedMember))
            {
                case ObjectUse.BindLocal:
                    BindLocal(reference, tracked);
                    break;
                case ObjectUse.MemberCall when tracked is not TrackedCollection:
                    var call = reference.Parent;
                    while (call is not null and not IInvocationOperation)
                    {
                        call = call.Parent;
                    }

                    if (call is not IInvocationOperation invocation || !ObjectFlow.IsReadingCall(invocation))
                    {
                        HandOff(tracked);
                    }

                    break;
                case ObjectUse.Sink:
                    if (tracked is TrackedResource { Kind: TrackedResourceKind.Generic } generic)
                    {
                        GiveResourceId(generic, reference);
                    }

                    if (tracked is TrackedResource sent && frames.Count == 1)
                    {
                        TakeState(sent, returned: false);
                    }

                    break;
                case ObjectUse.Returned:
                    Return(tracked);
                    break;
                case ObjectUse.HandOff:
                    HandOff(tracked);
                    break;
            }
        }

        private void BindLocal(IOperation reference, TrackedObject tracked)
        {
            // ObjectFlow saw through conversions, parentheses and await up to the initializer or the assignment.
            var parent = reference.Parent;
            while (parent is IConversionOperation or IParenthesizedOperation or IAwaitOperation)
            {
                parent = parent.Parent;
            }

            var (local, value) = parent switch
            {
                IVariableInitializerOperation { Parent: IVariableDeclaratorOperation declarator } initializer => (declarator.Symbol, initializer.Value),
                ISimpleAssignmentOperation { Target: ILocalReferenceOperation target } assignment => (target.Local, assignment.Value),
                _ => ((ILocalSymbol?)null, (IOperation?)null),
            };
            if (local is not null && context.Values.TryGetSingleValue(local, out var single) && single == value)
            {
                Current.Locals[local] = tracked;
            }
            else
            {
                // A local written more than once may hold this object or another: the reader follows neither.
                HandOff(tracked);
            }
        }

        private void Return(TrackedObject tracked)
        {
            var frame = Current;
            if (frames.Count > 1)
            {
                frame.Returns++;
                frame.Returned = frame.Returns == 1 ? tracked : (ReferenceEquals(frame.Returned, tracked) ? tracked : null);
                return;
            }

            if (method is null)
            {
                // A lambda's result goes to callers the reader does not see.
                HandOff(tracked);
            }
            else if (tracked is TrackedResource resource)
            {
                TakeState(resource, returned: true);
            }
        }

        /// <summary>What code the reader does not follow may do to an object: anything. It is unknown from here on.</summary>
        private void HandOff(TrackedObject tracked)
        {
            tracked.MakeUnknown();
            if (tracked is TrackedResource { Identity: { } identity })
            {
                identity.MakeUnknown();
            }

            MarkChanged(tracked);
        }

        private bool IsFollowedMember(IPropertyReferenceOperation property) =>
            property.Property.Name == "Identity" && Resolve(property.Instance) is TrackedResource;

        private void ApplyWrite(IPropertyReferenceOperation property, ISimpleAssignmentOperation assignment)
        {
            var owner = Resolve(property.Instance);
            if (owner is null)
            {
                RevealExistingIdentityType(property, assignment);
                return;
            }

            var name = property.Property.Name;
            var conditional = IsConditional(assignment, owner.Origin);
            switch (owner)
            {
                case TrackedResource resource when name == "Identity":
                    if (conditional)
                    {
                        resource.SetIdentity(Presence.Unknown, null);
                    }
                    else
                    {
                        SetIdentityFrom(resource, assignment.Value);
                    }

                    break;
                case TrackedResource { Kind: TrackedResourceKind.Workflow } workflow when name == "Definition":
                    workflow.DefinitionValue = conditional ? null : assignment.Value;
                    break;
                case TrackedResource { Kind: TrackedResourceKind.Site or TrackedResourceKind.Generic } kinded when name == "Kind":
                    kinded.SetKind(
                        conditional ? PartialString.Unknown : CSharpTextReader.ReadPartial(assignment.Value, context.Values),
                        conditional ? null : assignment.Value);
                    break;
                case TrackedResource { Kind: TrackedResourceKind.Generic } generic when name == "Properties":
                    generic.PropertiesValue = conditional ? null : assignment.Value;
                    generic.PropertiesTarget = property;
                    break;
                case TrackedIdentity identity when name == "ManagedServiceIdentityType":
                    if (conditional)
                    {
                        identity.SetType(IdentityTypeReader.Unknown(assignment.Value));
                    }
                    else
                    {
                        identity.SetType(identityTypes.Read(assignment.Value));
                    }

                    break;
                case TrackedUserAssignedIdentities collection when property.Property.IsIndexer && property.Arguments.Length == 1:
                    if (conditional)
                    {
                        collection.Owner.ForgetEntries();
                    }
                    else
                    {
                        AddEntry(collection.Owner, property.Arguments[0].Value, assignment, addsNewKey: false);
                    }

                    break;
                case TrackedParameters parameters when property.Property.IsIndexer && property.Arguments.Length == 1:
                    SetParameter(parameters.Owner, property.Arguments[0].Value, conditional ? null : assignment.Value);
                    break;
                default:
                    return;
            }

            MarkChanged(owner);
        }

        /// <summary>
        /// <c>existing.Data.Identity.ManagedServiceIdentityType = ...</c>: an identity that was not created here (an
        /// existing app's) gets a known type; its entries stay unknown.
        /// </summary>
        private void RevealExistingIdentityType(IPropertyReferenceOperation property, ISimpleAssignmentOperation assignment)
        {
            if (property.Property.Name == "ManagedServiceIdentityType"
                && property.Instance is IPropertyReferenceOperation { Property.Name: "Identity" } identityProperty
                && Resolve(identityProperty.Instance) is TrackedResource { IdentityPresence: Presence.Unknown } resource
                && !IsConditional(assignment, resource.Origin))
            {
                var revealed = new TrackedIdentity(assignment, identityTypes.Read(assignment.Value)) { EntriesComplete = false };
                resource.SetIdentity(Presence.Present, revealed);
                MarkChanged(resource);
            }
        }

        private void SetIdentityFrom(TrackedResource resource, IOperation value)
        {
            if (value.ConstantValue is { HasValue: true, Value: null })
            {
                resource.SetIdentity(Presence.Absent, null, value);
            }
            else if (Resolve(value) is TrackedIdentity identity)
            {
                resource.SetIdentity(Presence.Present, identity);
            }
            else
            {
                resource.SetIdentity(Presence.Unknown, null);
            }
        }

        /// <summary><c>x.Member ??= value</c>: a write exactly when the member is known to be unset.</summary>
        private void ApplyCoalesce(IPropertyReferenceOperation property, ICoalesceAssignmentOperation coalesce)
        {
            var owner = Resolve(property.Instance);
            switch (owner)
            {
                case TrackedResource { IdentityPresence: Presence.Absent } resource
                    when property.Property.Name == "Identity" && !IsConditional(coalesce, resource.Origin):
                    SetIdentityFrom(resource, coalesce.Value);
                    MarkChanged(resource);
                    break;
                case TrackedResource { IdentityPresence: Presence.Present } when property.Property.Name == "Identity":
                    break;
                case TrackedResource { Kind: TrackedResourceKind.Site or TrackedResourceKind.Generic, KindText: null } kinded
                    when property.Property.Name == "Kind" && !IsConditional(coalesce, kinded.Origin):
                    kinded.SetKind(CSharpTextReader.ReadPartial(coalesce.Value, context.Values), coalesce.Value);
                    MarkChanged(kinded);
                    break;
                default:
                    ForgetMember(property);
                    break;
            }
        }

        /// <summary>A write the reader does not read (compound, by reference, in a deconstruction): the member is unknown.</summary>
        private void ForgetMember(IPropertyReferenceOperation property)
        {
            var owner = Resolve(property.Instance);
            var name = property.Property.Name;
            switch (owner)
            {
                case TrackedResource resource when name == "Identity":
                    resource.SetIdentity(Presence.Unknown, null);
                    break;
                case TrackedResource resource when name == "Definition":
                    resource.DefinitionValue = null;
                    break;
                case TrackedResource resource when name == "Kind":
                    resource.SetKind(PartialString.Unknown, null);
                    break;
                case TrackedResource resource when name == "Properties":
                    resource.PropertiesValue = null;
                    break;
                case TrackedIdentity identity when name == "ManagedServiceIdentityType":
                    identity.ForgetType();
                    break;
                case TrackedCollection collection:
                    collection.MakeUnknown();
                    break;
                default:
                    return;
            }

            MarkChanged(owner);
        }

        private void ApplyCollectionCall(TrackedCollection collection, IInvocationOperation invocation)
        {
            var name = invocation.TargetMethod.Name;
            var arguments = ObjectFlow.ArgumentsAfterReceiver(invocation);
            if (ObjectFlow.IsReadingCall(invocation))
            {
                return;
            }

            var conditional = IsConditional(invocation, collection.Origin);
            switch (collection)
            {
                case TrackedUserAssignedIdentities identities when !conditional:
                    ApplyIdentitiesCall(identities.Owner, invocation, name, arguments);
                    break;
                case TrackedParameters parameters when !conditional && name == "Add" && arguments.Length == 2:
                    SetParameter(parameters.Owner, arguments[0].Value, arguments[1].Value);
                    break;
                case TrackedParameters parameters when !conditional && name == "Clear":
                    parameters.Owner.ConnectionsParameter = null;
                    break;
                default:
                    collection.MakeUnknown();
                    break;
            }

            MarkChanged(collection);
        }

        /// <summary>
        /// <c>UserAssignedIdentities</c> operations: <c>Add</c> (also of a <c>KeyValuePair</c>), <c>TryAdd</c>,
        /// <c>Remove</c>, <c>Clear</c>. What is not understood leaves only what is certain: nothing.
        /// </summary>
        private void ApplyIdentitiesCall(TrackedIdentity owner, IInvocationOperation invocation, string name, ImmutableArray<IArgumentOperation> arguments)
        {
            switch (name)
            {
                case "Add" when arguments.Length == 2:
                    AddEntry(owner, arguments[0].Value, invocation, addsNewKey: true);
                    return;
                case "Add" when arguments.Length == 1
                    && context.Values.Follow(arguments[0].Value) is IObjectCreationOperation { Arguments.Length: 2 } pair
                    && context.Symbols.IsKeyValuePair(pair.Type):
                    AddEntry(owner, pair.Arguments[0].Value, invocation, addsNewKey: true);
                    return;
                case "TryAdd" when arguments.Length == 2 && AllKeysKnown(owner) && ReadKey(arguments[0].Value) is { IsKnown: true } key:
                    if (!owner.Entries.Exists(entry => ResourceIds.SameKnownId(entry.Key, key)))
                    {
                        AddEntry(owner, arguments[0].Value, invocation, addsNewKey: true);
                    }

                    return;
                case "Remove" when arguments.Length >= 1 && AllKeysKnown(owner) && ReadKey(arguments[0].Value) is { IsKnown: true } removed:
                    owner.Entries.RemoveAll(entry => ResourceIds.SameKnownId(entry.Key, removed));
                    return;
                case "Clear" when arguments.Length == 0:
                    owner.Entries.Clear();
                    owner.EntriesComplete = true;
                    return;
                default:
                    owner.ForgetEntries();
                    return;
            }
        }

        private static bool AllKeysKnown(TrackedIdentity identity) =>
            identity.EntriesComplete && identity.Entries.TrueForAll(entry => entry.Key.IsKnown);

        private PartialString ReadKey(IOperation key) => ResourceIdReader.Read(key, context.Values, context.Symbols);

        private void AddEntry(TrackedIdentity identity, IOperation key, IOperation entry, bool addsNewKey)
        {
            // A statement that only adds this entry can be removed on its own; an initializer element too.
            SyntaxNode? entrySyntax = entry.Parent is IExpressionStatementOperation statement
                ? statement.Syntax
                : entry.Parent is IObjectOrCollectionInitializerOperation ? entry.Syntax : null;
            identity.Entries.Add(new UserAssignedEntry(
                ReadKey(key),
                new CSharpNode(key.Syntax),
                entrySyntax is null ? null : new CSharpNode(entrySyntax),
                addsNewKey));
        }

        /// <summary>A workflow parameter; only <c>$connections</c> is read. An unknown key may be it: then it is unknown.</summary>
        private static void SetParameter(TrackedResource workflow, IOperation key, IOperation? value)
        {
            if (key.ConstantValue is { HasValue: true, Value: string name })
            {
                if (name == "$connections")
                {
                    workflow.ConnectionsParameter = value;
                }

                return;
            }

            workflow.ConnectionsParameter = null;
        }

        /// <summary>Records a change: the object's state is due again, and a builder that returned it is completed here.</summary>
        private void MarkChanged(TrackedObject tracked)
        {
            var changed = new List<TrackedObject> { tracked };
            switch (tracked)
            {
                case TrackedUserAssignedIdentities identities:
                    changed.Add(identities.Owner);
                    AddHolders(identities.Owner, changed);
                    break;
                case TrackedParameters parameters:
                    changed.Add(parameters.Owner);
                    break;
                case TrackedIdentity identity:
                    AddHolders(identity, changed);
                    break;
            }

            foreach (var item in changed)
            {
                item.ChangedSinceImport = true;
                if (frames.Count == 1 && importChains.TryGetValue(item, out var chain))
                {
                    ChangedProducers.UnionWith(chain);
                }
            }

            foreach (var resource in resources)
            {
                resource.Dirty = true;
            }
        }

        private void AddHolders(TrackedIdentity identity, List<TrackedObject> changed)
        {
            foreach (var resource in resources)
            {
                if (ReferenceEquals(resource.Identity, identity))
                {
                    changed.Add(resource);
                }
            }
        }

        private void TakeState(TrackedResource resource, bool returned)
        {
            if (frames.Count > 1)
            {
                return;
            }

            resource.Dirty = false;
            if (resource.ImportedBy is not null && !resource.ChangedSinceImport)
            {
                // Built and returned by a method of this document that nothing here changed: judged there.
                return;
            }

            var returnedBy = returned ? method : null;
            switch (resource.Kind)
            {
                case TrackedResourceKind.Workflow:
                    AddAppState(resource, LogicAppPlan.Consumption, returnedBy, resource.DefinitionValue, resource.ConnectionsParameter);
                    break;
                case TrackedResourceKind.Site when IsWorkflowApp(resource):
                    AddAppState(resource, LogicAppPlan.Standard, returnedBy, null, null);
                    break;
                case TrackedResourceKind.Generic:
                    AddGenericState(resource, returnedBy);
                    break;
                default:
                    // A site without a kind, or whose kind is unknown or not a workflow app, is not a logic app we can tell.
                    break;
            }
        }

        private static bool IsWorkflowApp(TrackedResource resource) =>
            resource.KindText is { } kind && kind.LiteralPartsContain("workflowapp");

        /// <summary>
        /// A generic resource is what its type says: the type of the ID it was deployed with, else an API connection
        /// when its properties name a managed API (<c>properties.api.id</c>). Logic apps written this way are logic
        /// apps; other resources (and their identities) are out of scope.
        /// </summary>
        private void AddGenericState(TrackedResource resource, IMethodSymbol? returnedBy)
        {
            var propertiesValue = resource.PropertiesValue;
            var properties = propertiesValue is null ? null : context.Json.ReadBinaryData(propertiesValue);
            var path = resource.ResourceId is { } id ? ResourceIdPath.Parse(id) : null;
            var source = new CSharpNode(resource.Origin.Syntax);
            if (path is null ? NamesManagedApi(properties) : path.IsType(Connectors.ConnectionsType))
            {
                States.Add(new TakenState(
                    new ApiConnectionResource(
                        source,
                        Scope,
                        resource.ResourceId,
                        KindOf(resource),
                        properties,
                        PropertiesMember(resource),
                        properties is null ? null : UseSite(propertiesValue!, properties, resource)),
                    returnedBy));
            }
            else if (path is not null && path.IsType(Connectors.AccessPoliciesType))
            {
                States.Add(new TakenState(new ConnectionAccessPolicy(source, Scope, resource.ResourceId!, properties), returnedBy));
            }
            else if (path is not null && path.IsType(ResourceIds.WorkflowsType))
            {
                AddAppState(resource, LogicAppPlan.Consumption, returnedBy, propertiesValue, propertiesValue, properties);
            }
            else if (path is not null && path.IsType(ResourceIds.SitesType) && IsWorkflowApp(resource))
            {
                AddAppState(resource, LogicAppPlan.Standard, returnedBy, null, null);
            }
        }

        /// <summary>Whether properties name a managed API (<c>api.id</c> of type <c>Microsoft.Web/locations/managedApis</c>).</summary>
        private static bool NamesManagedApi(JValue? properties) =>
            properties is JObject root
            && root.Get("api") is JObject api
            && api.Get("id") is JString { Value: var apiId }
            && ResourceIdPath.Parse(apiId) is { } apiPath
            && apiPath.IsType(Connectors.ManagedApisType);

        private static JValue? KindOf(TrackedResource resource) => resource.KindText switch
        {
            null => null,
            { } text when resource.KindValue is { } value => new JString(new CSharpNode(value.Syntax), text),
            _ => new JUnknown(new CSharpNode(resource.Origin.Syntax)),
        };

        /// <summary>The name of the <c>Properties</c> member written (<c>Properties</c> in an initializer, the name in <c>data.Properties</c>).</summary>
        private static SourceRef? PropertiesMember(TrackedResource resource) => resource.PropertiesTarget?.Syntax switch
        {
            null => null,
            MemberAccessExpressionSyntax access => new CSharpNode(access.Name),
            { } target => new CSharpNode(target),
        };

        /// <summary>
        /// Takes a logic app's state. <paramref name="definitionValue"/> and <paramref name="connectionsValue"/> are the
        /// expressions that give the definition and the <c>$connections</c> parameter; for a logic app written as a
        /// generic resource both are its properties (<paramref name="properties"/>: <c>definition</c> and
        /// <c>parameters.$connections.value</c> inside).
        /// </summary>
        private void AddAppState(
            TrackedResource resource,
            LogicAppPlan plan,
            IMethodSymbol? returnedBy,
            IOperation? definitionValue,
            IOperation? connectionsValue,
            JValue? properties = null)
        {
            var identity = resource.IdentityPresence == Presence.Present ? resource.Identity : null;
            ManagedIdentity? snapshot = null;
            if (identity is not null)
            {
                var useSite = identity.ImportedBy is { } call && !ReferenceEquals(call, resource.ImportedBy) ? new CSharpNode(call.Syntax) : null;
                snapshot = new ManagedIdentity(
                    new CSharpNode(identity.Origin.Syntax),
                    identity.Type,
                    ImmutableArray.CreateRange(identity.Entries),
                    identity.EntriesComplete,
                    useSite);
            }

            var generic = resource.Kind == TrackedResourceKind.Generic;
            var connections = ImmutableArray<ConnectionReference>.Empty;
            SourceRef? connectionsUseSite = null;
            var references = generic
                ? ((properties as JObject)?.Get("parameters") as JObject)?.Get("$connections") is JObject parameter ? parameter.Get("value") as JObject : null
                : context.ConnectionReferences(connectionsValue);
            if (references is not null)
            {
                connections = ConnectionReferenceReader.Read(references);
                connectionsUseSite = UseSite(connectionsValue!, references, resource);
            }

            WorkflowDefinition? definition = null;
            SourceRef? definitionUseSite = null;
            var definitionJson = generic
                ? (properties as JObject)?.Get("definition")
                : definitionValue is null ? null : context.Json.ReadBinaryData(definitionValue);
            if (definitionJson is JObject root && context.DefinitionOf(root) is { } read)
            {
                definition = read;
                definitionUseSite = UseSite(definitionValue!, root, resource);
            }

            States.Add(new TakenState(
                new LogicAppResource(
                    new CSharpNode(resource.Origin.Syntax),
                    Scope,
                    plan,
                    resource.IdentityPresence,
                    snapshot,
                    resource.UpdatesExisting,
                    definition,
                    resource.IdentityRemoval is { } removal ? new CSharpNode(removal.Syntax) : null,
                    connections,
                    connectionsUseSite),
                returnedBy,
                TypeWrites(resource),
                definitionUseSite));
        }

        /// <summary>
        /// The ID the SDK receives a generic resource with: the <c>ResourceIdentifier</c> argument of
        /// <c>GenericResourceCollection.CreateOrUpdate(Async)</c>, or the ID of <c>client.GetGenericResource(id)</c>
        /// whose <c>Update(Async)</c> is called. Giving the ID is a change: a builder's object sent here is judged here.
        /// </summary>
        private void GiveResourceId(TrackedResource resource, IOperation reference)
        {
            var parent = reference.Parent;
            while (parent is not null and not IInvocationOperation)
            {
                parent = parent.Parent;
            }

            if (parent is not IInvocationOperation sink)
            {
                return;
            }

            IOperation? id = null;
            foreach (var argument in sink.Arguments)
            {
                if (context.Symbols.IsResourceIdentifier(argument.Parameter?.Type))
                {
                    id = argument.Value;
                }
            }

            if (id is null
                && sink.Instance is { } instance
                && context.Values.Follow(instance) is IInvocationOperation { TargetMethod.Name: "GetGenericResource", Arguments.Length: 1 } lookup
                && context.Symbols.IsArmClient(lookup.TargetMethod.ContainingType))
            {
                id = lookup.Arguments[0].Value;
            }

            resource.ResourceId = id is null ? null : ResourceIdReader.Read(id, context.Values, context.Symbols);
            MarkChanged(resource);
        }

        private CodeScope Scope => context.ScopeOf(body.Syntax);

        private static ImmutableArray<IdentityTypeValue> TypeWrites(TrackedResource resource)
        {
            var writes = ImmutableArray.CreateBuilder<IdentityTypeValue>();
            foreach (var given in resource.IdentitiesGiven)
            {
                writes.AddRange(given.TypeWrites);
            }

            return writes.ToImmutable();
        }

        /// <summary>
        /// Where a part (a definition, connection references) enters the app, when its JSON is written outside this
        /// body: the expression that puts it on the app if that is in this body, else the call that built the app.
        /// Null when the JSON is written in the body.
        /// </summary>
        private SourceRef? UseSite(IOperation value, JValue json, TrackedResource resource)
        {
            if (json.Source is IReportableSource { Location: var location }
                && (InBody(location.SourceTree, location.SourceSpan)
                    || (location.SourceTree == body.Syntax.SyntaxTree
                        && resource.ImportedBy is null
                        && context.ConstantFieldUsers(location.SourceTree, location.SourceSpan) <= 1)))
            {
                // Written in this body, or in a constant of the document that only this body uses.
                return null;
            }

            if (InBody(value.Syntax.SyntaxTree, value.Syntax.Span))
            {
                return new CSharpNode(value.Syntax);
            }

            return resource.ImportedBy is { } call ? new CSharpNode(call.Syntax) : new CSharpNode(value.Syntax);
        }

        private bool InBody(SyntaxTree? tree, TextSpan span) =>
            tree == body.Syntax.SyntaxTree && body.Syntax.Span.Contains(span);

        /// <summary>The followed object an expression stands for, creating it on first sight; null when not followed.</summary>
        private TrackedObject? Resolve(IOperation? operation, int depth = 0)
        {
            if (operation is null || depth > MaxResolveDepth)
            {
                return null;
            }

            // On the kind: every reference of a body is resolved once it is read, most of them to nothing.
            switch (operation.Kind)
            {
                case OperationKind.ObjectCreation when operation is IObjectCreationOperation creation:
                    return GetOrCreate(creation);
                case OperationKind.Conversion when operation is IConversionOperation { OperatorMethod: null } conversion:
                    return Resolve(conversion.Operand, depth + 1);
                case OperationKind.Parenthesized when operation is IParenthesizedOperation parenthesized:
                    return Resolve(parenthesized.Operand, depth + 1);
                case OperationKind.Await when operation is IAwaitOperation awaited:
                    return Resolve(awaited.Operation, depth + 1);
                case OperationKind.LocalReference when operation is ILocalReferenceOperation local:
                    return Current.Locals.TryGetValue(local.Local, out var bound) ? bound : null;
                case OperationKind.InstanceReference when operation is IInstanceReferenceOperation { ReferenceKind: InstanceReferenceKind.ImplicitReceiver } receiver:
                    return Resolve(ImplicitReceiverTarget(receiver), depth + 1);
                case OperationKind.Invocation when operation is IInvocationOperation invocation:
                    return Inline(invocation, invocation.TargetMethod);
                case OperationKind.PropertyReference when operation is IPropertyReferenceOperation property:
                    return ResolveMember(property, depth);
                default:
                    return null;
            }
        }

        /// <summary>
        /// Whether the property is a member written in an anonymous object's initializer (<c>new { type = "Http" }</c>).
        /// Decided from the operation's parents: asking the property for its containing type would build a public
        /// symbol for each of the anonymous types of a large definition.
        /// </summary>
        private static bool IsAnonymousMember(IPropertyReferenceOperation property) =>
            property.Parent is ISimpleAssignmentOperation { Parent.Kind: OperationKind.AnonymousObjectCreation } member && member.Target == property;

        private TrackedObject? ResolveMember(IPropertyReferenceOperation property, int depth)
        {
            if (IsAnonymousMember(property))
            {
                // Its instance resolves to nothing (ImplicitReceiverTarget), but the cases below would still ask for
                // the containing type and try the getter as a builder, for each member of a large anonymous definition.
                return null;
            }

            var name = property.Property.Name;
            if (name == "Data" && context.Symbols.IsExistingResourceType(property.Property.ContainingType))
            {
                return GetOrCreateExisting(property);
            }

            switch (Resolve(property.Instance, depth + 1))
            {
                case TrackedResource resource when name == "Identity":
                    return resource.IdentityPresence == Presence.Present ? resource.Identity : null;
                case TrackedIdentity identity when name == "UserAssignedIdentities":
                    return Collection(identity, () => new TrackedUserAssignedIdentities(property, identity));
                case TrackedResource { Kind: TrackedResourceKind.Workflow } workflow when name == "Parameters":
                    return Collection(workflow, () => new TrackedParameters(property, workflow));
                case null when property.Property.GetMethod is { } getter && property.Arguments.IsEmpty:
                    // A property of ours that builds a logic app or an identity: read like a builder method.
                    return Inline(property, getter);
                default:
                    return null;
            }
        }

        /// <summary>The one object that stands for a followed object's collection property.</summary>
        private TrackedCollection Collection(TrackedObject owner, System.Func<TrackedCollection> create)
        {
            if (!collections.TryGetValue(owner, out var collection))
            {
                collection = create();
                collections[owner] = collection;
            }

            return collection;
        }

        private TrackedObject? GetOrCreate(IObjectCreationOperation creation)
        {
            var frame = Current;
            if (frame.Created.TryGetValue(creation, out var existing))
            {
                return existing;
            }

            TrackedObject? tracked = null;
            var symbols = context.Symbols;
            var type = creation.Type;
            if (SymbolEqualityComparer.Default.Equals(type, symbols.Identity))
            {
                tracked = new TrackedIdentity(
                    creation,
                    creation.Arguments.Length == 1 ? identityTypes.Read(creation.Arguments[0].Value) : null);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.WorkflowData))
            {
                tracked = NewResource(TrackedResourceKind.Workflow, creation);
            }
            else if (SymbolEqualityComparer.Default.Equals(type, symbols.SiteData))
            {
                tracked = NewResource(TrackedResourceKind.Site, creation);
            }
            else if (symbols.IsGenericData(type))
            {
                tracked = NewResource(TrackedResourceKind.Generic, creation);
            }

            if (tracked is not null)
            {
                frame.Created[creation] = tracked;
                frame.Born.Add(tracked);
            }

            return tracked;
        }

        /// <summary>
        /// <c>resource.Data</c> of the SDK's <c>LogicWorkflowResource</c> or <c>WebSiteResource</c>: an app read
        /// from Azure, whose identity is not known until the code sets it.
        /// </summary>
        private TrackedResource GetOrCreateExisting(IPropertyReferenceOperation data)
        {
            object key = data.Instance switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                IFieldReferenceOperation field => field.Field,
                _ => data,
            };
            var frame = Current;
            if (!frame.Existing.TryGetValue(key, out var resource))
            {
                var kind = SymbolEqualityComparer.Default.Equals(data.Property.ContainingType, context.Symbols.WorkflowResource)
                    ? TrackedResourceKind.Workflow
                    : TrackedResourceKind.Site;
                resource = NewResource(kind, data);
                resource.UpdatesExisting = true;
                resource.IdentityPresence = Presence.Unknown;
                frame.Existing[key] = resource;
                frame.Born.Add(resource);
            }

            return resource;
        }

        private TrackedResource NewResource(TrackedResourceKind kind, IOperation creation)
        {
            var resource = new TrackedResource(kind, creation);
            resources.Add(resource);
            return resource;
        }

        /// <summary>
        /// A call of a method of this document that returns a followed object: its body is read here, as if written
        /// at the call, and the object it returns is followed on. Recursion and deep chains are not followed.
        /// </summary>
        private TrackedObject? Inline(IOperation invocation, IMethodSymbol method)
        {
            var frame = Current;
            if (frame.Created.TryGetValue(invocation, out var done))
            {
                return done;
            }

            var target = method.OriginalDefinition;
            if (!ReturnsTrackedObject(target, context.Symbols))
            {
                return null;
            }

            frame.Created[invocation] = null;
            // An identity (a part) is followed into a helper of any document; a logic app only within this one,
            // where the callers that complete it are known.
            var part = SymbolEqualityComparer.Default.Equals(context.Symbols.ResultType(target.ReturnType), context.Symbols.Identity);
            if (frames.Count > MaxInlineDepth
                || frames.Exists(open => SymbolEqualityComparer.Default.Equals(open.Method, target))
                || context.Values.Bodies?.BodyOf(target, otherDocuments: part) is not { } calleeBody)
            {
                return null;
            }

            context.Values.ObserveBody(calleeBody);

            var callee = new Frame(target);
            frames.Add(callee);
            Walk(calleeBody);
            frames.RemoveAt(frames.Count - 1);

            foreach (var born in callee.Born)
            {
                born.ImportedBy = invocation;
                born.ChangedSinceImport = false;
                if (!importChains.TryGetValue(born, out var chain))
                {
                    chain = new List<IMethodSymbol>();
                    importChains[born] = chain;
                }

                chain.Add(target);
                frame.Born.Add(born);
            }

            var returned = callee.Returns == 1 || callee.Returned is not null ? callee.Returned : null;
            frame.Created[invocation] = returned;
            return returned;
        }

        /// <summary>The object an implicit receiver in an initializer stands for: the created object or the initialized member.</summary>
        private static IOperation? ImplicitReceiverTarget(IOperation receiver)
        {
            for (var parent = receiver.Parent; parent is not null; parent = parent.Parent)
            {
                if (parent.Kind == OperationKind.AnonymousObjectCreation)
                {
                    // The receiver of an anonymous object's members is that object, never followed; the initializer
                    // of an object around it (new LogicWorkflowData { Definition = ...(new { Identity = ... }) }) is
                    // not this receiver's.
                    return null;
                }

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

        /// <summary>
        /// True when <paramref name="write"/> runs only on some paths relative to <paramref name="origin"/>: inside a
        /// branch, loop, catch clause or short-circuit operand that does not contain the origin.
        /// </summary>
        private static bool IsConditional(IOperation write, IOperation origin)
        {
            // Few operations around an origin are branches or loops: a list, no hashing.
            List<IOperation>? originScopes = null;
            for (var parent = origin.Parent; parent is not null; parent = parent.Parent)
            {
                if (IsConditionalScope(parent))
                {
                    (originScopes ??= new List<IOperation>()).Add(parent);
                }
            }

            for (var parent = write.Parent; parent is not null; parent = parent.Parent)
            {
                if (IsConditionalScope(parent) && (originScopes is null || !originScopes.Contains(parent)))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool IsConditionalScope(IOperation operation) => operation.Kind switch
        {
            OperationKind.Conditional or OperationKind.Switch or OperationKind.SwitchExpression or OperationKind.Loop
                or OperationKind.CatchClause or OperationKind.Try or OperationKind.ConditionalAccess or OperationKind.Coalesce
                or OperationKind.CoalesceAssignment => true,
            OperationKind.Binary => operation is IBinaryOperation { OperatorKind: BinaryOperatorKind.ConditionalAnd or BinaryOperatorKind.ConditionalOr },
            _ => false,
        };

        /// <summary>One body being read: the top one, or a method read where it is called.</summary>
        private sealed class Frame
        {
            public Frame(IMethodSymbol? method)
            {
                Method = method;
            }

            public IMethodSymbol? Method { get; }

            public Dictionary<IOperation, TrackedObject?> Created { get; } = new Dictionary<IOperation, TrackedObject?>();

            public Dictionary<ILocalSymbol, TrackedObject> Locals { get; } = new Dictionary<ILocalSymbol, TrackedObject>(SymbolEqualityComparer.Default);

            public Dictionary<object, TrackedResource> Existing { get; } = new Dictionary<object, TrackedResource>();

            /// <summary>The objects created in this body, and those its calls returned to it.</summary>
            public List<TrackedObject> Born { get; } = new List<TrackedObject>();

            public int Returns { get; set; }

            public TrackedObject? Returned { get; set; }
        }
    }
}
