using System.Text.Json;
using SalesOps.Graph.Model;
using SalesOps.Seed;

namespace SalesOps.Tests.Seed;

public sealed class DemoDataTests
{
    private static readonly IReadOnlyList<AccountMap> Maps = DemoData.Generate();

    // Bogus's commerce departments and job-title words: none of them belongs in a B2B buying center.
    private static readonly string[] CommerceWords =
    [
        "Books", "Movies", "Music", "Games", "Electronics", "Computers", "Home", "Garden", "Tools", "Grocery", "Health",
        "Beauty", "Toys", "Kids", "Baby", "Clothing", "Shoes", "Jewelery", "Sports", "Outdoors", "Automotive", "Industrial",
        "Orchestrator", "Synergist", "Facilitator", "Liaison", "Intranet", "Dynamic", "Legacy", "Paradigm",
    ];

    private static string Json(IReadOnlyList<AccountMap> maps) => JsonSerializer.Serialize(maps);

    private static IEnumerable<Node> People(AccountMap map) => map.OfKind(NodeKind.Person);

    private static IEnumerable<Edge> Edges(AccountMap map, EdgeType type) => map.Edges.Where(e => e.Type == type);

    [Fact]
    public void Same_seed_gives_identical_maps() =>
        Json(DemoData.Generate(seed: 7)).ShouldBe(Json(DemoData.Generate(seed: 7)));

    [Fact]
    public void Different_seeds_give_different_maps() =>
        Json(DemoData.Generate(seed: 7)).ShouldNotBe(Json(DemoData.Generate(seed: 8)));

    [Fact]
    public void Adding_accounts_keeps_the_earlier_ones() =>
        Json(DemoData.Generate(accounts: 8).Take(6).ToList()).ShouldBe(Json(Maps));

    [Fact]
    public void Six_accounts_by_default_each_with_8_to_20_people()
    {
        Maps.Count.ShouldBe(6);
        Maps.Select(m => m.Account.Id).Distinct().Count().ShouldBe(6);
        Maps.ShouldAllBe(m => People(m).Count() >= 8 && People(m).Count() <= 20);
    }

    [Fact]
    public void Every_account_has_one_or_two_decision_makers_and_exactly_one_signer()
    {
        foreach (var map in Maps) ShouldHaveABuyingCenter(map);
    }

    [Fact]
    public void Any_seed_and_locale_gives_valid_buying_centers()
    {
        foreach (var locale in new[] { "en", "de", "es" })
        {
            for (var seed = 0; seed < 40; seed++)
            {
                foreach (var map in DemoData.Generate(seed, accounts: 8, locale: locale))
                {
                    ShouldHaveABuyingCenter(map);
                    Replay(map);
                }
            }
        }
    }

    [Fact]
    public void Every_account_has_three_to_six_counterparts_led_by_an_account_manager()
    {
        foreach (var map in Maps)
        {
            var team = map.OfKind(NodeKind.Counterpart).ToList();
            team.Count.ShouldBeInRange(3, 6, map.Account.Name);
            team.ShouldContain(c => c.TeamRole == TeamRole.AccountManager);
            team.ShouldAllBe(c => c.Level != null && Titles.AllCounterpartTitles.Contains(c.Title!));
            Edges(map, EdgeType.TALKS_WITH).ShouldNotBeEmpty(map.Account.Name);
        }
    }

    [Fact]
    public void Relationships_vary_in_strength_and_status()
    {
        var talks = Maps.SelectMany(m => Edges(m, EdgeType.TALKS_WITH)).ToList();
        talks.Select(e => e.Strength).Distinct().Count().ShouldBeGreaterThanOrEqualTo(3);
        talks.ShouldAllBe(e => e.Strength >= 1 && e.Strength <= 5 && e.CadenceDays > 0 && e.Goal != null);
        talks.Select(e => e.Status).Distinct().Count().ShouldBe(3);
        talks.Count(e => e.Status == RelationshipStatus.Active).ShouldBeGreaterThan(talks.Count / 2);
    }

