using System.Net;
using System.Text.Json.Nodes;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;
using SalesOps.Web.Access;
using SalesOps.Web.Features.Access;

namespace SalesOps.Tests.Web.Access;

/// <summary>Who knocks, in the order of the matrix's columns.</summary>
public enum Who { Anonymous, Outsider, Viewer, Editor, Owner, Admin, ReadToken, WriteToken }

/// <summary>
/// One app with the demo data for a whole test class, and everyone who knocks at its doors: nobody,
/// an outsider (a user on no team), the demo team signed in through the sign-in page (Marta views,
/// Ana edits, Jordi owns the demo accounts, Lukas is an Admin) and a read and a write token of Jordi.
/// Each comes from a loopback address of their own. Ids of one demo account's map are at hand, and
/// fresh things to delete are made on request.
/// </summary>
public sealed partial class AccessWorld : IAsyncLifetime
{
    public const string OutsiderEmail = "olga@elsewhere.example";
    public const string OutsiderPassword = "Olga-0utside-Pass";

    /// <summary>The name of a token everyone signed in has, for the page that lists one's own.</summary>
    public const string VisibleToken = "Visible token";

    /// <summary>A user nobody knocks as (each caller's own email is in the page's user menu), for the page that lists users.</summary>
    public const string BystanderEmail = "bea@bystander.example";

    private readonly TempDirectory _dir = new();
    private readonly Dictionary<Who, Visitor> _visitors = [];
    private int _fresh;

    public AccessWorld() => App = new AppFactory(_dir.Path, seed: true);

    public AppFactory App { get; }

    public Uri Address { get; private set; } = null!;

    /// <summary>The admin's API client (a token of Lukas): prepares what probes need, outside the matrix.</summary>
    public ApiClient Admin { get; private set; } = null!;

    public string Account { get; private set; } = "";

    public string AccountName { get; private set; } = "";

    public string PersonId { get; private set; } = "";

    public string CounterpartId { get; private set; } = "";

    public string EdgeId { get; private set; } = "";

    public string ConcernId { get; private set; } = "";

    public string ArgumentId { get; private set; } = "";

    public string CounterpartName { get; private set; } = "";

    /// <summary>The demo account's version when the knocking began, for the doors that look back.</summary>
    public long StartVersion { get; private set; }

    public static IPAddress From(Who who) => IPAddress.Parse($"127.0.0.{20 + (int)who}");

    public Visitor VisitorOf(Who who) => _visitors[who];

    public static string? DemoKey(Who who) => who switch
    {
        Who.Viewer => "marta", Who.Editor => "ana", Who.Owner => "jordi", Who.Admin => "lukas", _ => null,
    };

    public async Task InitializeAsync()
    {
        Address = App.Start();
        Admin = new ApiClient(App.CreateClient());
        var store = App.Services.GetRequiredService<IAccessStore>();
        var outsider = new User { Id = "u-olga", Email = OutsiderEmail, Name = "Olga Outside", CreatedAt = DateTimeOffset.UtcNow };
        await store.SaveUserAsync(outsider with { PasswordHash = LocalSignIn.Hash(outsider, OutsiderPassword) }, default);
        await store.SaveUserAsync(new User { Id = "u-bea", Email = BystanderEmail, Name = "Bea Bystander", CreatedAt = DateTimeOffset.UtcNow }, default);

        var account = (await Admin.GetAsync("/api/accounts")).AsArray()[0]!;
        (Account, AccountName) = ((string)account["id"]!, (string)account["name"]!);
        var map = await Admin.GetAsync($"/api/accounts/{Account}/map");
        var nodes = map["nodes"]!.AsArray();
        StartVersion = (long)map["version"]!;
        string First(string kind) => (string)nodes.First(n => (string)n!["kind"]! == kind)!["id"]!;
        (PersonId, CounterpartId, ConcernId, ArgumentId) = (First("Person"), First("Counterpart"), First("Concern"), First("Argument"));
        CounterpartName = (string)nodes.First(n => (string)n!["id"]! == CounterpartId)!["name"]!;
        EdgeId = (string)map["edges"]!.AsArray().First(e => (string)e!["type"]! == "INFLUENCES")!["id"]!;

        foreach (var userId in new[] { outsider.Id, "u-demo-marta", "u-demo-ana", "u-demo-jordi", "u-demo-lukas" })
        {
            await store.SaveTokenAsync(new AccessToken
            {
                Id = "t-visible-" + userId, UserId = userId, Name = VisibleToken, Hash = Secrets.Hash(Secrets.New("sot_")), Scope = TokenScope.Read,
                CreatedAt = DateTimeOffset.UtcNow, ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
            }, default);
        }
        await Admin.OkAsync(HttpMethod.Put, $"/api/accounts/{Account}/sketches/{Uri.EscapeDataString(SketchName)}",
            new { talks = Array.Empty<object>(), stances = new[] { new { personId = PersonId, stance = "Champion" } } });
        foreach (var who in Enum.GetValues<Who>()) _visitors[who] = await NewVisitorAsync(who);
    }

