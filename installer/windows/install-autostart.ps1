# Starts the player when the kiosk user logs on: a Task Scheduler task (default) or a shortcut in
# the user's Startup folder (-StartupFolder). Run as an administrator.
#   powershell -ExecutionPolicy Bypass -File install-autostart.ps1 -KioskUser kiosk
#   powershell -ExecutionPolicy Bypass -File install-autostart.ps1 -KioskUser kiosk -StartupFolder
#   powershell -ExecutionPolicy Bypass -File install-autostart.ps1 -Remove
param([string]$KioskUser = "kiosk", [switch]$StartupFolder, [switch]$Remove)
$ErrorActionPreference = "Stop"
$taskName = "Pulsewall"
$runner = Join-Path $PSScriptRoot "run-pulsewall.ps1"
$arguments = "-NoProfile -WindowStyle Hidden -ExecutionPolicy Bypass -File `"$runner`""

if ($Remove) {
    Unregister-ScheduledTask -TaskName $taskName -Confirm:$false -ErrorAction SilentlyContinue
    exit 0
}
if (-not [System.Diagnostics.EventLog]::SourceExists("Pulsewall")) {
    New-EventLog -LogName Application -Source Pulsewall
}
if ($StartupFolder) {
    $startup = "C:\Users\$KioskUser\AppData\Roaming\Microsoft\Windows\Start Menu\Programs\Startup"
    New-Item -ItemType Directory -Force $startup | Out-Null
    $shell = New-Object -ComObject WScript.Shell
    $link = $shell.CreateShortcut((Join-Path $startup "Pulsewall.lnk"))
    $link.TargetPath = "powershell.exe"
    $link.Arguments = $arguments
    $link.WindowStyle = 7
    $link.Save()
    Write-Host "shortcut in $startup"
    exit 0
}
$action = New-ScheduledTaskAction -Execute "powershell.exe" -Argument $arguments
$trigger = New-ScheduledTaskTrigger -AtLogOn -User $KioskUser
$principal = New-ScheduledTaskPrincipal -UserId $KioskUser -LogonType Interactive -RunLevel Limited
# no time limit; if the runner itself dies, Task Scheduler starts it again every minute
$settings = New-ScheduledTaskSettingsSet -ExecutionTimeLimit ([TimeSpan]::Zero) -RestartCount 999 `
    -RestartInterval (New-TimeSpan -Minutes 1) -AllowStartIfOnBatteries -DontStopIfGoingOnBatteries `
    -MultipleInstances IgnoreNew
Register-ScheduledTask -TaskName $taskName -Action $action -Trigger $trigger -Principal $principal `
    -Settings $settings -Force | Out-Null
Write-Host "task '$taskName' starts Pulsewall when $KioskUser logs on"
