using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;

namespace ManagedIdentityAnalyzers.Tests.Packaging;

// Shared by the tests that run the dotnet CLI (packaging, end-to-end, sample): the collection that keeps them
// sequential, the repository layout, a process runner and a SARIF reader.

/// <summary>
/// Tests that start <c>dotnet build</c>, <c>dotnet pack</c> or <c>dotnet format</c>. They write to shared folders
/// (the analyzer projects' bin and obj, the sample's) and are heavy, so they never run concurrently with each other
/// or with the other collections (xunit runs a collection that disables parallelization after the parallel ones).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DotnetCliCollection
{
    public const string Name = "dotnet CLI";
}

/// <summary>Where things are in the repository, found from the test assembly's location.</summary>
public static class RepoLayout
{
    private static readonly Lazy<string> s_root = new(FindRoot, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The folder that holds ManagedIdentityAnalyzers.sln.</summary>
    public static string Root => s_root.Value;

    /// <summary>The configuration the test assembly was built with (Debug or Release).</summary>
    public static string TestConfiguration =>
        typeof(RepoLayout).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : "Debug";

    public static string PackageProject => Path.Combine(Root, "src", "Package", "ManagedIdentityAnalyzers.Package.csproj");

    public static string SampleProjectDirectory => Path.Combine(Root, "samples", "InfraSample");

    public static string SampleProject => Path.Combine(SampleProjectDirectory, "InfraSample.csproj");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ManagedIdentityAnalyzers.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ManagedIdentityAnalyzers.sln.");
    }
}

/// <summary>The outcome of one <c>dotnet</c> command.</summary>
public sealed record CliResult(string CommandLine, int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    /// <summary>The command, its exit code and its output (the end of it when long), for failure messages.</summary>
    public string Describe()
    {
        return $"> {CommandLine}{Environment.NewLine}exit code {ExitCode} after {Duration.TotalSeconds:F1} s{Environment.NewLine}"
            + $"--- stdout ---{Environment.NewLine}{Tail(StandardOutput)}{Environment.NewLine}"
            + $"--- stderr ---{Environment.NewLine}{Tail(StandardError)}";
    }

    /// <summary>Fails the test, with the output, unless the command exited with 0.</summary>
    public CliResult EnsureSuccess()
    {
        if (ExitCode != 0)
        {
            Assert.Fail("A dotnet command failed." + Environment.NewLine + Describe());
        }

        return this;
    }

    private static string Tail(string text)
    {
        const int Max = 20_000;
        return text.Length <= Max ? text : "[... " + (text.Length - Max) + " characters left out ...]" + text.Substring(text.Length - Max);
    }
}

/// <summary>Runs the dotnet CLI as a child process and captures what it prints.</summary>
public static class DotnetCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    // Variables that the test host may inherit from the `dotnet test` that started it. They point a child MSBuild at
    // the parent's MSBuild instead of letting the child's own SDK resolution decide.
    private static readonly string[] s_inheritedMSBuildVariables =
    [
        "MSBUILD_EXE_PATH",
        "MSBuildExtensionsPath",
        "MSBuildSDKsPath",
        "MSBuildLoadMicrosoftTargetsReadOnly",
        "MSBUILDNOINPROCNODE",
    ];

    /// <summary>The dotnet executable that runs the tests, else the one on PATH.</summary>
    public static string Executable
    {
        get
        {
            var hostPath = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            return !string.IsNullOrEmpty(hostPath) && File.Exists(hostPath) ? hostPath : "dotnet";
        }
    }

    /// <summary>
    /// Runs <c>dotnet</c> with <paramref name="arguments"/> in <paramref name="workingDirectory"/>. Variables in
    /// <paramref name="environment"/> are added (a null value removes one). The process is killed, and the test fails,
    /// after <paramref name="timeout"/> (10 minutes when null).
    /// </summary>
    public static async Task<CliResult> RunAsync(
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        TimeSpan? timeout = null)
    {
        var startInfo = new ProcessStartInfo(Executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            CreateNoWindow = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        foreach (var name in s_inheritedMSBuildVariables)
        {
            startInfo.Environment.Remove(name);
        }

        startInfo.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        startInfo.Environment["DOTNET_NOLOGO"] = "1";
        startInfo.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        // No MSBuild node outlives the command: a node left behind would hold files (and our output pipes) open.
        startInfo.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        startInfo.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        if (environment is not null)
        {
            foreach (var (name, value) in environment)
            {
                if (value is null)
                {
                    startInfo.Environment.Remove(name);
                }
                else
                {
                    startInfo.Environment[name] = value;
                }
            }
        }

        var commandLine = "dotnet " + string.Join(" ", startInfo.ArgumentList.Select(Quote));
        var stdout = new StringBuilder();
        var stderr = new StringBuilder();
        var stdoutClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stderrClosed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stopwatch = Stopwatch.StartNew();

        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => Append(stdout, stdoutClosed, e.Data);
        process.ErrorDataReceived += (_, e) => Append(stderr, stderrClosed, e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start " + commandLine);
        }

        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cancellation = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(cancellation.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It ended meanwhile.
            }

            Assert.Fail($"Timed out after {(timeout ?? DefaultTimeout).TotalMinutes} minutes." + Environment.NewLine
                + new CliResult(commandLine, -1, Read(stdout), Read(stderr), stopwatch.Elapsed).Describe());
        }

        // A grandchild that inherited the pipes (a compiler server, say) may keep them open after the command ends:
        // wait a little for the rest of the output, not for that process.
        await Task.WhenAny(Task.WhenAll(stdoutClosed.Task, stderrClosed.Task), Task.Delay(TimeSpan.FromSeconds(5))).ConfigureAwait(false);
        return new CliResult(commandLine, process.ExitCode, Read(stdout), Read(stderr), stopwatch.Elapsed);
    }

    private static void Append(StringBuilder buffer, TaskCompletionSource closed, string? line)
    {
        if (line is null)
        {
            closed.TrySetResult();
            return;
        }

        lock (buffer)
        {
            buffer.AppendLine(line);
        }
    }

    private static string Read(StringBuilder buffer)
    {
        lock (buffer)
        {
            return buffer.ToString();
        }
    }

    private static string Quote(string argument) =>
        argument.Length > 0 && argument.IndexOfAny([' ', '"', '\'']) < 0 ? argument : "\"" + argument.Replace("\"", "\\\"") + "\"";

    /// <summary>
    /// The <c>-p:ErrorLog=</c> argument that makes the compiler write a SARIF 2.1 log to <paramref name="sarifPath"/>.
    /// The value is <c>path,version=2.1</c>; MSBuild splits <c>-p:</c> values at commas and semicolons, so the comma is
    /// written escaped (%2C), and MSBuild unescapes it before passing the value to the compiler.
    /// </summary>
    public static string ErrorLogArgument(string sarifPath)
    {
        if (sarifPath.IndexOfAny([',', ';', '%']) >= 0)
        {
            throw new ArgumentException("The SARIF path must not contain ',', ';' or '%': " + sarifPath, nameof(sarifPath));
        }

        return "-p:ErrorLog=" + sarifPath + "%2Cversion=2.1";
    }
}

