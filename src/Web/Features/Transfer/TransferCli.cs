using System.Text;
using Mediator;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Graph.Transfer;

namespace SalesOps.Web.Features.Transfer;

/// <summary>
/// <c>export</c>, <c>import</c> and <c>export-cypher</c> on the command line: the app's services and
/// configuration (SALESOPS_STORE, SALESOPS_DATA, SALESOPS_NEO4J_* …) without the web server. Data goes to
/// the file or stdout, messages to stderr. Exit codes: 0 done, 1 the store, the document or a file
/// refused, 2 wrong usage or configuration.
/// </summary>
public static class TransferCli
{
    public const string Usage = """
        usage: SalesOps.Web export        [--account ID] [--out FILE]   the export document (JSON), all accounts or one
               SalesOps.Web export-cypher [--account ID] [--out FILE]   the same accounts as a Cypher script
               SalesOps.Web import FILE [--replace]                     import a document (FILE '-' reads stdin);
                                                                        --replace overwrites accounts with the same id
        Without --out the output goes to stdout. The store is the app's: SALESOPS_STORE, SALESOPS_DATA, SALESOPS_NEO4J_*.
        """;

    private static readonly string[] Verbs = ["export", "export-cypher", "import"];

    public static bool Handles(string[] args) => args is [var verb, ..] && Verbs.Contains(verb, StringComparer.Ordinal);

    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        CliCommand command;
        try
        {
            command = CliCommand.Parse(args);
        }
        catch (ArgumentException ex)
        {
            await Console.Error.WriteLineAsync($"salesops {args[0]}: {ex.Message}\n{Usage}");
            return 2;
        }
        if (command.Help)
        {
            await Console.Out.WriteLineAsync(Usage);
            return 0;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
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
            await Console.Error.WriteLineAsync($"salesops {command.Verb}: configuration: {ex.Message}");
            return 2;
        }
        await using (app)
        {
            try
            {
                await app.Services.GetRequiredService<IGraphStore>().InitializeAsync(cancel.Token);
                var message = await RunAsync(command, app.Services.GetRequiredService<IMediator>(), cancel.Token);
                await Console.Error.WriteLineAsync(message);
                return 0;
            }
            catch (GraphException ex)
            {
                await Console.Error.WriteLineAsync($"salesops {command.Verb}: {ex.Message}");
                return 1;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync($"salesops {command.Verb}: {ex.Message}");
                return 1;
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                await Console.Error.WriteLineAsync($"salesops {command.Verb}: cancelled.");
                return 1;
            }
        }
    }

    private static async Task<string> RunAsync(CliCommand c, IMediator m, CancellationToken ct)
    {
        switch (c.Verb)
        {
            case "export":
                var document = await m.Send(new ExportAccounts(c.Account), ct);
                await WriteAsync(c.Out, TransferJson.Write(document), ct);
                return $"Exported {Count(document.Accounts.Count)}{Where(c.Out)}.";
            case "export-cypher":
                var script = await m.Send(new ExportCypher(c.Account), ct);
                await WriteAsync(c.Out, Encoding.UTF8.GetBytes(script), ct);
                return $"Wrote the Cypher script{Where(c.Out)}.";
            default:
                ExportDocument read;
                if (c.File == "-")
                {
                    await using var stdin = Console.OpenStandardInput();
                    read = await TransferJson.ReadAsync(stdin, ct);
                }
                else
                {
                    await using var file = File.OpenRead(c.File!);
                    read = await TransferJson.ReadAsync(file, ct);
                }
                var result = await m.Send(new ImportAccounts(read, c.Replace), ct);
                return $"Imported {Count(result.Imported.Count)}" +
                       (result.Replaced.Count > 0 ? $" ({result.Replaced.Count} replaced)" : "") +
                       (result.Imported.Count > 0 ? ": " + string.Join(", ", result.Imported) : "") + ".";
        }
    }

    private static async Task WriteAsync(string? path, byte[] bytes, CancellationToken ct)
    {
        if (path is null)
        {
            await using var stdout = Console.OpenStandardOutput();
            await stdout.WriteAsync(bytes, ct);
            return;
        }
        await File.WriteAllBytesAsync(path, bytes, ct);
    }

    private static string Count(int n) => n == 1 ? "1 account" : $"{n} accounts";

    private static string Where(string? path) => path is null ? "" : $" to {Path.GetFullPath(path)}";
}

/// <summary>The parsed command line; wrong usage is an ArgumentException with the reason.</summary>
internal sealed record CliCommand(string Verb, string? Account, string? Out, string? File, bool Replace, bool Help)
{
    public static CliCommand Parse(string[] args)
    {
        var verb = args[0];
        string? account = null, output = null, file = null;
        var replace = false;
        for (var i = 1; i < args.Length; i++)
        {
            var arg = args[i];
            var (name, inline) = arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is > 2 and var eq
                ? (arg[..eq], arg[(eq + 1)..])
                : (arg, null);
            string Value() => inline ?? (i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
                ? args[++i]
                : throw new ArgumentException($"{name} needs a value."));
            switch (name)
            {
                case "-h" or "--help": return new(verb, null, null, null, false, Help: true);
                case "--account" when verb != "import": account = Value(); break;
                case "--out" when verb != "import": output = Value(); break;
                case "--replace" when verb == "import" && inline is null: replace = true; break;
                case var option when option.StartsWith('-') && option != "-": throw new ArgumentException($"unknown option '{arg}'.");
                default:
                    if (verb != "import" || file is not null) throw new ArgumentException($"unexpected argument '{arg}'.");
                    file = arg;
                    break;
            }
        }
        if (verb == "import" && file is null) throw new ArgumentException("which file? Give the document to import (or '-' for stdin).");
        if (account is { Length: 0 } || output is { Length: 0 }) throw new ArgumentException("an option's value is empty.");
        return new(verb, account, output, file, replace, Help: false);
    }
}
