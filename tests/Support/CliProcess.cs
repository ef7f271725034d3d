using System.Diagnostics;
using System.Text;

namespace SalesOps.Tests.Support;

/// <summary>The app's real entry point as a child process: the built SalesOps.Web.dll run with `dotnet`, its own data folder.</summary>
public static class CliProcess
{
    public static async Task<(int Code, string Out, string Err)> RunAsync(string workingDirectory, string data, params string[] args)
    {
        var start = AppStart.Info(workingDirectory, args);
        start.StandardOutputEncoding = Encoding.UTF8;
        start.StandardErrorEncoding = Encoding.UTF8;
        start.Environment["SALESOPS_DATA"] = data;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }
}
