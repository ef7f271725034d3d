using Microsoft.Extensions.DependencyInjection;
using SalesOps.Graph.Access;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;

namespace SalesOps.Tests.Web.Api;

/// <summary>The app's one store serves the access port too, on the same file as the maps.</summary>
public sealed class AccessRegistrationTests : AppTest
{
    [Fact]
    public async Task The_app_keeps_users_in_the_store_that_keeps_the_maps()
    {
        var app = StartApp(seed: false);
        var services = app.App.Services;

        var access = services.GetRequiredService<IAccessStore>();

        access.ShouldBeSameAs(services.GetRequiredService<IGraphStore>());
        await access.SaveUserAsync(new User { Id = "u-first", Email = "First@Example.com", Name = "First" }, default);
        (await access.UserByEmailAsync("first@example.com", default))!.Id.ShouldBe("u-first");
    }
}
