
namespace Mcro.Tests.Validation;

/// <summary>
/// Each problem names the rule that found it (the "rule" of --format json and the title of a GitHub
/// annotation); scripts filter on these ids, so each one is pinned here by one breakage that triggers it alone.
/// </summary>
public sealed class RuleIdTests
{

    [Theory]
    [InlineData("encoding", "communities.csv", "turkish,Turq", "turkish,Tu\0rq")]
    [InlineData("csv-syntax", "communities.csv", "turkish,Turq", "turkish,Tu\"rq")]
    [InlineData("csv-field-count", "communities.csv", "turkish,Turq,", "turkish,")]
    [InlineData("csv-delimiter", "2018/staff.csv", "municipality,position,community,gender", "municipality\tposition\tcommunity\tgender")]
    [InlineData("column-missing", "communities.csv", "code,name_sq,name_sr,name_en", "code,name_sq,name_sr,name_en")]
    [InlineData("column-unknown", "2018/staff.csv", "municipality,position", "municipality,postion")]
    [InlineData("column-duplicate", "2018/staff.csv", "municipality,position,community,gender", "municipality,position,community,gender,gender")]
    [InlineData("value-domain", "2018/staff.csv", "junik,head,albanian,male", "junik,head,albanian,mle")]
    [InlineData("value-missing", "2018/staff.csv", "junik,head,albanian,male", "junik,head,,male")]
    [InlineData("code-shape", "2018/staff.csv", "junik,head,albanian,male", "Junik,head,albanian,male")]
    [InlineData("invisible-character", "communities.csv", "turkish,Turq", "turkish,Tu\u200Brq")]
    [InlineData("duplicate-row", "municipalities.csv", "junik,Junik,Junik,Junik,2013,no", "junik,Junik,Junik,Junik,2013,no\njunik,Junik,Junik,Junik,2013,no")]
    [InlineData("second-head", "2019/staff.csv", "ferizaj,staff,turkish,male", "ferizaj,head,turkish,male")]
    [InlineData("unknown-code", "2019/staff.csv", "ferizaj,staff,turkish,male", "ferizaj,staff,turkih,male")]
    [InlineData("staff-without-mocr", "2019/staff.csv", "ferizaj,staff,turkish,male", "leposaviq,staff,turkish,male")]
    [InlineData("office-without-mocr", "2018/offices.csv", "junik,no,no,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a", "junik,no,no,n/a,n/a,n/a,n/a,n/a,n/a,n/a,n/a\nzvecan,no,no,no,no,no,no,no,no,no,no")]
    [InlineData("mocr-missing", "2019/offices.csv", "zvecan,no,no,yes,no,no,no,no,no,no,no\n", "")]
    [InlineData("na-without-exclusion", "2019/offices.csv", "zvecan,no,no,yes,", "zvecan,no,no,n/a,")]
    [InlineData("exclusion-without-na", "2018/offices.csv", "mamushe,yes,yes,yes,yes,n/a,", "mamushe,yes,yes,yes,yes,no,")]
    [InlineData("similar-office-with-mocr", "municipalities.csv", "Leposaviq/Leposavić,,yes", "Leposaviq/Leposavić,2020,yes")]
    [InlineData("text-missing", "i18n/sr.yaml", "  answer_no: \"Ne\"\n", "")]
    [InlineData("i18n-plural", "i18n/sr.yaml", "    few: \"{count} kancelarije\"\n", "")]
    [InlineData("yaml-syntax", "2019/notes.yaml", "exclusions: []", "exclusions: [")]
    [InlineData("yaml-alias", "2019/notes.yaml", "exclusions: []", "exclusions: *none")]
    [InlineData("value-too-long", "2019/notes.yaml", "exclusions: []", "exclusions: []\nnotes: [{section: performance, text: {en: LONG}}]")]
    [InlineData("yaml-depth", "2019/notes.yaml", "exclusions: []", "exclusions: [[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]")]
    [InlineData("yaml-duplicate-key", "2019/notes.yaml", "exclusions: []", "exclusions: []\nexclusions: []")]
    [InlineData("yaml-shape", "2019/notes.yaml", "exclusions: []", "exclusions: {}")]
    [InlineData("yaml-unknown-key", "2019/notes.yaml", "exclusions: []", "exclusion: []")]
    [InlineData("value-duplicate", "config.yaml", "languages: [sq, sr, en]", "languages: [sq, sr, en, en]")]
    [InlineData("empty-file", "2019/staff.csv", "municipality,position,community,gender", "")]
    public void Breakage_is_reported_under_its_rule(string rule, string file, string oldText, string newText)
    {
        using var ws = DataWorkspace.CopyOf();
        if (newText.Length == 0 && rule == "empty-file") ws.Write(file, "");
        else if (rule == "column-missing") ws.Write(file, "code,name_sq,name_sr\nalbanian,Shqiptarë,Albanci\n");
        // A text past the length limit is too long for an attribute: "LONG" stands for it.
        else ws.Replace(file, oldText, newText.Replace("LONG", new string('x', 10_001), StringComparison.Ordinal));

        var rules = ws.Validate().Problems.Select(d => d.Rule).Distinct().ToList();

        Assert.Equal([rule], rules);
    }

    [Fact]
    public void Missing_file_folder_and_year_have_their_rules()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Delete("2019/notes.yaml").CreateFolder("2o19");

        Assert.Equal(["file-missing", "year-folder"], ws.Validate().Problems.Select(d => d.Rule));
        Assert.Contains("year-missing", ws.Validate(years: [2017]).Problems.Select(d => d.Rule));
        ws.Delete("");
        Assert.Equal(["folder-missing"], ws.Validate().Problems.Select(d => d.Rule));
    }
}
