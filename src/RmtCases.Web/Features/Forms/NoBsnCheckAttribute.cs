using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using RmtCases.Domain.Participants;
using RmtCases.Domain.Validation;
using RmtCases.Web.Features.Hosting;

namespace RmtCases.Web.Features.Forms;

/// <summary>A string property that holds a number, not free text (an amount, hours): exempt from the BSN check.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NoBsnCheckAttribute : Attribute;
