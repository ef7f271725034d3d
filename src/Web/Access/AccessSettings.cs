namespace SalesOps.Web.Access;

/// <summary>How people sign in, from SALESOPS_* environment variables (or SalesOps:Auth:* settings).</summary>
public sealed record AccessSettings
{
    /// <summary>"local" (users and passwords kept in the store) or "oidc" (the company's OpenID Connect provider).</summary>
    public string Mode { get; init; } = "local";
    /// <summary>One-click sign-in as the demo team; Development only (the app refuses to start with it elsewhere).</summary>
    public bool DemoSignIn { get; init; }
    /// <summary>The first administrator's e-mail: the first start prints a one-time set-up link for them.</summary>
    public string? AdminEmail { get; init; }
    public string? OidcAuthority { get; init; }
    public string? OidcClientId { get; init; }
    public string? OidcClientSecret { get; init; }
    public IReadOnlyList<string> OidcScopes { get; init; } = ["openid", "profile", "email"];
    public string OidcNameClaim { get; init; } = "name";
    public string OidcEmailClaim { get; init; } = "email";
    /// <summary>Only tests talk to a provider over plain http on loopback.</summary>
    public bool OidcRequireHttps { get; init; } = true;
    /// <summary>The Origins allowed to open the live hub besides the app's own (JavaScript clients elsewhere).</summary>
    public IReadOnlyList<string> HubOrigins { get; init; } = [];
    /// <summary>API requests a user (or an address) may make a minute; 0 turns the limit off.</summary>
    public int RatePerMinute { get; init; } = DefaultRatePerMinute;
    /// <summary>Sign-in tries one address may make a minute (an office behind one NAT address shares them); 0 turns the limit off.</summary>
    public int SignInTriesPerMinute { get; init; } = DefaultSignInTriesPerMinute;

    // One default each, for the property and for a setting that is absent or not a number.
    private const int DefaultRatePerMinute = 6_000, DefaultSignInTriesPerMinute = 20;

    public bool Oidc => Mode == "oidc";

    public static AccessSettings From(IConfiguration config, bool development)
    {
        ArgumentNullException.ThrowIfNull(config);
        string? Get(string env, string key) => config[env] is { Length: > 0 } v ? v : config[key];
        var demo = Get("SALESOPS_DEMO_SIGNIN", "SalesOps:Auth:DemoSignIn");
        var settings = new AccessSettings
        {
            Mode = (Get("SALESOPS_AUTH", "SalesOps:Auth:Mode") ?? "local").Trim().ToLowerInvariant(),
            DemoSignIn = demo is null ? development : string.Equals(demo, "true", StringComparison.OrdinalIgnoreCase),
            AdminEmail = Get("SALESOPS_ADMIN_EMAIL", "SalesOps:Auth:AdminEmail"),
            OidcAuthority = Get("SALESOPS_OIDC_AUTHORITY", "SalesOps:Auth:Oidc:Authority"),
            OidcClientId = Get("SALESOPS_OIDC_CLIENT_ID", "SalesOps:Auth:Oidc:ClientId"),
            OidcClientSecret = Get("SALESOPS_OIDC_CLIENT_SECRET", "SalesOps:Auth:Oidc:ClientSecret"),
            OidcScopes = Get("SALESOPS_OIDC_SCOPES", "SalesOps:Auth:Oidc:Scopes")?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? ["openid", "profile", "email"],
            OidcNameClaim = Get("SALESOPS_OIDC_NAME_CLAIM", "SalesOps:Auth:Oidc:NameClaim") ?? "name",
            OidcEmailClaim = Get("SALESOPS_OIDC_EMAIL_CLAIM", "SalesOps:Auth:Oidc:EmailClaim") ?? "email",
            OidcRequireHttps = !string.Equals(Get("SALESOPS_OIDC_REQUIRE_HTTPS", "SalesOps:Auth:Oidc:RequireHttps"), "false", StringComparison.OrdinalIgnoreCase),
            RatePerMinute = int.TryParse(Get("SALESOPS_RATE_LIMIT", "SalesOps:Auth:RateLimit"), out var rate) ? rate : DefaultRatePerMinute,
            SignInTriesPerMinute = int.TryParse(Get("SALESOPS_SIGNIN_LIMIT", "SalesOps:Auth:SignInLimit"), out var tries) ? tries : DefaultSignInTriesPerMinute,
            HubOrigins = Get("SALESOPS_HUB_ORIGINS", "SalesOps:Auth:HubOrigins")?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [],
        };
        return settings.Checked(development);
    }

    /// <summary>Refuses settings that would open the door to everyone, and says why.</summary>
    private AccessSettings Checked(bool development)
    {
        if (DemoSignIn && !development)
            throw new InvalidOperationException(
                "SALESOPS_DEMO_SIGNIN is on, but the demo sign-in lets anyone in as any of the demo team. It exists in Development only. " +
                "Remove SALESOPS_DEMO_SIGNIN (or set it to false), or run with ASPNETCORE_ENVIRONMENT=Development on a machine of your own.");
        if (Mode is not ("local" or "oidc"))
            throw new InvalidOperationException($"SALESOPS_AUTH is '{Mode}'; use 'local' (users kept by SalesOps) or 'oidc' (your company's sign-in).");
        if (Oidc && (string.IsNullOrWhiteSpace(OidcAuthority) || string.IsNullOrWhiteSpace(OidcClientId)))
            throw new InvalidOperationException("SALESOPS_AUTH is 'oidc': set SALESOPS_OIDC_AUTHORITY and SALESOPS_OIDC_CLIENT_ID (and SALESOPS_OIDC_CLIENT_SECRET for a confidential client).");
        // Said at start, not at the first sign-in (where it would read as a provider that does not answer).
        if (Oidc && OidcRequireHttps && !OidcAuthority!.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException(
                $"SALESOPS_OIDC_AUTHORITY is '{OidcAuthority}': the company sign-in must be reached over https. " +
                "SALESOPS_OIDC_REQUIRE_HTTPS=false exists only for a test provider on loopback.");
        return this;
    }
}
