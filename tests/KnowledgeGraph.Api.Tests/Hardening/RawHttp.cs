using System.Net.Sockets;
using System.Text;

namespace KnowledgeGraph.Api.Tests.Hardening;

/// <summary>One HTTP/1.1 response read off the wire.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? ContentType => Headers.GetValueOrDefault("content-type");

    public string? Header(string name) => Headers.GetValueOrDefault(name.ToLowerInvariant());
}

/// <summary>
/// A minimal HTTP/1.1 client over a plain socket that sends the request target byte for byte, as a hostile client
/// would: no URI normalisation (dot segments, escaping), raw control characters and non-ASCII bytes allowed.
/// </summary>
public static class RawHttp
{
    public static async Task<RawResponse> SendAsync(Uri server, string method, string target, IEnumerable<string>? headers = null, string? body = null, CancellationToken cancellationToken = default)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        await client.ConnectAsync(server.Host, server.Port, timeout.Token);
        var stream = client.GetStream();
        var request = new StringBuilder()
            .Append(method).Append(' ').Append(target).Append(" HTTP/1.1\r\n")
            .Append("Host: ").Append(server.Authority).Append("\r\n")
            .Append("Connection: close\r\n");
        foreach (var header in headers ?? [])
        {
            request.Append(header).Append("\r\n");
        }

        request.Append("\r\n").Append(body);
        try
        {
            await stream.WriteAsync(Encoding.UTF8.GetBytes(request.ToString()), timeout.Token);
        }
        catch (IOException)
        {
            // The server may answer and close before it has read all of a large request; read what it answered.
        }

        using var buffer = new MemoryStream();
        try
        {
            await stream.CopyToAsync(buffer, timeout.Token);
        }
        catch (IOException) when (buffer.Length > 0)
        {
            // The server may reset the connection right after a protocol-level rejection it has already written.
        }

        return Parse(buffer.ToArray(), string.Equals(method, "HEAD", StringComparison.OrdinalIgnoreCase));
    }

    private static RawResponse Parse(byte[] bytes, bool head)
    {
        var end = bytes.AsSpan().IndexOf("\r\n\r\n"u8);
        if (end < 0)
        {
            throw new InvalidDataException($"No complete response head in {bytes.Length} bytes: {Encoding.UTF8.GetString(bytes)}");
        }

        var lines = Encoding.ASCII.GetString(bytes, 0, end).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var name = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var previous) ? previous + ", " + value : value;
        }

        var body = bytes.AsSpan(end + 4);
        if (head)
        {
            if (body.Length > 0)
            {
                throw new InvalidDataException($"A HEAD response carried {body.Length} body bytes.");
            }

            return new RawResponse(status, headers, string.Empty);
        }

        var content = headers.GetValueOrDefault("transfer-encoding") == "chunked" ? Dechunk(body) : body.ToArray();
        return new RawResponse(status, headers, Encoding.UTF8.GetString(content));
    }

    private static byte[] Dechunk(ReadOnlySpan<byte> body)
    {
        using var result = new MemoryStream();
        while (true)
        {
            var lineEnd = body.IndexOf("\r\n"u8);
            var size = Convert.ToInt32(Encoding.ASCII.GetString(body[..lineEnd]).Split(';')[0], 16);
            body = body[(lineEnd + 2)..];
            if (size == 0)
            {
                return result.ToArray();
            }

            result.Write(body[..size]);
            body = body[(size + 2)..];
        }
    }
}
