namespace RmtCases.Domain.WageValue;

/// <summary>
/// What the finalisation rules need to know of one version of an assessment; the app maps its
/// entity onto this. All versions of one assessment form a series (the corrections of one measurement).
/// </summary>
public sealed record AssessmentVersion(int VersionNumber, bool IsFinalised);
