using System.Text;
using System.Text.RegularExpressions;

namespace Mcro.Tests.Release;

/// <summary>GitHub's filter patterns for branches and tags (<c>v[0-9]+.[0-9]+.[0-9]+*</c>) as a regular expression.</summary>
internal static class GitHubFilterPattern
{
    public static bool Matches(string pattern, string name) => Regex.IsMatch(name, ToRegex(pattern), RegexOptions.None, TimeSpan.FromSeconds(5));

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*': regex.Append(".*"); i++; break;
                case '*': regex.Append("[^/]*"); break;
                case '+' or '?': regex.Append(c); break; // one or more, or zero or one, of what precedes it
                case '[':
                    var end = pattern.IndexOf(']', i);
                    regex.Append(pattern, i, end - i + 1);
                    i = end;
                    break;
                case '!' when i == 0: throw new NotSupportedException("negative patterns");
                default: regex.Append(Regex.Escape(c.ToString())); break;
            }
        }
        return regex.Append('$').ToString();
    }
}
