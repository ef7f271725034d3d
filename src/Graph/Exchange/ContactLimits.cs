namespace SalesOps.Graph.Exchange;

/// <summary>
/// The model's limits for the fields an import fills (NodeRules: name 100, title 120, phone 40,
/// e-mail 200; document links 500). A test holds them against the rules, so the two cannot drift.
/// </summary>
public static class ContactLimits
{
    public const int Name = 100;
    public const int Title = 120;
    public const int Phone = 40;
    public const int Email = 200;
    public const int Url = 500;

    /// <summary>What the rules take as an e-mail address (an '@' inside), without spaces.</summary>
    public static bool IsEmail(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var at = value.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace);
    }

    /// <summary>An http(s) address; "www.linkedin.com/in/…" without a scheme gets https. Null when it is none.</summary>
    public static string? WebAddress(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var v = value.Trim();
        if (!v.Contains("://", StringComparison.Ordinal) && (v.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || v.StartsWith("linkedin.com", StringComparison.OrdinalIgnoreCase)))
            v = "https://" + v;
        return Uri.TryCreate(v, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) && v.Length <= Url && !v.Any(char.IsWhiteSpace)
            ? v : null;
    }
}
