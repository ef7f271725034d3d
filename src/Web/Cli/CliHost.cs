using SalesOps.Graph.Model;
using SalesOps.Graph.Store;

namespace SalesOps.Web.Cli;

/// <summary>
/// Runs one command's work with the app's services and configuration, without the web server: the store is
/// migrated first (an empty store is not seeded with demo data), the work's last word goes to stderr, and
/// every failure becomes its exit code and one line on stderr.
/// </summary>
public static class CliHost
{
    public static async Task<int> RunAsync(string verb, Func<IServiceProvider, CancellationToken, Task<string>> work, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(work);
        WebApplication app;
        try
        {
            var builder = WebApplication.CreateBuilder();
            builder.Logging.ClearProviders(); // stdout may carry the export itself
            builder.AddSalesOps();
            app = builder.Build();
            _ = app.Services.GetRequiredService<IGraphStore>();
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"salesops {verb}: configuration: {ex.Message}");
            return Cli.Usage;
        }
        await using (app)
        {
            try
            {
                await app.Services.GetRequiredService<IGraphStore>().InitializeAsync(ct);
                // The command line runs with the machine's rights: whoever can run it can read the store anyway.
                await using var scope = app.Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<Access.CurrentUser>().Set(Access.Caller.Machine);
                await Console.Error.WriteLineAsync(await work(scope.ServiceProvider, ct));
                return Cli.Done;
            }
            catch (GraphException ex)
            {
                await Console.Error.WriteLineAsync($"salesops {verb}: {ex.Message}");
                return Cli.Refused;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"salesops {verb}: {ex.Message}");
                return Cli.Refused;
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync($"salesops {verb}: cancelled; nothing more was written.");
                return Cli.Refused;
            }
        }
    }

    /// <summary>Writes to the file, or to stdout without one.</summary>
    public static async Task WriteAsync(string? path, byte[] bytes, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (path is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(bytes, ct);
            return;
        }
        await File.WriteAllBytesAsync(path, bytes, ct);
    }

    public static string Count(int n, string one = "account", string many = "accounts") => n == 1 ? $"1 {one}" : $"{n} {many}";

    public static string Where(string? path) => path is null ? "" : $" to {Path.GetFullPath(path)}";
}
