using System.Collections.Immutable;
using Mcro.Charts;
using Mcro.Localization;

namespace Mcro.Tests.Charts;

/// <summary>Charts shaped like the factsheet's, with the real (long) core-task wording.</summary>
internal static class ChartFixtures
{
    public static ChartSpec TasksAlbanian() => new(
        "core-tasks", "sq", ChartKind.StackedBars,
        "Numri i ZKKK-ve që kryejnë secilën detyrë thelbësore",
        "Për secilën nga tetë detyrat thelbësore: sa ZKKK e kryen, sa nuk e kryen dhe sa janë përjashtuar.",
        "", "Numri i ZKKK-ve",
        [
            "Vendosja e kontakteve me të gjitha komunitetet dhe kategoritë e përfituesve (p.sh. të kthyerit, personat e riatdhesuar ose rastet sociale nga radhët e komuniteteve)",
            "Bashkërendimi dhe bashkëpunimi me akterët përkatës (p.sh. me OJQ, donatorë dhe përfitues)",
            "Dhënia e këshillave (me shkrim ose verbalisht) për kuvendin e komunës ose organet ekzekutive komunale për çështje që lidhen me mbrojtjen/promovimin e të drejtave të komuniteteve",
        ],
        [Series("Po", 33, 27, 22), Series("Jo", 2, 7, 13), Series("Të përjashtuara", 0, 1, 0)],
        NumberStyle.For("sq"));

    public static ChartSpec GenderSerbian() => new(
        "gender-by-community", "sr", ChartKind.StackedColumns,
        "Rodna zastupljenost u OKZP po zajednicama",
        "Broj žena i muškaraca zaposlenih u OKZP, po zajednicama.",
        "Zajednica", "Broj zaposlenih",
        ["Albanci", "Srbi", "Bošnjaci", "Turci", "Romi", "Aškalije", "Egipćani", "Goranci", "Crnogorci"],
        [Series("Žene", 20, 9, 3, 2, 1, 1, 0, 1, 0), Series("Muškarci", 41, 14, 4, 2, 2, 1, 1, 0, 1)],
        NumberStyle.For("sr"));

    public static ChartSpec WorkPlansCyrillic() => new(
        "work-plans", "sr-Cyrl", ChartKind.Columns,
        "ОКЗП са планом рада у 2019. години",
        "Од 35 ОКЗП, 31 је имала план рада, а 4 нису.",
        "", "Број ОКЗП",
        ["Да", "Не"],
        [Series("ОКЗП", 31, 4)],
        NumberStyle.For("sr-Cyrl"));

    public static ChartSpec StaffEnglish() => new(
        "staff-by-community", "en", ChartKind.Bars,
        "MOCR staff by community",
        "Heads of office and other staff of all MOCRs, by community.",
        "Community", "Number of staff",
        ["Albanian", "Serbian", "Turkish", "Roma"],
        [Series("Heads", 24, 9, 1, 0), Series("Staff", 1037, 18, 3, 0)],
        NumberStyle.For("en"));

    public static ChartSeries Series(string name, params int[] values) => new(name, [.. values]);

    public static ChartSpec With(this ChartSpec spec, ImmutableArray<string> categories, params ChartSeries[] series) =>
        spec with { Categories = categories, Series = [.. series] };
}
