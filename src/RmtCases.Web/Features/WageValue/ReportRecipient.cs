using RmtCases.Domain.WageValue;
using RmtCases.Web.Features.Pdf;

namespace RmtCases.Web.Features.WageValue;

/// <summary>To whom a wage-value report goes; that decides which version of the report it is.</summary>
public enum ReportRecipient
{
    Worker = 1,
    Employer = 2,
    Decision = 3,
}
