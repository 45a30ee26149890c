using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// Encrypts a PDF in memory with qpdf (Debian libqpdf29): 256-bit AES, security handler
/// revision 6, metadata included, so the document information (producer, dates) is not readable
/// without the password either. Nothing touches the disk or a command line.
/// </summary>
public static partial class QpdfEncryptor
{
    private const string Library = "libqpdf.so.29";

    /// <summary>
    /// The encrypted copy of <paramref name="pdf"/>, opened with <paramref name="userPassword"/>.
    /// Readers may print it in full and copy text from it, but not change, annotate or reassemble it.
    /// </summary>
    /// <exception cref="PdfEncryptionException">qpdf failed; the message holds qpdf's reason.</exception>
    public static byte[] Encrypt(byte[] pdf, string userPassword)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        ArgumentException.ThrowIfNullOrEmpty(userPassword);

        // The owner password lifts the restrictions; a fresh secret that nobody keeps means nobody can.
        var ownerPassword = Convert.ToHexString(RandomNumberGenerator.GetBytes(32));

        var qpdf = Native.Init();
        if (qpdf == 0)
        {
            throw new PdfEncryptionException("qpdf could not be initialised.");
        }

        // qpdf reads the input lazily, up to and during qpdf_write, without copying it: keep it pinned.
        var input = GCHandle.Alloc(pdf, GCHandleType.Pinned);
        try
        {
            Native.SilenceErrors(qpdf);
            Native.SetSuppressWarnings(qpdf, true);

            Native.ReadMemory(qpdf, "export", input.AddrOfPinnedObject(), (ulong)pdf.LongLength, password: null);
            ThrowOnError(qpdf, "read the PDF", userPassword, ownerPassword);

            _ = Native.InitWriteMemory(qpdf);
            ThrowOnError(qpdf, "start writing", userPassword, ownerPassword);

            // Copying text stays allowed: it protects nothing from a reader who can print the
            // document, and a person reading their own file may need it (and screen readers do).
            Native.SetR6EncryptionParameters2(
                qpdf,
                userPassword,
                ownerPassword,
                allowAccessibility: true,
                allowExtract: true,
                allowAssemble: false,
                allowAnnotateAndForm: false,
                allowFormFilling: false,
                allowModifyOther: false,
                R3Print.Full,
                encryptMetadata: true);
            ThrowOnError(qpdf, "set the encryption", userPassword, ownerPassword);

            _ = Native.Write(qpdf);
            ThrowOnError(qpdf, "write the PDF", userPassword, ownerPassword);

            var length = checked((int)Native.GetBufferLength(qpdf));
            var buffer = Native.GetBuffer(qpdf);
            if (buffer == 0 || length == 0)
            {
                throw new PdfEncryptionException("qpdf wrote no output.");
            }

            var encrypted = new byte[length];
            Marshal.Copy(buffer, encrypted, 0, length);
            return encrypted;
        }
        finally
        {
            Native.Cleanup(ref qpdf);
            input.Free();
        }
    }

    private static void ThrowOnError(nint qpdf, string step, string userPassword, string ownerPassword)
    {
        if (!Native.HasError(qpdf))
        {
            return;
        }

        var error = Native.GetError(qpdf);
        var detail = Marshal.PtrToStringUTF8(Native.GetErrorFullText(qpdf, error)) ?? "no detail";

        // qpdf does not echo passwords, but this message goes to logs: make sure of it.
        detail = detail.Replace(userPassword, "***", StringComparison.Ordinal)
            .Replace(ownerPassword, "***", StringComparison.Ordinal);
        throw new PdfEncryptionException($"qpdf could not {step}: {detail}");
    }

    // enum qpdf_r3_print_e in qpdf/Constants.h
    private enum R3Print
    {
        Full = 0,
        Low = 1,
        None = 2,
    }

    // Signatures from /usr/include/qpdf/qpdf-c.h (Debian libqpdf-dev); QPDF_BOOL is an int.
    // Errors are read with qpdf_has_error after each call, as the header advises, so the
    // returned QPDF_ERROR_CODE values go unused.
    private static partial class Native
    {
        [LibraryImport(Library, EntryPoint = "qpdf_init")]
        public static partial nint Init();

        [LibraryImport(Library, EntryPoint = "qpdf_cleanup")]
        public static partial void Cleanup(ref nint qpdf);

        [LibraryImport(Library, EntryPoint = "qpdf_silence_errors")]
        public static partial void SilenceErrors(nint qpdf);

        [LibraryImport(Library, EntryPoint = "qpdf_set_suppress_warnings")]
        public static partial void SetSuppressWarnings(nint qpdf, [MarshalAs(UnmanagedType.Bool)] bool value);

        [LibraryImport(Library, EntryPoint = "qpdf_has_error")]
        [return: MarshalAs(UnmanagedType.Bool)]
        public static partial bool HasError(nint qpdf);

        [LibraryImport(Library, EntryPoint = "qpdf_get_error")]
        public static partial nint GetError(nint qpdf);

        // Returns a pointer into qpdf's own memory, freed by qpdf_cleanup: not a string to marshal.
        [LibraryImport(Library, EntryPoint = "qpdf_get_error_full_text")]
        public static partial nint GetErrorFullText(nint qpdf, nint error);

        [LibraryImport(Library, EntryPoint = "qpdf_read_memory", StringMarshalling = StringMarshalling.Utf8)]
        public static partial int ReadMemory(nint qpdf, string description, nint buffer, ulong size, string? password);

        [LibraryImport(Library, EntryPoint = "qpdf_init_write_memory")]
        public static partial int InitWriteMemory(nint qpdf);

        [LibraryImport(Library, EntryPoint = "qpdf_set_r6_encryption_parameters2", StringMarshalling = StringMarshalling.Utf8)]
        public static partial void SetR6EncryptionParameters2(
            nint qpdf,
            string userPassword,
            string ownerPassword,
            [MarshalAs(UnmanagedType.Bool)] bool allowAccessibility,
            [MarshalAs(UnmanagedType.Bool)] bool allowExtract,
            [MarshalAs(UnmanagedType.Bool)] bool allowAssemble,
            [MarshalAs(UnmanagedType.Bool)] bool allowAnnotateAndForm,
            [MarshalAs(UnmanagedType.Bool)] bool allowFormFilling,
            [MarshalAs(UnmanagedType.Bool)] bool allowModifyOther,
            R3Print print,
            [MarshalAs(UnmanagedType.Bool)] bool encryptMetadata);

        [LibraryImport(Library, EntryPoint = "qpdf_write")]
        public static partial int Write(nint qpdf);

        [LibraryImport(Library, EntryPoint = "qpdf_get_buffer_length")]
        public static partial nuint GetBufferLength(nint qpdf);

        [LibraryImport(Library, EntryPoint = "qpdf_get_buffer")]
        public static partial nint GetBuffer(nint qpdf);
    }
}
