using System.Net;
using System.Text;
using SalesOps.Graph.Model;
using SalesOps.Graph.Transfer;
using SalesOps.Tests.Support;
using Limit = SalesOps.Graph.Model.Limits;

namespace SalesOps.Tests.Web.Faults;

/// <summary>
/// The participants and position-history limits hold however the data comes: an edge at a time through
/// the API, or a whole document through the API's import and the command line. Each refusal names the limit.
/// </summary>
public sealed class ImportLimitsTests : AppTest
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Fact]
    public async Task One_attendance_edge_past_the_participants_limit_is_refused_naming_it()
    {
        var (_, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Crowded Edges AG");
        var meeting = await api.AddNodeAsync(account, new { kind = "Meeting", name = "All hands", date = "2026-03-02" });
        for (var i = 0; i < Limit.ParticipantsPerMeeting; i++)
            await api.ConnectAsync(account, new { type = "ATTENDED", from = await api.AddNodeAsync(account, new { kind = "Person", name = $"Person {i}" }), to = meeting });
        var late = await api.AddNodeAsync(account, new { kind = "Person", name = "Late Comer" });

        var (status, body) = await api.SendAsync(HttpMethod.Post, $"/api/accounts/{account}/edges", new { type = "ATTENDED", from = late, to = meeting });

        (status, (string?)body!["field"]).ShouldBe((HttpStatusCode.BadRequest, "limit:participantsPerMeeting"));
        ((string)body["detail"]!).ShouldContain($"at most {Limit.ParticipantsPerMeeting} participants");
        (await api.GetAsync($"/api/accounts/{account}/map"))["edges"]!.AsArray().Count.ShouldBe(Limit.ParticipantsPerMeeting);
    }

    [Fact]
    public async Task An_imported_meeting_past_the_participants_limit_is_a_400_naming_it_in_the_API_and_the_command_line()
    {
        var (_, _, api) = StartApp(seed: false);
        var document = Encoding.UTF8.GetString(TransferJson.Write(ExportDocument.Of([Crowded(Limit.ParticipantsPerMeeting + 1)])));
        var file = Path.Combine(Dir.Path, "crowded.json");
        await File.WriteAllTextAsync(file, document);

        var (status, body) = await api.SendAsync(HttpMethod.Post, "/api/import", document);
        var cli = await CliProcess.RunAsync(Dir.Path, Path.Combine(Dir.Path, "cli"), "import", file);

        (status, (string?)body!["field"]).ShouldBe((HttpStatusCode.BadRequest, $"accounts[0].edges[{Limit.ParticipantsPerMeeting}].limit:participantsPerMeeting"));
        ((string)body["detail"]!).ShouldContain($"at most {Limit.ParticipantsPerMeeting} participants");
        (await api.GetAsync("/api/accounts")).AsArray().ShouldBeEmpty();
        cli.Code.ShouldBe(1, cli.Err);
        cli.Err.ShouldContain($"at most {Limit.ParticipantsPerMeeting} participants");
    }

    [Fact]
    public async Task A_meeting_at_the_participants_limit_imports()
    {
        var (_, _, api) = StartApp(seed: false);
        var document = Encoding.UTF8.GetString(TransferJson.Write(ExportDocument.Of([Crowded(Limit.ParticipantsPerMeeting)])));

        var (status, body) = await api.SendAsync(HttpMethod.Post, "/api/import", document);

        status.ShouldBe(HttpStatusCode.OK, body?.ToJsonString());
    }

    [Fact]
    public async Task An_imported_position_history_past_the_limit_is_a_400_naming_it()
    {
        var (_, _, api) = StartApp(seed: false);
        var account = AccountRules.Create(new AccountDraft { Name = "Long Memory SA" }, "acc-memory") with
        {
            History = [.. Enumerable.Range(0, Limit.HistoryEntriesPerAccount + 1).Select(i => new PositionChange(new DateOnly(1990, 1, 1).AddDays(i), SupplierPosition.Listed, 10))],
        };
        var document = Encoding.UTF8.GetString(TransferJson.Write(ExportDocument.Of([new AccountMap(account, [], [])])));

        var (status, body) = await api.SendAsync(HttpMethod.Post, "/api/import", document);

        (status, (string?)body!["field"]).ShouldBe((HttpStatusCode.BadRequest, "accounts[0].account.limit:historyEntriesPerAccount"));
        ((string)body["detail"]!).ShouldContain("at most 10,000 entries of position history");
        (await api.GetAsync("/api/accounts")).AsArray().ShouldBeEmpty();
    }

    [Fact]
    public void An_edit_that_would_add_a_history_entry_past_the_limit_is_refused_naming_it()
    {
        var account = AccountRules.Create(new AccountDraft { Name = "Long Memory SA" }, "acc-memory") with
        {
            History = [.. Enumerable.Range(0, Limit.HistoryEntriesPerAccount).Select(i => new PositionChange(new DateOnly(1990, 1, 1).AddDays(i), SupplierPosition.Listed, 10))],
        };

        var error = Should.Throw<GraphException>(() => AccountRules.Update(new AccountMap(account, [], []), new AccountPatch { Position = SupplierPosition.Active, AsOf = Today }));

        (error.Error, error.Field).ShouldBe((GraphError.Invalid, "limit:historyEntriesPerAccount"));
    }

    /// <summary>A meeting and as many people who attended it.</summary>
    private static AccountMap Crowded(int participants)
    {
        var account = AccountRules.Create(new AccountDraft { Name = "Crowded Import AG" }, "acc-crowded");
        var meeting = new Node { Id = "m-all", Kind = NodeKind.Meeting, Name = "All hands", Date = new DateOnly(2026, 3, 2) };
        var people = Enumerable.Range(0, participants).Select(i => new Node { Id = $"p-{i}", Kind = NodeKind.Person, Name = $"Person {i}" }).ToList();
        var edges = people.Select(p => new Edge { Id = $"e-{p.Id}", Type = EdgeType.ATTENDED, From = p.Id, To = meeting.Id }).ToList();
        return new AccountMap(account, [meeting, .. people], edges);
    }
}
