namespace RmtCases.Web.Features.Identity;

/// <summary>The folders of pages with a gate of their own; each records a refusal its own way.</summary>
public enum GateArea
{
    /// <summary>/deelnemers: the participant in the route is resolved in the actor's scope.</summary>
    CaseFiles,

    /// <summary>/loonwaarde: the municipality's own processing.</summary>
    WageValue,

    /// <summary>/beheer: functioneel beheer, no personal data.</summary>
    Administration,

    /// <summary>/stuurinformatie: aggregates only, so a refusal names nothing worth recording.</summary>
    Figures,
}
