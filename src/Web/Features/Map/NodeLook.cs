using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>How stances, roles and influence look: colour always paired with a symbol and a word.</summary>
public static class NodeLook
{
    public static string Symbol(Stance? s) => s switch
    {
        Stance.Champion => "++",
        Stance.Supporter => "+",
        Stance.Neutral => "0",
        Stance.Skeptic => "−",
        Stance.Detractor => "−−",
        _ => "?",
    };

    public static string Css(Stance? s) => (s ?? Stance.Unknown).ToString().ToLowerInvariant();

    public static string Badge(BuyingRole r) => r switch
    {
        BuyingRole.DecisionMaker => "Decides",
        BuyingRole.Signer => "Signs",
        BuyingRole.EconomicBuyer => "Budget",
        BuyingRole.TechnicalEvaluator => "Tech eval",
        BuyingRole.User => "User",
        BuyingRole.Purchaser => "Purchaser",
        BuyingRole.Influencer => "Influencer",
        BuyingRole.Gatekeeper => "Gatekeeper",
        _ => "Initiator",
    };

    public static string Bars(Influence? i) => i switch
    {
        Influence.High => "▮▮▮",
        Influence.Medium => "▮▮▯",
        Influence.Low => "▮▯▯",
        _ => "▯▯▯",
    };

    /// <summary>The sign of a plan item's kind, next to its word (never alone).</summary>
    public static string PlanIcon(NodeKind kind) => kind switch
    {
        NodeKind.Meeting => "📅",
        NodeKind.Concern => "⚠",
        _ => "💬",
    };

    /// <summary>One line for screen readers and tooltips.</summary>
    public static string Describe(Node n, string? function)
    {
        ArgumentNullException.ThrowIfNull(n);
        if (MapNodeModel.IsPlanItem(n))
            return $"{n.Kind}: {n.Name}{(n.Date is { } d ? ", " + d.ToString("d MMM yyyy", System.Globalization.CultureInfo.CurrentCulture) : "")}";
        if (n.Kind == NodeKind.Counterpart)
            return $"{n.Name}, ours, {n.TeamRole?.Words()}{(n.Level is { } l ? ", " + l.Words() : "")}";
        var roles = n.Roles.Count == 0 ? "" : ", " + string.Join(", ", n.Roles.Select(r => r.Words()));
        return $"{n.Name}, {n.Title ?? "no title"}{(function is null ? "" : ", " + function)}, {(n.Stance ?? Stance.Unknown).ToString().ToLowerInvariant()}, {(n.Influence ?? Influence.Medium).ToString().ToLowerInvariant()} influence{roles}";
    }
}
