using System.Runtime.InteropServices;

namespace Mcro.Site;

/// <summary>
/// Swaps two folders in one step where the system can (Linux renameat2 with RENAME_EXCHANGE), so that a reader or
/// a killed build never sees the target missing. Elsewhere the caller falls back to two renames and a recovery step.
/// </summary>
internal static partial class FolderExchange
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    private static bool _unsupported = !OperatingSystem.IsLinux();

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> traded places atomically; false when this system cannot.</summary>
    public static bool TryExchange(string a, string b)
    {
        if (_unsupported) return false;
        try
        {
            if (renameat2(AtCurrentFolder, a, AtCurrentFolder, b, RenameExchange) == 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without renameat2 (old glibc, some musl builds): use the portable path from now on.
            _unsupported = true;
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        // ENOSYS (38), EINVAL (22): kernel or file system without RENAME_EXCHANGE; anything else is a real I/O failure.
        if (errno is 38 or 22) return false;
        throw new IOException($"cannot swap '{b}' for its new version: {Marshal.GetPInvokeErrorMessage(errno)}");
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int renameat2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
