using Microsoft.Extensions.Configuration;
using SalesOps.Web.Access;

namespace SalesOps.Tests.Web.Access;

/// <summary>Company sign-in settings a deployment gets wrong are refused at start, saying what to set.</summary>
public sealed class CompanySignInSettingsTests
{
    private static AccessSettings From(params (string Key, string Value)[] values) =>
        AccessSettings.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build(), development: false);

    [Fact]
    public void A_provider_over_plain_http_is_refused_at_start_unless_the_test_switch_says_so()
    {
        (string, string)[] oidc = [("SALESOPS_AUTH", "oidc"), ("SALESOPS_OIDC_AUTHORITY", "http://sso.example.com/realms/acme"), ("SALESOPS_OIDC_CLIENT_ID", "salesops")];

        Should.Throw<InvalidOperationException>(() => From(oidc)).Message.ShouldContain("must be reached over https");
        From([.. oidc, ("SALESOPS_OIDC_REQUIRE_HTTPS", "false")]).OidcRequireHttps.ShouldBeFalse();
    }

    [Fact]
    public void Scopes_and_the_claims_for_name_and_e_mail_come_from_the_settings()
    {
        var settings = From(("SALESOPS_AUTH", "oidc"), ("SALESOPS_OIDC_AUTHORITY", "https://login.microsoftonline.com/tenant/v2.0"),
            ("SALESOPS_OIDC_CLIENT_ID", "salesops"), ("SALESOPS_OIDC_SCOPES", "openid profile  email"), ("SALESOPS_OIDC_EMAIL_CLAIM", "preferred_username"));

        (settings.Oidc, settings.OidcRequireHttps, settings.OidcNameClaim, settings.OidcEmailClaim).ShouldBe((true, true, "name", "preferred_username"));
        settings.OidcScopes.ShouldBe(["openid", "profile", "email"]);
    }
}
