using SalesOps.Graph.Model;

namespace SalesOps.Tests.Graph.Reach;

/// <summary>
/// A fixed demo account for the sentences in three languages: one of ours talks, another only plans to; the
/// way in runs over a dotted reporting line; a detractor sways the decision maker and has a concern nobody answers.
/// </summary>
internal static class VidalPackaging
{
    public static MapBuilder Builder() => new MapBuilder()
        .Counterpart("c-ana", "Ana Ruiz", TeamRole.AccountManager, Level.Manager)
        .Counterpart("c-jordi", "Jordi Puig", TeamRole.SalesEngineer, Level.Specialist)
        .Function("f-compras", "Compras", Involvement.Direct)
        .Function("f-it", "IT", Involvement.Direct)
        .Person("p-luis", "Luis Gómez", Stance.Supporter, level: Level.Director, roles: BuyingRole.Purchaser)
        .Person("p-elena", "Elena Sanz", Stance.Champion, "Directora de Operaciones", Level.Director)
        .Person("p-maria", "María Vidal", Stance.Neutral, "CFO", Level.Executive, roles: BuyingRole.DecisionMaker)
        .Person("p-pedro", "Pedro Sanz", Stance.Detractor, "Responsable de IT", Level.Manager, concerns: "Teme una migración larga.")
        .Person("p-rosa", "Rosa Gil", title: "Controller", roles: BuyingRole.Influencer)
        .WorksIn("p-luis", "f-compras")
        .WorksIn("p-pedro", "f-it")
        .Talks("c-ana", "p-luis", 4, id: "t-ana-luis")
        .Talks("c-jordi", "p-maria", 3, RelationshipStatus.Planned, id: "t-jordi-maria")
        .ReportsTo("p-luis", "p-elena", 4, dotted: true, id: "r-luis-elena")
        .Influences("p-elena", "p-maria", 3, id: "i-elena-maria")
        .Influences("p-pedro", "p-elena", 4, id: "i-pedro-elena");

    /// <summary>The account with Pedro's concern on the map, raised and not answered.</summary>
    public static AccountMap Map()
    {
        var map = Builder().Build("acc-vidal");
        return new AccountMap(map.Account,
            [.. map.Nodes, new Node { Id = "k-price", Kind = NodeKind.Concern, Name = "El precio es un 10 % más alto", Topic = "Precio" }],
            [.. map.Edges, new Edge { Id = "x-raised", Type = EdgeType.RAISED, From = "p-pedro", To = "k-price" }]);
    }
}
