using System.CommandLine;
using System.Text;
using Mediator;
using SalesOps.Graph.Transfer;
using SalesOps.Web.Cli;

namespace SalesOps.Web.Features.Transfer;

/// <summary><c>export</c>, <c>export-cypher</c> and <c>import</c> on the command line, through the same messages as the API.</summary>
public static class TransferVerbs
{
    /// <summary>The document to import; named here so wrong usage can be explained in our words.</summary>
    public static readonly Argument<string> ImportFile = new("file") { Description = "The export document to import; '-' reads stdin." };

    public static IEnumerable<Command> Commands()
    {
        yield return Export("export", "The export document (JSON) of all accounts or one.", async (m, account, ct) =>
        {
            var document = await m.Send(new ExportAccounts(account), ct);
            return (TransferJson.Write(document), document.Accounts.Count);
        }, (count, path) => $"Exported {CliHost.Count(count)}{CliHost.Where(path)}.");
        yield return Export("export-cypher", "The same accounts as a Cypher script for a Neo4j of one's own.", async (m, account, ct) =>
            (Encoding.UTF8.GetBytes(await m.Send(new ExportCypher(account), ct)), 0), (_, path) => $"Wrote the Cypher script{CliHost.Where(path)}.");

        var replace = new Option<bool>("--replace") { Description = "Overwrite accounts that have the same id." };
        var import = new Command("import", "Imports an export document into the store.") { ImportFile, replace };
        import.SetAction((parsed, ct) => CliHost.RunAsync("import", async (services, token) =>
        {
            var file = parsed.GetValue(ImportFile)!;
            ExportDocument read;
            await using (var stream = file == "-" ? Console.OpenStandardInput() : File.OpenRead(file))
                read = await TransferJson.ReadAsync(stream, token);
            var result = await services.GetRequiredService<IMediator>().Send(new ImportAccounts(read, parsed.GetValue(replace)), token);
            return $"Imported {CliHost.Count(result.Imported.Count)}" +
                   (result.Replaced.Count > 0 ? $" ({result.Replaced.Count} replaced)" : "") +
                   (result.Imported.Count > 0 ? ": " + string.Join(", ", result.Imported) : "") + ".";
        }, ct));
        yield return import;
    }

    private static Command Export(string name, string description, Func<IMediator, string?, CancellationToken, Task<(byte[] Bytes, int Count)>> export,
        Func<int, string?, string> done)
    {
        var account = new Option<string>("--account") { Description = "One account's id; all accounts without it.", HelpName = "id" };
        var output = new Option<string>("--out") { Description = "The file to write; stdout without it.", HelpName = "file" };
        foreach (var option in new[] { account, output })
            option.Validators.Add(r => { if (r.GetValueOrDefault<string>() is { } v && string.IsNullOrWhiteSpace(v)) r.AddError("an option's value is empty."); });
        var command = new Command(name, description) { account, output };
        command.SetAction((parsed, ct) => CliHost.RunAsync(name, async (services, token) =>
        {
            var (bytes, count) = await export(services.GetRequiredService<IMediator>(), Blank(parsed.GetValue(account)), token);
            var path = Blank(parsed.GetValue(output));
            await CliHost.WriteAsync(path, bytes, token);
            return done(count, path);
        }, ct));
        return command;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
