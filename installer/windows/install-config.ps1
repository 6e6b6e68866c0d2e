# Copies the default configuration to %ProgramData%\Pulsewall (only files that are not there yet:
# local edits are kept) and makes the state directory writable for the kiosk user.
#   powershell -ExecutionPolicy Bypass -File "C:\Program Files\Pulsewall\app\install-config.ps1" -KioskUser kiosk
param([string]$KioskUser = "kiosk")
$ErrorActionPreference = "Stop"
$config = Join-Path $env:ProgramData "Pulsewall"
$state = Join-Path $config "state"
$template = Join-Path $PSScriptRoot "config"
New-Item -ItemType Directory -Force $config, $state | Out-Null
Get-ChildItem -Recurse -File $template | ForEach-Object {
    $target = Join-Path $config ($_.FullName.Substring($template.Length + 1))
    if (-not (Test-Path $target)) {
        New-Item -ItemType Directory -Force (Split-Path $target) | Out-Null
        Copy-Item $_.FullName $target
    }
}
icacls $state /grant "${KioskUser}:(OI)(CI)M" | Out-Null
Write-Host "configuration in $config, state in $state"
