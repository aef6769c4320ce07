using System;
using System.IO;
using System.Linq;
using ManagedIdentityAnalyzers.Tests.Verification;

namespace ManagedIdentityAnalyzers.Tests.VerifierTests;

public class ReferenceAssembliesTests
{
    [Fact]
    public void FrameworkIsTheReferencePack()
    {
        Assert.Contains(ReferenceAssemblies.Framework, r => Path.GetFileName(r.Display) == "System.Runtime.dll");
        Assert.All(ReferenceAssemblies.Framework, r => Assert.Contains("Microsoft.NETCore.App.Ref", r.Display!, StringComparison.Ordinal));
    }

    [Fact]
    public void AzureSdkIsFrameworkPlusAzurePlusStubs()
    {
        Assert.Contains(ReferenceAssemblies.Azure, r => Path.GetFileName(r.Display) == "Azure.Core.dll");
        Assert.Contains(ReferenceAssemblies.Azure, r => Path.GetFileName(r.Display) == "Azure.ResourceManager.dll");
        Assert.Equal(
            ReferenceAssemblies.Framework.Concat(ReferenceAssemblies.Azure).Concat(ReferenceAssemblies.Stubs).Select(r => r.Display),
            ReferenceAssemblies.AzureSdk.Select(r => r.Display));
        Assert.All(ReferenceAssemblies.Stubs, r => Assert.StartsWith("Azure.ResourceManager.", Path.GetFileName(r.Display), StringComparison.Ordinal));
    }
}
