using System.Net;
using System.Text.RegularExpressions;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Tests.Support;
using SalesOps.Web.Access;
using SalesOps.Web.Features.Access;

namespace SalesOps.Tests.Web.Access;

/// <summary>The app with demo data and a clock the test moves on, for one test class.</summary>
public sealed class ClockedApp : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ClockedApp()
    {
        App = new AppFactory(_dir.Path, seed: true) { ConfigureTestServices = s => s.AddSingleton<TimeProvider>(Clock) };
        Address = App.Start();
    }

    public MovableClock Clock { get; } = new(DateTimeOffset.UtcNow);

    public AppFactory App { get; }

    public Uri Address { get; }

    /// <summary>A user who signs in with a password of their own.</summary>
    public async Task<User> UserAsync(string name, string password, AppRole role = AppRole.Member)
    {
        var user = new User { Id = "u-" + name.ToLowerInvariant(), Email = $"{name.ToLowerInvariant()}@local.example", Name = name, Role = role, CreatedAt = Clock.GetUtcNow() };
        user = user with { PasswordHash = LocalSignIn.Hash(user, password) };
        await App.Services.GetRequiredService<IAccessStore>().SaveUserAsync(user, default);
        return user;
    }

    public void Dispose()
    {
        App.Dispose();
        _dir.Dispose();
    }
}

/// <summary>Users kept by SalesOps: one answer for every wrong sign-in, the lock, and invitations.</summary>
public sealed partial class LocalSignInTests(ClockedApp local) : IClassFixture<ClockedApp>
{
    private static IPAddress From(int n) => IPAddress.Parse($"127.0.1.{n}");

    private static Task<HttpResponseMessage> TryAsync(Visitor browser, string email, string password) =>
        browser.PostFormAsync("/signin/password", "/signin", ("email", email), ("password", password));

    /// <summary>The sign-in page's alert after a refusal, as the person reads it.</summary>
    private static async Task<string> AlertAsync(Visitor browser, Uri location) =>
        WebUtility.HtmlDecode(Alert().Match(await browser.PageAsync(location.OriginalString)).Groups[1].Value);

