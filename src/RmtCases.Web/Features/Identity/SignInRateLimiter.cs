using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace RmtCases.Web.Features.Identity;

/// <summary>
/// Slows password guessing per client address and per user name. The account lockout (in PostgreSQL)
/// is the hard limit across instances; this limiter only blunts bursts at one instance.
/// </summary>
public sealed class SignInRateLimiter(IOptions<SignInSecurityOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _perAddress = Create(options.Value.AttemptsPerAddressPerMinute);
    private readonly PartitionedRateLimiter<string> _perUserName = Create(options.Value.AttemptsPerUserNamePerMinute);

    public bool TryAcquire(string? address, string userName)
    {
        using var byAddress = _perAddress.AttemptAcquire(address ?? "unknown");
        if (!byAddress.IsAcquired)
        {
            return false;
        }

        using var byUser = _perUserName.AttemptAcquire(userName.Trim().ToUpperInvariant());
        return byUser.IsAcquired;
    }

    public void Dispose()
    {
        _perAddress.Dispose();
        _perUserName.Dispose();
    }

    private static PartitionedRateLimiter<string> Create(int permitsPerMinute) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetFixedWindowLimiter(key, _ =>
            new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
}
