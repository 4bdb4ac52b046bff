using System.Diagnostics;

namespace Mcro.Site;

/// <summary>
/// An OS file lock on the output folder's <see cref="SiteMarker"/> for the time a build writes. A second build into
/// the same folder waits for it, then refuses; the lock dies with its process, so a killed build never leaves one.
/// </summary>
public sealed class SiteLock : IDisposable
{
    private readonly FileStream _stream;

    private SiteLock(FileStream stream) => _stream = stream;

    /// <summary>Creates the folder and its marker if need be, then holds the lock, waiting at most <paramref name="wait"/>.</summary>
    /// <exception cref="OutputFolderBusyException">Another build kept the lock for longer than <paramref name="wait"/>.</exception>
    public static SiteLock Acquire(string outputFolder, TimeSpan wait)
    {
        Directory.CreateDirectory(outputFolder);
        var path = Path.Combine(outputFolder, SiteMarker.FileName);
        var timer = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive flock on Unix and a sharing lock on Windows.
                var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
                if (stream.Length == 0)
                {
                    stream.Write(System.Text.Encoding.UTF8.GetBytes(SiteMarker.Text));
                    stream.Flush();
                }
                return new SiteLock(stream);
            }
            catch (IOException e) when (IsSharingViolation(e) && timer.Elapsed < wait)
            {
                Thread.Sleep(50);
            }
            catch (IOException e) when (IsSharingViolation(e))
            {
                throw new OutputFolderBusyException(e);
            }
        }
    }

    public void Dispose() => _stream.Dispose();

    /// <summary>What the OS says when another process holds the lock: EWOULDBLOCK (11 on Linux, 35 on macOS) from flock, or ERROR_SHARING_VIOLATION on Windows.</summary>
    private static bool IsSharingViolation(IOException e) =>
        e.HResult is 11 or 35 or unchecked((int)0x80070020);
}

/// <summary>Another build holds the output folder's lock: a user's situation (wait, or pick another --out), not a bug.</summary>
public sealed class OutputFolderBusyException(Exception inner)
    : IOException($"another mcro build is writing into this folder right now (it holds {SiteMarker.FileName}); run again when it has finished", inner);
