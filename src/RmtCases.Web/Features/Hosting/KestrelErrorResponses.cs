using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace RmtCases.Web.Features.Hosting;

/// <summary>
/// Kestrel answers a request it cannot parse (400), an over-long request line (414) or over-large headers (431)
/// itself, before any middleware runs, so those answers lack the security headers. Kestrel offers no hook for
/// them; this connection middleware adds the headers to any HTTP/1.x response head that the application did
/// not write: one that starts a flushed write, has an empty body and no Content-Security-Policy. Every response
/// the application writes carries that header (SecurityHeadersMiddleware), so only Kestrel's own are touched.
/// </summary>
public static class KestrelErrorResponses
{
    public static void AddSecurityHeaders(ListenOptions listen) =>
        listen.Use(next => async connection =>
        {
            var transport = connection.Transport;
            // Segments of 16 KB: a page usually leaves in one or two writes to the socket rather than many.
            var output = PipeWriter.Create(
                new HeaderAddingStream(transport.Output.AsStream(leaveOpen: true)),
                new StreamPipeWriterOptions(minimumBufferSize: 16 * 1024, leaveOpen: true));
            connection.Transport = new Transport(transport.Input, output);
            try
            {
                await next(connection);
            }
            finally
            {
                await output.CompleteAsync();
                connection.Transport = transport;
            }
        });

    private static readonly byte[] _extraHeaders = Encoding.ASCII.GetBytes(string.Concat(
        SecurityHeaders.Always.Concat(SecurityHeaders.NoStore).Select(h => $"\r\n{h.Key}: {h.Value}")));

    private static readonly byte[] _http1 = "HTTP/1."u8.ToArray();
    private static readonly byte[] _endOfHead = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] _emptyBody = "\r\nContent-Length: 0\r\n"u8.ToArray();
    private static readonly byte[] _policy = "\r\nContent-Security-Policy:"u8.ToArray();

    /// <summary>The head with the security headers added, or null when it is not a head Kestrel wrote itself.</summary>
    internal static byte[]? WithSecurityHeaders(ReadOnlySpan<byte> written)
    {
        if (!written.StartsWith(_http1))
        {
            return null;
        }

        var end = written.IndexOf(_endOfHead);
        if (end < 0)
        {
            return null;
        }

        var head = written[..(end + 2)];
        if (head.IndexOf(_emptyBody) < 0 || head.IndexOf(_policy) >= 0)
        {
            return null;
        }

        var result = new byte[written.Length + _extraHeaders.Length];
        written[..end].CopyTo(result);
        _extraHeaders.CopyTo(result.AsSpan(end));
        written[end..].CopyTo(result.AsSpan(end + _extraHeaders.Length));
        return result;
    }

    private sealed class Transport(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => input;

        public PipeWriter Output => output;
    }

    /// <summary>The pipe writer flushes its buffered segments here, in order: a response head starts the first write after a flush.</summary>
    private sealed class HeaderAddingStream(Stream inner) : Stream
    {
        private bool _afterFlush = true;

        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override async ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            if (_afterFlush)
            {
                _afterFlush = false;
                if (WithSecurityHeaders(buffer.Span) is { } rewritten)
                {
                    await inner.WriteAsync(rewritten, cancellationToken);
                    return;
                }
            }

            await inner.WriteAsync(buffer, cancellationToken);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            WriteAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

        public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count).GetAwaiter().GetResult();

        public override async Task FlushAsync(CancellationToken cancellationToken)
        {
            _afterFlush = true;
            await inner.FlushAsync(cancellationToken);
        }

        public override void Flush() => FlushAsync().GetAwaiter().GetResult();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
