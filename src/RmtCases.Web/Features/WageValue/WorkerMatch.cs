namespace RmtCases.Web.Features.WageValue;

/// <summary>A participant the assessor may link the worker to: enough to recognise, nothing of the case file (<see cref="WageValueWorkers"/>).</summary>
public sealed record WorkerMatch(Guid Id, string Name, DateOnly DateOfBirth, string City);
