using SalesOps.Tests.Support;
using SalesOps.Tests.Web.Api;

namespace SalesOps.Tests.Web.Live;

/// <summary>One real app (Kestrel, its own SQLite file, no demo data) shared by a test class; each test makes its own account.</summary>
public sealed class LiveApp : IDisposable
{
    private readonly TempDirectory _dir = new();

    public LiveApp()
    {
        Factory = new AppFactory(_dir.Path, seed: false);
        Uri = Factory.Start();
        Api = new ApiClient(Factory.CreateClient());
    }

    public AppFactory Factory { get; }

    public Uri Uri { get; }

    public ApiClient Api { get; }

    public void Dispose()
    {
        Factory.Dispose();
        _dir.Dispose();
    }
}
