using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Web.Access;

namespace SalesOps.Tests.Web.Access;

/// <summary>The sign-in's own defences: no signing in from another site, a cookie scripts cannot read, a limit on tries.</summary>
public sealed partial class HardeningTests
{
    [Fact]
    public async Task A_cross_site_post_to_the_password_sign_in_neither_signs_in_nor_counts_as_a_failure()
    {
        var store = world.App.Services.GetRequiredService<IAccessStore>();
        var sam = new User { Id = "u-sam", Email = "sam@hardening.example", Name = "Sam", CreatedAt = DateTimeOffset.UtcNow };
        await store.SaveUserAsync(sam with { PasswordHash = LocalSignIn.Hash(sam, "Sam-Right-Pass-1") }, default);
        using var browser = Visitor.Browser(world.Address, AccessWorld.From(Who.Anonymous));

        using var right = await browser.Http.SendAsync(CrossSite(HttpMethod.Post, "/signin/password", Form(("email", sam.Email), ("password", "Sam-Right-Pass-1"))));
        for (var i = 0; i < LocalSignIn.MaxFailures + 1; i++)
            (await browser.Http.SendAsync(CrossSite(HttpMethod.Post, "/signin/password", Form(("email", sam.Email), ("password", "wrong-" + i))))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        right.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        browser.SignedIn.ShouldBeFalse();
        var after = await store.UserAsync(sam.Id, default);
        (after!.FailedSignIns, after.LockedUntil).ShouldBe((0, null));
    }

    [Fact]
    public async Task The_sign_in_cookie_is_HttpOnly_and_SameSite_Lax()
    {
        using var browser = Visitor.Browser(world.Address, AccessWorld.From(Who.Viewer));
        using var response = await browser.PostFormAsync("/signin/demo", "/signin", ("who", "marta"));

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("salesops.auth=", StringComparison.Ordinal)).ToLowerInvariant();

        cookie.ShouldContain("httponly");
        cookie.ShouldContain("samesite=lax");
        cookie.ShouldNotContain("expires=", customMessage: "a session cookie: closing the browser ends it");
    }

    [Fact]
    public async Task A_demo_person_who_cannot_sign_in_is_told_so_on_the_sign_in_page_and_nobody_is_signed_in()
    {
        using var browser = Visitor.Browser(world.Address, System.Net.IPAddress.Parse("127.0.0.97"));

        using var response = await browser.PostFormAsync("/signin/demo", "/signin", ("who", "nobody"), ("returnUrl", "/accounts"));

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var back = response.Headers.Location!.OriginalString;
        back.ShouldBe("/signin?problem=demo-unavailable&returnUrl=%2Faccounts");
        browser.SignedIn.ShouldBeFalse();
        (await browser.PageAsync(back)).ShouldContain("That demo person cannot sign in here");
    }

    [Fact]
    public async Task Too_many_sign_in_tries_from_one_address_answer_429_while_another_address_may_still_try()
    {
        using var busy = Visitor.Browser(world.Address, System.Net.IPAddress.Parse("127.0.0.99"));
        using var other = Visitor.Browser(world.Address, System.Net.IPAddress.Parse("127.0.0.98"));
        var answers = new List<HttpStatusCode>();
        string? page = null;
        int? retryAfter = null;

        for (var i = 0; i < 25 && !answers.Contains(HttpStatusCode.TooManyRequests); i++)
        {
            using var response = await busy.PostFormAsync("/signin/password", "/signin", ("email", "nobody@elsewhere.example"), ("password", "not-it-" + i));
            answers.Add(response.StatusCode);
            if (response.StatusCode != HttpStatusCode.TooManyRequests) continue;
            page = await response.Content.ReadAsStringAsync();
            retryAfter = (int?)response.Headers.RetryAfter?.Delta?.TotalSeconds;
        }
        using var fromElsewhere = await other.PostFormAsync("/signin/password", "/signin", ("email", "nobody@elsewhere.example"), ("password", "not-it"));

        answers[^1].ShouldBe(HttpStatusCode.TooManyRequests);
        answers.Count.ShouldBe(21, "twenty tries a minute from one address");
        answers[..^1].ShouldAllBe(s => s == HttpStatusCode.Redirect);
        fromElsewhere.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        // The person at the form reads why, and when to try again, with the way back; not an empty page.
        retryAfter.ShouldNotBeNull().ShouldBeInRange(1, 60);
        page.ShouldNotBeNull().ShouldContain($"Too many tries from here in a short time; nothing was done. Try again in {retryAfter} seconds.");
        page.ShouldContain("<a class=\"button primary\" href=\"/signin\">Back to the sign-in page</a>");
        // In the sign-in page's own box and stylesheet, which the app serves at that address.
        page.ShouldContain("<section class=\"signin\">");
        page.ShouldContain("<link rel=\"stylesheet\" href=\"/app.css\">");
        using var css = await other.GetAsync("/app.css");
        css.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await css.Content.ReadAsStringAsync()).ShouldContain(".signin {");
    }
}
