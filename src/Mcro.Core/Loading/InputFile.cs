using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Mcro.Loading;

/// <summary>
/// Opens an input file (data, template, asset) for reading without ever blocking. A plain open of a named pipe
/// (FIFO) waits for a writer forever, and .NET reports a pipe as an ordinary file; on Linux the file is therefore
/// opened non-blocking and refused unless it is seekable, as every regular file is.
/// </summary>
public static partial class InputFile
{
    private const int ReadOnly = 0, NonBlocking = 0x800, CloseOnExec = 0x80000;

    /// <summary>The open file, or null when it is not a regular file (a named pipe, a socket, a terminal).</summary>
    public static FileStream? OpenRegular(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var descriptor = open(path, ReadOnly | NonBlocking | CloseOnExec);
            if (descriptor >= 0)
            {
                var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, bufferSize: 0);
                if (stream.CanSeek) return stream;
                stream.Dispose();
                return null;
            }
            // Not found, no permission, …: the ordinary open below throws .NET's own exception for it.
        }
        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);
}
