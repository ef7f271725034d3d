using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store.Sqlite;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Faults;

/// <summary>
/// SQLite failing for reasons of its own (busy, locked, disk full, I/O) is the store being unavailable
/// for a moment: 503 with Retry-After and the reason, never a 500; nothing is written.
/// </summary>
public sealed class SqliteFaultTests : AppTest
{
    /// <summary>The app waits this long for SQLite's write lock before it says the store is busy.</summary>
    public static readonly Dictionary<string, string?> ShortBusyTimeout = new() { ["SALESOPS_SQLITE_BUSY_TIMEOUT"] = "1" };

    [Fact]
    public async Task A_write_while_another_process_holds_the_database_is_a_503_with_Retry_After_and_goes_through_once_it_is_free()
    {
        var (_, _, api) = StartApp(seed: false, ShortBusyTimeout);
        var account = await api.CreateAccountAsync("Busy Disk AG");
        var person = await api.AddNodeAsync(account, new { kind = "Person", name = "Ada Stein" });

        HttpResponseMessage busy;
        await using (var holder = await HoldWriteLockAsync(Path.Combine(Dir.Path, "salesops.db")))
        {
            busy = await api.Http.PatchAsJsonAsync($"/api/accounts/{account}/nodes/{person}", new { title = "Plant manager" });
        }

        busy.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        busy.Headers.RetryAfter.ShouldNotBeNull().Delta.ShouldNotBeNull().TotalSeconds.ShouldBeGreaterThan(0);
        busy.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = JsonNode.Parse(await busy.Content.ReadAsStringAsync())!;
        ((string)problem["error"]!).ShouldBe("Unavailable");
        ((string)problem["detail"]!).ShouldContain("busy");
        var node = await api.OkAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{person}", new { title = "Plant manager" });
        ((string)node["title"]!).ShouldBe("Plant manager");
        ((long)node["version"]!).ShouldBe(3, "the refused write left nothing behind");
    }

    [Theory]
    [InlineData(5, "busy")]        // SQLITE_BUSY
    [InlineData(6, "busy")]        // SQLITE_LOCKED
    [InlineData(13, "full")]       // SQLITE_FULL
    [InlineData(10, "I/O")]        // SQLITE_IOERR
    [InlineData(522, "I/O")]       // SQLITE_IOERR_SHORT_READ (an extended code)
    [InlineData(8, "read-only")]   // SQLITE_READONLY
    [InlineData(11, "damaged")]    // SQLITE_CORRUPT
    public void SQLite_faults_become_an_unavailable_store_with_a_reason_and_a_time_to_retry(int code, string reason)
    {
        var fault = SqliteFaults.Translate(new SqliteException($"SQLite Error {code}", code), "/data/salesops.db");

        fault.Error.ShouldBe(GraphError.Unavailable);
        fault.Message.ShouldContain(reason);
        fault.RetryAfter.ShouldNotBeNull().ShouldBeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public void A_constraint_failure_stays_a_conflict() =>
        SqliteFaults.Translate(new SqliteException("UNIQUE constraint failed", 19), "x.db").Error.ShouldBe(GraphError.Conflict);

    /// <summary>Another process's write transaction on the app's file, as a second app or a backup tool would hold it.</summary>
    public static async Task<SqliteConnection> HoldWriteLockAsync(string path)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        await c.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "BEGIN IMMEDIATE; UPDATE accounts SET name = name;";
        await cmd.ExecuteNonQueryAsync();
        return c;
    }
}
