using System.Runtime.InteropServices;

namespace RmtCases.Web.Features.Pdf;

/// <summary>
/// Glyphs and positions for a run of text in one font and one direction, from HarfBuzz's shaper (the system's
/// libharfbuzz, as <see cref="FontSubsetter"/> uses): Arabic letters joined, marks placed on their base,
/// right-to-left runs in visual order.
/// </summary>
internal static partial class TextShaper
{
    private const string HarfBuzz = "libharfbuzz.so.0";
    private const int DirectionLtr = 4; // HB_DIRECTION_LTR
    private const int DirectionRtl = 5; // HB_DIRECTION_RTL
    private const int MemoryModeDuplicate = 0; // HB_MEMORY_MODE_DUPLICATE: HarfBuzz keeps its own copy.

    /// <summary>
    /// Shapes <paramref name="length"/> UTF-16 units of <paramref name="text"/> from <paramref name="start"/>; the
    /// text around them is context (an Arabic letter's form depends on its neighbours).
    /// </summary>
    public static unsafe ShapedRun Shape(PdfFace face, string text, int start, int length, bool rightToLeft, float size)
    {
        var buffer = Native.BufferCreate();
        try
        {
            fixed (char* chars = text)
            {
                Native.BufferAddUtf16(buffer, (ushort*)chars, text.Length, (uint)start, length);
            }

            Native.BufferSetDirection(buffer, rightToLeft ? DirectionRtl : DirectionLtr);
            Native.BufferGuessSegmentProperties(buffer);
            Native.Shape(face.Shaping.Handle, buffer, 0, 0);

            var infos = (GlyphInfo*)Native.BufferGetGlyphInfos(buffer, out var count);
            var positions = (GlyphPosition*)Native.BufferGetGlyphPositions(buffer, out _);
            var scale = size / face.Shaping.UnitsPerEm;
            var glyphs = new ushort[count];
            var clusters = new int[count];
            var x = new float[count];
            var y = new float[count];
            var pen = 0f;
            for (var i = 0; i < count; i++)
            {
                glyphs[i] = (ushort)infos[i].Codepoint;
                clusters[i] = (int)infos[i].Cluster;
                x[i] = pen + positions[i].XOffset * scale;
                // HarfBuzz's y grows upwards, the page's downwards.
                y[i] = -positions[i].YOffset * scale;
                pen += positions[i].XAdvance * scale;
            }

            return new ShapedRun(face, size, text, start, length, rightToLeft, glyphs, clusters, x, y, pen);
        }
        finally
        {
            Native.BufferDestroy(buffer);
        }
    }

    /// <summary>A HarfBuzz font over a copy of a font file's bytes.</summary>
    public sealed class Font : IDisposable
    {
        public unsafe Font(byte[] data)
        {
            nint blob;
            fixed (byte* bytes = data)
            {
                blob = Native.BlobCreate(bytes, (uint)data.Length, MemoryModeDuplicate, 0, 0);
            }

            var face = Native.FaceCreate(blob, 0);
            Native.BlobDestroy(blob);
            UnitsPerEm = (int)Native.FaceGetUpem(face);
            Handle = Native.FontCreate(face);
            Native.FaceDestroy(face);
            // Positions in font units; Shape scales them to the size.
            Native.FontSetScale(Handle, UnitsPerEm, UnitsPerEm);
        }

        public nint Handle { get; }

        public int UnitsPerEm { get; }

        public void Dispose() => Native.FontDestroy(Handle);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct GlyphInfo
    {
        public uint Codepoint;
        public uint Mask;
        public uint Cluster;
        private readonly uint _var1;
        private readonly uint _var2;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct GlyphPosition
    {
        public int XAdvance;
        public int YAdvance;
        public int XOffset;
        public int YOffset;
        private readonly uint _var;
    }

    // Signatures from /usr/include/harfbuzz/hb-blob.h, hb-face.h, hb-font.h, hb-buffer.h and hb-shape.h (Debian libharfbuzz-dev 6.0).
    private static unsafe partial class Native
    {
        [LibraryImport(HarfBuzz, EntryPoint = "hb_blob_create")]
        public static partial nint BlobCreate(byte* data, uint length, int mode, nint userData, nint destroy);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_blob_destroy")]
        public static partial void BlobDestroy(nint blob);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_face_create")]
        public static partial nint FaceCreate(nint blob, uint index);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_face_get_upem")]
        public static partial uint FaceGetUpem(nint face);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_face_destroy")]
        public static partial void FaceDestroy(nint face);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_font_create")]
        public static partial nint FontCreate(nint face);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_font_set_scale")]
        public static partial void FontSetScale(nint font, int xScale, int yScale);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_font_destroy")]
        public static partial void FontDestroy(nint font);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_buffer_create")]
        public static partial nint BufferCreate();

        [LibraryImport(HarfBuzz, EntryPoint = "hb_buffer_add_utf16")]
        public static partial void BufferAddUtf16(nint buffer, ushort* text, int textLength, uint itemOffset, int itemLength);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_buffer_set_direction")]
        public static partial void BufferSetDirection(nint buffer, int direction);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_buffer_guess_segment_properties")]
        public static partial void BufferGuessSegmentProperties(nint buffer);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_shape")]
        public static partial void Shape(nint font, nint buffer, nint features, uint featureCount);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_buffer_get_glyph_infos")]
        public static partial nint BufferGetGlyphInfos(nint buffer, out uint length);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_buffer_get_glyph_positions")]
        public static partial nint BufferGetGlyphPositions(nint buffer, out uint length);

        [LibraryImport(HarfBuzz, EntryPoint = "hb_buffer_destroy")]
        public static partial void BufferDestroy(nint buffer);
    }
}
