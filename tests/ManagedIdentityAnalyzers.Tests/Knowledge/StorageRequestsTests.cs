using ManagedIdentityAnalyzers.Knowledge;
using ManagedIdentityAnalyzers.Model;
using static ManagedIdentityAnalyzers.Tests.Knowledge.Holes;

namespace ManagedIdentityAnalyzers.Tests.Knowledge;

public class StorageRequestsTests
{
    [Fact]
    public void Header_names_version_and_date_expression()
    {
        Assert.Equal("x-ms-version", StorageRequests.VersionHeader);
        Assert.Equal("x-ms-date", StorageRequests.DateHeader);
        Assert.Equal("2024-05-05", StorageRequests.DefaultApiVersion);
        Assert.Equal("@{formatDateTime(utcNow(),'r')}", StorageRequests.DateExpression);
        Assert.True(StorageRequests.HeaderNameComparer.Equals("X-MS-Version", "x-ms-version"));
    }

    [Theory]
    [InlineData("https://acct.blob.core.windows.net/c/b", true)]
    [InlineData("https://acct.queue.core.usgovcloudapi.net/q/messages", true)]
    [InlineData("https://acct.table.core.chinacloudapi.cn/Orders", true)]
    [InlineData("https://acct.file.core.windows.net/share", true)]
    [InlineData("https://acct.dfs.core.windows.net/fs", true)]
    [InlineData("https://{?}.blob.core.windows.net/c/b", true)]
    [InlineData("https://orders.vault.azure.net/secrets/s", false)]
    [InlineData("https://management.azure.com/subscriptions", false)]
    [InlineData("https://ns.servicebus.windows.net/q/messages", false)]
    public void Data_plane_targets(string uri, bool dataPlane)
    {
        Assert.True(Audiences.TryGetTarget(Partial(uri), out var target));
        Assert.Equal(dataPlane, StorageRequests.IsDataPlane(target));
    }

    [Theory]
    [InlineData("Mon, 01 Jan 2024 00:00:00 GMT", true)]
    [InlineData("2024-01-01", true)]
    [InlineData("@{formatDateTime(utcNow(),'r')}", false)]
    [InlineData("@formatDateTime(utcNow(),'r')", false)]
    [InlineData("[utcNow('r')]", false)]
    [InlineData("", false)]
    [InlineData("{?}", false)]
    [InlineData("Mon, {?} GMT", false)]
    public void Fixed_dates(string value, bool isFixed)
    {
        Assert.Equal(isFixed, StorageRequests.IsFixedDate(Partial(value)));
    }
}
