using System.Text.Json;
using System.Text.Json.Serialization;
using SalesOps.Graph.Model;

namespace SalesOps.Tests.Support;

/// <summary>Small hand-made maps for store and API tests.</summary>
public static class Maps
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new JsonStringEnumConverter() }, WriteIndented = true };

    /// <summary>Maps as canonical JSON, so two reads of the same state compare equal as text.</summary>
    public static string Json(AccountMap map) => JsonSerializer.Serialize(
        new { map.Account, Nodes = map.Nodes.OrderBy(n => n.Id, StringComparer.Ordinal), Edges = map.Edges.OrderBy(e => e.Id, StringComparer.Ordinal) },
        Options);

    /// <summary>An account with a function, a reporting line, an influence and a relationship; every field type used.</summary>
    public static AccountMap Sample(string id = "acc-sample")
    {
        var account = new Account
        {
            Id = id, Name = "Vidal Packaging S.A.", Industry = "Packaging", Country = "Spain", Position = SupplierPosition.Listed,
            ShareOfWallet = 12, PotentialAmount = 1_250_000.50m, PotentialCurrency = "EUR", BringsInnovations = true,
        };
        Node[] nodes =
        [
            new() { Id = "f-purchasing", Kind = NodeKind.Function, Name = "Purchasing", Involvement = Involvement.Direct },
            new()
            {
                Id = "p-maria", Kind = NodeKind.Person, Name = "María Vidal", Title = "CFO", Level = Level.Executive,
                Roles = [BuyingRole.DecisionMaker, BuyingRole.Signer], Stance = Stance.Skeptic, Influence = Influence.High,
                Email = "maria@vidal.example", Concerns = "Worried about migration downtime", X = 10.5, Y = -20,
            },
            new()
            {
                Id = "p-luis", Kind = NodeKind.Person, Name = "Luis Gómez", Title = "Head of Procurement", Level = Level.Director,
                Roles = [BuyingRole.Purchaser], Stance = Stance.Supporter, Influence = Influence.Medium, Phone = "+34 600 000 000",
            },
            new() { Id = "c-ana", Kind = NodeKind.Counterpart, Name = "Ana Ruiz", Title = "Key account manager", Level = Level.Manager, TeamRole = TeamRole.AccountManager },
        ];
        Edge[] edges =
        [
            new() { Id = "e-works", Type = EdgeType.WORKS_IN, From = "p-luis", To = "f-purchasing" },
            new() { Id = "e-reports", Type = EdgeType.REPORTS_TO, From = "p-luis", To = "p-maria", Strength = 3 },
            new() { Id = "e-influences", Type = EdgeType.INFLUENCES, From = "p-luis", To = "p-maria", Strength = 4, Note = "Trusted on supplier choice" },
            new()
            {
                Id = "e-talks", Type = EdgeType.TALKS_WITH, From = "c-ana", To = "p-luis", Strength = 4, Status = RelationshipStatus.Active,
                CadenceDays = 30, LastContact = new DateOnly(2026, 11, 2), Goal = "Get the framework contract renewed",
            },
        ];
        return new AccountMap(account, nodes, edges);
    }

    /// <summary>
    /// An account plan: a meeting attended from both sides, a concern raised by a skeptic and answered
    /// by an argument with documents and a result, and a position history; every plan field used.
    /// </summary>
    public static AccountMap SamplePlan(string id = "acc-plan")
    {
        var account = new Account
        {
            Id = id, Name = "Nordlicht Logistik GmbH", Industry = "Logistics", Country = "Germany", Position = SupplierPosition.Listed, ShareOfWallet = 15,
            History =
            [
                new(new DateOnly(2025, 3, 1), SupplierPosition.Potential, null),
                new(new DateOnly(2026, 6, 15), SupplierPosition.Listed, 15),
            ],
        };
        Node[] nodes =
        [
            new() { Id = "p-jonas", Kind = NodeKind.Person, Name = "Jonas Brandt", Title = "CIO", Stance = Stance.Skeptic, Influence = Influence.High },
            new() { Id = "p-eva", Kind = NodeKind.Person, Name = "Eva Lindqvist", Stance = Stance.Supporter, Influence = Influence.Medium },
            new() { Id = "c-tom", Kind = NodeKind.Counterpart, Name = "Tom Weber", TeamRole = TeamRole.SalesEngineer },
            new()
            {
                Id = "m-kickoff", Kind = NodeKind.Meeting, Name = "Migration kick-off", Date = new DateOnly(2026, 11, 10), Method = MeetingMethod.Workshop,
                Topic = "Cut-over plan; \"zero downtime\"", NextSteps = "Send the pilot offer", X = 40, Y = 80,
                Documents = [new("Agenda", "https://example.com/agenda?id=1&lang=de")],
            },
            new() { Id = "k-downtime", Kind = NodeKind.Concern, Name = "Migration downtime at the Hamburg hub", Date = new DateOnly(2026, 11, 10), Topic = "Migration" },
            new()
            {
                Id = "a-pilot", Kind = NodeKind.Argument, Name = "Pilot at one hub first", Text = "A two-week pilot at Bremen,\nrolled back within an hour if needed.",
                Topic = "Migration", Documents = [new("Reference case — Müller AG", "https://example.com/cases/müller"), new("Rollback runbook", "http://intranet.example/runbook")],
            },
        ];
        Edge[] edges =
        [
            new() { Id = "e-jonas-attended", Type = EdgeType.ATTENDED, From = "p-jonas", To = "m-kickoff" },
            new() { Id = "e-tom-attended", Type = EdgeType.ATTENDED, From = "c-tom", To = "m-kickoff" },
            new() { Id = "e-raised", Type = EdgeType.RAISED, From = "p-jonas", To = "k-downtime" },
            new() { Id = "e-answers", Type = EdgeType.ANSWERS, From = "a-pilot", To = "k-downtime", Result = ArgumentResult.PartlyConvinced, Date = new DateOnly(2026, 11, 12) },
            new() { Id = "e-eva-influences", Type = EdgeType.INFLUENCES, From = "p-eva", To = "p-jonas", Strength = 4 },
        ];
        return new AccountMap(account, nodes, edges);
    }
}
