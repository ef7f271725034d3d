using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Faults;

/// <summary>
/// The real app in a process of its own, killed with SIGKILL while eight clients write to one account:
/// every change it acknowledged is in the database afterwards, and SQLite finds the file sound.
/// </summary>
public sealed class KillTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private Process? _app;

    private string Data => Path.Combine(_dir.Path, "data");

    [Fact]
    public async Task Killing_the_app_during_eight_concurrent_writers_loses_no_acknowledged_change()
    {
        (await CliProcess.RunAsync(_dir.Path, Data, "users", "add", "admin@kill.example", "--role", "Admin")).Code.ShouldBe(0);
        var created = await CliProcess.RunAsync(_dir.Path, Data, "token", "create", "--user", "admin@kill.example", "--scope", "write");
        created.Code.ShouldBe(0, created.Err);
        var token = created.Out.Split('\n')[0].Trim();
        var port = Ports.Free();
        var app = StartServer(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await Eventually.ThatAsync(async () => await Answers(http), ok => ok, "the app answers");
        var account = (string)(await (await http.PostAsJsonAsync("/api/accounts", new { name = "Kill AG" })).Content.ReadFromJsonAsync<JsonNode>())!["id"]!;

        var acknowledged = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                try
                {
                    using var response = await http.PostAsJsonAsync($"/api/accounts/{account}/nodes", new { kind = "Person", name = $"Writer {w} #{i}" });
                    if (response.StatusCode == HttpStatusCode.Created)
                        acknowledged.Add((string)(await response.Content.ReadFromJsonAsync<JsonNode>())!["id"]!);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException or TaskCanceledException)
                {
                    return; // the app is gone
                }
            }
        })).ToList();
        // Kill once the writers are well under way: by count, not by a sleep.
        await Eventually.ThatAsync(() => Task.FromResult(acknowledged.Count), n => n >= 80, "80 acknowledged writes");
        app.Kill(); // SIGKILL: no shutdown, no flush
        await app.WaitForExitAsync();
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        var store = new SqliteStore(Path.Combine(Data, "salesops.db"));
        await store.InitializeAsync(default);
        var stored = (await store.GetMapAsync(account, default))!.Nodes.Select(n => n.Id).ToHashSet();
        acknowledged.Where(id => !stored.Contains(id)).ShouldBeEmpty();
        await using var sqlite = new SqliteConnection($"Data Source={Path.Combine(Data, "salesops.db")};Pooling=False");
        await sqlite.OpenAsync();
        await using var check = sqlite.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        ((string?)await check.ExecuteScalarAsync()).ShouldBe("ok");
    }

    private Process StartServer(int port)
    {
        var start = AppStart.Info(_dir.Path);
        start.Environment["SALESOPS_DATA"] = Data;
        start.Environment["SALESOPS_SEED"] = "false";
        start.Environment["urls"] = $"http://127.0.0.1:{port}";
        var process = _app = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<bool> Answers(HttpClient http)
    {
        try { return (await http.GetAsync("/health")).IsSuccessStatusCode; }
        catch (HttpRequestException) { return false; }
    }

    public void Dispose()
    {
        // A failed assertion must not leave the app running.
        if (_app is { HasExited: false }) _app.Kill();
        _app?.Dispose();
        _dir.Dispose();
    }
}
