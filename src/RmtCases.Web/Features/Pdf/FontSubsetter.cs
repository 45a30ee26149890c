using System.Runtime.InteropServices;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// Cuts a font down to the characters a document uses, with HarfBuzz's subsetter (Debian
/// libharfbuzz-subset0). The SkiaSharp native build embeds fonts whole (about 88 KB for each
/// Liberation Sans weight, 5 MB for the Chinese fallback); a subset without hinting is a few KB and draws the same.
/// </summary>
internal static partial class FontSubsetter
{
    private const string HarfBuzz = "libharfbuzz.so.0";
    private const string HarfBuzzSubset = "libharfbuzz-subset.so.0";
    private const uint NoHinting = 0x1; // HB_SUBSET_FLAGS_NO_HINTING: PDF viewers do not hint.

    /// <summary>
    /// A font file (TrueType, without a collection around it) holding the glyphs of <paramref name="codepoints"/>
    /// from <paramref name="font"/>, with the layout tables and the glyphs they reach (Arabic joining forms, marks).
    /// </summary>
    public static byte[] Subset(FontFile font, IEnumerable<int> codepoints)
    {
        var path = font.Path;
        var blob = Native.BlobCreateFromFileOrFail(path);
        if (blob == 0)
        {
            throw new InvalidOperationException($"Cannot read the font file {path}.");
        }

        nint face = 0, input = 0, subset = 0, subsetBlob = 0;
        try
        {
            face = Native.FaceCreate(blob, (uint)font.Index);
            input = Native.SubsetInputCreateOrFail();
            if (input == 0)
            {
                throw new InvalidOperationException("HarfBuzz could not allocate a subset input.");
            }

            Native.SubsetInputSetFlags(input, NoHinting);
            var unicodes = Native.SubsetInputUnicodeSet(input);
            foreach (var codepoint in codepoints)
            {
                Native.SetAdd(unicodes, (uint)codepoint);
            }

            subset = Native.SubsetOrFail(face, input);
            if (subset == 0)
            {
                throw new InvalidOperationException($"HarfBuzz could not subset the font file {path}.");
            }

            subsetBlob = Native.FaceReferenceBlob(subset);
            var data = Native.BlobGetData(subsetBlob, out var length);
            var copy = new byte[length];
            Marshal.Copy(data, copy, 0, (int)length);
            return copy;
        }
        finally
        {
            // HarfBuzz's destroy functions accept null.
            Native.BlobDestroy(subsetBlob);
            Native.FaceDestroy(subset);
            Native.SubsetInputDestroy(input);
            Native.FaceDestroy(face);
            Native.BlobDestroy(blob);
        }
    }

    // Signatures from /usr/include/harfbuzz/hb-blob.h, hb-face.h, hb-set.h and hb-subset.h (Debian libharfbuzz-dev 6.0).
    private static partial class Native
    {
        [LibraryImport(HarfBuzz, EntryPoint = "hb_blob_create_from_file_or_fail", StringMarshalling = StringMarshalling.Utf8)]
        public static partial nint BlobCreateFromFileOrFail(string fileName);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_blob_get_data")]
        public static partial nint BlobGetData(nint blob, out uint length);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_blob_destroy")]
        public static partial void BlobDestroy(nint blob);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_face_create")]
        public static partial nint FaceCreate(nint blob, uint index);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_face_reference_blob")]
        public static partial nint FaceReferenceBlob(nint face);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_face_destroy")]
        public static partial void FaceDestroy(nint face);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_set_add")]
        public static partial void SetAdd(nint set, uint codepoint);

        [LibraryImport(HarfBuzzSubset, EntryPoint = "hb_subset_input_create_or_fail")]
        public static partial nint SubsetInputCreateOrFail();

        [LibraryImport(HarfBuzzSubset, EntryPoint = "hb_subset_input_unicode_set")]
        public static partial nint SubsetInputUnicodeSet(nint input);

        [LibraryImport(HarfBuzzSubset, EntryPoint = "hb_subset_input_set_flags")]
        public static partial void SubsetInputSetFlags(nint input, uint flags);

        [LibraryImport(HarfBuzzSubset, EntryPoint = "hb_subset_input_destroy")]
        public static partial void SubsetInputDestroy(nint input);

        [LibraryImport(HarfBuzzSubset, EntryPoint = "hb_subset_or_fail")]
        public static partial nint SubsetOrFail(nint source, nint input);
    }
}
