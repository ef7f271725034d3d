using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using SalesOps.Graph.Exchange;
using SalesOps.Graph.Model;
using SalesOps.Web.Features.Map;

namespace SalesOps.Tests.Graph.Exchange;

/// <summary>Pictures restate the screen's look without a browser; these hold them to the web layer's own values.</summary>
public partial class MapLookTests
{
    [Fact]
    public void Stance_symbols_badges_and_influence_bars_are_the_screens()
    {
        foreach (var s in MapLook.Stances) MapLook.Symbol(s).ShouldBe(NodeLook.Symbol(s));
        foreach (var r in Enum.GetValues<BuyingRole>()) MapLook.Badge(r).ShouldBe(NodeLook.Badge(r));
        foreach (var i in Enum.GetValues<Influence>()) MapLook.Bars(i).ShouldBe(NodeLook.Bars(i));
    }

    [Fact]
    public void Edge_colours_are_the_screens()
    {
        foreach (var type in Enum.GetValues<EdgeType>())
        {
            foreach (var status in new RelationshipStatus?[] { null, RelationshipStatus.Active, RelationshipStatus.Dormant, RelationshipStatus.Planned })
            {
                var e = new Edge { Id = "e", Type = type, From = "a", To = "b", Status = status, Strength = 4 };
                MapLook.EdgeColour(e).ShouldBe(EdgeStyle.Color(e));
            }
        }
    }

    [Fact]
    public void Stance_colours_are_the_stylesheets()
    {
        var css = File.ReadAllText(Path.Combine(Root(), "src", "Web", "wwwroot", "app.css"));
        foreach (var s in MapLook.Stances)
        {
            var declared = Variable().Matches(css).Single(m => m.Groups[1].Value == s.ToString().ToLowerInvariant()).Groups[2].Value;
            MapLook.Colour(s).ShouldBe(declared, StringCompareShould.IgnoreCase);
        }
        css.ShouldContain($"--ours: {MapLook.Ours}");
    }

    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    [GeneratedRegex("--(champion|supporter|neutral|skeptic|detractor|unknown):\\s*(#[0-9a-fA-F]{6})")]
    private static partial Regex Variable();
}
