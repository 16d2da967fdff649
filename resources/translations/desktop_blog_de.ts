<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/about_dialog.py" line="+24"/>
        <source>A private, single-user desktop journal.</source>
        <translation>Ein privates Desktop-Tagebuch für eine Person.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grown from the Flask tutorial&apos;s Flaskr blog into a desktop app by the Desktop Blog developers. Built on Qt and PySide6 (LGPL-3.0), SQLite and SQLCipher (BSD), markdown-it-py (MIT) and platformdirs (MIT).</source>
        <translation>Von den Entwicklern von Desktop Blog aus dem Flaskr-Blog des Flask-Tutorials zu einer Desktop-App weiterentwickelt. Basiert auf Qt und PySide6 (LGPL-3.0), SQLite und SQLCipher (BSD), markdown-it-py (MIT) und platformdirs (MIT).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library versions</source>
        <translation>Bibliotheksversionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log folder: {folder}</source>
        <translation>Protokollordner: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Versions</source>
        <translation>Versionen &amp;kopieren</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running on</source>
        <translation>Läuft mit</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_blog/ui/actions.py" line="+23"/>
        <source>Editor</source>
        <translation>Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry list</source>
        <translation>Eintragsliste</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Neuer Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal as &amp;JSON…</source>
        <translation>Tagebuch als &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown Files…</source>
        <translation>&amp;Markdown-Dateien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML Site…</source>
        <translation>&amp;HTML-Website…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF of the Whole Journal…</source>
        <translation>&amp;PDF des ganzen Tagebuchs…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF of the &amp;Selected Entry…</source>
        <translation>PDF des &amp;ausgewählten Eintrags…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Out</source>
        <translation>Ab&amp;melden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit Entry</source>
        <translation>Eintrag &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Entry</source>
        <translation>Eintrag &amp;löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tar Entry</source>
        <translation>Mit S&amp;tern markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Calendar</source>
        <translation>&amp;Kalender anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Tags</source>
        <translation>&amp;Tags anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>Su&amp;chen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Day</source>
        <translation>&amp;Vorheriger Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Day</source>
        <translation>&amp;Nächster Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starre&amp;d Only</source>
        <translation>Nur &amp;mit Stern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;All Entries</source>
        <translation>&amp;Alle Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>Aktualisie&amp;ren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Fokusmodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;Entries</source>
        <translation>Zu den &amp;Einträgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Ca&amp;lendar</source>
        <translation>Zum Ka&amp;lender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Ta&amp;gs</source>
        <translation>Zu den Ta&amp;gs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Desktop Blog</source>
        <translation>&amp;Über Desktop Blog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share or Save</source>
        <translation>&amp;Teilen oder speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Editing</source>
        <translation>Bearbeiten abbr&amp;echen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation>&amp;Fett</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Italic</source>
        <translation>&amp;Kursiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;st</source>
        <translation>Li&amp;ste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Heading</source>
        <translation>&amp;Überschrift</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paragraph</source>
        <translation>&amp;Absatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;1</source>
        <translation>Überschrift &amp;1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;2</source>
        <translation>Überschrift &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;3</source>
        <translation>Überschrift &amp;3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Numbered List</source>
        <translation>&amp;Nummerierte Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quote</source>
        <translation>&amp;Zitat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code Bl&amp;ock</source>
        <translation>C&amp;odeblock</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;mage…</source>
        <translation>&amp;Bild…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo Typing</source>
        <translation>Eingabe rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation>Eingabe rückgängig machen (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo Typing</source>
        <translation>Eingabe wiederholen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo typing (Ctrl+Y)</source>
        <translation>Eingabe wiederholen (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML &amp;Source</source>
        <translation>HTML-&amp;Quelltext</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the HTML source (Ctrl+U)</source>
        <translation>HTML-Quelltext anzeigen (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{action} ({keys})</source>
        <translation>{action} ({keys})</translation>
    </message>
    <message>
        <location line="+76"/>
        <location filename="../../desktop_blog/ui/dialogs/shortcuts_dialog.py" line="+27"/>
        <source> &gt; </source>
        <translation> &gt; </translation>
    </message>
    <message>
        <location filename="../../desktop_blog/ui/windows/main_window.py" line="+208"/>
        <source>Uns&amp;tar Entry</source>
        <translation>S&amp;tern entfernen</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop_blog/app/application.py" line="+32"/>
        <source>desktop-blog: no graphical display found; start it from a desktop session (or set DISPLAY / WAYLAND_DISPLAY), or use the commands in &apos;desktop-blog --help&apos;</source>
        <translation>desktop-blog: keine grafische Anzeige gefunden; starten Sie es in einer Desktop-Sitzung (oder setzen Sie DISPLAY / WAYLAND_DISPLAY), oder verwenden Sie die Befehle aus &apos;desktop-blog --help&apos;</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>desktop-blog: error: {message}</source>
        <translation>desktop-blog: Fehler: {message}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>desktop-blog: the journal is already open; brought its window forward</source>
        <translation>desktop-blog: das Tagebuch ist bereits geöffnet; sein Fenster wurde nach vorne geholt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal {journal} is already open in another Desktop Blog that does not answer. Close it and try again.</source>
        <translation>Das Tagebuch {journal} ist bereits in einem anderen Desktop Blog geöffnet, das nicht antwortet. Schließen Sie es und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_blog/storage/backup.py" line="+79"/>
        <source>The backup {path} is encrypted: unlock the journal (or use its key file {key_file}) to check it.</source>
        <translation>Die Sicherung {path} ist verschlüsselt: Entsperren Sie das Tagebuch (oder verwenden Sie seine Schlüsseldatei {key_file}), um sie zu prüfen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the backup {path}: {error}.</source>
        <translation>Die Sicherung {path} kann nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {path} is damaged: {error}.</source>
        <translation>Die Sicherung {path} ist beschädigt: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a backup of a journal this version can use.</source>
        <translation>{path} ist keine Sicherung eines Tagebuchs, das diese Version verwenden kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a Desktop Blog backup ({error}).</source>
        <translation>{path} ist keine Sicherung von Desktop Blog ({error}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no journal at {path} to back up.</source>
        <translation>Unter {path} gibt es kein Tagebuch, das gesichert werden könnte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>Cannot write a backup into {folder}: {error}.</source>
        <translation>In {folder} kann keine Sicherung geschrieben werden: {error}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot write a backup into {folder}: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>In {folder} kann keine Sicherung geschrieben werden: Der Datenträger ist voll. Es wurde nichts geändert; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup of {path} failed: {error}.</source>
        <translation>Die Sicherung von {path} ist fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No backup was made: {health} The older backups were kept.</source>
        <translation>Es wurde keine Sicherung erstellt: {health} Die älteren Sicherungen wurden behalten.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup {path} is plain, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).</source>
        <translation>Die Sicherung {path} ist im Gegensatz zum geöffneten Tagebuch unverschlüsselt; es wurde nichts geändert. Öffnen Sie sie stattdessen für sich allein (eine Sicherung ist ein vollständiges Tagebuch).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is encrypted, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).</source>
        <translation>Die Sicherung {path} ist im Gegensatz zum geöffneten Tagebuch verschlüsselt; es wurde nichts geändert. Öffnen Sie sie stattdessen für sich allein (eine Sicherung ist ein vollständiges Tagebuch).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal could not be restored from {backup}: {error}. The journal as it was is in {safety}.</source>
        <translation>Das Tagebuch konnte nicht aus {backup} wiederhergestellt werden: {error}. Das Tagebuch im vorherigen Zustand liegt in {safety}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+45"/>
        <source>{month}: {value}</source>
        <translation>{month}: {value}</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/body_edit.py" line="+64"/>
        <source>Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged.</source>
        <translation>Nicht eingefügt: Der Text hätte {size} Zeichen; ein Eintrag fasst höchstens {limit}. Ihre Eingabe bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/calendar_panel.py" line="+30"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in bold have entries; choose one to list them</source>
        <translation>Fett gedruckte Tage haben Einträge; wählen Sie einen aus, um sie aufzulisten</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_blog/cli.py" line="+49"/>
        <source>usage: </source>
        <translation>Verwendung: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: Fehler: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{app}: a private desktop journal.</source>
        <translation>{app}: ein privates Desktop-Tagebuch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version number and exit</source>
        <translation>die Versionsnummer anzeigen und beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings file overriding the defaults (like the DESKTOP_BLOG_SETTINGS environment variable)</source>
        <translation>Einstellungsdatei, die die Standardwerte überschreibt (wie die Umgebungsvariable DESKTOP_BLOG_SETTINGS)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check this installation headless with a temporary journal, then exit</source>
        <translation>diese Installation ohne Oberfläche mit einem temporären Tagebuch prüfen und dann beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the app (the default)</source>
        <translation>die App starten (Standard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the username and password (the old password first); creates or encrypts the journal (passwords read from stdin, one per line, when it is not a terminal)</source>
        <translation>Benutzernamen und Passwort festlegen (zuerst das alte Passwort); erstellt oder verschlüsselt das Tagebuch (Passwörter werden von stdin gelesen, eines pro Zeile, wenn es kein Terminal ist)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the username (asked for when omitted)</source>
        <translation>der Benutzername (wird abgefragt, wenn er fehlt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set a new password with the recovery key shown when the journal was made</source>
        <translation>ein neues Passwort mit dem Wiederherstellungsschlüssel festlegen, der beim Erstellen des Tagebuchs angezeigt wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create the encrypted journal if it is missing (asks for a password)</source>
        <translation>das verschlüsselte Tagebuch erstellen, falls es fehlt (fragt nach einem Passwort)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>back up an existing journal, then start an empty one</source>
        <translation>ein vorhandenes Tagebuch sichern und dann ein leeres beginnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no input: expected a value on standard input</source>
        <translation>keine Eingabe: Auf der Standardeingabe wurde ein Wert erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passwords do not match; nothing was changed</source>
        <translation>die Passwörter stimmen nicht überein; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password must have at least {count} characters; nothing was changed</source>
        <translation>das Passwort muss mindestens {count} Zeichen haben; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key (shown once; write it down and keep it apart from the computer): {key}</source>
        <translation>Wiederherstellungsschlüssel (wird nur einmal angezeigt; schreiben Sie ihn auf und bewahren Sie ihn getrennt vom Computer auf): {key}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the password or this key the journal cannot be opened by anyone, including you.</source>
        <translation>Ohne das Passwort oder diesen Schlüssel kann niemand das Tagebuch öffnen, auch Sie nicht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>Old password: </source>
        <translation>Altes Passwort: </translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>no old password: expected it on the next line of stdin</source>
        <translation>kein altes Passwort: Es wurde in der nächsten Zeile von stdin erwartet</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+104"/>
        <source>Invalid password; nothing was changed</source>
        <translation>Ungültiges Passwort; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+78"/>
        <source>Username: </source>
        <translation>Benutzername: </translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+77"/>
        <source>the username must not be empty; nothing was changed</source>
        <translation>der Benutzername darf nicht leer sein; es wurde nichts geändert</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Password changed (the journal&apos;s key was re-wrapped); username saved to {path}</source>
        <translation>Passwort geändert (der Schlüssel des Tagebuchs wurde neu verpackt); Benutzername in {path} gespeichert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{summary} Username saved to {path}.</source>
        <translation>{summary} Benutzername in {path} gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username and password saved to {path}; encrypted journal created at {journal}</source>
        <translation>Benutzername und Passwort in {path} gespeichert; verschlüsseltes Tagebuch unter {journal} erstellt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no encrypted journal at {path} to recover.</source>
        <translation>Unter {path} gibt es kein verschlüsseltes Tagebuch, dessen Zugang wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key: </source>
        <translation>Wiederherstellungsschlüssel: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recovery key: expected it on the next line of stdin</source>
        <translation>kein Wiederherstellungsschlüssel: Er wurde in der nächsten Zeile von stdin erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password set with the recovery key (which stays valid).</source>
        <translation>Neues Passwort mit dem Wiederherstellungsschlüssel festgelegt (der Schlüssel bleibt gültig).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+11"/>
        <location filename="../../desktop_blog/cli_journal.py" line="+154"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location filename="../../desktop_blog/cli_journal.py" line="+1"/>
        <source>no password: expected it on the next line of stdin</source>
        <translation>kein Passwort: Es wurde in der nächsten Zeile von stdin erwartet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted journal ready at {path}</source>
        <translation>Verschlüsseltes Tagebuch bereit unter {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up the journal to {backup} and started an empty journal at {path}</source>
        <translation>Tagebuch nach {backup} gesichert und ein leeres Tagebuch unter {path} begonnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal ready at {path}</source>
        <translation>Tagebuch bereit unter {path}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>error: {message}</source>
        <translation>Fehler: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted; nothing was changed</source>
        <translation>unterbrochen; es wurde nichts geändert</translation>
    </message>
    <message>
        <location filename="../../desktop_blog/cli_journal.py" line="-110"/>
        <source>add an entry (body from --body-file or stdin)</source>
        <translation>einen Eintrag hinzufügen (Text aus --body-file oder stdin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry&apos;s title</source>
        <translation>der Titel des Eintrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file with the body</source>
        <translation>Datei mit dem Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when it was written, in this system&apos;s time zone (default: now)</source>
        <translation>wann er geschrieben wurde, in der Zeitzone dieses Systems (Standard: jetzt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body&apos;s format (default: the &apos;default_format&apos; setting)</source>
        <translation>das Format des Texts (Standard: die Einstellung &apos;default_format&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list entries, newest first (★: starred)</source>
        <translation>Einträge auflisten, neueste zuerst (★: mit Stern)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only starred entries</source>
        <translation>nur Einträge mit Stern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>star an entry</source>
        <translation>einen Eintrag mit Stern markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the star of an entry</source>
        <translation>den Stern eines Eintrags entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list entries matching QUERY, newest first</source>
        <translation>Einträge auflisten, die zu QUERY passen, neueste zuerst</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export the journal (or some entries)</source>
        <translation>das Tagebuch (oder einzelne Einträge) exportieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only this entry (repeat)</source>
        <translation>nur dieser Eintrag (wiederholbar)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file (json, pdf) or a new folder (markdown, html)</source>
        <translation>eine Datei (json, pdf) oder ein neuer Ordner (markdown, html)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypt the JSON export with a passphrase (asked for; from stdin&apos;s next line)</source>
        <translation>den JSON-Export mit einer Passphrase verschlüsseln (wird abgefragt; aus der nächsten Zeile von stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import a Desktop Blog JSON export, a Flaskr database or a jrnl JSON export</source>
        <translation>einen JSON-Export von Desktop Blog, eine Flaskr-Datenbank oder einen JSON-Export von jrnl importieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>back up the journal now (verified, rotated)</source>
        <translation>das Tagebuch jetzt sichern (geprüft, rotiert)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to (default: the &apos;backup_folder&apos; setting)</source>
        <translation>wohin (Standard: die Einstellung &apos;backup_folder&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least 1</source>
        <translation>muss mindestens 1 sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date and time like &apos;2024-05-01 08:30&apos;</source>
        <translation>{value} ist kein Datum mit Uhrzeit wie &apos;2024-05-01 08:30&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export passphrase: </source>
        <translation>Export-Passphrase: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no export passphrase: expected it on the next line of stdin</source>
        <translation>keine Export-Passphrase: Sie wurde in der nächsten Zeile von stdin erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>wrong password; nothing was done</source>
        <translation>falsches Passwort; es wurde nichts getan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read {path}: {error}</source>
        <translation>{path} kann nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added entry #{id}: {title}</source>
        <translation>Eintrag #{id} hinzugefügt: {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry #{id}: {error}</source>
        <translation>Eintrag #{id}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starred entry #{id}: {title}</source>
        <translation>Eintrag #{id} mit Stern markiert: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstarred entry #{id}: {title}</source>
        <translation>Stern von Eintrag #{id} entfernt: {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only the JSON export can be encrypted; drop --encrypt</source>
        <translation>nur der JSON-Export kann verschlüsselt werden; lassen Sie --encrypt weg</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON exports the whole journal; drop --entry</source>
        <translation>JSON exportiert das ganze Tagebuch; lassen Sie --entry weg</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln entries to {path} (encrypted with the passphrase)</source>
        <translation>
            <numerusform>%Ln Eintrag nach {path} exportiert (mit der Passphrase verschlüsselt)</numerusform>
            <numerusform>%Ln Einträge nach {path} exportiert (mit der Passphrase verschlüsselt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>note: {path} is not encrypted; anyone who can read it can read the entries (use --format json --encrypt for an encrypted export)</source>
        <translation>Hinweis: {path} ist nicht verschlüsselt; wer die Datei lesen kann, kann die Einträge lesen (verwenden Sie --format json --encrypt für einen verschlüsselten Export)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>%Ln Eintrag nach {path} exportiert</numerusform>
            <numerusform>%Ln Einträge nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrases do not match; nothing was exported</source>
        <translation>die Passphrasen stimmen nicht überein; es wurde nichts exportiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase must have at least {count} characters</source>
        <translation>die Passphrase muss mindestens {count} Zeichen haben</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Backed up and verified the journal: {path}</source>
        <translation>Tagebuch gesichert und geprüft: {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No entries.</source>
        <translation>Keine Einträge.</translation>
    </message>
    <message>
        <location filename="../../desktop_blog/cli_rescue.py" line="+24"/>
        <source>check the journal for damage; rebuild damaged indexes (nothing is lost)</source>
        <translation>das Tagebuch auf Schäden prüfen; beschädigte Indizes neu aufbauen (nichts geht verloren)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy every readable entry and image of a damaged journal into OUTPUT</source>
        <translation>alle lesbaren Einträge und Bilder eines beschädigten Tagebuchs nach OUTPUT kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new journal file (must not exist)</source>
        <translation>die neue Tagebuchdatei (darf noch nicht existieren)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{summary} The salvaged journal is {output}; the damaged journal {journal} was left untouched.</source>
        <translation>{summary} Das geborgene Tagebuch ist {output}; das beschädigte Tagebuch {journal} blieb unverändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{damage} Rebuilt them: {summary} The damaged file was kept as {aside}.</source>
        <translation>{damage} Neu aufgebaut: {summary} Die beschädigte Datei wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no verified backup.</source>
        <translation>Es gibt keine geprüfte Sicherung.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The newest verified backup is {path} ({made}, %Ln entries).</source>
        <translation>
            <numerusform>Die neueste geprüfte Sicherung ist {path} ({made}, %Ln Eintrag).</numerusform>
            <numerusform>Die neueste geprüfte Sicherung ist {path} ({made}, %Ln Einträge).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/security/conversion.py" line="+58"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation>
            <numerusform>Das Tagebuch wurde verschlüsselt (%Ln Eintrag); die unverschlüsselte Datei wurde entfernt.</numerusform>
            <numerusform>Das Tagebuch wurde verschlüsselt (%Ln Einträge); die unverschlüsselte Datei wurde entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backups made earlier are still plain (not encrypted): encrypt or delete them.</source>
        <translation>
            <numerusform>%n früher erstellte Sicherung ist noch unverschlüsselt: Verschlüsseln oder löschen Sie sie.</numerusform>
            <numerusform>%n früher erstellte Sicherungen sind noch unverschlüsselt: Verschlüsseln oder löschen Sie sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The encrypted copy did not verify ({check}, {found} of %Ln entries); the plain journal was kept unchanged.</source>
        <translation>
            <numerusform>Die verschlüsselte Kopie hat die Prüfung nicht bestanden ({check}, {found} von %Ln Eintrag); das unverschlüsselte Tagebuch blieb unverändert.</numerusform>
            <numerusform>Die verschlüsselte Kopie hat die Prüfung nicht bestanden ({check}, {found} von %Ln Einträgen); das unverschlüsselte Tagebuch blieb unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is not a plain journal; nothing was changed.</source>
        <translation>{path} ist kein unverschlüsseltes Tagebuch; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The journal {path} is open in another program; close it and try again. Nothing was changed.</source>
        <translation>Das Tagebuch {path} ist in einem anderen Programm geöffnet; schließen Sie es und versuchen Sie es erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypting the journal failed ({error}); the plain journal was kept.</source>
        <translation>Das Verschlüsseln des Tagebuchs ist fehlgeschlagen ({error}); das unverschlüsselte Tagebuch wurde behalten.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Encrypting the backup {path} failed: {error}.</source>
        <translation>Das Verschlüsseln der Sicherung {path} ist fehlgeschlagen: {error}.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/crash_dialog.py" line="+26"/>
        <source>An unknown error</source>
        <translation>Ein unbekannter Fehler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected error — {app}</source>
        <translation>Unerwarteter Fehler — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes on running, and what was saved in the journal is safe. The details were saved in {file}. Copy the details into a bug report if you want it fixed.</source>
        <translation>Die App läuft weiter, und was im Tagebuch gespeichert wurde, ist sicher. Die Details wurden in {file} gespeichert. Kopieren Sie die Details in einen Fehlerbericht, wenn Sie möchten, dass der Fehler behoben wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app goes on running, and what was saved in the journal is safe. The details could not be saved in {folder}; copy them instead. Copy the details into a bug report if you want it fixed.</source>
        <translation>Die App läuft weiter, und was im Tagebuch gespeichert wurde, ist sicher. Die Details konnten nicht in {folder} gespeichert werden; kopieren Sie sie stattdessen. Kopieren Sie die Details in einen Fehlerbericht, wenn Sie möchten, dass der Fehler behoben wird.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Fehlerdetails</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../desktop_blog/crash_guard.py" line="+41"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}</source>
        <translation>unerwarteter Fehler: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}; the details are in {path}</source>
        <translation>unerwarteter Fehler: {error}; die Details stehen in {path}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop_blog/storage/database.py" line="+108"/>
        <source>The journal path {path} is a folder, not a file. Point &apos;database&apos; in the settings file at a file.</source>
        <translation>Der Tagebuchpfad {path} ist ein Ordner, keine Datei. Lassen Sie &apos;database&apos; in der Einstellungsdatei auf eine Datei zeigen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal {path} is read-only</source>
        <translation>Das Tagebuch {path} ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} holding the journal is read-only</source>
        <translation>Der Ordner {folder} mit dem Tagebuch ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The journal {path} is encrypted; it opens only with its password.</source>
        <translation>Das Tagebuch {path} ist verschlüsselt; es lässt sich nur mit seinem Passwort öffnen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal {path} is not encrypted (a plain SQLite file), although a key was given. Encrypt it first; nothing was changed.</source>
        <translation>Das Tagebuch {path} ist nicht verschlüsselt (eine einfache SQLite-Datei), obwohl ein Schlüssel angegeben wurde. Verschlüsseln Sie es zuerst; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot read the journal {path}: {error}. Check the file&apos;s permissions.</source>
        <translation>Das Tagebuch {path} kann nicht gelesen werden: {error}. Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} is a database of another program (it has the tables {tables}), not a Desktop Blog journal. It was left untouched; point &apos;database&apos; in the settings file at another file.</source>
        <translation>{path} ist die Datenbank eines anderen Programms (sie hat die Tabellen {tables}), kein Tagebuch von Desktop Blog. Sie wurde nicht verändert; lassen Sie &apos;database&apos; in der Einstellungsdatei auf eine andere Datei zeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Desktop Blog journal (it has no entries table). It was left untouched; point &apos;database&apos; in the settings file at another file.</source>
        <translation>{path} ist kein Tagebuch von Desktop Blog (die Tabelle der Einträge fehlt). Die Datei wurde nicht verändert; lassen Sie &apos;database&apos; in der Einstellungsdatei auf eine andere Datei zeigen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no journal at {path}. Run &apos;desktop-blog init-db&apos; to create one.</source>
        <translation>Unter {path} gibt es kein Tagebuch. Führen Sie &apos;desktop-blog init-db&apos; aus, um eines zu erstellen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the journal {path}: {error}. Check that its folder exists and is writable, or choose another path.</source>
        <translation>Das Tagebuch {path} kann nicht erstellt werden: {error}. Prüfen Sie, ob sein Ordner existiert und beschreibbar ist, oder wählen Sie einen anderen Pfad.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the journal {path}: {error}.</source>
        <translation>Das Tagebuch {path} kann nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reason}, and it needs an update to schema version {needed} (it has {version}). Make it writable and start Desktop Blog again.</source>
        <translation>{reason}, und das Tagebuch muss auf Schemaversion {needed} aktualisiert werden (es hat Version {version}). Machen Sie es beschreibbar und starten Sie Desktop Blog erneut.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key file {key_file} does not belong to the journal {path} (or the journal is damaged): the key it holds does not decrypt it. Nothing was changed.</source>
        <translation>Die Schlüsseldatei {key_file} gehört nicht zum Tagebuch {path} (oder das Tagebuch ist beschädigt): Der enthaltene Schlüssel entschlüsselt es nicht. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Desktop Blog journal or is damaged ({error}). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>{path} ist kein Tagebuch von Desktop Blog oder ist beschädigt ({error}). Die Datei wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal {path} is locked by another program (waited {seconds} s). Close the other program and try again.</source>
        <translation>Das Tagebuch {path} ist von einem anderen Programm gesperrt ({seconds} s gewartet). Schließen Sie das andere Programm und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the journal {path} ({error}). Check the file&apos;s permissions.</source>
        <translation>In das Tagebuch {path} kann nicht geschrieben werden ({error}). Prüfen Sie die Zugriffsrechte der Datei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the journal {path}: {error}.</source>
        <translation>Das Tagebuch {path} kann nicht verwendet werden: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>journal schema version {version} is newer than this app ({supported}); update Desktop Blog</source>
        <translation>die Schemaversion {version} des Tagebuchs ist neuer als diese App ({supported}); aktualisieren Sie Desktop Blog</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>The journal {path} already holds %Ln entries; nothing was changed. Use --force to back it up and start an empty journal.</source>
        <translation>
            <numerusform>Das Tagebuch {path} enthält bereits %Ln Eintrag; es wurde nichts geändert. Verwenden Sie --force, um es zu sichern und ein leeres Tagebuch zu beginnen.</numerusform>
            <numerusform>Das Tagebuch {path} enthält bereits %Ln Einträge; es wurde nichts geändert. Verwenden Sie --force, um es zu sichern und ein leeres Tagebuch zu beginnen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_blog/locale_format.py" line="+46"/>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
    </message>
</context>
<context>
    <name>DesktopEntry</name>
    <message>
        <location filename="../../desktop_blog/desktop_metadata.py" line="+40"/>
        <source>Desktop Blog</source>
        <extracomment>The application&apos;s name in menus and launchers; a product name, usually kept as it is.</extracomment>
        <translation>Desktop Blog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal</source>
        <extracomment>What kind of program this is, shown beside or instead of its name in some menus.</extracomment>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private journal that lives on your computer</source>
        <extracomment>The tooltip of the menu entry: one short sentence, no full stop.</extracomment>
        <translation>Ein privates Tagebuch auf dem eigenen Computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>journal;diary;blog;notes;</source>
        <extracomment>Words the desktop&apos;s search finds the program by, separated by semicolons and ending with a semicolon. Use words of your language; the English ones are found anyway.</extracomment>
        <translation>Tagebuch;Journal;Blog;Notizen;</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../desktop_blog/storage/drafts.py" line="+103"/>
        <source>The draft could not be saved to {path}: {error}.</source>
        <translation>Der Entwurf konnte nicht in {path} gespeichert werden: {error}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The draft could not be saved in the journal: {error}.</source>
        <translation>Der Entwurf konnte nicht im Tagebuch gespeichert werden: {error}.</translation>
    </message>
</context>
<context>
    <name>EncryptOffer</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+16"/>
        <source>Encrypt your journal</source>
        <translation>Tagebuch verschlüsseln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt your journal now?</source>
        <translation>Ihr Tagebuch jetzt verschlüsseln?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not encrypted: anyone who can read the file
{path}
can read your entries. Encrypting it with your password takes a moment; you will then see your recovery key.</source>
        <translation>Es ist nicht verschlüsselt: Wer die Datei
{path}
lesen kann, kann Ihre Einträge lesen. Das Verschlüsseln mit Ihrem Passwort dauert einen Moment; danach sehen Sie Ihren Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypt now</source>
        <translation>Jetzt verschlüsseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your password to encrypt the journal with it:</source>
        <translation>Geben Sie Ihr Passwort ein, um das Tagebuch damit zu verschlüsseln:</translation>
    </message>
</context>
<context>
    <name>EncryptedExport</name>
    <message>
        <location filename="../../desktop_blog/transfer/encrypted_export.py" line="+67"/>
        <source>This is not an encrypted Desktop Blog export.</source>
        <translation>Dies ist kein verschlüsselter Export von Desktop Blog.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The encrypted export is damaged (its header).</source>
        <translation>Der verschlüsselte Export ist beschädigt (im Dateikopf).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted export&apos;s salt is too short; it was altered.</source>
        <translation>Das Salt des verschlüsselten Exports ist zu kurz; der Export wurde verändert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted export asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.</source>
        <translation>Der verschlüsselte Export verlangt argon2id {name}={value}, außerhalb von {low}-{high}; er wurde nicht von Desktop Blog erstellt oder wurde verändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrong passphrase for the encrypted export (or the file is damaged); nothing was imported.</source>
        <translation>Falsche Passphrase für den verschlüsselten Export (oder die Datei ist beschädigt); es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <location filename="../../desktop_blog/storage/entries.py" line="+43"/>
        <source>The title has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.</source>
        <translation>Der Titel hat {count} Zeichen; höchstens {limit} sind erlaubt. Es wurde nichts gespeichert; bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.</source>
        <translation>Der Text hat {count} Zeichen; höchstens {limit} sind erlaubt. Es wurde nichts gespeichert; bitte kürzen Sie ihn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The title contains a NUL character, which cannot be saved. Nothing was saved.</source>
        <translation>Der Titel enthält ein NUL-Zeichen, das nicht gespeichert werden kann. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text contains a NUL character, which cannot be saved. Nothing was saved.</source>
        <translation>Der Text enthält ein NUL-Zeichen, das nicht gespeichert werden kann. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.</source>
        <translation>Der Titel enthält ein ungültiges Zeichen (ein ungepaartes Surrogat an Position {position}). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.</source>
        <translation>Der Text enthält ein ungültiges Zeichen (ein ungepaartes Surrogat an Position {position}). Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry could not be saved: {error}. Nothing was written.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: {error}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry could not be changed: {error}. Nothing was written.</source>
        <translation>Der Eintrag konnte nicht geändert werden: {error}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry could not be changed back: {error}. Nothing was written.</source>
        <translation>Der Eintrag konnte nicht zurückgeändert werden: {error}. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Please enter a title and some text.</source>
        <translation>Bitte geben Sie einen Titel und einen Text ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter a title.</source>
        <translation>Bitte geben Sie einen Titel ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter some text.</source>
        <translation>Bitte geben Sie einen Text ein.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown body format {format}: use HTML or Markdown.</source>
        <translation>Unbekanntes Textformat {format}: Verwenden Sie HTML oder Markdown.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The entry could not be saved: {error}. Nothing was written; your text is still in the form.</source>
        <translation>Der Eintrag konnte nicht gespeichert werden: {error}. Es wurde nichts geschrieben; Ihr Text steht noch im Formular.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+45"/>
        <source>This entry no longer exists; nothing was saved.</source>
        <translation>Dieser Eintrag existiert nicht mehr; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+7"/>
        <location line="+30"/>
        <source>This entry no longer exists.</source>
        <translation>Dieser Eintrag existiert nicht mehr.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry could not be deleted: {error}.</source>
        <translation>Der Eintrag konnte nicht gelöscht werden: {error}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry could not be restored: entry {id} exists.</source>
        <translation>Der Eintrag konnte nicht wiederhergestellt werden: Eintrag {id} existiert bereits.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Too many entries have this date (the limit is {limit} a day); nothing was saved.</source>
        <translation>Zu viele Einträge haben dieses Datum (höchstens {limit} pro Tag); es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>EntriesController</name>
    <message>
        <location filename="../../desktop_blog/app/entries_controller.py" line="+28"/>
        <source>New entry was successfully posted</source>
        <translation>Der neue Eintrag wurde erfolgreich gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry was saved</source>
        <translation>Der Eintrag wurde gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Der Eintrag wurde gelöscht. Rückgängig (Ctrl+Z) holt ihn zurück.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{action} could not be undone or redone: {error}</source>
        <translation>Rückgängig machen oder Wiederholen fehlgeschlagen ({action}): {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add “{title}”</source>
        <translation>„{title}“ hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit “{title}”</source>
        <translation>„{title}“ bearbeiten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Star “{title}”</source>
        <translation>„{title}“ mit Stern markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar “{title}”</source>
        <translation>Stern von „{title}“ entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete “{title}”</source>
        <translation>„{title}“ löschen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo {action}</source>
        <translation>Rückgängig: {action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo {action}</source>
        <translation>Wiederholen: {action}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This entry no longer exists; nothing was saved.</source>
        <translation>Dieser Eintrag existiert nicht mehr; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_delegate.py" line="+160"/>
        <source>{date} · {snippet}</source>
        <translation>{date} · {snippet}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_form.py" line="+79"/>
        <location line="+356"/>
        <location line="+38"/>
        <source>New entry</source>
        <translation>Neuer Eintrag</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Body format</source>
        <translation>Textformat</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text — HTML, e.g. &lt;b&gt;bold&lt;/b&gt;, or Markdown, e.g. **bold**; #tags are indexed</source>
        <translation>Text — HTML, z. B. &lt;b&gt;fett&lt;/b&gt;, oder Markdown, z. B. **fett**; #Tags werden indiziert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text — #tags are indexed</source>
        <translation>Text — #Tags werden indiziert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+314"/>
        <location line="+38"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="-350"/>
        <location line="+312"/>
        <location line="+38"/>
        <source>Post the entry (Ctrl+Return)</source>
        <translation>Eintrag hinzufügen (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop editing; nothing is saved (Esc)</source>
        <translation>Bearbeiten beenden; nichts wird gespeichert (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This HTML has parts the rich editor cannot keep (styles, tables or other tags); it stays in HTML source.</source>
        <translation>Dieses HTML enthält Teile, die der Editor für formatierten Text nicht beibehalten kann (Stile, Tabellen oder andere Elemente); es bleibt im HTML-Quelltext.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Insert Image</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif *.webp);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Editing “{title}”</source>
        <translation>Bearbeiten: „{title}“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Änderungen speichern (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../desktop_blog/models/entry_model.py" line="+126"/>
        <source>The search could not be completed: {error}.</source>
        <translation>Die Suche konnte nicht abgeschlossen werden: {error}.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>The search could not be updated: {error}.</source>
        <translation>Die Suche konnte nicht aktualisiert werden: {error}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+77"/>
        <location line="+11"/>
        <source>The journal could not be read: {error}.</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: {error}.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_view.py" line="+121"/>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{created} · edited {edited}</source>
        <translation>{created} · bearbeitet am {edited}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unbelievable. No entries here so far</source>
        <translation>Unglaublich. Bisher keine Einträge hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Ctrl+N to write the first one.</source>
        <translation>Drücken Sie Ctrl+N, um den ersten zu schreiben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No entries match {query}</source>
        <translation>Keine Einträge passen zu {query}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc shows every entry again.</source>
        <translation>Esc zeigt wieder alle Einträge.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starred</source>
        <translation>Markiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar this entry (Ctrl+D)</source>
        <translation>Stern von diesem Eintrag entfernen (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstar entry</source>
        <translation>Stern vom Eintrag entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star this entry (Ctrl+D)</source>
        <translation>Diesen Eintrag mit Stern markieren (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star entry</source>
        <translation>Eintrag mit Stern markieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty link)</source>
        <translation>(leerer Link)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link {link} was not opened: only web (http, https) and e-mail (mailto) links open from a journal entry.</source>
        <translation>Der Link {link} wurde nicht geöffnet: Aus einem Tagebucheintrag öffnen sich nur Web-Links (http, https) und E-Mail-Links (mailto).</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../desktop_blog/transfer/atomic.py" line="+34"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>{path} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} already exists and is not an empty folder; choose a new one.</source>
        <translation>{path} existiert bereits und ist kein leerer Ordner; wählen Sie einen neuen.</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../../desktop_blog/transfer/exporters.py" line="+241"/>
        <source>Unbelievable. No entries here so far</source>
        <translation>Unglaublich. Bisher keine Einträge hier</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/filter_bar.py" line="+34"/>
        <source>Showing starred {tag} on {day}</source>
        <translation>Angezeigt: {tag} mit Stern am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {tag} on {day}</source>
        <translation>Angezeigt: {tag} am {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing starred {tag}</source>
        <translation>Angezeigt: {tag} mit Stern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {tag}</source>
        <translation>Angezeigt: {tag}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing starred entries on {day}</source>
        <translation>Angezeigt: Einträge mit Stern am {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {day}</source>
        <translation>Angezeigt: {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing starred entries</source>
        <translation>Angezeigt: Einträge mit Stern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search entries</source>
        <translation>Einträge durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>Einträge durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred only</source>
        <translation>Nur mit Stern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all</source>
        <translation>Alle anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all entries (Ctrl+Shift+A)</source>
        <translation>Alle Einträge anzeigen (Ctrl+Shift+A)</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%Ln entries found</source>
        <translation>
            <numerusform>%Ln Eintrag gefunden</numerusform>
            <numerusform>%Ln Einträge gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries found so far</source>
        <translation>
            <numerusform>Bisher %Ln Eintrag gefunden</numerusform>
            <numerusform>Bisher %Ln Einträge gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries so far</source>
        <translation>
            <numerusform>Bisher %Ln Eintrag</numerusform>
            <numerusform>Bisher %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{filter} · {count}</source>
        <translation>{filter} · {count}</translation>
    </message>
</context>
<context>
    <name>FlashBanner</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/flash_banner.py" line="+32"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/format_toolbar.py" line="+74"/>
        <location line="+2"/>
        <source>Formatting</source>
        <translation>Formatierung</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web or e-mail address (https://…, mailto:…); empty removes the link:</source>
        <translation>Web- oder E-Mail-Adresse (https://…, mailto:…); leer entfernt den Link:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only web (http, https) and e-mail (mailto) links are kept.</source>
        <translation>Nur Web-Links (http, https) und E-Mail-Links (mailto) werden behalten.</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+66"/>
        <source>Writing days</source>
        <translation>Schreibtage</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln writing days from {first} to {last}</source>
        <translation>
            <numerusform>%Ln Schreibtag von {first} bis {last}</numerusform>
            <numerusform>%Ln Schreibtage von {first} bis {last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../desktop_blog/storage/images.py" line="+66"/>
        <source>The image is empty.</source>
        <translation>Das Bild ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>Das Bild ist zu groß ({size} MB); die Grenze liegt bei {limit} MB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only PNG, JPEG, GIF and WebP images can be added to an entry.</source>
        <translation>Einem Eintrag können nur Bilder im Format PNG, JPEG, GIF und WebP hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The image could not be saved: {error}.</source>
        <translation>Das Bild konnte nicht gespeichert werden: {error}.</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../../desktop_blog/transfer/importers.py" line="+71"/>
        <source>Desktop Blog JSON</source>
        <translation>Desktop Blog JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flaskr database</source>
        <translation>Flaskr-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl JSON</source>
        <translation>jrnl JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day One JSON export</source>
        <translation>JSON-Export von Day One</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RedNotebook journal</source>
        <translation>RedNotebook-Tagebuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown folder</source>
        <translation>Markdown-Ordner</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Desktop Blog JSON export, a Flaskr database, a jrnl JSON export, a Day One JSON export (.zip), a RedNotebook data folder or a folder of Markdown files</source>
        <translation>einen JSON-Export von Desktop Blog, eine Flaskr-Datenbank, einen JSON-Export von jrnl, einen JSON-Export von Day One (.zip), einen RedNotebook-Datenordner oder einen Ordner mit Markdown-Dateien</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported {entries} and {images} from the {source}; {skipped}.</source>
        <translation>Aus „{source}“ importiert: {entries} und {images}; {skipped}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {entries} from the {source}; {skipped}.</source>
        <translation>Aus „{source}“ importiert: {entries}; {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>skipped %Ln already in the journal</source>
        <translation>
            <numerusform>%Ln war bereits im Tagebuch und wurde übersprungen</numerusform>
            <numerusform>%Ln waren bereits im Tagebuch und wurden übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{where}: {error}</source>
        <translation>{where}: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: the date is missing or not text.</source>
        <translation>{where}: Das Datum fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: {error}.</source>
        <translation>{where}: {error}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: {date} is outside the dates this app can store (years 1 to 9999 in UTC).</source>
        <translation>{where}: {date} liegt außerhalb der Daten, die diese App speichern kann (Jahre 1 bis 9999 in UTC).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: &apos;{key}&apos; is missing or not text.</source>
        <translation>{where}: &apos;{key}&apos; fehlt oder ist kein Text.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{key}&apos; must be a list.</source>
        <translation>&apos;{key}&apos; muss eine Liste sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This export has version {version}; this app reads versions 1 to {latest}.</source>
        <translation>Dieser Export hat Version {version}; diese App liest die Versionen 1 bis {latest}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry {number}</source>
        <translation>Eintrag {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: unknown format {format}.</source>
        <translation>{where}: unbekanntes Format {format}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image {number}</source>
        <translation>Bild {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: its bytes do not match its checksum.</source>
        <translation>{where}: Die Bytes passen nicht zur Prüfsumme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where} is not an object.</source>
        <translation>{where} ist kein Objekt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>jrnl entry {number}</source>
        <translation>jrnl-Eintrag {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {day} {time} is not a date and time.</source>
        <translation>{where}: {day} {time} ist kein Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: &apos;body&apos; is not text.</source>
        <translation>{where}: &apos;body&apos; ist kein Text.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open {path}: {error}.</source>
        <translation>{path} kann nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Post {number}</source>
        <translation>Beitrag {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be read as a Flaskr database ({error}).</source>
        <translation>{path} kann nicht als Flaskr-Datenbank gelesen werden ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} has neither Flaskr&apos;s &apos;entries&apos; nor its &apos;post&apos; table.</source>
        <translation>{path} hat weder die Flaskr-Tabelle &apos;entries&apos; noch die Tabelle &apos;post&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number}</source>
        <translation>Zeile {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{error}; nothing was imported.</source>
        <translation>{error}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry {title}</source>
        <translation>Eintrag {title}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is a zip file without a Day One journal in it.</source>
        <translation>{path} ist eine ZIP-Datei ohne Tagebuch von Day One darin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} unpacks to {size} bytes; at most {limit} are read.</source>
        <translation>{path} ist entpackt {size} Bytes groß; höchstens {limit} werden gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} cannot be read as a Day One export ({error}).</source>
        <translation>{path} kann nicht als Export von Day One gelesen werden ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the Day One journal is not a JSON object.</source>
        <translation>{path}: Das Tagebuch von Day One ist kein JSON-Objekt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Day One entry {number}</source>
        <translation>Day-One-Eintrag {number}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where}: photo {name}: {error}</source>
        <translation>{where}: Foto {name}: {error}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>{path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>RedNotebook {month}</source>
        <translation>RedNotebook {month}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: not a RedNotebook month file ({error}).</source>
        <translation>{where}: keine Monatsdatei von RedNotebook ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: not a RedNotebook month file.</source>
        <translation>{where}: keine Monatsdatei von RedNotebook.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: {day} is not a day.</source>
        <translation>{where}: {day} ist kein gültiger Tag.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{where}: {value} is not a date.</source>
        <translation>{where}: {value} ist kein Datum.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{where}: the front matter is not YAML ({error}).</source>
        <translation>{where}: Der Vorspann (Front Matter) ist kein YAML ({error}).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{path} is an encrypted export: give its passphrase.</source>
        <translation>{path} ist ein verschlüsselter Export: Geben Sie seine Passphrase an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a file this app can import ({error}). This app imports {readable}.</source>
        <translation>{path} ist keine Datei, die diese App importieren kann ({error}). Diese App importiert {readable}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The folder {path} holds neither RedNotebook month files (YYYY-MM.txt) nor Markdown files (.md). This app imports {readable}.</source>
        <translation>Der Ordner {path} enthält weder Monatsdateien von RedNotebook (YYYY-MM.txt) noch Markdown-Dateien (.md). Diese App importiert {readable}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is a zip file but not a Day One JSON export.</source>
        <translation>{path} ist eine ZIP-Datei, aber kein JSON-Export von Day One.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{path} is JSON but not a file this app can import: {readable}.</source>
        <translation>{path} ist JSON, aber keine Datei, die diese App importieren kann: {readable}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The journal</source>
        <translation>Das Tagebuch</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import failed and added nothing: {error}.</source>
        <translation>Der Import ist fehlgeschlagen und hat nichts hinzugefügt: {error}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Entry {number} ({title}): {error}</source>
        <translation>Eintrag {number} ({title}): {error}</translation>
    </message>
</context>
<context>
    <name>JournalUpgrade</name>
    <message>
        <location filename="../../desktop_blog/app/journal_upgrade.py" line="+68"/>
        <source>Invalid password: the journal was left unencrypted.</source>
        <translation>Ungültiges Passwort: Das Tagebuch bleibt unverschlüsselt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypting the journal…</source>
        <translation>Das Tagebuch wird verschlüsselt…</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation>
            <numerusform>Das Tagebuch wurde verschlüsselt (%Ln Eintrag); die unverschlüsselte Datei wurde entfernt.</numerusform>
            <numerusform>Das Tagebuch wurde verschlüsselt (%Ln Einträge); die unverschlüsselte Datei wurde entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Deleted %n plain backups.</source>
        <translation>
            <numerusform>%n unverschlüsselte Sicherung gelöscht.</numerusform>
            <numerusform>%n unverschlüsselte Sicherungen gelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{failed} of %n backups could not be encrypted.</source>
        <translation>
            <numerusform>Verschlüsseln fehlgeschlagen bei {failed} von %n Sicherung.</numerusform>
            <numerusform>Verschlüsseln fehlgeschlagen bei {failed} von %n Sicherungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Encrypted %n backups made earlier.</source>
        <translation>
            <numerusform>%n früher erstellte Sicherung verschlüsselt.</numerusform>
            <numerusform>%n früher erstellte Sicherungen verschlüsselt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups made earlier are still plain (not encrypted).</source>
        <translation>
            <numerusform>%n früher erstellte Sicherung ist noch unverschlüsselt.</numerusform>
            <numerusform>%n früher erstellte Sicherungen sind noch unverschlüsselt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../desktop_blog/security/keys.py" line="+86"/>
        <source>The journal key was dropped (the journal is locked).</source>
        <translation>Der Tagebuchschlüssel wurde verworfen (das Tagebuch ist gesperrt).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key file asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.</source>
        <translation>Die Schlüsseldatei verlangt argon2id {name}={value}, außerhalb von {low}-{high}; sie wurde nicht von Desktop Blog erstellt oder wurde verändert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key file&apos;s salt is too short; it was altered.</source>
        <translation>Das Salt der Schlüsseldatei ist zu kurz; sie wurde verändert.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+4"/>
        <source>That is not a recovery key (32 letters and digits).</source>
        <translation>Das ist kein Wiederherstellungsschlüssel (32 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This journal has no recovery key.</source>
        <translation>Dieses Tagebuch hat keinen Wiederherstellungsschlüssel.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The key file {path} has version {version}; this Desktop Blog reads version 1. Update Desktop Blog.</source>
        <translation>Die Schlüsseldatei {path} hat Version {version}; diese Version von Desktop Blog liest Version 1. Aktualisieren Sie Desktop Blog.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{error} ({path})</source>
        <translation>{error} ({path})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file {path} is damaged; the journal cannot be unlocked with it. Restore the key file from a backup (journal-….sqlite3.key).</source>
        <translation>Die Schlüsseldatei {path} ist beschädigt; das Tagebuch kann damit nicht entsperrt werden. Stellen Sie die Schlüsseldatei aus einer Sicherung wieder her (journal-….sqlite3.key).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key file {path} is missing: the encrypted journal {journal} cannot be unlocked without it. Copy it back (every backup has one beside it); nothing was changed.</source>
        <translation>Die Schlüsseldatei {path} fehlt: Das verschlüsselte Tagebuch {journal} kann ohne sie nicht entsperrt werden. Kopieren Sie sie zurück (neben jeder Sicherung liegt eine); es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key file {path} cannot be read: {error}.</source>
        <translation>Die Schlüsseldatei {path} kann nicht gelesen werden: {error}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/login_dialog.py" line="+27"/>
        <source>Unlocking…</source>
        <translation>Wird entsperrt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in — {app}</source>
        <translation>Anmelden — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Too many failed attempts. Try again in %n s.</source>
        <translation>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n s erneut.</numerusform>
            <numerusform>Zu viele Fehlversuche. Versuchen Sie es in %n s erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/main_window.py" line="-116"/>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>★ Starred</source>
        <translation>★ Mit Stern</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>this filter</source>
        <translation>diesem Filter</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No file manager could open the log folder; it is {folder}</source>
        <translation>Kein Dateimanager konnte den Protokollordner öffnen; er befindet sich unter {folder}</translation>
    </message>
</context>
<context>
    <name>Markup</name>
    <message>
        <location filename="../../desktop_blog/markup.py" line="+103"/>
        <source>bold text</source>
        <translation>fetter Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic text</source>
        <translation>kursiver Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link text</source>
        <translation>Linktext</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>item</source>
        <translation>Listenpunkt</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quoted text</source>
        <translation>zitierter Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>Metainfo</name>
    <message>
        <location filename="../../desktop_blog/desktop_metadata.py" line="+5"/>
        <source>Desktop Blog</source>
        <extracomment>The application&apos;s name in software centres; a product name, usually kept as it is.</extracomment>
        <translation>Desktop Blog</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private journal that lives on your computer</source>
        <extracomment>The one line under the name in software centres: no full stop at the end.</extracomment>
        <translation>Ein privates Tagebuch auf dem eigenen Computer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop Blog is a journal for one person. Every entry is kept in a single encrypted file on your own computer: there is no account to create, and nothing is sent over the network.</source>
        <extracomment>First paragraph of the description in software centres.</extracomment>
        <translation>Desktop Blog ist ein Tagebuch für eine einzelne Person. Alle Einträge werden in einer einzigen verschlüsselten Datei auf dem eigenen Computer gespeichert: Es ist kein Konto nötig, und nichts wird über das Netzwerk übertragen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write with a rich-text or a Markdown editor, find any entry again through the calendar, tags or full-text search, and keep your journal safe with automatic backups.</source>
        <extracomment>Second paragraph of the description in software centres.</extracomment>
        <translation>Geschrieben wird mit einem Editor für formatierten Text oder für Markdown; jeder Eintrag lässt sich über den Kalender, Tags oder die Volltextsuche wiederfinden, und automatische Sicherungen bewahren das Tagebuch vor Verlust.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password protection, with a recovery key</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Passwortschutz mit Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images, tags, stars and spell checking</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Bilder, Tags, Sternmarkierungen und Rechtschreibprüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics of your writing by month</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Statistiken zum Schreiben, Monat für Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to HTML, PDF and Markdown, and import from other journals</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Export als HTML, PDF und Markdown sowie Import aus anderen Tagebüchern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light and dark themes</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Helles und dunkles Design</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal, the newest entries first</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Lesen im Tagebuch, die neuesten Einträge zuerst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing an entry in the dark theme</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Schreiben eines Eintrags im dunklen Design</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching the journal, with the matches highlighted</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Suche im Tagebuch mit hervorgehobenen Treffern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries and words per month</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Einträge und Wörter pro Monat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first release: an encrypted journal in one file, with a rich-text and a Markdown editor, search, tags, a calendar, statistics, exports, imports and backups, in English, German, French and Spanish.</source>
        <extracomment>Release notes of version 0.1.0 in software centres.</extracomment>
        <translation>Die erste Version: ein verschlüsseltes Tagebuch in einer einzigen Datei, mit einem Editor für formatierten Text und einem für Markdown, Suche, Tags, Kalender, Statistiken, Export, Import und Sicherungen, auf Englisch, Deutsch, Französisch und Spanisch.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../../desktop_blog/passwords.py" line="+83"/>
        <source>password_hash is not a Desktop Blog password hash; run &apos;desktop-blog set-password&apos; to set it again</source>
        <translation>password_hash ist kein Passwort-Hash von Desktop Blog; führen Sie &apos;desktop-blog set-password&apos; aus, um das Passwort neu festzulegen</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/transfer/pdf_export.py" line="+110"/>
        <source>{app} — %Ln entries</source>
        <translation>
            <numerusform>{app} — %Ln Eintrag</numerusform>
            <numerusform>{app} — %Ln Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainBackupsQuestion</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+13"/>
        <source>Backups made earlier</source>
        <translation>Früher erstellte Sicherungen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln backups made before are still plain (not encrypted): anyone who can read them can read the entries they hold. Encrypt them with the journal&apos;s key, or delete them?</source>
        <translation>
            <numerusform>%Ln früher erstellte Sicherung ist noch unverschlüsselt: Wer sie lesen kann, kann die darin enthaltenen Einträge lesen. Soll sie mit dem Schlüssel des Tagebuchs verschlüsselt oder gelöscht werden?</numerusform>
            <numerusform>%Ln früher erstellte Sicherungen sind noch unverschlüsselt: Wer sie lesen kann, kann die darin enthaltenen Einträge lesen. Sollen sie mit dem Schlüssel des Tagebuchs verschlüsselt oder gelöscht werden?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypt them</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete them</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them plain</source>
        <translation>Unverschlüsselt lassen</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../desktop_blog/domain/preferences.py" line="+74"/>
        <location line="+12"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new journal location is used the next time {app} starts.</source>
        <translation>Ein neuer Speicherort des Tagebuchs wird beim nächsten Start von {app} verwendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used the next time {app} starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von {app} verwendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Theme</source>
        <translation>D&amp;esign</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default &amp;format</source>
        <translation>Standard&amp;format</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Sperren nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Journal file</source>
        <translation>&amp;Tagebuchdatei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Spelling</source>
        <translation>&amp;Rechtschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../desktop_blog/app/preferences_controller.py" line="+22"/>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Preferences saved. A new journal location is used the next time {app} starts.</source>
        <translation>Einstellungen gespeichert. Ein neuer Speicherort des Tagebuchs wird beim nächsten Start von {app} verwendet.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/preferences_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}:</source>
        <translation>{label}:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{language} (not installed)</source>
        <translation>{language} (nicht installiert)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please choose a value for “{preference}”.</source>
        <translation>Bitte wählen Sie einen Wert für „{preference}“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Tagebücher (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop_blog/storage/progress.py" line="+20"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/progress_dialog.py" line="+28"/>
        <source>{task}…</source>
        <translation>{task}…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{task}: cancelling…</source>
        <translation>{task}: wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/recovery_key_dialog.py" line="+126"/>
        <source>Recovery key — {app}</source>
        <translation>Wiederherstellungsschlüssel — {app}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location line="-90"/>
        <source>Your recovery key</source>
        <translation>Ihr Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is encrypted with your password: if you forget it, nobody can open the journal without this recovery key. It is shown only now. Copy it or save it somewhere safe, away from this computer.</source>
        <translation>Ihr Tagebuch ist mit Ihrem Passwort verschlüsselt: Wenn Sie es vergessen, kann niemand das Tagebuch ohne diesen Wiederherstellungsschlüssel öffnen. Er wird nur jetzt angezeigt. Kopieren Sie ihn oder speichern Sie ihn an einem sicheren Ort, nicht auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue to the journal</source>
        <translation>Weiter zum Tagebuch</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the recovery key</source>
        <translation>Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: {reason}</source>
        <translation>Nicht gespeichert: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {file} (readable only by you).</source>
        <translation>In {file} gespeichert (nur für Sie lesbar).</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../desktop_blog/storage/rescue.py" line="+38"/>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entries&apos; indexes</source>
        <translation>die Indizes der Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the full-text index</source>
        <translation>der Volltextindex</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tag index</source>
        <translation>der Tag-Index</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of tables</source>
        <translation>die Tabellenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unused pages</source>
        <translation>ungenutzte Seiten</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The journal {path} is healthy.</source>
        <translation>Das Tagebuch {path} ist intakt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the journal {path} only indexes are damaged ({parts}); they can be rebuilt from the entries without losing anything.</source>
        <translation>Im Tagebuch {path} sind nur Indizes beschädigt ({parts}); sie können ohne Verlust aus den Einträgen neu aufgebaut werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal {path} is damaged ({parts}). Restore the newest backup, or salvage every readable entry into a new journal (&apos;desktop-blog salvage NEW-FILE&apos;).</source>
        <translation>Das Tagebuch {path} ist beschädigt ({parts}). Stellen Sie die neueste Sicherung wieder her oder bergen Sie alle lesbaren Einträge in ein neues Tagebuch (&apos;desktop-blog salvage NEW-FILE&apos;).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an unknown number of entries could not be read</source>
        <translation>eine unbekannte Zahl von Einträgen konnte nicht gelesen werden</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>%Ln konnte nicht gelesen werden</numerusform>
            <numerusform>%Ln konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {entries} and {images}; {lost}; {lost_images}.</source>
        <translation>Gerettet: {entries} und {images}; {lost}; {lost_images}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln Bild</numerusform>
            <numerusform>%Ln Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln images could not be read</source>
        <translation>
            <numerusform>%Ln Bild konnte nicht gelesen werden</numerusform>
            <numerusform>%Ln Bilder konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the journal {path}: {error}.</source>
        <translation>Das Tagebuch {path} kann nicht geöffnet werden: {error}.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{path} already exists; choose a new file for the salvaged journal.</source>
        <translation>{path} existiert bereits; wählen Sie eine neue Datei für das geborgene Tagebuch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing can be read from {path}: its list of tables is damaged ({error}). Restore the newest backup instead.</source>
        <translation>Aus {path} kann nichts gelesen werden: Die Tabellenliste ist beschädigt ({error}). Stellen Sie stattdessen die neueste Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Desktop Blog journal (it has no entries).</source>
        <translation>{path} ist kein Tagebuch von Desktop Blog (es enthält keine Einträge).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The salvaged journal {path} did not verify.</source>
        <translation>Das geborgene Tagebuch {path} hat die Prüfung nicht bestanden.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Rebuilding the indexes of {path} would lose entries ({report}); nothing was changed. Restore a backup or salvage the journal instead.</source>
        <translation>Beim Neuaufbau der Indizes von {path} gingen Einträge verloren ({report}); es wurde nichts geändert. Stellen Sie stattdessen eine Sicherung wieder her oder bergen Sie das Tagebuch.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{health} They were rebuilt ({report}); the damaged file was kept as {aside}.</source>
        <translation>{health} Sie wurden neu aufgebaut ({report}); die beschädigte Datei wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot restore {backup} into {path}: {error}.</source>
        <translation>{backup} kann nicht nach {path} wiederhergestellt werden: {error}.</translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message>
        <location filename="../../desktop_blog/app/rescue_controller.py" line="+41"/>
        <source>The journal could not be rescued</source>
        <translation>Das Tagebuch konnte nicht gerettet werden</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Rescuing the journal {path}…</source>
        <translation>Das Tagebuch {path} wird gerettet…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rescuing the journal</source>
        <translation>Tagebuch wird gerettet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only indexes of the journal were damaged ({parts}); they were rebuilt from the entries: {summary} The damaged file was kept as {aside}.</source>
        <translation>Nur Indizes des Tagebuchs waren beschädigt ({parts}); sie wurden aus den Einträgen neu aufgebaut: {summary} Die beschädigte Datei wurde als {aside} aufbewahrt.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Restored the backup of {date} (%Ln entries). The damaged journal was kept as {aside}.</source>
        <translation>
            <numerusform>Die Sicherung vom {date} wurde wiederhergestellt (%Ln Eintrag). Das beschädigte Tagebuch wurde als {aside} aufbewahrt.</numerusform>
            <numerusform>Die Sicherung vom {date} wurde wiederhergestellt (%Ln Einträge). Das beschädigte Tagebuch wurde als {aside} aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Salvaged the journal. {summary} The damaged file was kept as {aside}.</source>
        <translation>Das Tagebuch wurde geborgen. {summary} Die beschädigte Datei wurde als {aside} aufbewahrt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal could not be rescued: {error}</source>
        <translation>Das Tagebuch konnte nicht gerettet werden: {error}</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/rescue_dialog.py" line="+58"/>
        <source>The journal is damaged — {app}</source>
        <translation>Das Tagebuch ist beschädigt — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is damaged</source>
        <translation>Ihr Tagebuch ist beschädigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal file {file} is damaged. Damaged: {parts}.

What is on the damaged pages cannot be read, and nothing more is written to the file. Choose how to go on; either way the damaged file is kept aside, untouched.</source>
        <translation>Die Tagebuchdatei {file} ist beschädigt. Beschädigt: {parts}.

Was auf den beschädigten Seiten steht, kann nicht gelesen werden, und in die Datei wird nichts mehr geschrieben. Wählen Sie, wie es weitergehen soll; in jedem Fall wird die beschädigte Datei unverändert beiseitegelegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup of {date}</source>
        <translation>Sicherung vom {date} wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries, verified. Entries written after it are not in it. ({file})</source>
        <translation>
            <numerusform>%Ln Eintrag, geprüft. Später geschriebene Einträge sind nicht enthalten. ({file})</numerusform>
            <numerusform>%Ln Einträge, geprüft. Später geschriebene Einträge sind nicht enthalten. ({file})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a backup</source>
        <translation>Eine Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup that verifies was found in {folder}.</source>
        <translation>In {folder} wurde keine Sicherung gefunden, die die Prüfung besteht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salvage the readable entries</source>
        <translation>Lesbare Einträge bergen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies every entry, tag and image that can still be read into a new journal and says how many were saved and lost.</source>
        <translation>Kopiert alle noch lesbaren Einträge, Tags und Bilder in ein neues Tagebuch und meldet, wie viele gerettet wurden und wie viele verloren sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <location filename="../../desktop_blog/resources.py" line="+29"/>
        <source>Desktop Blog&apos;s resources were not found next to {folder}; reinstall the app.</source>
        <translation>Die Ressourcen von Desktop Blog wurden nicht neben {folder} gefunden; installieren Sie die App neu.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing resource {name} in {folder}; reinstall the app.</source>
        <translation>Die Ressource {name} fehlt in {folder}; installieren Sie die App neu.</translation>
    </message>
</context>
<context>
    <name>RichBodyEdit</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/rich_body_edit.py" line="+106"/>
        <source>Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged.</source>
        <translation>Nicht eingefügt: Der Text hätte {size} Zeichen; ein Eintrag fasst höchstens {limit}. Ihre Eingabe bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_view.py" line="-117"/>
        <source>This text is too large to show ({size} characters; the limit is {limit}).</source>
        <translation>Dieser Text ist zu groß für die Anzeige ({size} Zeichen; die Grenze liegt bei {limit}).</translation>
    </message>
</context>
<context>
    <name>SafeInput</name>
    <message>
        <location filename="../../desktop_blog/safe_input.py" line="+48"/>
        <source>{path} is a folder, not a file; nothing was read.</source>
        <translation>{path} ist ein Ordner, keine Datei; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe (FIFO), not a file; nothing was read.</source>
        <translation>{path} ist eine Pipe (FIFO), keine Datei; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a device, not a file; nothing was read.</source>
        <translation>{path} ist ein Gerät, keine Datei; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a socket, not a file; nothing was read.</source>
        <translation>{path} ist ein Socket, keine Datei; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>{path} is not a regular file; nothing was read.</source>
        <translation>{path} ist keine reguläre Datei; es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Die Datei {path} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Die Einstellungsdatei {path} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Die Datei mit dem Eintragstext {path} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Markdown file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Die Markdown-Datei {path} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The RedNotebook month file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Die RedNotebook-Monatsdatei {path} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln Byte</numerusform>
            <numerusform>%Ln Bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read {path}: it does not exist.</source>
        <translation>{path} kann nicht gelesen werden: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is {size}; at most {limit} can be read. Nothing was read.</source>
        <translation>{path} ist {size} groß; höchstens {limit} können gelesen werden. Es wurde nichts gelesen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>{path} kann nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} grew beyond {limit} while being read.</source>
        <translation>{path} ist beim Lesen über {limit} hinaus gewachsen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {what} {path} is not UTF-8 text (byte {byte}).</source>
        <translation>{what} {path} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a number has {count} digits; at most {limit} are read</source>
        <translation>eine Zahl hat {count} Ziffern; höchstens {limit} werden gelesen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a number has {count} characters</source>
        <translation>eine Zahl hat {count} Zeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not a number JSON allows</source>
        <translation>{text} ist keine in JSON zulässige Zahl</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the JSON nests {depth} levels deep; at most {limit} are read</source>
        <translation>das JSON ist {depth} Ebenen tief verschachtelt; höchstens {limit} werden gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not valid JSON ({error})</source>
        <translation>es ist kein gültiges JSON ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the JSON nests too deeply</source>
        <translation>das JSON ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it nests {depth} levels deep; at most {limit} are read</source>
        <translation>es ist {depth} Ebenen tief verschachtelt; höchstens {limit} werden gelesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it nests too deeply</source>
        <translation>es ist zu tief verschachtelt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a date and time</source>
        <translation>{value} ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is outside the dates this app can store (years 1 to 9999 in UTC)</source>
        <translation>{value} liegt außerhalb der Daten, die diese App speichern kann (Jahre 1 bis 9999 in UTC)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what} is binary data, not text</source>
        <translation>{what} enthält Binärdaten, keinen Text</translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <location filename="../../desktop_blog/safe_output.py" line="+35"/>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>the PDF came out incomplete ({size})</source>
        <translation>das PDF ist unvollständig ({size})</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../../desktop_blog/storage/schema_check.py" line="+130"/>
        <source>{path} has a schema this app did not make ({found}). It was left untouched and not used: a journal or backup must come from Desktop Blog unchanged.</source>
        <translation>{path} hat ein Schema, das nicht von dieser App stammt ({found}). Die Datei wurde nicht verändert und nicht verwendet: Ein Tagebuch oder eine Sicherung muss unverändert von Desktop Blog stammen.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop_blog/app/session.py" line="+361"/>
        <source>The journal could not be unlocked: {error}</source>
        <translation>Das Tagebuch konnte nicht entsperrt werden: {error}</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The journal is read-only</source>
        <translation>Das Tagebuch ist schreibgeschützt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}: you can read your entries, but adding new ones is disabled. Make it writable (for example chmod u+w) and start Desktop Blog again to write.</source>
        <translation>{reason}: Sie können Ihre Einträge lesen, aber keine neuen hinzufügen. Machen Sie es beschreibbar (zum Beispiel mit chmod u+w) und starten Sie Desktop Blog neu, um zu schreiben.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You were logged in</source>
        <translation>Sie wurden angemeldet</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The journal was locked. Log in to continue; your draft is kept.</source>
        <translation>Das Tagebuch wurde gesperrt. Melden Sie sich an, um fortzufahren; Ihr Entwurf bleibt erhalten.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You were logged out</source>
        <translation>Sie wurden abgemeldet</translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <location filename="../../desktop_blog/config.py" line="+52"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a whole number of at least {low} (found {found}).</source>
        <translation>In der Einstellungsdatei {path} muss &apos;{key}&apos; eine ganze Zahl von mindestens {low} sein (gefunden: {found}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a whole number of minutes from 0 (never) to {high} (found {found}).</source>
        <translation>In der Einstellungsdatei {path} muss &apos;{key}&apos; eine ganze Zahl von Minuten zwischen 0 (nie) und {high} sein (gefunden: {found}).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The settings file {path} does not exist.</source>
        <translation>Die Einstellungsdatei {path} existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} cannot be used: {error}.</source>
        <translation>Die Einstellungsdatei {path} kann nicht verwendet werden: {error}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file {path} is not valid TOML: {error}.</source>
        <translation>Die Einstellungsdatei {path} ist kein gültiges TOML: {error}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a string (found {type}).</source>
        <translation>In der Einstellungsdatei {path} muss &apos;{key}&apos; eine Zeichenkette sein (gefunden: {type}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In the settings file {path}, {error}.</source>
        <translation>In der Einstellungsdatei {path}: {error}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be one of {choices} (found {found}).</source>
        <translation>In der Einstellungsdatei {path} muss &apos;{key}&apos; einer der Werte {choices} sein (gefunden: {found}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be one of {choices} (found a {type}).</source>
        <translation>In der Einstellungsdatei {path} muss &apos;{key}&apos; einer der Werte {choices} sein (gefunden: Typ {type}).</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The settings file {path} has an entry &apos;{key}&apos; this version cannot rewrite; edit the file by hand.</source>
        <translation>Die Einstellungsdatei {path} hat eine Einstellung &apos;{key}&apos;, die diese Version nicht neu schreiben kann; bearbeiten Sie die Datei von Hand.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the settings file {path}: {error}.</source>
        <translation>Die Einstellungsdatei {path} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The journal location {path} must be a file&apos;s full path.</source>
        <translation>Der Speicherort des Tagebuchs {path} muss der vollständige Pfad einer Datei sein.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/setup_dialog.py" line="+42"/>
        <source>Welcome — {app}</source>
        <translation>Willkommen — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to your journal</source>
        <translation>Willkommen in Ihrem Tagebuch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a username and a password. The password encrypts your journal; the username is kept in
{file}</source>
        <translation>Wählen Sie einen Benutzernamen und ein Passwort. Das Passwort verschlüsselt Ihr Tagebuch; der Benutzername wird gespeichert in
{file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create journal</source>
        <translation>Tagebuch erstellen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A forgotten password cannot be recovered without the recovery key, which you will see next.</source>
        <translation>Ein vergessenes Passwort lässt sich nur mit dem Wiederherstellungsschlüssel ersetzen, den Sie als Nächstes sehen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating the encrypted journal…</source>
        <translation>Das verschlüsselte Tagebuch wird erstellt…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Please choose a username.</source>
        <translation>Bitte wählen Sie einen Benutzernamen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Please choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Bitte wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
            <numerusform>Bitte wählen Sie ein Passwort mit mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/shortcuts_dialog.py" line="+30"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/spell_highlighter.py" line="+75"/>
        <source>(No suggestions)</source>
        <translation>(Keine Vorschläge)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop_blog/spelling.py" line="+52"/>
        <source>Spell checking is off: the enchant library is not installed.</source>
        <translation>Die Rechtschreibprüfung ist aus: Die Bibliothek enchant ist nicht installiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spell checking is off: no dictionary is installed.</source>
        <translation>Die Rechtschreibprüfung ist aus: Es ist kein Wörterbuch installiert.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Spell checking is off: no dictionary for “{language}” is installed.</source>
        <translation>Die Rechtschreibprüfung ist aus: Für „{language}“ ist kein Wörterbuch installiert.</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+68"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries per month</source>
        <translation>Einträge pro Monat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words per month</source>
        <translation>Wörter pro Monat</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing days (last 12 months)</source>
        <translation>Schreibtage (letzte 12 Monate)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{entries}, {words}, {days}</source>
        <translation>{entries}, {words}, {days}</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln Wort</numerusform>
            <numerusform>%Ln Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln writing days</source>
        <translation>
            <numerusform>%Ln Schreibtag</numerusform>
            <numerusform>%Ln Schreibtage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <location filename="../../desktop_blog/storage/errors.py" line="+84"/>
        <source>The journal {path} is damaged ({error}). Nothing more was written to it. Run &apos;desktop-blog check&apos; to see which parts are damaged, then restore the newest backup or &apos;desktop-blog salvage NEW-FILE&apos; to save every readable entry.</source>
        <translation>Das Tagebuch {path} ist beschädigt ({error}). Es wurde nichts mehr hineingeschrieben. Führen Sie &apos;desktop-blog check&apos; aus, um zu sehen, welche Teile beschädigt sind; stellen Sie dann die neueste Sicherung wieder her oder bergen Sie mit &apos;desktop-blog salvage NEW-FILE&apos; alle lesbaren Einträge.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal is damaged ({error}). Nothing more was written to it. Run &apos;desktop-blog check&apos; to see which parts are damaged, then restore the newest backup or &apos;desktop-blog salvage NEW-FILE&apos; to save every readable entry.</source>
        <translation>Das Tagebuch ist beschädigt ({error}). Es wurde nichts mehr hineingeschrieben. Führen Sie &apos;desktop-blog check&apos; aus, um zu sehen, welche Teile beschädigt sind; stellen Sie dann die neueste Sicherung wieder her oder bergen Sie mit &apos;desktop-blog salvage NEW-FILE&apos; alle lesbaren Einträge.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the journal {path}: the disk is full. Nothing that was saved before was lost; free some space and try again.</source>
        <translation>Das Tagebuch {path} kann nicht geschrieben werden: Der Datenträger ist voll. Nichts zuvor Gespeichertes ging verloren; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the journal: the disk is full. Nothing that was saved before was lost; free some space and try again.</source>
        <translation>Das Tagebuch kann nicht geschrieben werden: Der Datenträger ist voll. Nichts zuvor Gespeichertes ging verloren; geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk failed while reading or writing the journal {path} ({error}). Check that the drive is connected and healthy, then run &apos;desktop-blog check&apos;.</source>
        <translation>Beim Lesen oder Schreiben des Tagebuchs {path} ist ein Datenträgerfehler aufgetreten ({error}). Prüfen Sie, ob das Laufwerk angeschlossen und intakt ist, und führen Sie dann &apos;desktop-blog check&apos; aus.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk failed while reading or writing the journal ({error}). Check that the drive is connected and healthy, then run &apos;desktop-blog check&apos;.</source>
        <translation>Beim Lesen oder Schreiben des Tagebuchs ist ein Datenträgerfehler aufgetreten ({error}). Prüfen Sie, ob das Laufwerk angeschlossen und intakt ist, und führen Sie dann &apos;desktop-blog check&apos; aus.</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_blog/models/tag_model.py" line="+15"/>
        <source>All entries</source>
        <translation>Alle Einträge</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Tag {tag}, %Ln entries</source>
        <translation>
            <numerusform>Tag {tag}, %Ln Eintrag</numerusform>
            <numerusform>Tag {tag}, %Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tag}  ({count})</source>
        <translation>{tag}  ({count})</translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/tag_panel.py" line="+19"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../../desktop_blog/app/transfer_controller.py" line="+46"/>
        <source>JSON export (*.json)</source>
        <translation>JSON-Export (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder for the Markdown files (*)</source>
        <translation>Neuer Ordner für die Markdown-Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder for the HTML site (*)</source>
        <translation>Neuer Ordner für die HTML-Website (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journals (*.json *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Tagebücher (*.json *.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export — the exported files are not encrypted</source>
        <translation>Export — die exportierten Dateien sind nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running export to finish (or cancel it) first.</source>
        <translation>Warten Sie zuerst, bis der laufende Export abgeschlossen ist (oder brechen Sie ihn ab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+191"/>
        <location line="+10"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Wait for the running import to finish (or cancel it) first.</source>
        <translation>Warten Sie zuerst, bis der laufende Import abgeschlossen ist (oder brechen Sie ihn ab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running backup to finish (or cancel it) first.</source>
        <translation>Warten Sie zuerst, bis die laufende Sicherung abgeschlossen ist (oder brechen Sie sie ab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running restore to finish (or cancel it) first.</source>
        <translation>Warten Sie zuerst, bis die laufende Wiederherstellung abgeschlossen ist (oder brechen Sie sie ab).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the statistics to be counted first.</source>
        <translation>Warten Sie zuerst, bis die Statistik berechnet ist.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{job} failed: {error}.</source>
        <translation>{job} fehlgeschlagen: {error}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{job} cancelled; nothing was written.</source>
        <translation>{job} abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an entry to export first.</source>
        <translation>Wählen Sie zuerst einen Eintrag zum Exportieren aus.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>%Ln Eintrag nach {path} exportiert</numerusform>
            <numerusform>%Ln Einträge nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is an encrypted export. Its passphrase:</source>
        <translation>{name} ist ein verschlüsselter Export. Passphrase:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backed up and verified the journal: {path}</source>
        <translation>Tagebuch gesichert und geprüft: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with the backup {name}?</source>
        <translation>Das Tagebuch durch die Sicherung {name} ersetzen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal as it is now is backed up first.</source>
        <translation>Das Tagebuch wird zuvor in seinem jetzigen Zustand gesichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored {name}; the journal as it was is in {safety}</source>
        <translation>{name} wiederhergestellt; das Tagebuch im vorherigen Zustand liegt in {safety}</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../desktop_blog/security/unlock.py" line="+40"/>
        <source>Invalid username</source>
        <translation>Ungültiger Benutzername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid password</source>
        <translation>Ungültiges Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid recovery key</source>
        <translation>Ungültiger Wiederherstellungsschlüssel</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>The password must have at least %n characters; nothing was changed.</source>
        <translation>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben; es wurde nichts geändert.</numerusform>
            <numerusform>Das Passwort muss mindestens %n Zeichen haben; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is already a journal at {path}; nothing was changed.</source>
        <translation>Unter {path} gibt es bereits ein Tagebuch; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write the key file {path}: {error}.</source>
        <translation>Die Schlüsseldatei {path} kann nicht geschrieben werden: {error}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The journal {path} is missing (its key file {key_file} is there). Restore the journal from a backup.</source>
        <translation>Das Tagebuch {path} fehlt (seine Schlüsseldatei {key_file} ist vorhanden). Stellen Sie das Tagebuch aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many failed logins: try again in {seconds} s.</source>
        <translation>Zu viele fehlgeschlagene Anmeldungen: Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid password; nothing was changed.</source>
        <translation>Ungültiges Passwort; es wurde nichts geändert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the key file {path}: {error}; the old password still works.</source>
        <translation>Die Schlüsseldatei {path} kann nicht geschrieben werden: {error}; das alte Passwort funktioniert weiterhin.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Invalid recovery key; nothing was changed.</source>
        <translation>Ungültiger Wiederherstellungsschlüssel; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../../desktop_blog/storage/zones.py" line="+49"/>
        <source>{name} is not a time zone offset.</source>
        <translation>{name} ist kein Zeitzonenversatz.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a known time zone.</source>
        <translation>{name} ist keine bekannte Zeitzone.</translation>
    </message>
</context>
</TS>
