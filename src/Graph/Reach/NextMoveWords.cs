using System.Globalization;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Plan;

namespace SalesOps.Graph.Reach;

/// <summary>
/// Everything one move's sentence says, as names, numbers and enums: another language renders the
/// same record with its own words, without picking fragments out of English.
/// </summary>
public sealed record MoveFacts
{
    public required string Ours { get; init; }
    public Level? OursLevel { get; init; }
    public TeamRole? OursRole { get; init; }
    public required string Theirs { get; init; }
    public string? TheirsTitle { get; init; }
    public Level? TheirsLevel { get; init; }
    public Stance? TheirsStance { get; init; }
    public IReadOnlyList<BuyingRole> TheirsRoles { get; init; } = [];
    public MoveKind Kind { get; init; }
    /// <summary>A new move that takes up a planned relationship.</summary>
    public bool Planned { get; init; }
    public int? StrengthBefore { get; init; }
    public int Strength { get; init; }
    /// <summary>Our best way in today, 0 when there is none.</summary>
    public double Before { get; init; }
    public double After { get; init; }
    public PeerFit Fit { get; init; }
    /// <summary>The person asked about; null for the decision makers or the signer ("our best way in").</summary>
    public string? Target { get; init; }
}

/// <summary>
/// The sentences of next moves, in the reader's language: a move clause ("If Ana … builds …"), its effect
/// (German inverts it after the clause: "steigt unser bester Zugang …") and the peer fit, each a template.
/// </summary>
public static class NextMoveWords
{
    /// <summary>"If Ana Ruiz (director) builds a relationship with María Vidal (CFO, decision maker) at strength 3, our best way in rises from 48 % to 60 %, peer to peer."</summary>
    public static string Sentence(IStringLocalizer text, MoveFacts f)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(f);
        var ours = Who(f.Ours, f.OursLevel is { } level ? text.InSentence(level) : f.OursRole is { } role ? text.InSentence(role) : null);
        List<string> about = [f.TheirsTitle ?? (f.TheirsLevel is { } l ? text.InSentence(l) : "")];
        if (f.TheirsStance is { } stance and not Stance.Unknown) about.Add(text.InSentence(stance));
        about.AddRange(f.TheirsRoles.Select(r => text.InSentence(r)));
        var theirs = Who(f.Theirs, string.Join(", ", about.Where(a => a.Length > 0)));
        string move = f.Kind == MoveKind.Stronger
            ? text["Move.If.Stronger", ours, theirs, f.StrengthBefore ?? 0, f.Strength]
            : text[f.Planned ? "Move.If.Planned" : "Move.If.New", ours, theirs, f.Strength];
        var (before, after) = Percents(text, f.Before, f.After);
        var to = f.Target is null ? "" : ".To";
        string effect = f.Before > 0 ? text["Move.Rises" + to, before, after, f.Target ?? ""] : text["Move.Gains" + to, after, f.Target ?? ""];
        return Fit(text, f) is { } fit ? text["Move.Sentence.Fit", move, effect, fit] : text["Move.Sentence", move, effect];
    }

    /// <summary>Why no move is proposed although there is someone to reach and someone of ours.</summary>
    public static string NothingBetter(IStringLocalizer text, double before, string? target)
    {
        ArgumentNullException.ThrowIfNull(text);
        var percent = Percents(text, before, before).Before;
        return target is null ? text["Move.NothingBetter", percent] : text["Move.NothingBetter.To", percent, target];
    }

    /// <summary>"Our way to Valentina Schaefer is only 60 % (best way in: 100 %); ask for the next moves to Valentina Schaefer on the map."</summary>
    public static string Weaker(IStringLocalizer text, WeakerTarget target, double best)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(target);
        var (theirs, ours) = Percents(text, target.Strength, best);
        return target.Strength > 0 ? text["Move.Weaker", target.Name, theirs, ours] : text["Move.Weaker.None", target.Name, ours];
    }

    private static string Who(string name, string? about) => string.IsNullOrEmpty(about) ? name : $"{name} ({about})";

    private static string? Fit(IStringLocalizer text, MoveFacts f) => f.Fit switch
    {
        PeerFit.Peer => text["Move.Fit.Peer"].Value,
        PeerFit.Acceptable => text["Move.Fit.OneLevel"].Value,
        PeerFit.Mismatch => text[f.OursLevel!.Value.Distance(f.TheirsLevel!.Value) == 2 ? "Move.Fit.TwoLevels" : "Move.Fit.ThreeLevels"].Value,
        _ => null,
    };

    /// <summary>
    /// Whole percents ("48 %"), with as many decimals as it takes (up to three) to show that the two differ; the
    /// number in the reader's culture ("47.6", "47,6"), the sign where the translation puts it ("Move.Percent").
    /// </summary>
    private static (string Before, string After) Percents(IStringLocalizer text, double before, double after)
    {
        for (var decimals = 0; ; decimals++)
        {
            var a = Math.Round(before * 100, decimals, MidpointRounding.AwayFromZero);
            var b = Math.Round(after * 100, decimals, MidpointRounding.AwayFromZero);
            if (a != b || decimals == 3 || before == after)
                return (text["Move.Percent", a.ToString("0.###", Reader())], text["Move.Percent", b.ToString("0.###", Reader())]);
        }
    }

    /// <summary>The invariant culture is nobody's (servers and test machines run with it): people read English.</summary>
    private static CultureInfo Reader() =>
        CultureInfo.CurrentCulture.Equals(CultureInfo.InvariantCulture) ? CultureInfo.GetCultureInfo("en") : CultureInfo.CurrentCulture;
}
