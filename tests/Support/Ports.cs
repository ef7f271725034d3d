using System.Net;
using System.Net.Sockets;

namespace SalesOps.Tests.Support;

public static class Ports
{
    /// <summary>A loopback port nothing listens on now (for an app or server to take; or, left closed, one that does not answer).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
