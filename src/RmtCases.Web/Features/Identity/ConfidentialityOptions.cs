using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using RmtCases.Domain.Access;
using RmtCases.Domain.Organisations;
using RmtCases.Web.Data;

namespace RmtCases.Web.Features.Identity;

public sealed class ConfidentialityOptions
{
    public string Version { get; set; } = "2021-1";
    public string Text { get; set; } = "";
}
