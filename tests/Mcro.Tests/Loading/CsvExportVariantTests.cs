
namespace Mcro.Tests.Loading;

/// <summary>What spreadsheets export in these locales must load exactly like the plain file.</summary>
public sealed class CsvExportVariantTests
{
    [Fact]
    public void Semicolon_delimited_file_is_detected_and_read()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("communities.csv", """
            code;name_sq;name_sr;name_en
            albanian;Shqiptarë;Albanci;Albanian
            serbian;Serbë;Srbi;Serbian
            turkish;Turq;Turci;Turkish

            """);

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal(["albanian", "serbian", "turkish"], result.Value!.Communities.Select(c => c.Code));
        Assert.Equal("Serbë", result.Value.Communities[1].Name["sq"]);
    }

    [Fact]
    public void Semicolon_file_keeps_unquoted_commas_inside_values()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("tasks.csv", """
            key;name_sq;name_sr;name_en
            contacts;Kontaktet;Kontakti;Contacts
            assessment;Vlerësimi;Procena;Assessment
            coordination;Bashkërendimi, bashkëpunimi;Koordinacija, saradnja;Coordination, cooperation
            projects;Projektet;Projekti;Projects
            participation;Pjesëmarrja;Učešće;Participation
            policy_monitoring;Monitorimi;Praćenje;Policy monitoring
            advice;Këshillat;Saveti;Advice
            public_information;Informimi;Informisanje;Public information

            """);

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal(8, result.Value!.Tasks.Length);
        Assert.Equal("Koordinacija, saradnja", result.Value.Tasks[2].Name["sr"]);
    }

    [Fact]
    public void Crlf_line_ends_are_read_and_lines_still_count_right()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2018/staff.csv", ws.Read("2018/staff.csv").Replace("\n", "\r\n", StringComparison.Ordinal));
        Assert.Empty(ws.Problems());

        ws.Replace("2018/staff.csv", "junik,head,albanian,male", "junik,head,albanain,male");
        Assert.Equal(["data/2018/staff.csv:10:C (community): unknown community 'albanain'; did you mean 'albanian'?"], ws.Problems());
    }

    [Fact]
    public void Blanks_around_values_and_header_names_in_any_case_are_accepted()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Write("2019/staff.csv", """
             Municipality , POSITION,Community ,  gender
            gjakove , head,  albanian ,female
              gjakove,staff,serbian, female 
            ferizaj,Head,albanian,FEMALE
            ferizaj,staff,serbian,male
            ferizaj,staff,turkish,male
            mitrovice-south,head,serbian,male
            mitrovice-south,staff,albanian,female
            mamushe,head,turkish,male
            mamushe,staff,albanian,female
            junik,head,albanian,male
            zvecan,head,serbian,female
            zvecan,staff,albanian,male

            """);

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        var staff = result.Value!.Years[2019].Staff;
        Assert.Equal(12, staff.Length);
        Assert.Equal(("gjakove", Model.Position.Head, "albanian", Model.Gender.Female),
            (staff[0].Municipality, staff[0].Position, staff[0].Community, staff[0].Gender));
        Assert.Equal(Model.Position.Head, staff[2].Position);
        Assert.Equal(Model.Gender.Female, staff[2].Gender);
    }

    [Fact]
    public void Blank_values_point_at_the_first_visible_character_of_the_cell()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2019/staff.csv", "gjakove,staff,serbian,female", "gjakove,   staf  ,serbian,female");

        Assert.Equal(["data/2019/staff.csv:3:B (position): position: 'staf' is not allowed; use one of: head, staff"], ws.Problems());
    }

    [Fact]
    public void Blank_lines_are_ignored_and_do_not_shift_line_numbers()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("2018/staff.csv", "ferizaj,head,albanian,female\n", "\n   \n,,,\nferizaj,head,albanian,female\n");
        Assert.Empty(ws.Problems());

        ws.Replace("2018/staff.csv", "junik,head,albanian,male", "junik,head,albanian,mle");
        Assert.Equal(["data/2018/staff.csv:13:D (gender): gender: 'mle' is not allowed; use one of: female, male"], ws.Problems());
    }

    [Fact]
    public void A_quoted_value_may_hold_the_delimiter_a_doubled_quote_and_a_line_break()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("communities.csv", "turkish,Turq,Turci,Turkish", "turkish,\"Turq, \"\"turk\"\"\",Turci,\"Turkish\nTurks\"");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        Assert.Equal("Turq, \"turk\"", result.Value!.Communities[2].Name["sq"]);
        Assert.Equal("Turkish\nTurks", result.Value.Communities[2].Name["en"]);
    }

    [Fact]
    public void Lines_after_a_value_with_a_line_break_are_numbered_as_in_an_editor()
    {
        using var ws = DataWorkspace.CopyOf();
        ws.Replace("municipalities.csv", "gjakove,Gjakovë,Đakovica,Gjakovë/Đakovica", "gjakove,Gjakovë,Đakovica,\"Gjakovë/\r\nĐakovica\"");
        ws.Replace("municipalities.csv", "junik,Junik,Junik,Junik,2013,no", "junik,Junik,Junik,Junik,2O13,no");

        Assert.Equal(["data/municipalities.csv:7:E (mocr_since): mocr_since: '2O13' is not a year (four digits, 1990–2100)"], ws.Problems());
    }

    [Fact]
    public void A_typical_excel_export_with_bom_semicolons_crlf_and_blanks_loads_like_the_plain_file()
    {
        using var ws = DataWorkspace.CopyOf();
        var plain = ws.Validate().Value!.Years[2018].Offices;
        var lines = ws.Read("2018/offices.csv").TrimEnd('\n').Split('\n');
        // Codes stay lower-case (they become file names); header names and answers may be in any case.
        var rows = lines.Select((line, i) => string.Join(" ; ", line.Split(',').Select((cell, c) => i == 0 || c > 0 ? cell.ToUpperInvariant() : cell)));
        ws.Write("2018/offices.csv", "\uFEFF " + string.Join("\r\n", rows) + " \r\n");

        var result = ws.Validate();

        Assert.Empty(result.Problems);
        var loaded = result.Value!.Years[2018].Offices;
        Assert.Equal(plain.Select(o => (o.Municipality, o.WorkPlan, o.AnnualReport, string.Join(",", o.Tasks.OrderBy(t => t.Key).Select(t => t.Value)))),
            loaded.Select(o => (o.Municipality, o.WorkPlan, o.AnnualReport, string.Join(",", o.Tasks.OrderBy(t => t.Key).Select(t => t.Value)))));
    }
}
