using System.Text;
using Mcro.Cli;

Console.OutputEncoding = Encoding.UTF8;
return McroApp.Run(args, Console.Out, Console.Error);
