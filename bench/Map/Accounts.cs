using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Seed;
using SalesOps.Seed.Training;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Training;

namespace SalesOps.MapBench;

/// <summary>One account the bench opens: its size, what it holds, and the person it finds and drags.</summary>
public sealed record BenchAccount(int Size, string Id, string Name, int People, int Ours, int Edges, string PersonId, string PersonName)
{
    public override string ToString() =>
        $"{Size,5}: {Id} \"{Name}\": {People} people, {Ours} of ours, {Edges} edges; finds and drags {PersonName} ({PersonId})";
}

public static class Accounts
{
    /// <summary>
    /// The accounts of the sizes asked for, in the running app's store: the demo account nearest in people
    /// to a size the generator has no size for (20), else the generator's account of that size, written
    /// through the app's own command (the CLI's <c>generate</c>: locale en, seed 1, the demo reference date,
    /// so every run measures the same maps).
    /// </summary>
    public static async Task<List<BenchAccount>> PrepareAsync(AppFactory app, IEnumerable<int> sizes, CancellationToken ct)
    {
        using var scope = app.ScopeAs("lukas");
        var store = scope.ServiceProvider.GetRequiredService<IGraphStore>();
        var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
        var accounts = new List<BenchAccount>();
        foreach (var size in sizes)
        {
            AccountMap map;
            if (AccountSizes.All.Where(s => s is not AccountSize.Stress && s.People().Min == size && s.People().Max == size).Select(s => (AccountSize?)s).FirstOrDefault() is { } generated)
            {
                var set = await mediator.Send(new GenerateAccounts(generated, "en", Seed: 1, DemoData.DefaultReferenceDate, Count: 1, Replace: true), ct);
                map = await store.GetMapAsync(set.Maps[0].Account.Id, ct) ?? throw new InvalidOperationException("The generated account is not in the store.");
            }
            else
            {
                var demo = (await store.ListAccountsAsync(ct)).Where(s => !s.Account.Id.StartsWith("gen-", StringComparison.Ordinal))
                    .OrderBy(s => Math.Abs(s.People - size)).FirstOrDefault() ?? throw new InvalidOperationException("No demo account.");
                map = await store.GetMapAsync(demo.Account.Id, ct) ?? throw new InvalidOperationException("The demo account went away.");
            }
            accounts.Add(Describe(size, map));
        }
        return accounts;
    }

    private static BenchAccount Describe(int size, AccountMap map)
    {
        var people = map.Nodes.Where(n => n.Kind == NodeKind.Person).ToList();
        var named = map.Nodes.Where(n => n.Kind is NodeKind.Person or NodeKind.Counterpart).Select(n => n.Name).ToList();
        // The map's find takes the first name containing what was typed: a person in the middle of the
        // list whose name is in no one else's, so typing it finds exactly them.
        var person = people.Skip(people.Count / 2).Concat(people)
            .First(p => named.Count(n => n.Contains(p.Name, StringComparison.OrdinalIgnoreCase)) == 1);
        return new BenchAccount(size, map.Account.Id, map.Account.Name, people.Count, map.Nodes.Count(n => n.Kind == NodeKind.Counterpart),
            map.Edges.Count, person.Id, person.Name);
    }
}
