using System.Net;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Api;

/// <summary>A person's profile link through the API: stored, shown, refused when it is no web address.</summary>
public sealed class ProfileLinkApiTests : AppTest
{
    [Fact]
    public async Task A_profile_link_is_saved_shown_and_a_bad_one_is_refused_with_nothing_changed()
    {
        var (app, _, api) = StartApp(seed: false);
        var account = await api.CreateAccountAsync("Acme Automation AG");
        var eva = await api.AddNodeAsync(account, new { kind = "Person", name = "Eva Ortiz", linkedIn = "https://www.linkedin.com/in/eva-ortiz" });

        var (status, problem) = await api.SendAsync(HttpMethod.Patch, $"/api/accounts/{account}/nodes/{eva}", new { linkedIn = "javascript:alert(1)" });
        var map = await api.GetAsync($"/api/accounts/{account}/map");

        status.ShouldBe(HttpStatusCode.BadRequest);
        ((string)problem!["field"]!).ShouldBe("linkedIn");
        var node = map["nodes"]!.AsArray().Single(n => (string)n!["id"]! == eva)!;
        ((string)node["linkedIn"]!).ShouldBe("https://www.linkedin.com/in/eva-ortiz");
        ((long)map["version"]!).ShouldBe(2);
    }
}
