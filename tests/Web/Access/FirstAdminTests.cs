using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Access;

/// <summary>A fresh installation: nobody can sign in until the first administrator follows the link the log gives them.</summary>
public sealed partial class FirstAdminTests : AppTest
{
    private const string Email = "it-boss@company.example";

    /// <summary>An empty data folder, no demo data and no demo team: only the first administrator's e-mail.</summary>
    private static readonly Dictionary<string, string?> Settings = new() { ["SALESOPS_ADMIN_EMAIL"] = Email, ["SALESOPS_DEMO_SIGNIN"] = "false" };

    [Fact]
    public async Task The_first_start_logs_a_one_time_link_with_which_the_first_admin_chooses_a_password_and_is_signed_in_as_Admin()
    {
        using var app = new AppFactory(Dir.Path, seed: false, Settings);
        var address = app.Start();
        var store = app.Services.GetRequiredService<IAccessStore>();
        var line = app.Log.Lines.Single(l => l.Contains("First administrator", StringComparison.Ordinal));
        var link = SetupLink().Match(line).Value;
        var admin = await store.UserByEmailAsync(Email, default);

        line.ShouldStartWith("Warning SalesOps.Access:");
        line.ShouldContain(Email);
        (admin!.Role, admin.PasswordHash).ShouldBe((AppRole.Admin, null), "no password until they choose one");
        (await store.UsersAsync(default)).Count.ShouldBe(1, "nobody else, and no demo team, can sign in");

        using var browser = Visitor.Browser(address);
        (await browser.PageAsync(link)).ShouldContain($"For {Email}.");
        var token = Uri.UnescapeDataString(link.Split("token=")[1]);
        using var set = await browser.PostFormAsync("/signin/link", link, ("token", token), ("name", "Ines Boss"), ("password", "First-Admin-Pass-1"), ("repeat", "First-Admin-Pass-1"));

        set.Headers.Location!.OriginalString.ShouldBe("/");
        using var health = await browser.GetAsync("/health");
        JsonNode.Parse(await health.Content.ReadAsStringAsync())!["checks"].ShouldNotBeNull("the health details are for Admins");
        (await browser.PageAsync("/")).ShouldContain("Ines Boss");
        (await store.UserByEmailAsync(Email, default))!.Name.ShouldBe("Ines Boss");
        using var later = Visitor.Browser(address);
        (await later.PageAsync(link)).ShouldContain("This link does not work any more");
        using (await Visitor.PasswordAsync(address, Email, "First-Admin-Pass-1")) { }
    }

    [Fact]
    public async Task Until_the_link_is_used_every_start_logs_a_new_one_and_afterwards_none()
    {
        string first, second;
        using (var app = new AppFactory(Dir.Path, seed: false, Settings))
        {
            app.Start();
            first = SetupLink().Match(app.Log.Lines.Single(l => l.Contains("First administrator", StringComparison.Ordinal))).Value;
        }
        using (var app = new AppFactory(Dir.Path, seed: false, Settings))
        {
            var address = app.Start();
            second = SetupLink().Match(app.Log.Lines.Single(l => l.Contains("First administrator", StringComparison.Ordinal))).Value;
            using var browser = Visitor.Browser(address);
            var token = Uri.UnescapeDataString(second.Split("token=")[1]);
            using var set = await browser.PostFormAsync("/signin/link", second, ("token", token), ("password", "First-Admin-Pass-1"), ("repeat", "First-Admin-Pass-1"));
            set.Headers.Location!.OriginalString.ShouldBe("/");
        }
        using (var app = new AppFactory(Dir.Path, seed: false, Settings))
        {
            app.Start();
            app.Log.Lines.ShouldNotContain(l => l.Contains("First administrator", StringComparison.Ordinal));
        }

        second.ShouldNotBe(first);
    }

    [GeneratedRegex(@"/signin/link\?token=[^\s]+")]
    private static partial Regex SetupLink();
}
