# Runs the player and starts it again after every exit, 5 s apart: the watchdog ends a frozen
# player with 3 and an exhausted heap with 4; a configuration that does not validate exits 1 and
# is retried (a fixed file is picked up). Started at logon by install-autostart.ps1.
param([string]$Exe = (Join-Path ${env:ProgramFiles} "Pulsewall\Pulsewall.exe"))
while ($true) {
    $p = Start-Process -FilePath $Exe -ArgumentList "play" -PassThru -Wait -WindowStyle Hidden
    $code = $p.ExitCode
    if ($code -ne 0) {
        Write-EventLog -LogName Application -Source Pulsewall -EventId $code -EntryType Warning `
            -Message "Pulsewall exited with $code; restarting in 5 s" -ErrorAction SilentlyContinue
    }
    Start-Sleep -Seconds 5
}
