using RmtCases.Domain.Exchange;
using RmtCases.Domain.Participants;

namespace RmtCases.Web.Features.Exchange;

/// <summary>
/// What leaves the system, about whom and for whom; the document is laid out by the caller. The purpose is a
/// code from a closed list (for participant files, an <see cref="ExportPurpose"/>), never free text.
/// </summary>
public sealed record ExportRequest(
    ExportKind Kind,
    Guid? ParticipantId,
    int RegionId,
    Guid RecipientOrganisationId,
    string Purpose,
    IReadOnlyList<Category> Categories)
{
    public ExportRequest(ExportKind kind, Guid participantId, int regionId, Guid recipientOrganisationId, ExportPurpose purpose, IReadOnlyList<Category> categories)
        : this(kind, participantId, regionId, recipientOrganisationId, purpose.Code(), categories)
    {
    }

    /// <summary>A wage-value report's assessment: the export record names it and its audit rows are about it.</summary>
    public Guid? WageValueAssessmentId { get; init; }

    /// <summary>The download's name, from the reference: never a person's name.</summary>
    public Func<string, string> FileName { get; init; } = ExportReference.FileName;
}
