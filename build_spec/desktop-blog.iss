; Inno Setup script for Desktop Blog on Windows. It packs the PyInstaller one-folder bundle
; that build_spec/desktop-blog.spec makes on Windows (dist\desktop-blog\). Build on Windows:
;   pyinstaller --noconfirm --distpath dist --workpath build\pyinstaller build_spec\desktop-blog.spec
;   iscc /DAppVersion=<version from desktop_blog\__init__.py> build_spec\desktop-blog.iss
; It cannot be built on Linux (Inno Setup and the Windows bundle need Windows).
; Result: dist\desktop-blog-<version>-setup.exe with a Start-menu shortcut and an uninstaller
; that removes the program but never the user's journal (in %LOCALAPPDATA%\desktop-blog).

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z build_spec\desktop-blog.iss
#endif
#define AppName "Desktop Blog"
#define AppExe "desktop-blog.exe"

[Setup]
; Keep AppId fixed forever: upgrades and the uninstaller find the installation by it.
AppId={{6C1E0B7A-3E0A-4C55-9F0B-2F5D3A8E4B21}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Desktop Blog developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=desktop-blog-{#AppVersion}-setup
SetupIconFile=icons\desktop-blog.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\dist\desktop-blog\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
