using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace SalesOps.Graph.Store.Neo4j;

/// <summary>
/// JSON in and out of Neo4j. Parameters are plain JSON; answers may be plain JSON or the Query
/// API's typed JSON (<c>{"$type":"Integer","_value":"42"}</c>), and both become the same .NET values:
/// null, string, bool, long, double, List&lt;object?&gt; or Dictionary&lt;string, object?&gt;.
/// </summary>
internal static class Neo4jJson
{
    public static readonly JsonSerializerOptions Options = new() { Converters = { new FloatConverter() } };

    public static byte[] Serialize(object body) => JsonSerializer.SerializeToUtf8Bytes(body, Options);

    public static object? Value(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => e.TryGetInt64(out var l) ? l : e.GetDouble(),
        JsonValueKind.Array => e.EnumerateArray().Select(Value).ToList(),
        _ when IsTyped(e, out var type, out var value) => Typed(type, value),
        _ => e.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal),
    };

    private static bool IsTyped(JsonElement e, out string type, out JsonElement value)
    {
        type = "";
        value = default;
        if (!e.TryGetProperty("$type", out var t) || t.ValueKind != JsonValueKind.String || !e.TryGetProperty("_value", out value))
            return false;
        type = t.GetString()!;
        return true;
    }

    private static object? Typed(string type, JsonElement v) => type switch
    {
        "Null" => null,
        "Boolean" => v.ValueKind == JsonValueKind.String ? bool.Parse(v.GetString()!) : v.GetBoolean(),
        "Integer" => v.ValueKind == JsonValueKind.String ? long.Parse(v.GetString()!, CultureInfo.InvariantCulture) : v.GetInt64(),
        "Float" => v.ValueKind == JsonValueKind.String ? ParseFloat(v.GetString()!) : v.GetDouble(),
        "List" => v.EnumerateArray().Select(Value).ToList(),
        "Map" => v.EnumerateObject().ToDictionary(p => p.Name, p => Value(p.Value), StringComparer.Ordinal),
        // Strings, temporal values, Base64 and anything newer: its plain form (we store dates as text).
        _ => Value(v),
    };

    private static double ParseFloat(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>
    /// Doubles always carry a decimal point or exponent: Neo4j reads <c>-20</c> as an Integer and
    /// <c>-20.0</c> as a Float, and coordinates must stay floats whatever their value.
    /// </summary>
    private sealed class FloatConverter : JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (!double.IsFinite(value)) throw new ArgumentOutOfRangeException(nameof(value), value, "Neo4j parameters must be finite numbers.");
            var text = value.ToString("R", CultureInfo.InvariantCulture);
            writer.WriteRawValue(text.AsSpan().IndexOfAny('.', 'E') >= 0 ? text : text + ".0", skipInputValidation: true);
        }
    }
}
