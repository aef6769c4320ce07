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

        /// <summary>
        /// Cumulative CPU ticks of the machine and the share of them stolen by the hypervisor for other guests
        /// (Linux <c>/proc/stat</c>); null elsewhere. Steal is time this VM wanted to run and could not: on a shared host it
        /// is the noise no amount of repetition removes.
        /// </summary>
        public static (long Total, long Steal)? CpuTicks()
        {
            try
            {
                foreach (var line in System.IO.File.ReadLines("/proc/stat"))
                {
                    if (!line.StartsWith("cpu ", System.StringComparison.Ordinal))
                    {
                        continue;
                    }

                    var fields = line.Split(' ', System.StringSplitOptions.RemoveEmptyEntries);
                    long total = 0;
                    for (var i = 1; i < fields.Length && i <= 8; i++)
                    {
                        total += long.Parse(fields[i], System.Globalization.CultureInfo.InvariantCulture);
                    }

                    return fields.Length > 8 ? (total, long.Parse(fields[8], System.Globalization.CultureInfo.InvariantCulture)) : null;
                }
            }
            catch (System.IO.IOException)
            {
            }
            catch (System.UnauthorizedAccessException)
            {
            }
            catch (System.FormatException)
            {
            }

            return null;
        }

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
