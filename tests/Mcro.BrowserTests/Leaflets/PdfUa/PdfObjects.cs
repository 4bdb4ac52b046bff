using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Mcro.BrowserTests.Leaflets.PdfUa;

/// <summary>The objects of a PDF read by PdfPig, followed by reference, for the checker: names each object it shows.</summary>
public sealed class PdfObjects(PdfDocument document)
{
    public PdfDocument Document { get; } = document;

    public DictionaryToken Catalog => Document.Structure.Catalog.CatalogDictionary;

    public IToken? Resolve(IToken? token, int depth = 0) => token is IndirectReferenceToken reference && depth < 32
        ? Resolve(Document.Structure.GetObject(reference.Data).Data, depth + 1)
        : token;

    public DictionaryToken? Dictionary(IToken? token) => Resolve(token) switch
    {
        DictionaryToken dictionary => dictionary,
        StreamToken stream => stream.StreamDictionary,
        _ => null,
    };

    public IToken? Get(DictionaryToken? dictionary, string key) => dictionary is not null && dictionary.TryGet(NameToken.Create(key), out var value) ? Resolve(value) : null;

    public string? Name(DictionaryToken? dictionary, string key) => Get(dictionary, key) is NameToken name ? name.Data : null;

    /// <summary>A text string, written literal or in hex.</summary>
    public string? Text(DictionaryToken? dictionary, string key) => Get(dictionary, key) switch
    {
        StringToken text => text.Data,
        HexToken hex => hex.Data,
        _ => null,
    };

    public static IReadOnlyList<IToken> Items(IToken? token) => token switch
    {
        ArrayToken array => array.Data,
        null => [],
        _ => [token],
    };

    /// <summary>The decoded data of a stream.</summary>
    public byte[] Data(StreamToken stream) => stream.Decode(Document.Structure.FilterProvider, Document.Structure.TokenScanner).ToArray();

    /// <summary>The pages in order, by their object.</summary>
    public IReadOnlyList<IndirectReference> Pages()
    {
        var pages = new List<IndirectReference>();
        void Walk(IToken? node)
        {
            var dictionary = Dictionary(node);
            if (Name(dictionary, "Type") == "Pages")
                foreach (var kid in Items(Get(dictionary, "Kids"))) Walk(kid);
            else if (node is IndirectReferenceToken reference) pages.Add(reference.Data);
        }
        Walk(Catalog.Data["Pages"]);
        return pages;
    }

    /// <summary>How a failure names an object: "object 41".</summary>
    public static string Of(IToken? token) => token is IndirectReferenceToken r ? $"object {r.Data.ObjectNumber}" : "a direct object";
}
