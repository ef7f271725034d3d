namespace SalesOps.Tests.Support;

/// <summary>What a test class opened (stores, clients) and closes when the class's test ends.</summary>
public sealed class Disposables : IDisposable
{
    private readonly List<IDisposable> _items = [];

    public T Track<T>(T item) where T : IDisposable
    {
        _items.Add(item);
        return item;
    }

    public void Dispose()
    {
        foreach (var item in _items) item.Dispose();
        _items.Clear();
    }
}
