using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using RmtCases.Domain.Validation;
using RmtCases.Domain.WageValue;

namespace RmtCases.Web.Features.WageValue;

/// <summary>The checked content of a posted form, ready to apply to an entity.</summary>
public sealed record WageValueDraft(WageValueInput Input, IReadOnlyList<WageValueTask> Tasks);
