using System.Linq;
using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;

namespace ManagedIdentityAnalyzers.Tests.Knowledge;

public class OperationsTests
{
    [Theory]
    [InlineData("Http", "inputs.authentication")]
    [InlineData("http", "inputs.authentication")]
    [InlineData("HTTP", "inputs.authentication")]
    [InlineData("Function", "inputs.authentication")]
    [InlineData("ApiManagement", "inputs.authentication")]
    [InlineData("HttpWebhook", "inputs.subscribe.authentication|inputs.unsubscribe.authentication")]
    [InlineData("httpwebhook", "inputs.subscribe.authentication|inputs.unsubscribe.authentication")]
    [InlineData("ApiConnectionWebhook", "inputs.subscribe.authentication|inputs.unsubscribe.authentication")]
    [InlineData("ApiConnection", "inputs.authentication")]
    [InlineData("Scope", "")]
    [InlineData("Request", "")]
    [InlineData("Response", "")]
    [InlineData("Compose", "")]
    [InlineData("", "")]
    public void Authentication_paths(string type, string paths)
    {
        Assert.Equal(paths, Join(Operations.AuthenticationPaths(type)));
    }

    [Theory]
    [InlineData("Http", true, false)]
    [InlineData("HttpWebhook", true, false)]
    [InlineData("ApiConnectionWebhook", true, false)]
    [InlineData("Function", true, false)]
    [InlineData("ApiManagement", true, false)]
    [InlineData("ApiConnection", false, true)]
    [InlineData("apiconnection", false, true)]
    [InlineData("Compose", false, false)]
    [InlineData("Workflow", false, false)]
    public void Inline_authentication_support(string type, bool hasPaths, bool rejects)
    {
        Assert.Equal(hasPaths || rejects, !Operations.AuthenticationPaths(type).IsEmpty);
        Assert.Equal(rejects, Operations.RejectsInlineAuthentication(type));
    }

    [Theory]
    [InlineData("Scope", "actions")]
    [InlineData("If", "actions|else.actions")]
    [InlineData("if", "actions|else.actions")]
    [InlineData("Switch", "cases.*.actions|default.actions")]
    [InlineData("Foreach", "actions")]
    [InlineData("foreach", "actions")]
    [InlineData("Until", "actions")]
    [InlineData("Http", "")]
    [InlineData("ForEach2", "")]
    public void Container_action_lists(string type, string paths)
    {
        Assert.Equal(paths, Join(Operations.ActionListPaths(type)));
    }

    [Fact]
    public void Top_level_operation_lists()
    {
        Assert.Equal(new[] { "triggers", "actions" }, Operations.TopLevelLists.ToArray());
    }

    [Theory]
    [InlineData("Function", nameof(LogicAppPlan.Standard), true)]
    [InlineData("function", nameof(LogicAppPlan.Standard), true)]
    [InlineData("Function", nameof(LogicAppPlan.Consumption), false)]
    [InlineData("Function", nameof(LogicAppPlan.Unknown), false)]
    [InlineData("Http", nameof(LogicAppPlan.Standard), false)]
    [InlineData("ApiManagement", nameof(LogicAppPlan.Standard), false)]
    public void Managed_identity_on_functions_is_consumption_only(string type, string plan, bool unsupported)
    {
        Assert.Equal(unsupported, Operations.ManagedIdentityUnsupported(type, Holes.Parse<LogicAppPlan>(plan)));
    }

    private static string Join(System.Collections.Immutable.ImmutableArray<System.Collections.Immutable.ImmutableArray<string>> paths) =>
        string.Join("|", paths.Select(path => string.Join(".", path)));
}
