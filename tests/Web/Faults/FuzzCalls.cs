using System.Text.Json.Nodes;
using CsCheck;

namespace SalesOps.Tests.Web.Faults;

/// <summary>One API call of a fuzzed sequence: what kind, and three numbers that choose its targets and values.</summary>
public sealed record FuzzCall(int Kind, int A, int B, int C)
{
    public const int Kinds = 16;

    public static readonly Gen<FuzzCall> Gen = CsCheck.Gen.Select(CsCheck.Gen.Int[0, Kinds - 1], CsCheck.Gen.Int[0, 99], CsCheck.Gen.Int[0, 99], CsCheck.Gen.Int[0, 99],
        (k, a, b, c) => new FuzzCall(k, a, b, c));

    public override string ToString() => $"{Kind}/{A}/{B}/{C}";
}

/// <summary>A request: method, path under the account (or absolute when it starts with "/"), body text and its content type.</summary>
public sealed record FuzzRequest(HttpMethod Method, string Path, string? Body, string ContentType = "application/json");

/// <summary>
/// Turns a <see cref="FuzzCall"/> into a request against what the map holds now: mostly valid calls, and
/// among them bad ids, oversized and odd texts, unknown enum values, wrong JSON types, stale versions,
/// future and malformed dates, and bodies that are not the JSON asked for.
/// </summary>
public static class FuzzRequests
{
    public sealed record Element(string Id, string Kind, long Version);

