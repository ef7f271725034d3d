using SalesOps.Graph.Access;
using SalesOps.Graph.Model;
using SalesOps.Web.Access;
using SalesOps.Web.Live;

namespace SalesOps.Web.Features.Training;

/// <summary>Writing generated accounts: replacing keeps each account's team and counterpart links, and generating puts its trainer and participants on the team.</summary>
public sealed partial class TrainingHandlers
{
    /// <summary>Refuses before writing anything when an id is taken and replacing was not asked for.</summary>
    private async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<AccountMap> maps, bool replace, CancellationToken ct)
    {
        var stored = (await store.ListAccountsAsync(ct)).Select(s => s.Account.Id).ToHashSet(StringComparer.Ordinal);
        var taken = maps.Select(m => m.Account.Id).Where(stored.Contains).ToList();
        if (taken.Count > 0 && !replace)
            throw GraphException.Conflict(text[taken.Count == 1 ? "Error.Training.Taken.One" : "Error.Training.Taken.Many", string.Join(", ", taken.Select(t => $"'{t}'"))]);
        var teams = new Dictionary<string, (IReadOnlyList<TeamMember> Team, List<CounterpartLink> Links)>(StringComparer.Ordinal);
        foreach (var id in taken)
        {
            // The store lets a team go with its account; a reset is the same class on the same maps, so it comes back.
            var team = await access.TeamAsync(id, ct);
            var links = new List<CounterpartLink>();
            foreach (var m in team) links.AddRange((await access.CounterpartLinksAsync(m.UserId, ct)).Where(l => l.AccountId == id));
            teams[id] = (team, links);
        }
        var by = (await current.GetAsync()).Author().As(ChangeKind.Create);
        foreach (var map in maps)
        {
            var id = map.Account.Id;
            if (!teams.TryGetValue(id, out var kept))
            {
                await store.CreateAccountAsync(map, by, ct);
                continue;
            }
            // One unit per account: a reset that stops half way leaves each account old or new, never gone.
            await store.ReplaceAccountAsync(map, by, ct);
            // Open maps of a replaced account show a map that no longer exists: tell them, as a delete does.
            await bus.PublishAsync(new AccountDeleted(id), CancellationToken.None);
            foreach (var m in kept.Team) await access.SetMemberAsync(m, ct);
            foreach (var l in kept.Links.Where(l => map.Find(l.CounterpartId) is { Kind: NodeKind.Counterpart }))
                await access.SetCounterpartLinkAsync(l.AccountId, l.UserId, l.CounterpartId, ct);
            foreach (var m in kept.Team) await ChangedAsync(id, m.UserId);
        }
        return taken;
    }

    /// <summary>The participants' users, all known before anything is written.</summary>
    private async Task<IReadOnlyList<User>> ParticipantsAsync(IReadOnlyList<string>? emails, string field, CancellationToken ct)
    {
        var users = new List<User>();
        foreach (var email in (emails ?? []).Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
            users.Add(await access.UserByEmailAsync(email, ct)
                ?? throw GraphException.Invalid(text["Error.Team.NobodySignsIn", email], field));
        return users;
    }

    /// <summary>The trainer who generates owns the accounts (as a creator does); participants edit them. A reset keeps whatever the team became.</summary>
    private async Task JoinAsync(string id, IReadOnlyList<User> participants, CancellationToken ct)
    {
        var trainer = (await current.GetAsync()).UserId;
        var team = (await access.TeamAsync(id, ct)).ToDictionary(m => m.UserId, m => m.Role, StringComparer.Ordinal);
        if (trainer is not null && team.GetValueOrDefault(trainer) != AccountRole.Owner)
        {
            await access.SetMemberAsync(new TeamMember(id, trainer, AccountRole.Owner), ct);
            await ChangedAsync(id, trainer);
        }
        foreach (var p in participants.DistinctBy(p => p.Id).Where(p => p.Id != trainer && !team.ContainsKey(p.Id)))
        {
            await access.SetMemberAsync(new TeamMember(id, p.Id, AccountRole.Editor), ct);
            await ChangedAsync(id, p.Id);
        }
    }

    private async Task ChangedAsync(string accountId, string userId)
    {
        directory.Forget(userId);
        await bus.PublishAsync(new AccessChanged(accountId, userId), CancellationToken.None);
    }
}
