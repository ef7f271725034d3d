using Microsoft.Extensions.Localization;
using System.Globalization;
using System.Xml.Linq;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

// One card, as MapNodeWidget draws it: theirs white with the stance colour on the left and the stance
// tag on top, ours dark and rounder; name, title, function and influence, role badges.
public static partial class MapPicture
{
    private static XElement Card(AccountMap map, Node n, (double X, double Y) at, MapPictureOptions o, IStringLocalizer text)
    {
        var lit = o.Highlighted?.Contains(n.Id) == true;
        var dim = o.Highlighted is not null && !lit;
        var w = MapLook.CardWidth;
        var h = Height(n);
        var ours = n.Kind == NodeKind.Counterpart;
        var g = new XElement(Ns + "g", new XAttribute("class", ours ? "card ours" : $"card theirs stance-{(n.Stance ?? Stance.Unknown).ToString().ToLowerInvariant()}"),
            new XAttribute("data-node-id", n.Id), new XAttribute("transform", FormattableString.Invariant($"translate({at.X:0.##} {at.Y:0.##})")),
            dim ? new XAttribute("opacity", "0.25") : null);
        if (lit) g.Add(Box(-4, -4, w + 8, h + 8, ours ? 20 : 11, "none", MapLook.Glow, 4));
        if (ours)
        {
            g.Add(Box(0, 0, w, h, 18, MapLook.Ours, MapLook.Ours, 2));
            g.Add(Text(12, 18, Fit(text["Picture.OursTag", text.Word(n.TeamRole).ToUpper(CultureInfo.CurrentCulture)], 32), 10, MapLook.OursTag));
            g.Add(Name(12, 37, n.Name, "#ffffff"));
            g.Add(Text(12, 55, Fit(n.Title ?? "", 28), 12, MapLook.OursMuted));
            g.Add(Text(12, 73, text.Word(n.Level), 12, MapLook.OursMuted));
            return g;
        }

        var stance = n.Stance ?? Stance.Unknown;
        g.Add(Box(0, 0, w, h, 8, "#ffffff", MapLook.Line, 2));
        var band = Box(0, 0, 8, h, 3, stance == Stance.Unknown ? "#ffffff" : MapLook.Colour(stance), stance == Stance.Unknown ? MapLook.UnknownBorder : MapLook.Colour(stance), 1);
        if (stance == Stance.Unknown) band.Add(new XAttribute("stroke-dasharray", "4 3"));
        g.Add(band);
        var tag = $"{MapLook.Symbol(stance)} {text.Word(stance)}";
        var tagWidth = 12 + tag.Length * 6.2;
        g.Add(Box(w - tagWidth - 8, -9, tagWidth, 17, 4, stance == Stance.Unknown ? "#ffffff" : MapLook.Colour(stance), MapLook.TagBorder, 1));
        g.Add(Text(w - 8 - tagWidth / 2, 3.5, tag, 10.5, MapLook.OnColour(stance), anchor: "middle"));
        g.Add(Name(16, 24, n.Name, MapLook.Ink));
        g.Add(Text(16, 42, Fit(n.Title ?? "", 28), 12, MapLook.Muted));
        var function = map.FunctionOf(n.Id) is { } f ? map.Find(f)?.Name : null;
        g.Add(Text(16, 60, Fit(function ?? text["Picture.NoFunction"], 21), 12, MapLook.Muted));
        g.Add(Text(w - 10, 60, MapLook.Bars(n.Influence), 12, MapLook.Ink, anchor: "end"));
        var x = 16.0;
        foreach (var role in n.Roles)
        {
            var word = MapLook.Badge(text, role);
            var bw = 8 + word.Length * 5.8;
            if (x + bw > w - 6) break;
            var (fill, ink) = role switch
            {
                BuyingRole.DecisionMaker => (MapLook.DecidesBadge, "#ffffff"),
                BuyingRole.Signer => (MapLook.SignsBadge, "#ffffff"),
                _ => (MapLook.BadgeFill, MapLook.Ink),
            };
            g.Add(Box(x, 72, bw, 16, 3, fill, role is BuyingRole.DecisionMaker or BuyingRole.Signer ? fill : MapLook.BadgeBorder, 1));
            g.Add(Text(x + bw / 2, 84, word, 10, ink, bold: role is BuyingRole.DecisionMaker or BuyingRole.Signer, anchor: "middle"));
            x += bw + 3;
        }
        return g;
    }

    /// <summary>A name is never cut while it can be read: a long one gets a smaller font (down to 8.5), only beyond that an ellipsis.</summary>
    private static XElement Name(double x, double y, string name, string fill)
    {
        const double room = MapLook.CardWidth - 28;
        var size = Math.Clamp(room / (name.Length * 0.6), 8.5, 13);
        return Text(x, y, Fit(name, (int)(room / (size * 0.6))), size, fill, bold: true);
    }
}
