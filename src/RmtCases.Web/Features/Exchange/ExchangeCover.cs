using RmtCases.Domain.Participants;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Exchange;

/// <summary>The first page of an exchange: who sends what to whom, why, and what the recipient must do.</summary>
public sealed record ExchangeCover(
    string Reference,
    string SenderOrganisation,
    string SenderUser,
    string RecipientOrganisation,
    string Purpose,
    DateTimeOffset CreatedAt,
    IReadOnlyList<Category> Included,
    IReadOnlyList<Category> LeftOut);
