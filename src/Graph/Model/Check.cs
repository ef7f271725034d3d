namespace SalesOps.Graph.Model;

/// <summary>Field checks shared by the rules; each throws <see cref="GraphException"/> naming the field.</summary>
internal static class Check
{
    public static string Name(string? value, string field = "name", int max = 100)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) throw GraphException.Invalid(Errors.Say("Check.Required", Errors.Field(field)), field);
        if (v.Length > max) throw GraphException.Invalid(Errors.Say("Check.TooLong", Errors.Field(field), max, v.Length), field);
        return v;
    }

    /// <summary>Optional text: trimmed, empty becomes null.</summary>
    public static string? Text(string? value, string field, int max)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return null;
        if (v.Length > max) throw GraphException.Invalid(Errors.Say("Check.TooLong", Errors.Field(field), max, v.Length), field);
        return v;
    }

    /// <summary>Patch text: null keeps the old value, empty clears it.</summary>
    public static string? Patch(string? value, string? old, string field, int max) =>
        value is null ? old : Text(value, field, max);

    public static string? Email(string? value)
    {
        var v = Text(value, "email", 200);
        if (v is not null && (!v.Contains('@', StringComparison.Ordinal) || v.StartsWith('@') || v.EndsWith('@')))
            throw GraphException.Invalid(Errors.Say("Check.NotEmail", v), "email");
        return v;
    }

    public static int Strength(int value)
    {
        if (value is < 1 or > 5) throw GraphException.Invalid(Errors.Say("Check.Strength", value), "strength");
        return value;
    }

    // The words of a refusal (what, advice) are looked up only when the check refuses, not for every element
    // that passes (two per relationship, 212,000 relationships in a stress account).
    public static int? Range(int? value, int min, int max, string field, Func<string> what)
    {
        if (value is { } v && (v < min || v > max))
            throw GraphException.Invalid(Errors.Say("Check.Range", what(), min, max, v), field);
        return value;
    }

    /// <summary>
    /// What happened cannot lie ahead: a held meeting, a last contact. <paramref name="today"/> comes from
    /// the caller's clock (null: no clock, as when stored elements are rebuilt, and nothing is checked).
    /// </summary>
    public static void NotFuture(DateOnly? day, DateOnly? today, string field, Func<string> what, Func<string>? advice = null)
    {
        if (day is { } d && today is { } t && d > t)
            throw GraphException.Invalid(Errors.Say("Check.Future", what(), Formats.Date(d, t), Formats.Date(t, t), advice?.Invoke() ?? ""), field);
    }

    public static double? Coordinate(double? value, string field)
    {
        if (value is { } v && (!double.IsFinite(v) || Math.Abs(v) > 1_000_000))
            throw GraphException.Invalid(Errors.Say("Check.Coordinate", field), field);
        return value;
    }

    public static void Defined<T>(T? value, string field) where T : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v)) throw GraphException.Invalid(Errors.Say("Check.NotDefined", v, Errors.Field(field)), field);
    }

    public static void Id(string? id, string field = "id")
    {
        if (id is not null && !Ids.IsValid(id))
            throw GraphException.Invalid(Errors.Say("Check.Id", Errors.Field(field), id), field);
    }

    /// <summary>Refuses a change based on a version older than the element's last change.</summary>
    public static void NotStale(long elementVersion, long? baseVersion, string what, object current)
    {
        if (baseVersion is { } b && elementVersion > b)
            throw GraphException.Conflict(Errors.Say("Check.Stale", what, elementVersion, b), current);
    }

    public static IReadOnlyList<DocumentLink> Documents(IReadOnlyList<DocumentLink> docs)
    {
        if (docs.Count > 20) throw GraphException.Invalid(Errors.Say("Check.TooManyDocuments", docs.Count), "documents");
        return [.. docs.Select(d =>
        {
            var title = Name(d?.Title, "document title", 120);
            return new DocumentLink(title, Link(d!.Url, "documents", () => Errors.Say("Check.LinkOf", title)) ?? throw Invalid(title));
        })];

        static GraphException Invalid(string title) =>
            GraphException.Invalid(Errors.Say("Check.Link", Errors.Say("Check.LinkOf", title)), "documents");
    }

    /// <summary>An optional web link: trimmed, empty becomes null, else an absolute http(s) address of at most 500 characters.</summary>
    public static string? Link(string? value, string field, Func<string> what)
    {
        var url = value?.Trim();
        if (string.IsNullOrEmpty(url)) return null;
        if (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
            throw GraphException.Invalid(Errors.Say("Check.Link", what()), field);
        return url;
    }
}
