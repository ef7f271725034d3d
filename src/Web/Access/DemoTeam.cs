using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;

namespace SalesOps.Web.Access;

/// <summary>
/// The demo team of the user journeys, one click each on the sign-in page in Development: Ana (key
/// account manager, an editor of the demo accounts), Jordi (sales director, their owner), Marta
/// (trainer, a viewer) and Lukas (IT, an administrator).
/// </summary>
public sealed class DemoTeam(IAccessStore access, IGraphStore maps, TimeProvider clock)
{
    /// <summary>The sign-in page's problem when a demo person cannot sign in (disabled, or not in this store).</summary>
    public const string Unavailable = "demo-unavailable";

    /// <summary>A demo person; their job reads in the page's language (<c>DemoTeam.Job.{Key}</c> in Text.resx).</summary>
    public sealed record Person(string Key, string Name, AppRole Role, AccountRole? OnDemoAccounts)
    {
        public string Id => "u-demo-" + Key;

        public string Email => $"{Key}@demo.salesops.example";
    }

    public static readonly IReadOnlyList<Person> People =
    [
        new("ana", "Ana Ruiz", AppRole.Member, AccountRole.Editor),
        new("jordi", "Jordi Puig", AppRole.Member, AccountRole.Owner),
        new("marta", "Marta Gil", AppRole.Trainer, AccountRole.Viewer),
        new("lukas", "Lukas Weber", AppRole.Admin, null),
    ];

    public async Task<User?> UserAsync(string? key, CancellationToken ct) =>
        People.FirstOrDefault(p => p.Key == key) is { } person ? await access.UserAsync(person.Id, ct) : null;

    /// <summary>Makes sure the demo team exists, and puts it on the team of every account that has none (the demo accounts).</summary>
    public async Task EnsureAsync(CancellationToken ct)
    {
        foreach (var p in People)
        {
            if (await access.UserAsync(p.Id, ct) is null)
                await access.SaveUserAsync(new User { Id = p.Id, Email = p.Email, Name = p.Name, Role = p.Role, CreatedAt = clock.GetUtcNow() }, ct);
        }
        foreach (var summary in await maps.ListAccountsAsync(ct))
        {
            var id = summary.Account.Id;
            if ((await access.TeamAsync(id, ct)).Count > 0) continue;
            foreach (var p in People.Where(p => p.OnDemoAccounts is not null))
                await access.SetMemberAsync(new TeamMember(id, p.Id, p.OnDemoAccounts!.Value), ct);
            // Ana is the account manager of every demo account: "My relationships" opens on her own.
            if (await maps.GetMapAsync(id, ct) is { } map && map.OfKind(NodeKind.Counterpart).FirstOrDefault(c => c.TeamRole == TeamRole.AccountManager) is { } manager)
                await access.SetCounterpartLinkAsync(id, People[0].Id, manager.Id, ct);
        }
    }
}
