using CsCheck;
using Mcro.Review;

namespace Mcro.Tests.Review;

/// <summary>Changed words, not paragraphs: a one-word fix shows that word, in any script, and the parts always spell both texts.</summary>
public sealed class WordDiffTests
{
    private static WordPart Same(string text) => new(WordPartKind.Same, text);
    private static WordPart Removed(string text) => new(WordPartKind.Removed, text);
    private static WordPart Added(string text) => new(WordPartKind.Added, text);

    [Fact]
    public void One_changed_word_is_the_only_part_removed_and_added()
    {
        var parts = WordDiff.Of("Kancelarija u Novom Brdu osnovana je 2019. godine.", "Kancelarija u Novom Brdu otvorena je 2019. godine.");

        Assert.Equal([Same("Kancelarija u Novom Brdu "), Removed("osnovana"), Added("otvorena"), Same(" je 2019. godine.")], parts);
    }

    [Fact]
    public void Cyrillic_and_Albanian_words_are_whole_tokens_with_their_accents()
    {
        Assert.Equal(["Novobërdë", ",", " ", "Ново", " ", "Брдо", "…"], WordDiff.Tokens("Novobërdë, Ново Брдо…"));
        // A letter with a combining mark is one character to a reader: the mark never becomes a token of its own.
        Assert.Equal(["Novobe\u0308rde\u0308", " ", "x"], WordDiff.Tokens("Novobe\u0308rde\u0308 x"));
        Assert.Equal([Same("Градска "), Removed("канцеларија"), Added("служба"), Same(" за заједнице")], WordDiff.Of("Градска канцеларија за заједнице", "Градска служба за заједнице"));
    }

    [Fact]
    public void Words_changed_side_by_side_are_one_change_with_the_space_between_them()
    {
        var parts = WordDiff.Of("the office did not meet the deadline set", "the office met the deadline set");

        Assert.Equal([Same("the office "), Removed("did not meet"), Added("met"), Same(" the deadline set")], parts);
    }

    [Fact]
    public void A_sentence_rewritten_is_one_removal_and_one_addition()
    {
        var parts = WordDiff.Of("The office reported on time.", "Nine communities took part in the survey this year.");

        Assert.Equal([Removed("The office reported on time."), Added("Nine communities took part in the survey this year.")], parts);
    }

    [Fact]
    public void An_excerpt_keeps_a_few_words_around_the_change_and_elides_the_rest()
    {
        var before = "one two three four five six seven eight nine ten eleven twelve";
        var after = "one two three four five six SEVEN eight nine ten eleven twelve";

        var shown = WordDiff.Excerpt(WordDiff.Of(before, after), context: 2);

        Assert.Equal([Same("… five six "), Removed("seven"), Added("SEVEN"), Same(" eight nine …")], shown);
    }

    [Fact]
    public void Texts_alike_are_one_part_shown_whole()
    {
        Assert.Equal([Same("Napomena o podacima")], WordDiff.Excerpt(WordDiff.Of("Napomena o podacima", "Napomena o podacima")));
        Assert.Empty(WordDiff.Of("", ""));
    }

    private static readonly string[] Pieces = ["Novobërdë", "Ново", "Брдо", "ђак", "e\u0301", "ë", " ", "  ", "\n", ",", ".", "„", "”", "{year}", "2019", "OSBE-së", "\uD83D\uDE00"];

    private static readonly Gen<string> Texts = Gen.OneOf(
            Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]),
            Gen.Char["aAbcçČćđëžЖљњћџш .,-'"].Select(c => c.ToString()),
            Gen.Const("\uD83D"),
            Gen.Char.Select(c => c.ToString()))
        .Array[0, 30].Select(string.Concat);

    [Fact]
    public void The_parts_spell_the_text_before_and_the_text_after_exactly()
    {
        Gen.Select(Texts, Texts).Sample((before, after) =>
        {
            var parts = WordDiff.Of(before, after);
            Assert.Equal(before, WordDiff.Before(parts));
            Assert.Equal(after, WordDiff.After(parts));
        }, iter: 5_000);
    }

    [Fact]
    public void A_change_made_of_one_text_and_a_small_edit_keeps_the_parts_apart_and_never_empty()
    {
        Gen.Select(Texts, Texts, Texts).Sample((head, middle, tail) =>
        {
            var parts = WordDiff.Of(head + " zajednica " + tail, head + middle + tail);
            Assert.All(parts, p => Assert.NotEqual("", p.Text));
            // Runs of one kind are joined, and within a change what was removed comes before what was added.
            for (var i = 1; i < parts.Count; i++)
            {
                Assert.NotEqual(parts[i - 1].Kind, parts[i].Kind);
                Assert.False(parts[i - 1].Kind == WordPartKind.Added && parts[i].Kind == WordPartKind.Removed);
            }
        }, iter: 3_000);
    }
}
