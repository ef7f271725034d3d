using System.Globalization;
using System.Text;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// Cypher literals for the exported script — the one place where values are written into Cypher text
/// instead of travelling as parameters. Strings are single-quoted with every character that could end
/// the literal or the line escaped; numbers use the invariant culture, and floats always look like floats.
/// The escapes (\\ \' \n \r \t \b \f \uXXXX) are those Neo4j 3.x to 5.x all read.
/// </summary>
internal static class CypherLiteral
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        string s => Text(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        IEnumerable<string> list => "[" + string.Join(", ", list.Select(Text)) + "]",
        _ => throw new ArgumentException($"No Cypher literal for a {value.GetType().Name}.", nameof(value)),
    };

    public static string Text(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var sb = new StringBuilder(value.Length + 2).Append('\'');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': sb.Append(@"\\"); break;
                case '\'': sb.Append(@"\'"); break;
                case '\n': sb.Append(@"\n"); break;
                case '\r': sb.Append(@"\r"); break;
                case '\t': sb.Append(@"\t"); break;
                case '\b': sb.Append(@"\b"); break;
                case '\f': sb.Append(@"\f"); break;
                default:
                    // Control and line-separator characters, and a surrogate without its partner (which
                    // UTF-8 cannot carry), as \uXXXX; a proper pair (an emoji) stays as it is.
                    var paired = char.IsHighSurrogate(c) ? i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])
                        : char.IsLowSurrogate(c) && i > 0 && char.IsHighSurrogate(value[i - 1]);
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' || (char.IsSurrogate(c) && !paired))
                        sb.Append(@"\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(c);
                    break;
            }
        }
        return sb.Append('\'').ToString();
    }

    /// <summary>Round-trip digits; "-20" becomes "-20.0" (Cypher reads -20 as an Integer) and "1E+20" "1E20" (no '+' in Cypher's exponent).</summary>
    public static string Float(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Cypher has no literal for NaN or infinity.");
        var text = value.ToString("R", CultureInfo.InvariantCulture);
        if (text.Contains('E', StringComparison.Ordinal)) return text.Replace("E+", "E", StringComparison.Ordinal);
        return text.Contains('.', StringComparison.Ordinal) ? text : text + ".0";
    }
}
