using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace SalesOps.Tests.Web.Access;

/// <summary>The hub's methods, called by everyone in the matrix over a connection of their own.</summary>
public sealed partial class AccessMatrixTests
{
    /// <summary>How to call each hub method with the demo account.</summary>
    private IReadOnlyDictionary<string, Func<HubConnection, Task>> Calls() => new Dictionary<string, Func<HubConnection, Task>>
    {
        ["JoinMap"] = c => c.InvokeAsync<long>("JoinMap", world.Account),
        ["LeaveMap"] = c => c.InvokeAsync("LeaveMap", world.Account),
        ["ChangesSince"] = c => c.InvokeAsync<object?>("ChangesSince", world.Account, 0L),
    };

    private HubConnection Connection(Who who)
    {
        var visitor = world.VisitorOf(who);
        return new HubConnectionBuilder()
            .WithUrl(new Uri(world.Address, "/hubs/maps"), o =>
            {
                if (visitor.Bearer is { } token) o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                else o.Cookies = visitor.Cookies;
            })
            .Build();
    }

    [Fact]
    public async Task Every_hub_method_answers_each_caller_as_the_table_says()
    {
        var calls = Calls();
        var doors = AccessMatrix.Doors.Where(d => d.Method == "HUB").ToList();
        var wrong = new List<string>();

        foreach (var who in Enum.GetValues<Who>())
        {
            await using var connection = Connection(who);
            var connected = await AnswerAsync(() => connection.StartAsync());
            foreach (var door in doors)
            {
                calls.TryGetValue(door.Route, out var call).ShouldBeTrue($"say how to call {door.Route} in Calls()");
                var heard = connected == "ok" ? await AnswerAsync(() => call!(connection)) : connected;
                if (heard != door.AnswerOf(who)) wrong.Add($"{door.Key} as {who}: the table says {door.AnswerOf(who)}, the hub answered {heard}");
            }
        }

        wrong.ShouldBeEmpty(string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task An_outsider_refused_at_JoinMap_hears_nothing_of_that_map_while_a_member_does()
    {
        await using var outsider = Connection(Who.Outsider);
        await using var viewer = Connection(Who.Viewer);
        var heardByOutsider = 0;
        var heardByViewer = new TaskCompletionSource();
        outsider.On<object>("MapChanged", _ => Interlocked.Increment(ref heardByOutsider));
        viewer.On<object>("MapChanged", _ => heardByViewer.TrySetResult());
        await outsider.StartAsync();
        await viewer.StartAsync();
        await Should.ThrowAsync<HubException>(() => outsider.InvokeAsync<long>("JoinMap", world.Account));
        await viewer.InvokeAsync<long>("JoinMap", world.Account);

        await world.FreshPersonAsync();

        await heardByViewer.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // A round trip on the outsider's own connection: a message sent to it with the viewer's would be ahead of the answer.
        await Should.ThrowAsync<HubException>(() => outsider.InvokeAsync<long>("JoinMap", world.Account));
        heardByOutsider.ShouldBe(0);
    }

    /// <summary>"ok", or the refusal in the table's words: 401 (no connection), 404 (told the account is not there).</summary>
    private static async Task<string> AnswerAsync(Func<Task> call)
    {
        try
        {
            await call();
            return "ok";
        }
        catch (HttpRequestException e) when (e.StatusCode is { } status)
        {
            return ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (HubException e) when (e.Message.Contains("There is no account", StringComparison.Ordinal))
        {
            return "404";
        }
        catch (HubException e)
        {
            return "refused: " + e.Message;
        }
    }
}
