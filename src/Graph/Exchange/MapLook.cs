using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;

namespace SalesOps.Graph.Exchange;

/// <summary>
/// How the map looks on screen (src/Web: app.css, NodeLook, EdgeStyle), restated for pictures drawn
/// without a browser: stance colour always with a symbol and a word, badges, edge colours and widths.
/// A test holds these values against the web's own, so the slide and the screen cannot drift apart.
/// </summary>
public static class MapLook
{
    public const string Ink = "#1f2933";
    public const string Muted = "#5f6b7a";
    public const string Line = "#d9dee5";
    public const string Ours = "#17324d";
    public const string OursMuted = "#c8d6e5";
    public const string OursTag = "#9ec5ff";
    public const string Glow = "#ffd54f";
    public const string PathColour = "#f9a825";
    public const string TagBorder = "#6b7580";
    public const string UnknownBorder = "#8893a0";
    public const string BadgeFill = "#e8edf3";
    public const string BadgeBorder = "#c4ccd6";
    public const string DecidesBadge = "#17324d";
    public const string SignsBadge = "#5b3a8e";
    public const double CardWidth = 200;
    public const double CardHeight = 86;
    public const double CardWithBadges = 104;

    /// <summary>
    /// How far along a line, from where it starts (our person, on a talks-with line), its strength stands: a third
    /// of the way. At the middle, two lines that cross at their middles, or run both ways between two cards, put
    /// their numbers on top of each other.
    /// </summary>
    public const double StrengthAlong = 1.0 / 3;

    public static readonly IReadOnlyList<Stance> Stances = [Stance.Champion, Stance.Supporter, Stance.Neutral, Stance.Skeptic, Stance.Detractor, Stance.Unknown];

    /// <summary>The stance colour (app.css --champion … --unknown).</summary>
    public static string Colour(Stance? s) => s switch
    {
        Stance.Champion => "#1b7f3b",
        Stance.Supporter => "#7cc47f",
        Stance.Neutral => "#b0b7c0",
        Stance.Skeptic => "#f2a93b",
        Stance.Detractor => "#c62828",
        _ => "#ffffff",
    };

    /// <summary>Text on the stance colour: white on the dark ones, as the stylesheet sets it.</summary>
    public static string OnColour(Stance? s) => s is Stance.Champion or Stance.Detractor ? "#ffffff" : Ink;

    public static string Symbol(Stance? s) => s switch
    {
        Stance.Champion => "++",
        Stance.Supporter => "+",
        Stance.Neutral => "0",
        Stance.Skeptic => "−",
        Stance.Detractor => "−−",
        _ => "?",
    };

    /// <summary>A buying role's short badge in English, for the map page until its cards read the reader's words.</summary>
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

    /// <summary>A buying role's short badge on a printed card ("Decides", "Decide", "Entscheidet").</summary>
    public static string Badge(IStringLocalizer text, BuyingRole r)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[$"Picture.Badge.{r}"];
    }

    public static string Bars(Influence? i) => i switch
    {
        Influence.High => "▮▮▮",
        Influence.Medium => "▮▮▯",
        Influence.Low => "▮▯▯",
        _ => "▯▯▯",
    };

    public static string EdgeColour(Edge e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Type switch
        {
            EdgeType.REPORTS_TO => "#78909c",
            EdgeType.INFLUENCES => "#8e24aa",
            EdgeType.TALKS_WITH when e.Status == RelationshipStatus.Dormant => "#90a4ae",
            EdgeType.TALKS_WITH => "#0277bd",
            _ => "#bdbdbd",
        };
    }

    public static double EdgeWidth(Edge e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Type == EdgeType.REPORTS_TO ? 1.5 : 0.8 + (e.Strength ?? 3) * 0.7;
    }

    /// <summary>Dotted reporting lines and planned relationships are dashed.</summary>
    public static bool Dashed(Edge e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Dotted || e.Status is RelationshipStatus.Planned;
    }
}
