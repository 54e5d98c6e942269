using System.Net;
using System.Net.Sockets;

namespace PbxBot.Testing.Mail;

/// <summary>A loopback port with nothing listening: connecting to it is refused at once (an SMTP outage).</summary>
public static class ClosedPort
{
    public static int Get()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
