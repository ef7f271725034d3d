using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>How stances, roles and influence look: colour always paired with a symbol and a word.</summary>
public static class NodeLook
{
    // The pictures (Graph.Exchange.MapLook) and the screen show the same symbols, badges and bars.
    public static string Symbol(Stance? s) => MapLook.Symbol(s);

    public static string Css(Stance? s) => (s ?? Stance.Unknown).ToString().ToLowerInvariant();

    public static string Badge(BuyingRole r) => MapLook.Badge(r);

    public static string Bars(Influence? i) => MapLook.Bars(i);

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