    [Fact]
    public void Contact_dates_count_back_from_the_reference_date()
    {
        var today = new DateOnly(2025, 6, 30);
        var talks = DemoData.Generate(referenceDate: today).SelectMany(m => Edges(m, EdgeType.TALKS_WITH)).ToList();
        talks.Where(e => e.Status != RelationshipStatus.Planned)
            .ShouldAllBe(e => e.LastContact >= today.AddDays(-120) && e.LastContact <= today.AddDays(-1));
        talks.Where(e => e.Status == RelationshipStatus.Planned).ShouldAllBe(e => e.LastContact == null);
    }

    [Fact]
    public void Functions_come_from_the_curated_list()
    {
        foreach (var map in Maps)
        {
            var functions = map.OfKind(NodeKind.Function).ToList();
            functions.Count.ShouldBeInRange(4, 7, map.Account.Name);
            functions.ShouldAllBe(f => Functions.All.Contains(f.Name) && f.Involvement != null);
            functions.ShouldContain(f => f.Name == Functions.Executive);
        }
    }

    [Fact]
    public void Some_people_are_detractors_and_some_are_still_unknown()
    {
        Maps.Count(m => People(m).Any(p => p.Stance == Stance.Detractor)).ShouldBeGreaterThan(Maps.Count / 2);
        Maps.ShouldContain(m => People(m).Any(p => p.Stance == Stance.Unknown));
        var stances = Maps.SelectMany(People).Select(p => p.Stance).Distinct().ToList();
        stances.Count.ShouldBe(Enum.GetValues<Stance>().Length);
        Maps.SelectMany(People).Where(p => p.Stance is Stance.Skeptic or Stance.Detractor)
            .ShouldAllBe(p => !string.IsNullOrEmpty(p.Concerns));
    }

    [Fact]
    public void Every_person_works_in_exactly_one_function()
    {
        foreach (var map in Maps)
            foreach (var person in People(map))
                Edges(map, EdgeType.WORKS_IN).Count(e => e.From == person.Id).ShouldBe(1, person.Name);
    }

    [Fact]
    public void Reporting_lines_form_one_tree_under_an_executive()
    {
        foreach (var map in Maps)
        {
            var solid = Edges(map, EdgeType.REPORTS_TO).Where(e => !e.Dotted).ToList();
            var tops = People(map).Where(p => solid.All(e => e.From != p.Id)).ToList();
            tops.Count.ShouldBe(1, map.Account.Name);
            tops[0].Level.ShouldBe(Level.Executive);
            solid.Count.ShouldBe(People(map).Count() - 1);
            Edges(map, EdgeType.REPORTS_TO).Count(e => e.Dotted).ShouldBeLessThanOrEqualTo(1);
        }
    }

    [Fact]
    public void Titles_come_from_the_curated_vocabulary_and_never_from_bogus_commerce()
    {
        var words = Maps.SelectMany(m => m.Nodes).SelectMany(n => new[] { n.Title, n.Kind == NodeKind.Function ? n.Name : null })
            .OfType<string>().SelectMany(t => t.Split(' ', '-', '/', '&')).ToHashSet(StringComparer.OrdinalIgnoreCase);
        words.ShouldNotContain(w => CommerceWords.Contains(w, StringComparer.OrdinalIgnoreCase));
        Maps.SelectMany(People).ShouldAllBe(p => Titles.AllPersonTitles.Contains(p.Title!));
    }

    [Fact]
    public void Influence_reaches_the_decision_makers_and_most_accounts_leave_a_coverage_gap()
    {
        Maps.ShouldAllBe(m => Edges(m, EdgeType.INFLUENCES).Any(e => m.Find(e.To)!.Has(BuyingRole.DecisionMaker)));
        Maps.Any(m => Edges(m, EdgeType.INFLUENCES).Any(e =>
            m.Find(e.To)!.Has(BuyingRole.DecisionMaker) && m.Find(e.From)!.Stance is Stance.Skeptic or Stance.Detractor))
            .ShouldBeTrue("a skeptic or detractor should sway a decision maker somewhere");
        var uncovered = Maps.Count(m => People(m).Any(p =>
            p.Roles.Count > 0 && Edges(m, EdgeType.TALKS_WITH).All(e => e.To != p.Id)));
        uncovered.ShouldBeGreaterThan(Maps.Count / 2);
    }