    public static FuzzRequest Of(FuzzCall c, IReadOnlyList<Element> nodes, IReadOnlyList<Element> edges)
    {
        string Node(int pick, params string[] kinds) => Pick(nodes.Where(n => kinds.Length == 0 || kinds.Contains(n.Kind)).ToList(), pick);
        JsonObject Body(params (string Key, JsonNode? Value)[] fields) => new(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
        string Json(JsonObject o) => o.ToJsonString();
        return c.Kind switch
        {
            0 or 1 or 2 => new(HttpMethod.Post, "nodes", Json(Body(
                ("kind", c.Kind switch { 0 => "Person", 1 => "Counterpart", _ => Choose(c.B, "Function", "Argument", "Concern", "Meeting", "Planet", 3) }),
                ("name", Text(c.C)), ("level", Enum(c.B, "Executive", "Director", "Manager", "Specialist")),
                ("roles", c.B % 10 == 0 ? new JsonArray("Signer", "Wizard") : new JsonArray("DecisionMaker")),
                ("functionId", c.A % 3 == 0 ? Node(c.A, "Function") : null)))),
            3 => new(HttpMethod.Patch, $"nodes/{Url(Node(c.A))}", Json(NodePatch(c, Stale(c, nodes, c.A)))),
            4 => new(HttpMethod.Delete, $"nodes/{Url(Node(c.A))}{(c.C % 5 == 0 ? "?baseVersion=1" : "")}", null),
            5 => new(HttpMethod.Post, "edges", Json(Body(
                ("type", Enum(c.B, "REPORTS_TO", "INFLUENCES", "TALKS_WITH", "WORKS_IN", "ATTENDED", "RAISED", "ANSWERS")),
                ("from", Node(c.A)), ("to", Node(c.C)), ("strength", c.C % 4 == 0 ? c.B % 9 - 1 : null)))),
            6 => new(HttpMethod.Patch, $"edges/{Url(Pick(edges, c.A))}", Json(EdgePatch(c, Stale(c, edges, c.A)))),
            7 => new(HttpMethod.Delete, $"edges/{Url(Pick(edges, c.A))}{(c.C % 5 == 0 ? "?baseVersion=1" : "")}", null),
            8 => new(HttpMethod.Post, "meetings", Json(Body(("objective", Text(c.C)), ("date", Date(c.B)), ("held", c.B % 2 == 0),
                ("method", Enum(c.C, "OnSite", "Video", "Call")), ("createMissingRelationships", c.C % 3 == 0),
                ("participants", new JsonArray([.. Participants(c, nodes).Select(p => (JsonNode?)p)]))))),
            9 => new(HttpMethod.Post, $"meetings/{Url(Node(c.A, "Meeting", c.A % 4 == 0 ? "Person" : "Meeting"))}/held",
                Json(Body(("outcome", Text(c.C)), ("date", c.B % 3 == 0 ? Date(c.B) : null), ("createMissingRelationships", c.C % 2 == 0)))),
            10 => new(HttpMethod.Post, "concerns", Json(Body(("personId", Node(c.A, "Person")), ("text", Text(c.C)), ("topic", c.B % 4 == 0 ? Text(c.B) : null)))),
            11 => new(HttpMethod.Post, "answers", Json(Body(("argumentId", Node(c.A, "Argument")), ("concernId", Node(c.C, "Concern")),
                ("result", Enum(c.B, "Pending", "Convinced", "PartlyConvinced", "NotConvinced"))))),
            12 => Garbage(c),
            13 => new(HttpMethod.Patch, "/", Json(Body(("name", c.B % 3 == 0 ? Text(c.C) : null), ("position", Enum(c.C, "Potential", "Listed", "Active")),
                ("shareOfWallet", c.B % 2 == 0 ? c.A * 2 - 40 : null), ("asOf", Date(c.A)), ("potentialCurrency", c.B % 5 == 0 ? "EURO" : "EUR")))),
            14 => new(HttpMethod.Post, "nodes", Json(Body(("kind", "Person"), ("name", $"Id {c.A}"),
                ("id", Choose(c.B, $"p-fz{c.A}", Node(c.A), "p-x\n", "p x", new string('p', 300), 12))))),
            _ => new(HttpMethod.Post, "edges", Json(Body(("type", "TALKS_WITH"), ("from", Node(c.A, "Counterpart")), ("to", Node(c.C, "Person")),
                ("id", Choose(c.B, $"e-fz{c.A}", Pick(edges, c.A), "e-x\n", "e/x", true)), ("lastContact", Date(c.B))))),
        };
    }

    private static JsonObject NodePatch(FuzzCall c, long? baseVersion) => new()
    {
        [Choose(c.B, "name", "title", "email", "concerns", "phone", "linkedIn")] = Text(c.C),
        ["stance"] = Enum(c.C, "Unknown", "Champion", "Supporter", "Neutral", "Skeptic", "Detractor"),
        ["x"] = c.B % 12 == 0 ? JsonValue.Create("left") : JsonValue.Create(c.A * 13.5 - 300),
        ["y"] = c.B % 13 == 0 ? JsonValue.Create(double.MaxValue) : JsonValue.Create(c.C * 7.25),
        ["baseVersion"] = baseVersion,
    };

    private static JsonObject EdgePatch(FuzzCall c, long? baseVersion) => new()
    {
        ["strength"] = c.B % 9 - 1,
        ["status"] = Enum(c.C, "Planned", "Active", "Dormant"),
        ["lastContact"] = Date(c.C),
        ["dotted"] = c.C % 6 == 0 ? JsonValue.Create("yes") : JsonValue.Create(c.C % 2 == 0),
        ["baseVersion"] = baseVersion,
    };

    /// <summary>Bodies that are not what the endpoint reads: broken JSON, other JSON types, numbers out of range, another content type.</summary>
    private static FuzzRequest Garbage(FuzzCall c)
    {
        var path = Choose(c.A, "nodes", "edges", "meetings", "concerns", "answers", "/");
        var method = path == "/" ? HttpMethod.Patch : HttpMethod.Post;
        string body = Choose(c.B, "null", "[]", "{", "\"text\"", "{\"kind\":7,\"name\":[1]}", "{\"name\":{\"a\":1},\"kind\":\"Person\"}",
            "{\"kind\":\"Person\",\"name\":\"Big\",\"x\":1e400}", "{\"type\":\"TALKS_WITH\",\"from\":null,\"to\":null}", "{\"participants\":\"all\",\"objective\":\"x\"}", "");
        return new(method, path, body, c.C % 4 == 0 ? "text/plain" : "application/json");
    }

    /// <summary>Names, mostly fine, sometimes empty, blank, past every length limit, control characters or far from ASCII.</summary>
    // About a third odd: enough refusals, and enough accepted calls that the map grows and later calls have something to hit.
    private static JsonNode? Text(int pick) => (pick % 16) switch
    {
        0 => "",
        1 => "   ",
        2 => new string('x', 201 + pick * 40),
        3 => "Zeile\neins\ttab\u0001",
        4 => "Ñandú 👩‍💼 Đorđe — \"quoted\" <b>",
        5 => null,
        _ => $"Name {pick}",
    };

    private static JsonNode? Enum(int pick, params string[] values) => (pick % 20) switch
    {
        9 => "Emperor",
        19 => JsonValue.Create(pick),
        _ => values[pick % values.Length],
    };

    private static JsonNode? Date(int pick) => (pick % 8) switch
    {
        0 => "2027-06-01",
        1 => "yesterday",
        2 => null,
        _ => $"2026-{1 + pick % 11:00}-{1 + pick % 27:00}",
    };

    private static JsonNode? Choose(int pick, params JsonNode?[] values) => values[pick % values.Length]?.DeepClone();

    private static string Choose(int pick, params string[] values) => values[pick % values.Length];

    private static string Pick(IReadOnlyList<Element> items, int pick) =>
        items.Count == 0 || pick % 10 == 9 ? Choose(pick, "n-missing", "e-missing", new string('z', 500), "Ω") : items[pick % items.Count].Id;

    private static long? Stale(FuzzCall c, IReadOnlyList<Element> items, int pick) =>
        c.C % 5 == 0 && items.Count > 0 ? Math.Max(0, items[pick % items.Count].Version - 1) : c.C % 5 == 1 && items.Count > 0 ? items[pick % items.Count].Version : null;

    private static IEnumerable<string> Participants(FuzzCall c, IReadOnlyList<Element> nodes)
    {
        var people = nodes.Where(n => n.Kind is "Person" or "Counterpart").ToList();
        for (var i = 0; i < people.Count; i++)
            if (((c.A + c.C * 7) >> (i % 7) & 1) == 1 || c.B == 0) yield return people[i].Id;
        if (c.B % 10 == 3) yield return "p-missing";
        if (c.B % 10 == 4 && people.Count > 0) foreach (var _ in Enumerable.Range(0, 60)) yield return people[0].Id;
    }

    private static string Url(string id) => Uri.EscapeDataString(id);
}
