using System.Reflection;
using System.Runtime;
using System.Runtime.InteropServices;
using ManagedIdentityAnalyzers.Entry;
using Microsoft.CodeAnalysis;

namespace ManagedIdentityAnalyzers.Benchmarks.Reporting
{
    /// <summary>Where the numbers were taken: they only compare with numbers from the same kind of machine.</summary>
    internal sealed record MachineInfo(
        string OperatingSystem,
        int LogicalCores,
        string Runtime,
        string Roslyn,
        string AnalyzerAssembly,
        string GarbageCollector,
        string Configuration)
    {
        public static MachineInfo Describe() => new(
            RuntimeInformation.OSDescription,
            System.Environment.ProcessorCount,
            RuntimeInformation.FrameworkDescription,
            InformationalVersion(typeof(Compilation).Assembly),
            InformationalVersion(typeof(CSharpLogicAppAnalyzer).Assembly),
            (GCSettings.IsServerGC ? "server" : "workstation") + (GCSettings.LatencyMode == GCLatencyMode.Batch ? ", non-concurrent" : ", concurrent"),
#if DEBUG
            "Debug");
#else
            "Release");
#endif

        private static string InformationalVersion(Assembly assembly)
        {
            var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "?";
            var plus = version.IndexOf('+', System.StringComparison.Ordinal);
            return plus > 0 ? version.Substring(0, plus) : version;
        }
    }
}
