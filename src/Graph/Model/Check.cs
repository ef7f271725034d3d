namespace SalesOps.Graph.Model;

/// <summary>Field checks shared by the rules; each throws <see cref="GraphException"/> naming the field.</summary>
internal static class Check
{
    public static string Name(string? value, string field = "name", int max = 100)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) throw GraphException.Invalid($"The {field} is required.", field);
        if (v.Length > max) throw GraphException.Invalid($"The {field} must be at most {max} characters (it has {v.Length}).", field);
        return v;
    }

    /// <summary>Optional text: trimmed, empty becomes null.</summary>
    public static string? Text(string? value, string field, int max)
    {
        var v = value?.Trim();
        if (string.IsNullOrEmpty(v)) return null;
        if (v.Length > max) throw GraphException.Invalid($"The {field} must be at most {max} characters (it has {v.Length}).", field);
        return v;
    }

    /// <summary>Patch text: null keeps the old value, empty clears it.</summary>
    public static string? Patch(string? value, string? old, string field, int max) =>
        value is null ? old : Text(value, field, max);

    public static string? Email(string? value)
    {
        var v = Text(value, "email", 200);
        if (v is not null && (!v.Contains('@', StringComparison.Ordinal) || v.StartsWith('@') || v.EndsWith('@')))
            throw GraphException.Invalid($"'{v}' is not an email address.", "email");
        return v;
    }

    public static int Strength(int value)
    {
        if (value is < 1 or > 5) throw GraphException.Invalid($"The strength must be between 1 and 5 (got {value}).", "strength");
        return value;
    }

    public static int? Range(int? value, int min, int max, string field, string what)
    {
        if (value is { } v && (v < min || v > max))
            throw GraphException.Invalid($"The {what} must be between {min} and {max} (got {v}).", field);
        return value;
    }

    /// <summary>
    /// What happened cannot lie ahead: a held meeting, a last contact. <paramref name="today"/> comes from
    /// the caller's clock (null: no clock, as when stored elements are rebuilt, and nothing is checked).
    /// </summary>
    public static void NotFuture(DateOnly? day, DateOnly? today, string field, string what, string advice = "")
    {
        if (day is { } d && today is { } t && d > t)
            throw GraphException.Invalid($"{what} cannot be in the future: {Formats.Date(d, t)} is after today ({Formats.Date(t, t)}).{advice}", field);
    }

    public static double? Coordinate(double? value, string field)
    {
        if (value is { } v && (!double.IsFinite(v) || Math.Abs(v) > 1_000_000))
            throw GraphException.Invalid($"The {field} position must be a finite number within ±1,000,000.", field);
        return value;
    }

    public static void Defined<T>(T? value, string field) where T : struct, Enum
    {
        if (value is { } v && !Enum.IsDefined(v)) throw GraphException.Invalid($"'{v}' is not a valid {field}.", field);
    }

    public static void Id(string? id, string field = "id")
    {
        if (id is not null && !Ids.IsValid(id))
            throw GraphException.Invalid($"The {field} '{id}' must be 1–64 lowercase letters, digits, '-' or '_'.", field);
    }

    /// <summary>Refuses a change based on a version older than the element's last change.</summary>
    public static void NotStale(long elementVersion, long? baseVersion, string what, object current)
    {
        if (baseVersion is { } b && elementVersion > b)
            throw GraphException.Conflict(
                $"{what} was changed by someone else (version {elementVersion}) after the version your change was based on ({b}). Nothing was saved; review the current values and try again.",
                current);
    }

    public static IReadOnlyList<DocumentLink> Documents(IReadOnlyList<DocumentLink> docs)
    {
        if (docs.Count > 20) throw Graph.Model.GraphException.Invalid($"At most 20 documents (got {docs.Count}).", "documents");
        return [.. docs.Select(d =>
        {
            var title = Name(d?.Title, "document title", 120);
            return new DocumentLink(title, Link(d!.Url, "documents", $"The link of '{title}'") ?? throw Invalid(title));
        })];

        static GraphException Invalid(string title) =>
            GraphException.Invalid($"The link of '{title}' must be an http(s) address of at most 500 characters.", "documents");
    }

    /// <summary>An optional web link: trimmed, empty becomes null, else an absolute http(s) address of at most 500 characters.</summary>
    public static string? Link(string? value, string field, string what)
    {
        var url = value?.Trim();
        if (string.IsNullOrEmpty(url)) return null;
        if (url.Length > 500 || !Uri.TryCreate(url, UriKind.Absolute, out var u) || (u.Scheme != Uri.UriSchemeHttp && u.Scheme != Uri.UriSchemeHttps))
            throw GraphException.Invalid($"{what} must be an http(s) address of at most 500 characters.", field);
        return url;
    }
}
