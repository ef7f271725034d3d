using System.Text.Json.Nodes;
using SalesOps.Graph.Model;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;
using Limit = SalesOps.Graph.Model.Limits;

namespace SalesOps.Tests.Web.Faults;

/// <summary>The command line's import holds the same limits as the API: refused with words that name the limit, nothing written.</summary>
public sealed class CliLimitsTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Data => Path.Combine(_dir.Path, "cli");

    [Fact]
    public async Task An_import_file_past_the_size_limit_is_refused_naming_it_and_nothing_is_written()
    {
        var file = Path.Combine(_dir.Path, "huge.json");
        await using (var stream = File.Create(file))
        {
            // A valid start, then spaces: the size alone is what is wrong.
            stream.Write("{\"format\":\"salesops.export\""u8);
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var left = Limit.ImportDocumentBytes + 1 - stream.Length; left > 0; left -= spaces.Length)
                stream.Write(spaces, 0, (int)Math.Min(left, spaces.Length));
        }

        var cli = await CliProcess.RunAsync(_dir.Path, Data, "import", file);

        cli.Code.ShouldBe(1, cli.Err);
        cli.Err.ShouldContain("at most 64 MiB");
        await NothingWrittenAsync();
    }

    [Fact]
    public async Task An_import_file_past_the_people_limit_is_refused_naming_it_and_nothing_is_written()
    {
        var account = AccountRules.Create(new AccountDraft { Name = "Huge SA" }, "acc-huge");
        var map = new AccountMap(account, [.. Enumerable.Range(0, Limit.NodesPerAccount + 1).Select(i => new Node { Id = $"p-{i}", Kind = NodeKind.Person, Name = $"P {i}" })], []);
        var file = Path.Combine(_dir.Path, "crowded.json");
        await File.WriteAllBytesAsync(file, TransferJson.Write(ExportDocument.Of([map])));

        var cli = await CliProcess.RunAsync(_dir.Path, Data, "import", file);

        cli.Code.ShouldBe(1, cli.Err);
        cli.Err.ShouldContain("at most 30,000 nodes");
        await NothingWrittenAsync();
    }

    public void Dispose() => _dir.Dispose();

    /// <summary>The CLI's own export of the same data folder has no account.</summary>
    private async Task NothingWrittenAsync()
    {
        var export = await CliProcess.RunAsync(_dir.Path, Data, "export");
        export.Code.ShouldBe(0, export.Err);
        JsonNode.Parse(export.Out)!["accounts"]!.AsArray().ShouldBeEmpty(export.Out);
    }
}
