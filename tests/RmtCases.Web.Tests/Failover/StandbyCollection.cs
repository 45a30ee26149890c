namespace RmtCases.Web.Tests.Failover;

/// <summary>The takeover test on its own: its two clusters and application are its own, and it stops one of them.</summary>
[CollectionDefinition(Name)]
public sealed class StandbyCollection
{
    public const string Name = "standby";
}
