using Mcro.Build;
using Mcro.Diagnostics;

namespace Mcro.Producers;

/// <summary>
/// A kind of page that needs something outside mcro for a build (the leaflets: a browser). The build prepares it first,
/// before the output folder is looked at, so that what is missing stops the build before anything else; starts it once
/// the build will render, so that it comes up while the data loads; and disposes it with the build, however that ends.
/// </summary>
public interface IPreparedProducer : IPageProducer, IDisposable
{
    /// <summary>This kind of page for one build, with what it needs found; or the problem of what is missing.</summary>
    Result<IPreparedProducer> Prepare(BuildRequest request);

    /// <summary>What was found for the build, for its step ("leaflets: /usr/bin/chromium"); empty when it needs nothing.</summary>
    string Prepared { get; }

    /// <summary>The build will render: what it needs starts now, to be up by the time its pages are made.</summary>
    void Start();
}