    [Fact]
    public async Task The_sign_in_page_offers_the_apps_links_only_after_signing_in()
    {
        using var stranger = Visitor.Browser(local.Address, From(90));
        using var ana = await Visitor.DemoAsync(local.Address, "ana", From(91));

        var before = await stranger.PageAsync("/signin");
        var after = await ana.PageAsync("/");

        before.ShouldNotContain("href=\"/relationships\"");
        before.ShouldNotContain("href=\"/today\"");
        after.ShouldContain("href=\"/relationships\"");
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_answer()
    {
        var user = await local.UserAsync("Gina", "Gina-Right-Pass-1");
        using var browser = Visitor.Browser(local.Address, From(1));

        using var wrong = await TryAsync(browser, user.Email, "Gina-Wrong-Pass-1");
        using var unknown = await TryAsync(browser, "nobody@local.example", "Gina-Wrong-Pass-1");

        wrong.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        wrong.Headers.Location!.OriginalString.Replace(Uri.EscapeDataString(user.Email), "EMAIL", StringComparison.Ordinal)
            .ShouldBe(unknown.Headers.Location!.OriginalString.Replace(Uri.EscapeDataString("nobody@local.example"), "EMAIL", StringComparison.Ordinal));
        var said = await AlertAsync(browser, wrong.Headers.Location!);
        said.ShouldStartWith("That did not work.");
        (await AlertAsync(browser, unknown.Headers.Location!)).ShouldBe(said);
        browser.SignedIn.ShouldBeFalse();
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_user_even_against_the_right_one_for_fifteen_minutes()
    {
        const string right = "Lena-Right-Pass-1";
        var user = await local.UserAsync("Lena", right);
        using var browser = Visitor.Browser(local.Address, From(2));
        for (var i = 0; i < LocalSignIn.MaxFailures - 1; i++) await TryAsync(browser, user.Email, "nope-" + i);
        using (var fourth = await TryAsync(browser, user.Email, right))
            fourth.Headers.Location!.OriginalString.ShouldBe("/", "four failures do not lock; a success starts the count again");
        using var other = Visitor.Browser(local.Address, From(2));

        for (var i = 0; i < LocalSignIn.MaxFailures; i++) await TryAsync(other, user.Email, "nope-" + i);
        using var locked = await TryAsync(other, user.Email, right);
        local.Clock.Advance(TimeSpan.FromMinutes(14));
        using var stillLocked = await TryAsync(other, user.Email, right);
        var failed = locked.Headers.Location!.OriginalString;
        local.Clock.Advance(TimeSpan.FromMinutes(2));
        using var free = await TryAsync(other, user.Email, right);

        failed.ShouldStartWith("/signin?failed=1");
        stillLocked.Headers.Location!.OriginalString.ShouldBe(failed);
        (await AlertAsync(other, locked.Headers.Location!)).ShouldContain("after five wrong tries the user is locked for 15 minutes");
        free.Headers.Location!.OriginalString.ShouldBe("/");
        other.SignedIn.ShouldBeTrue();
    }

    [Fact]
    public async Task An_invitation_link_sets_a_password_that_follows_the_rules_signs_in_and_is_then_used_up()
    {
        using var scope = local.App.ScopeAs("lukas");
        var (nina, link) = await scope.ServiceProvider.GetRequiredService<IMediator>().Send(new InviteUser("nina@local.example", "Nina Nova", AppRole.Member));
        using var browser = Visitor.Browser(local.Address, From(3));
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);
        Task<HttpResponseMessage> SetAsync(Visitor b, string password) =>
            b.PostFormAsync("/signin/link", link, ("token", token), ("name", "Nina Nova"), ("password", password), ("repeat", password));

        (await browser.PageAsync(link)).ShouldContain("For nina@local.example.");
        using var tooShort = await SetAsync(browser, "Nina-1");
        using var lettersOnly = await SetAsync(browser, "NinaNinaNina");
        (await AlertAsync(browser, tooShort.Headers.Location!)).ShouldBe("Choose a password of at least 10 characters.");
        (await AlertAsync(browser, lettersOnly.Headers.Location!)).ShouldBe("Mix letters with digits or other signs.");
        browser.SignedIn.ShouldBeFalse();

        using var good = await SetAsync(browser, "Nina-Strong-Pass-7");

        good.Headers.Location!.OriginalString.ShouldBe("/");
        browser.SignedIn.ShouldBeTrue();
        (await browser.PageAsync("/")).ShouldContain("Nina Nova");
        using var again = Visitor.Browser(local.Address, From(3));
        (await again.PageAsync(link)).ShouldContain("This link does not work any more");
        using var reused = await again.PostFormAsync("/signin/link", "/signin", ("token", token), ("password", "Other-Pass-99"), ("repeat", "Other-Pass-99"));
        again.SignedIn.ShouldBeFalse();
        using (await Visitor.PasswordAsync(local.Address, nina.Email, "Nina-Strong-Pass-7", From(3))) { }
        using var other = await TryAsync(again, nina.Email, "Other-Pass-99");
        other.Headers.Location!.OriginalString.ShouldStartWith("/signin?failed=1", customMessage: "the used link changed nothing");
    }

    [Fact]
    public async Task Signing_in_never_sends_anyone_to_another_site()
    {
        const string password = "Rita-Right-Pass-1";
        var user = await local.UserAsync("Rita", password);
        var landed = new List<string>();

        foreach (var back in new[] { "https://evil.example/", "//evil.example/", "/\\evil.example/", "/\t/evil.example/", "/accounts" })
        {
            using var browser = Visitor.Browser(local.Address, From(4));
            using var response = await browser.PostFormAsync("/signin/password", "/signin", ("email", user.Email), ("password", password), ("returnUrl", back));
            landed.Add($"{(int)response.StatusCode} {response.Headers.Location}");
        }

        landed.ShouldBe(["302 /", "302 /", "302 /", "302 /", "302 /accounts"]);
    }

    [GeneratedRegex("""<p class="error" role="alert">(.*?)</p>""", RegexOptions.Singleline)]
    private static partial Regex Alert();
}
