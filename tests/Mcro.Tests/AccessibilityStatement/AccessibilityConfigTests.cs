namespace Mcro.Tests.AccessibilityStatement;

/// <summary>config.yaml's accessibility: block, checked where it is written like every other key of config.yaml.</summary>
public sealed class AccessibilityConfigTests
{
    private const string Block = "accessibility:\n  contact: \"accessibility@example.org\"\n  assessed: 2026-11-20\n";

    [Fact]
    public void The_contact_and_the_day_are_loaded()
    {
        using var ws = DataWorkspace.CopyOf("site");

        var settings = ws.Validate().Value!.Config.Accessibility!;

        Assert.Equal("accessibility@example.org", settings.Contact);
        Assert.Equal(new DateOnly(2026, 11, 20), settings.Assessed);
    }

    [Fact]
    public void A_missing_contact_is_a_problem_at_the_block()
    {
        using var ws = DataWorkspace.CopyOf("valid").Append("config.yaml", "accessibility:\n  assessed: 2026-11-20\n");

        Assert.Equal(
            ["data/config.yaml:14:1: accessibility.contact (the e-mail address or https:// page where readers report a barrier) is missing"],
            ws.Problems());
    }

    [Fact]
    public void A_missing_day_is_a_problem_at_the_block()
    {
        using var ws = DataWorkspace.CopyOf("valid").Append("config.yaml", "accessibility:\n  contact: \"a11y@example.org\"\n");

        Assert.Equal(
            ["data/config.yaml:14:1: accessibility.assessed (the day of the last accessibility assessment, YYYY-MM-DD) is missing"],
            ws.Problems());
    }

    [Theory]
    [InlineData("accessibility@example", "15:12")]
    [InlineData("http://example.org/feedback", "15:12")]
    [InlineData("two@at@example.org", "15:12")]
    public void A_contact_that_is_neither_an_e_mail_nor_an_https_address_is_refused_where_it_is(string contact, string place)
    {
        using var ws = DataWorkspace.CopyOf("valid").Append("config.yaml", Block.Replace("accessibility@example.org", contact, StringComparison.Ordinal));

        Assert.Equal(
            [$"data/config.yaml:{place}: accessibility.contact: '{contact}' is neither an e-mail address (name@example.org) nor an https:// address"],
            ws.Problems());
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("20.11.2026")]
    [InlineData("2026-11")]
    public void A_day_that_is_not_a_day_written_yyyy_mm_dd_is_refused_where_it_is(string day)
    {
        using var ws = DataWorkspace.CopyOf("valid").Append("config.yaml", Block.Replace("2026-11-20", day, StringComparison.Ordinal));

        Assert.Equal(
            [$"data/config.yaml:16:13: accessibility.assessed: '{day}' is not a day written YYYY-MM-DD, such as 2026-11-20"],
            ws.Problems());
    }

    [Fact]
    public void An_unknown_key_in_the_block_suggests_the_nearest_known_one()
    {
        using var ws = DataWorkspace.CopyOf("valid").Append("config.yaml", Block.Replace("assessed:", "assesed:", StringComparison.Ordinal));

        Assert.Contains("data/config.yaml:16:3: unknown key 'assesed' in config.yaml's accessibility; did you mean 'assessed'? (known: contact, assessed)", ws.Problems());
    }

    [Fact]
    public void A_block_that_is_not_a_mapping_is_refused()
    {
        using var ws = DataWorkspace.CopyOf("valid").Append("config.yaml", "accessibility: accessibility@example.org\n");

        Assert.Equal(["data/config.yaml:14:16: accessibility must be a mapping of 'key: value' lines"], ws.Problems());
    }
}
