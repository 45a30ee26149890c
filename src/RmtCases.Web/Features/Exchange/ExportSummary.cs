using RmtCases.Domain.Access;
using RmtCases.Domain.Exchange;
using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Identity;

namespace RmtCases.Web.Features.Exchange;

/// <summary>One export of a participant's data: who sent what to whom, when and why.</summary>
public sealed record ExportSummary(
    string Reference,
    DateTimeOffset CreatedAt,
    string SenderOrganisation,
    string SenderUser,
    string RecipientOrganisation,
    IReadOnlyList<Category> Categories,
    /// <summary>The purpose's Dutch label.</summary>
    string Purpose);
