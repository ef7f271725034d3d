using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SalesOps.Graph.Model;
using SalesOps.Graph.Store;
using SalesOps.Tests.Support;
using SalesOps.Web.Features.Map;
using SalesOps.Web.Live;

namespace SalesOps.Tests.Web.Map;

/// <summary>The map page's state without a browser: a real app (mediator, store, bus, words) acting as Lukas.</summary>
public abstract class MapSessionTest : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly IServiceScope _scope;

    protected MapSessionTest()
    {
        App = new AppFactory(_dir.Path, seed: false);
        App.Start();
        _scope = App.ScopeAs("lukas");
        Sender = _scope.ServiceProvider.GetRequiredService<IMediator>();
        Store = App.Services.GetRequiredService<IGraphStore>();
    }

    protected AppFactory App { get; }

    protected IMediator Sender { get; }

    protected IGraphStore Store { get; }

    /// <summary>The sample account written, and a page's session on it.</summary>
    protected async Task<MapSession> SessionAsync()
    {
        await Store.CreateAccountAsync(Maps.Sample(), default);
        return Open((await Store.GetMapAsync("acc-sample", default))!, "v-test");
    }

    /// <summary>Another page's session on <paramref name="map"/>, as viewer <paramref name="viewer"/>.</summary>
    protected MapSession Open(AccountMap map, string viewer) =>
        new(Sender, map, App.Services.GetRequiredService<ILiveBus>(), App.Services.GetRequiredService<IStringLocalizer<SalesOps.Web.Text>>(), viewer);

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (!disposing) return;
        _scope.Dispose();
        App.Dispose();
        _dir.Dispose();
    }
}
