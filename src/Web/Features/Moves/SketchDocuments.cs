using System.Text.Json;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Reach;
using SalesOps.Graph.Store;
using SalesOps.Web.Contracts;

namespace SalesOps.Web.Features.Moves;

/// <summary>
/// A what-if sketch saved by name with an account: everyone who may read the account sees it.
/// <see cref="SavedBy"/> is the user id of whoever saved it last, <see cref="SavedByName"/> their name today.
/// </summary>
public sealed record SavedSketch(string Name, Sketch Sketch, string? SavedBy, string? SavedByName, DateTimeOffset SavedAt);

/// <summary>How sketches are kept (documents of kind "sketch", JSON as the API speaks it) and what makes one acceptable.</summary>
public static class SketchDocuments
{
    public const string Kind = "sketch";

    public const int MaxNameLength = 80;

    /// <summary>Hypothetical relationships and stance changes in one sketch: more is not a what-if but another map.</summary>
    public const int MaxChanges = 200;

    public static string ToJson(Sketch sketch) => JsonSerializer.Serialize(sketch, Json.Options);

    public static Sketch FromJson(string json) => JsonSerializer.Deserialize<Sketch>(json, Json.Options) ?? new Sketch();

    /// <summary>The map as the sketch assumes it; the map itself without one.</summary>
    public static AccountMap Apply(Sketch? sketch, AccountMap map, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(map);
        if (sketch is null) return map;
        Check(sketch, text);
        return sketch.ApplyTo(map);
    }

    /// <summary>A sketch from outside (the API, a stored document) before the rules see it: no holes, not too large.</summary>
    public static void Check(Sketch sketch, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(sketch);
        ArgumentNullException.ThrowIfNull(text);
        if (sketch.Talks is null || sketch.Stances is null || sketch.Talks.Any(t => t is null) || sketch.Stances.Any(s => s is null || s.PersonId is null))
            throw GraphException.Invalid(text["Sketch.Shape"], "sketch");
        if (sketch.Talks.Count + sketch.Stances.Count > MaxChanges)
            throw GraphException.Invalid(text["Sketch.TooLarge", MaxChanges, sketch.Talks.Count + sketch.Stances.Count], "sketch");
    }

    /// <summary>The name trimmed; refused when empty, too long, or unusable in an address.</summary>
    public static string Name(string? name, IStringLocalizer<Text> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0) throw GraphException.Invalid(text["Sketch.Name.Required"], "name");
        if (trimmed.Length > MaxNameLength) throw GraphException.Invalid(text["Sketch.Name.TooLong", MaxNameLength], "name");
        if (trimmed.Any(c => c is '/' or '\\' || char.IsControl(c))) throw GraphException.Invalid(text["Sketch.Name.Characters"], "name");
        return trimmed;
    }

    public static AccountDocument Document(string accountId, string name, Sketch sketch, string? savedBy, DateTimeOffset at) => new()
    {
        AccountId = accountId, Kind = Kind, Name = name, Json = ToJson(sketch), SavedBy = savedBy, SavedAt = at,
    };
}
