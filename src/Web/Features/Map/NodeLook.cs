using SalesOps.Graph.Exchange;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Web.Features.Map;

/// <summary>How stances, roles and influence look: colour always paired with a symbol and a word.</summary>
public static class NodeLook
{
    // The pictures (Graph.Exchange.MapLook) and the screen show the same symbols, badges and bars.
    public static string Symbol(Stance? s) => MapLook.Symbol(s);

    public static string Css(Stance? s) => (s ?? Stance.Unknown).ToString().ToLowerInvariant();

    public static string Badge(BuyingRole r) => MapLook.Badge(r);

    /// <summary>The badge in the reader's language: the same words as the map picture's (Picture.Badge.*).</summary>
    public static string Badge(IStringLocalizer text, BuyingRole r) => MapLook.Badge(text, r);

    public static string Bars(Influence? i) => MapLook.Bars(i);

    /// <summary>The sign of a plan item's kind, next to its word (never alone).</summary>
    public static string PlanIcon(NodeKind kind) => kind switch
    {
        NodeKind.Meeting => "📅",
        NodeKind.Concern => "⚠",
        _ => "💬",
    };

    /// <summary>One line for screen readers and tooltips, in the reader's language.</summary>
    public static string Describe(IStringLocalizer text, Node n, string? function)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(n);
        if (MapNodeModel.IsPlanItem(n))
            return text["Map.Card.PlanItem", text.Word(n.Kind), n.Name] + (n.Date is { } d ? ", " + Formats.DateWithYear(d) : "");
        if (n.Kind == NodeKind.Counterpart)
            return string.Join(", ", new[] { n.Name, text["Map.Card.OursAria"].Value, text.Word(n.TeamRole), text.Word(n.Level) }.Where(p => p.Length > 0));
        var parts = new List<string> { n.Name, n.Title ?? text["Map.Card.NoTitle"] };
        if (function is not null) parts.Add(function);
        parts.Add(text.Word(n.Stance ?? Stance.Unknown));
        parts.Add(text[$"Map.Card.Influence.{n.Influence ?? Influence.Medium}"]);
        parts.AddRange(n.Roles.Select(r => text.Word(r)));
        return string.Join(", ", parts);
    }
}
