using System.Net;
using System.Net.Sockets;

namespace Collab.AppHost.Store;

/// <summary>Finds a loopback port nobody listens on, for servers whose port must be known before they start.</summary>
public static class FreePort
{
    public static int Pick()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