/// <summary>A folder under the system temp folder, deleted (best effort) on dispose.</summary>
public sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), prefix + "-" + Guid.NewGuid().ToString("N").Substring(0, 12));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public void Dispose() => TryDelete(Path);

    public static void TryDelete(string path)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            try
            {
                if (Directory.Exists(path))
                {
                    Directory.Delete(path, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}

/// <summary>One result of a SARIF log.</summary>
/// <param name="RuleId">The diagnostic ID.</param>
/// <param name="Level">As MSBuild prints it: error, warning, info or hidden.</param>
/// <param name="FilePath">The full path of the file the result is in.</param>
/// <param name="Line">1-based line of the start.</param>
/// <param name="Column">1-based column of the start.</param>
public sealed record SarifResult(string RuleId, string Level, string FilePath, int Line, int Column)
{
    /// <summary><c>File.cs(12,34): warning LAMI006</c>, with the path relative to <paramref name="baseDirectory"/> and '/' separators.</summary>
    public string Format(string baseDirectory)
    {
        var relative = System.IO.Path.GetRelativePath(baseDirectory, FilePath).Replace('\\', '/');
        return $"{relative}({Line},{Column}): {Level} {RuleId}";
    }
}

/// <summary>Reads the results of a SARIF 2.1 log written by the C# compiler (<c>-errorlog:path,version=2.1</c>).</summary>
public static class SarifLog
{
    /// <summary>Results that are not suppressed (suppressed ones are in the log but not in the build output).</summary>
    public static IReadOnlyList<SarifResult> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var results = new List<SarifResult>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        {
            if (!run.TryGetProperty("results", out var runResults))
            {
                continue;
            }

            foreach (var result in runResults.EnumerateArray())
            {
                if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
                {
                    continue;
                }

                var ruleId = result.GetProperty("ruleId").GetString() ?? "";
                var level = result.TryGetProperty("level", out var levelElement) ? levelElement.GetString() : null;
                if (!result.TryGetProperty("locations", out var locations) || locations.GetArrayLength() == 0)
                {
                    results.Add(new SarifResult(ruleId, MapLevel(level), "", 0, 0));
                    continue;
                }

                var physical = locations[0].GetProperty("physicalLocation");
                var uri = physical.GetProperty("artifactLocation").GetProperty("uri").GetString() ?? "";
                var region = physical.GetProperty("region");
                results.Add(new SarifResult(
                    ruleId,
                    MapLevel(level),
                    ToPath(uri, System.IO.Path.GetDirectoryName(path)!),
                    region.GetProperty("startLine").GetInt32(),
                    region.TryGetProperty("startColumn", out var column) ? column.GetInt32() : 1));
            }
        }

        return results;
    }

    // SARIF's default level is "warning"; MSBuild says "info" where SARIF says "note".
    private static string MapLevel(string? level) => level switch
    {
        null => "warning",
        "note" => "info",
        "none" => "hidden",
        _ => level,
    };

    private static string ToPath(string uri, string logDirectory)
    {
        if (Uri.TryCreate(uri, UriKind.Absolute, out var absolute) && absolute.IsFile)
        {
            return absolute.LocalPath;
        }

        return System.IO.Path.GetFullPath(Uri.UnescapeDataString(uri), logDirectory);
    }
}
