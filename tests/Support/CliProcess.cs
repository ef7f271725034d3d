using System.Diagnostics;
using System.Text;

namespace SalesOps.Tests.Support;

/// <summary>The app's real entry point as a child process: the built SalesOps.Web.dll run with `dotnet`, its own data folder.</summary>
public static class CliProcess
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string workingDirectory, string data, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SalesOps.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // Only this test's settings: a SALESOPS_STORE of the machine must not send the child elsewhere.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("SALESOPS_", StringComparison.Ordinal)).ToList()) start.Environment.Remove(key);
        start.Environment["SALESOPS_DATA"] = data;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
