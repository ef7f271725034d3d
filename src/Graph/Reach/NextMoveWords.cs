using System.Globalization;
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

/// <summary>The English sentences of next moves, all in this one place.</summary>
public static class NextMoveWords
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>"If Ana Ruiz (director) builds a relationship with María Vidal (CFO, decision maker) at strength 3, our best way in rises from 48 % to 60 %, peer to peer."</summary>
    public static string Sentence(MoveFacts f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var ours = Who(f.Ours, f.OursLevel?.Words() ?? f.OursRole?.Words());
        List<string> about = [f.TheirsTitle ?? f.TheirsLevel?.Words() ?? ""];
        if (f.TheirsStance is { } stance and not Stance.Unknown) about.Add(stance.ToString().ToLowerInvariant());
        about.AddRange(f.TheirsRoles.Select(r => r.Words()));
        var theirs = Who(f.Theirs, string.Join(", ", about.Where(a => a.Length > 0)));
        var move = f.Kind == MoveKind.Stronger
            ? $"If {ours} deepens the relationship with {theirs} from strength {f.StrengthBefore} to {f.Strength}"
            : f.Planned
                ? $"If {ours} takes up the planned relationship with {theirs} at strength {f.Strength}"
                : $"If {ours} builds a relationship with {theirs} at strength {f.Strength}";
        var way = f.Target is null ? "way in" : $"way to {f.Target}";
        var (before, after) = Percents(f.Before, f.After);
        var effect = f.Before > 0 ? $"our best {way} rises from {before} to {after}" : $"we gain a {way} at {after}";
        return $"{move}, {effect}{Fit(f)}.";
    }

    /// <summary>Why no move is proposed although there is someone to reach and someone of ours.</summary>
    public static string NothingBetter(double before, string? target) =>
        $"no single new or stronger relationship of ours would raise our best {(target is null ? "way in" : $"way to {target}")} above {Percents(before, before).Before}";

    private static string Who(string name, string? about) => string.IsNullOrEmpty(about) ? name : $"{name} ({about})";

    private static string Fit(MoveFacts f) => f.Fit switch
    {
        PeerFit.Peer => ", peer to peer",
        PeerFit.Acceptable => ", one level apart",
        PeerFit.Mismatch => f.OursLevel!.Value.Distance(f.TheirsLevel!.Value) == 2 ? ", two levels apart" : ", three levels apart",
        _ => "",
    };

    /// <summary>Whole percents ("48 %"), with as many decimals as it takes (up to three) to show that the two differ.</summary>
    private static (string Before, string After) Percents(double before, double after)
    {
        for (var decimals = 0; ; decimals++)
        {
            var a = Math.Round(before * 100, decimals, MidpointRounding.AwayFromZero);
            var b = Math.Round(after * 100, decimals, MidpointRounding.AwayFromZero);
            if (a != b || decimals == 3 || before == after)
                return (a.ToString("0.###", English) + " %", b.ToString("0.###", English) + " %");
        }
    }
}