    [Fact]
    public void Signals_follow_the_supplier_position()
    {
        Maps.Select(m => m.Account.Position).Distinct().Count().ShouldBe(6);
        foreach (var a in Maps.Select(m => m.Account))
        {
            a.BringsInnovations.ShouldBe(a.Position >= SupplierPosition.Preferred);
            a.InvolvesInDevelopment.ShouldBe(a.Position >= SupplierPosition.DevelopmentPartner);
            a.ConsultsOnStrategy.ShouldBe(a.Position == SupplierPosition.StrategicPartner);
            a.ShareOfWallet.ShouldNotBeNull().ShouldBeInRange(0, 60);
            a.PotentialAmount.ShouldNotBeNull().ShouldBeInRange(250_000m, 12_000_000m);
            a.PotentialCurrency.ShouldBeOneOf("EUR", "USD");
        }
    }

    [Fact]
    public void Every_map_passes_the_rules_when_replayed_on_an_empty_map()
    {
        foreach (var map in Maps)
            JsonSerializer.Serialize(Replay(map)).ShouldBe(JsonSerializer.Serialize(map));
    }

    private static void ShouldHaveABuyingCenter(AccountMap map)
    {
        var name = map.Account.Name;
        People(map).Count(p => p.Has(BuyingRole.DecisionMaker)).ShouldBeInRange(1, 2, name);
        People(map).Where(p => p.Has(BuyingRole.DecisionMaker)).ShouldAllBe(p => p.Level <= Level.Director && p.Influence == Influence.High);
        People(map).Count(p => p.Has(BuyingRole.Signer)).ShouldBe(1, name);
        People(map).Single(p => p.Has(BuyingRole.Signer)).Influence.ShouldNotBe(Influence.Low, name);
        People(map).Count(p => p.Has(BuyingRole.EconomicBuyer)).ShouldBe(1, name);
        People(map).ShouldContain(p => p.Has(BuyingRole.Purchaser), name);
        People(map).ShouldContain(p => p.Has(BuyingRole.TechnicalEvaluator), name);
        map.OfKind(NodeKind.Counterpart).Count().ShouldBeInRange(3, 6, name);
    }

    /// <summary>Re-adds every node and edge through the rules, in the map's order, onto an empty map.</summary>
    internal static AccountMap Replay(AccountMap map)
    {
        var replay = new AccountMap(map.Account, [], []);
        foreach (var n in map.Nodes)
        {
            replay = Apply(replay, NodeRules.Add(replay, NodeFields.Of<NodeDraft>(n) with { Kind = n.Kind, Id = n.Id }));
        }
        foreach (var e in map.Edges)
        {
            replay = Apply(replay, EdgeRules.Connect(replay, EdgeFields.Of<EdgeDraft>(e) with { Type = e.Type, From = e.From, To = e.To, Id = e.Id }));
        }
        return replay;
    }

    [Theory]
    [InlineData("es")]
    [InlineData("de")]
    public void Spanish_and_German_names_are_generated_deterministically(string locale)
    {
        var maps = DemoData.Generate(locale: locale);
        Json(maps).ShouldBe(Json(DemoData.Generate(locale: locale)));
        maps.SelectMany(m => m.Nodes).Where(n => n.Kind != NodeKind.Function)
            .ShouldAllBe(n => n.Name.Trim().Contains(' '));
        maps.Select(m => m.Account.Name).ShouldNotBe(Maps.Select(m => m.Account.Name));
        maps.ShouldAllBe(m => Ids.IsValid(m.Account.Id));
    }

    [Fact]
    public void An_unsupported_locale_is_refused() =>
        Should.Throw<ArgumentException>(() => DemoData.Generate(locale: "fr")).ParamName.ShouldBe("locale");

    private static AccountMap Apply(AccountMap map, IReadOnlyList<MapOp> ops)
    {
        var nodes = map.Nodes.ToList();
        var edges = map.Edges.ToList();
        foreach (var op in ops)
        {
            if (op is PutNode n) nodes.Add(n.Node);
            else if (op is PutEdge e) edges.Add(e.Edge);
            else throw new InvalidOperationException($"Replaying a demo map should only add, not {op}.");
        }
        return new AccountMap(map.Account, nodes, edges);
    }
}
