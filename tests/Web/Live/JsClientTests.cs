using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;

namespace SalesOps.Tests.Web.Live;

/// <summary>
/// The hub from JavaScript, with the official @microsoft/signalr package under Node.js: proves
/// the contract is usable outside .NET (names, camelCase, enums as strings, errors).
/// </summary>
public sealed class JsClientTests(LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly string Folder = Path.Combine(RepoRoot(), "tests", "Web", "Live", "js");

    [Fact]
    public async Task A_JavaScript_client_joins_a_map_and_receives_MapChanged()
    {
        await EnsurePackagesAsync();
        var account = await app.Api.CreateAccountAsync("Script Client SA");
        var function = await app.Api.AddNodeAsync(account, new { kind = "Function", name = "Engineering", involvement = "Indirect" });
        var lines = new BlockingCollection<string>();
        using var node = Start(["node", "client.mjs", app.Uri.ToString(), account, "1"], ("SALESOPS_TOKEN", app.Factory.AdminToken));
        node.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Add(e.Data); };
        node.BeginOutputReadLine();
        var errors = node.StandardError.ReadToEndAsync();

        var refused = Parse(lines, "unknownAccountError");
        var joined = Parse(lines, "joined");
        var person = await app.Api.AddNodeAsync(account, new { kind = "Person", name = "Jon Ortiz", level = "Manager", roles = new[] { "TechnicalEvaluator" }, functionId = function });
        var created = await app.Api.GetAsync($"/api/accounts/{account}/map");
        var message = Parse(lines, "mapChanged");
        await node.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));

        (node.ExitCode, await errors).ShouldBe((0, ""));
        ((string)refused!).ShouldContain("There is no account 'no-such-account'");
        ((long)joined!["joined"]!).ShouldBe(2);
        ((long)message!["version"]!, (string)message["accountId"]!).ShouldBe((3, account));
        ((string)message["change"]!["summary"]!).ShouldBe("node put, edge put");
        var put = message["change"]!["ops"]!.AsArray().Single(o => (string)o!["op"]! == "putNode")!["node"]!;
        var shown = created["nodes"]!.AsArray().Single(n => (string)n!["id"]! == person);
        JsonNode.DeepEquals(put, shown).ShouldBeTrue($"js: {put.ToJsonString()}\napi: {shown!.ToJsonString()}");
        ((string)put["roles"]![0]!).ShouldBe("TechnicalEvaluator");
    }

    /// <summary>The next stdout line carrying <paramref name="key"/> (30 s at most).</summary>
    private static JsonNode? Parse(BlockingCollection<string> lines, string key)
    {
        while (lines.TryTake(out var line, TimeSpan.FromSeconds(30)))
        {
            var json = JsonNode.Parse(line);
            if (json?[key] is { } value) return key == "joined" ? json : value;
        }
        throw new TimeoutException($"The JS client printed no '{key}' line within 30 s.");
    }

    /// <summary>Installs the committed package-lock.json's packages once (npm ci), when node_modules is missing.</summary>
    private static async Task EnsurePackagesAsync()
    {
        if (Directory.Exists(Path.Combine(Folder, "node_modules", "@microsoft", "signalr"))) return;
        using var npm = Start(["npm", "ci"]);
        var output = npm.StandardOutput.ReadToEndAsync();
        var errors = npm.StandardError.ReadToEndAsync();
        await npm.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        npm.ExitCode.ShouldBe(0, $"npm ci failed in {Folder}: {await output}{await errors}");
    }

    private static Process Start(string[] command, params (string Name, string Value)[] environment)
    {
        var program = command[0];
        var info = new ProcessStartInfo(program) { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in command.Skip(1)) info.ArgumentList.Add(a);
        foreach (var (name, value) in environment) info.Environment[name] = value;
        try
        {
            return Process.Start(info)!;
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"{program} not installed: run ./test.sh", ex);
        }
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "SalesOps.sln"))) return dir.FullName;
        throw new InvalidOperationException("SalesOps.sln not found above the test binaries.");
    }
}
