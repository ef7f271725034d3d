using System.Globalization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;

namespace SalesOps.Web.Features.Reach;

/// <summary>A reach question as one readable address parameter: "from:all;to:signer;mode:Strongest;k:3;hops:6;avoid:Detractor,Skeptic".</summary>
public static class ReachAddress
{
    public static string Format(ReachQuery q)
    {
        ArgumentNullException.ThrowIfNull(q);
        return string.Join(';',
            $"from:{q.From}", $"to:{q.To}", $"mode:{q.Mode}", $"k:{q.K.ToString(CultureInfo.InvariantCulture)}",
            $"hops:{q.MaxHops.ToString(CultureInfo.InvariantCulture)}", $"avoid:{string.Join(',', q.Avoid ?? [Stance.Detractor])}");
    }

    /// <summary>The question in an address; null when there is none or it does not read (the panel then starts empty).</summary>
    public static ReachQuery? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split(':', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        var q = new ReachQuery();
        if (parts.TryGetValue("from", out var from) && from.Length > 0) q = q with { From = from };
        if (parts.TryGetValue("to", out var to) && to.Length > 0) q = q with { To = to };
        if (parts.TryGetValue("mode", out var mode) && Enum.TryParse<ReachMode>(mode, true, out var m)) q = q with { Mode = m };
        if (parts.TryGetValue("k", out var k) && int.TryParse(k, CultureInfo.InvariantCulture, out var kk) && kk is >= 1 and <= 10) q = q with { K = kk };
        if (parts.TryGetValue("hops", out var hops) && int.TryParse(hops, CultureInfo.InvariantCulture, out var h) && h is >= 1 and <= 12) q = q with { MaxHops = h };
        if (parts.TryGetValue("avoid", out var avoid))
            q = q with { Avoid = [.. avoid.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(a => Enum.TryParse<Stance>(a, true, out var s) ? s : (Stance?)null).OfType<Stance>()] };
        return q;
    }
}
