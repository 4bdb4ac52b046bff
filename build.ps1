# Windows mirror of the README commands. Usage: ./build.ps1 [run|test]
param([string]$Task = "run")
$ErrorActionPreference = "Stop"
if ($Task -eq "test") { dotnet test mcro.sln; exit $LASTEXITCODE }
dotnet run --project src/Mcro.Cli -- build --year 2019 --lang sr
exit $LASTEXITCODE