    /// <summary>A new browser or script for <paramref name="who"/>, signed in as they sign in.</summary>
    public async Task<Visitor> NewVisitorAsync(Who who) => who switch
    {
        Who.Anonymous => Visitor.Browser(Address, From(who)),
        Who.Outsider => await Visitor.PasswordAsync(Address, OutsiderEmail, OutsiderPassword, From(who)),
        Who.ReadToken => Visitor.Script(Address, App.TokenOf("jordi", TokenScope.Read), From(who)),
        Who.WriteToken => Visitor.Script(Address, App.TokenOf("jordi", TokenScope.Write), From(who)),
        _ => await Visitor.DemoAsync(Address, DemoKey(who)!, From(who)),
    };

    /// <summary>A name no knock used before.</summary>
    public string FreshName(string what) => $"{what} {Interlocked.Increment(ref _fresh)}";

    /// <summary>A new person on the demo account's map.</summary>
    public Task<string> FreshPersonAsync() => Admin.AddNodeAsync(Account, new { kind = "Person", name = FreshName("Probe person"), level = "Manager" });

    /// <summary>A new INFLUENCES edge from a new person to the demo account's person.</summary>
    public async Task<string> FreshEdgeAsync() =>
        await Admin.ConnectAsync(Account, new { type = "INFLUENCES", from = await FreshPersonAsync(), to = PersonId, strength = 2 });

    /// <summary>A planned meeting three days ago on the demo account, not yet held.</summary>
    public async Task<string> FreshMeetingAsync()
    {
        var date = DateOnly.FromDateTime(DateTime.Now).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var meeting = await Admin.PostAsync($"/api/accounts/{Account}/meetings", new { objective = FreshName("Probe meeting"), date, held = false, participants = new[] { CounterpartId, PersonId } });
        return (string)meeting["meeting"]!["id"]!;
    }

    /// <summary>A new account whose team is the demo team's (Jordi owns it, Ana edits, Marta views).</summary>
    public async Task<string> FreshAccountAsync()
    {
        var id = await Admin.CreateAccountAsync(FreshName("Probe account"));
        using var scope = App.ScopeAs("lukas");
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        foreach (var (key, role) in new[] { ("jordi", AccountRole.Owner), ("ana", AccountRole.Editor), ("marta", AccountRole.Viewer) })
            await mediator.Send(new SetTeamMember(id, $"{key}@demo.salesops.example", role));
        return id;
    }

    /// <summary>A new user who may sign in by no means; on the demo account's team as a Viewer when asked.</summary>
    public async Task<(string Id, string Email)> FreshUserAsync(bool onTeam = false)
    {
        var n = Interlocked.Increment(ref _fresh);
        var user = new User { Id = $"u-fresh-{n}", Email = $"fresh-{n}@matrix.example", Name = $"Fresh {n}", CreatedAt = DateTimeOffset.UtcNow };
        await App.Services.GetRequiredService<IAccessStore>().SaveUserAsync(user, default);
        if (onTeam)
        {
            using var scope = App.ScopeAs("lukas");
            await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new SetTeamMember(Account, user.Email, AccountRole.Viewer));
        }
        return (user.Id, user.Email);
    }

    public async Task<bool> OnTeamAsync(string userId) =>
        (await App.Services.GetRequiredService<IAccessStore>().TeamAsync(Account, default)).Any(m => m.UserId == userId);

    public async Task<JsonNode> MapAsync(string account) => await Admin.GetAsync($"/api/accounts/{account}/map");

    public async Task<bool> NodeExistsAsync(string id) => (await MapAsync(Account))["nodes"]!.AsArray().Any(n => (string)n!["id"]! == id);

    public async Task<bool> EdgeExistsAsync(string id) => (await MapAsync(Account))["edges"]!.AsArray().Any(e => (string)e!["id"]! == id);

    public async Task<bool> AccountExistsAsync(string id) => (await Admin.SendAsync(HttpMethod.Get, $"/api/accounts/{id}")).Status == HttpStatusCode.OK;

    public async Task DisposeAsync()
    {
        foreach (var visitor in _visitors.Values) visitor.Dispose();
        await App.DisposeAsync();
        _dir.Dispose();
    }
}
