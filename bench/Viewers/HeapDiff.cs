using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SalesOps.ViewersBench;

/// <summary>
/// Two heaps of the same app compared by type (dotnet-gcdump report: bytes of the objects of each
/// type, not what they retain; rows give the average object size and the count): what grew, divided by the viewers added between them.
/// </summary>
public static partial class HeapDiff
{
    public static async Task<string> RunAsync(string one, string more, int per, int top)
    {
        var (a, b) = (await TypesAsync(one), await TypesAsync(more));
        var grown = b.Select(t => (Type: t.Key, Bytes: t.Value.Bytes - a.GetValueOrDefault(t.Key).Bytes, Count: t.Value.Count - a.GetValueOrDefault(t.Key).Count))
            .OrderByDescending(t => t.Bytes).Take(top).ToList();
        var total = b.Values.Sum(v => v.Bytes) - a.Values.Sum(v => v.Bytes);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Heap grew {total / 1048576.0 / per:0.00} MB per viewer (÷ {per}); top types by bytes of their own objects:");
        text.AppendLine("| type | MB per viewer | objects per viewer |");
        text.AppendLine("|---|---|---|");
        foreach (var (type, bytes, count) in grown)
            text.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {bytes / 1048576.0 / per:0.00} | {count / per:N0} |");
        return text.ToString();
    }

    private static async Task<Dictionary<string, (long Bytes, long Count)>> TypesAsync(string dump)
    {
        var types = new Dictionary<string, (long Bytes, long Count)>(StringComparer.Ordinal);
        foreach (var line in (await AppProcess.Tool("dotnet-gcdump", "report", dump)).Split('\n'))
        {
            if (Row().Match(line) is not { Success: true } m) continue;
            // Large and small objects of one type are reported apart ("(Bytes > 10K)"); one row here.
            var type = Bucket().Replace(m.Groups[3].Value, "").Trim();
            // The report's first column is the average size of one object of the row, not their total.
            var count = Parse(m.Groups[2].Value);
            var bytes = Parse(m.Groups[1].Value) * count;
            var was = types.GetValueOrDefault(type);
            types[type] = (was.Bytes + bytes, was.Count + count);
        }
        return types;
    }

    private static long Parse(string s) => long.Parse(s, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(.+?)\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\s*\(Bytes > [^)]*\)|\s*\[[^\]]*\]\s*$")]
    private static partial Regex Bucket();
}
