using System.Diagnostics;

namespace SalesOps.Tests.Support;

/// <summary>How a test starts the app's real entry point as a child process: the built SalesOps.Web.dll run with `dotnet`.</summary>
public static class AppStart
{
    /// <summary>
    /// The child sees only the settings its test gives it: every SalesOps setting of this process goes, in either
    /// form (SALESOPS_STORE, or SalesOps__Store for the SalesOps:Store key), whether the machine's shell set it or
    /// a test running beside this one did for a moment (AppFactoryPinTests sets both forms to neo4j).
    /// </summary>
    public static ProcessStartInfo Info(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "SalesOps.Web.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("SALESOPS_", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(key);
        return start;
    }
}
