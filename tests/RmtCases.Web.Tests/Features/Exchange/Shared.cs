using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using RmtCases.Domain.Organisations;
using RmtCases.Domain.Participants;
using RmtCases.Web.Tests.Infrastructure;

namespace RmtCases.Web.Tests.Features.Exchange;

internal sealed record Shared(string Password, string DownloadUrl, string Html);
