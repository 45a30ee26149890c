namespace RmtCases.Web.Features.Pdf;

/// <summary>qpdf could not encrypt an export. The message never contains a password.</summary>
public sealed class PdfEncryptionException(string message) : Exception(message);
