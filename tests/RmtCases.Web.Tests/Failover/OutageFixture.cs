using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Failover;

[CollectionDefinition(Name)]
public sealed class OutageCollection : ICollectionFixture<OutageFixture>
{
    public const string Name = "outage";
}

/// <summary>The application on a cluster of its own, which the tests stop and start under it.</summary>
public sealed class OutageFixture : IAsyncLifetime
{
    /// <summary>Small, so a test can take every connection itself.</summary>
    public const int MaxConnections = 30;

    private PrivateCluster? _cluster;
    private WebFixture? _web;

    public PrivateCluster Cluster => _cluster ?? throw new InvalidOperationException("Not initialised.");
    public WebFixture Web => _web ?? throw new InvalidOperationException("Not initialised.");

    public async Task InitializeAsync()
    {
        _cluster = await PrivateCluster.StartAsync(MaxConnections);
        _web = new WebFixture(() => TestDatabase.CreateAsync(_cluster.OwnerConnectionString, _cluster.AppConnectionString));
        await _web.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_web is not null)
        {
            await _web.DisposeAsync();
        }

        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }
}
