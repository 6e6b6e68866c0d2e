# Keeps a Windows screen PC on and quiet for the wall: no sleep, no monitor time-out, no screen
# saver, no notification toasts, no restart pop-ups for updates during the day. Run as administrator.
$ErrorActionPreference = "Continue"
powercfg /change monitor-timeout-ac 0
powercfg /change standby-timeout-ac 0
powercfg /change hibernate-timeout-ac 0
powercfg /hibernate off
# screen saver off for every user (policy)
New-Item -Force "HKLM:\Software\Policies\Microsoft\Windows\Control Panel\Desktop" | Out-Null
Set-ItemProperty "HKLM:\Software\Policies\Microsoft\Windows\Control Panel\Desktop" ScreenSaveActive "0"
# no toast notifications over the wall
New-Item -Force "HKLM:\Software\Policies\Microsoft\Windows\CurrentVersion\PushNotifications" | Out-Null
Set-ItemProperty "HKLM:\Software\Policies\Microsoft\Windows\CurrentVersion\PushNotifications" NoToastApplicationNotification 1 -Type DWord
New-Item -Force "HKLM:\Software\Policies\Microsoft\Windows\Explorer" | Out-Null
Set-ItemProperty "HKLM:\Software\Policies\Microsoft\Windows\Explorer" DisableNotificationCenter 1 -Type DWord
# updates: install, but never restart while someone (the kiosk user) is logged on; active hours all day
New-Item -Force "HKLM:\Software\Policies\Microsoft\Windows\WindowsUpdate\AU" | Out-Null
Set-ItemProperty "HKLM:\Software\Policies\Microsoft\Windows\WindowsUpdate\AU" NoAutoRebootWithLoggedOnUsers 1 -Type DWord
Set-ItemProperty "HKLM:\Software\Policies\Microsoft\Windows\WindowsUpdate" SetActiveHours 1 -Type DWord
Set-ItemProperty "HKLM:\Software\Policies\Microsoft\Windows\WindowsUpdate" ActiveHoursStart 6 -Type DWord
Set-ItemProperty "HKLM:\Software\Policies\Microsoft\Windows\WindowsUpdate" ActiveHoursEnd 23 -Type DWord
Write-Host "power saving, screen saver, notifications and update restarts are off"
