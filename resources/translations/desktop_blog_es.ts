<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/about_dialog.py" line="+24"/>
        <source>A private, single-user desktop journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grown from the Flask tutorial&apos;s Flaskr blog into a desktop app by the Desktop Blog developers. Built on Qt and PySide6 (LGPL-3.0), SQLite and SQLCipher (BSD), markdown-it-py (MIT) and platformdirs (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_blog/ui/actions.py" line="+23"/>
        <source>Editor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the &amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML Site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF of the Whole Journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF of the &amp;Selected Entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tar Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starre&amp;d Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;All Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Focus Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Ca&amp;lendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Desktop Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share or Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Numbered List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code Bl&amp;ock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;mage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo Typing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo typing (Ctrl+Y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML &amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the HTML source (Ctrl+U)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{action} ({keys})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <location filename="../../desktop_blog/ui/dialogs/shortcuts_dialog.py" line="+27"/>
        <source> &gt; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_blog/ui/windows/main_window.py" line="+208"/>
        <source>Uns&amp;tar Entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_blog/storage/backup.py" line="+79"/>
        <source>The backup {path} is encrypted: unlock the journal (or use its key file {key_file}) to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the backup {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {path} is damaged: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a backup of a journal this version can use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a Desktop Blog backup ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no journal at {path} to back up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>Cannot write a backup into {folder}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot write a backup into {folder}: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup of {path} failed: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No backup was made: {health} The older backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup {path} is plain, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is encrypted, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal could not be restored from {backup}: {error}. The journal as it was is in {safety}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+45"/>
        <source>{month}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/body_edit.py" line="+64"/>
        <source>Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/calendar_panel.py" line="+30"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in bold have entries; choose one to list them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_blog/cli.py" line="+60"/>
        <source>{app}: a private desktop journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>settings file overriding the defaults (like the DESKTOP_BLOG_SETTINGS environment variable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check this installation headless with a temporary journal, then exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the app (the default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the username and password (the old password first); creates or encrypts the journal (passwords read from stdin, one per line, when it is not a terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the username (asked for when omitted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set a new password with the recovery key shown when the journal was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create the encrypted journal if it is missing (asks for a password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>back up an existing journal, then start an empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no input: expected a value on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passwords do not match; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password must have at least {count} characters; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key (shown once; write it down and keep it apart from the computer): {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the password or this key the journal cannot be opened by anyone, including you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+20"/>
        <source>Old password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+20"/>
        <source>no old password: expected it on the next line of stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+84"/>
        <source>Invalid password; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <location line="+66"/>
        <source>Username: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+65"/>
        <source>the username must not be empty; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Password changed (the journal&apos;s key was re-wrapped); username saved to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{summary} Username saved to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username and password saved to {path}; encrypted journal created at {journal}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no encrypted journal at {path} to recover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recovery key: expected it on the next line of stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password set with the recovery key (which stays valid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <location filename="../../desktop_blog/cli_journal.py" line="+155"/>
        <source>Password: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location filename="../../desktop_blog/cli_journal.py" line="+1"/>
        <source>no password: expected it on the next line of stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted journal ready at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up the journal to {backup} and started an empty journal at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal ready at {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>error: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_blog/cli_journal.py" line="-110"/>
        <source>add an entry (body from --body-file or stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file with the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when it was written, in this system&apos;s time zone (default: now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body&apos;s format (default: the &apos;default_format&apos; setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list entries, newest first (★: starred)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only starred entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>star an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the star of an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list entries matching QUERY, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export the journal (or some entries)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only this entry (repeat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file (json, pdf) or a new folder (markdown, html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypt the JSON export with a passphrase (asked for; from stdin&apos;s next line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import a Desktop Blog JSON export, a Flaskr database or a jrnl JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>back up the journal now (verified, rotated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to (default: the &apos;backup_folder&apos; setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date and time like &apos;2024-05-01 08:30&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no export passphrase: expected it on the next line of stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>wrong password; nothing was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read {path}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{error} Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added entry #{id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry #{id}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starred entry #{id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstarred entry #{id}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only the JSON export can be encrypted; drop --encrypt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON exports the whole journal; drop --entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln entries to {path} (encrypted with the passphrase)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>note: {path} is not encrypted; anyone who can read it can read the entries (use --format json --encrypt for an encrypted export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln entries to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrases do not match; nothing was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase must have at least {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Backed up and verified the journal: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_blog/cli_rescue.py" line="+25"/>
        <source>check the journal for damage; rebuild damaged indexes (nothing is lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy every readable entry and image of a damaged journal into OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new journal file (must not exist)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{summary} The salvaged journal is {output}; the damaged journal {journal} was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{damage} Rebuilt them: {summary} The damaged file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no verified backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The newest verified backup is {path} ({made}, %Ln entries).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/security/conversion.py" line="+58"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backups made earlier are still plain (not encrypted): encrypt or delete them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The encrypted copy did not verify ({check}, {found} of %Ln entries); the plain journal was kept unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is not a plain journal; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The journal {path} is open in another program; close it and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypting the journal failed ({error}); the plain journal was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Encrypting the backup {path} failed: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/crash_dialog.py" line="+26"/>
        <source>An unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected error — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes on running, and what was saved in the journal is safe. The details were saved in {file}. Copy the details into a bug report if you want it fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app goes on running, and what was saved in the journal is safe. The details could not be saved in {folder}; copy them instead. Copy the details into a bug report if you want it fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../desktop_blog/crash_guard.py" line="+41"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}; the details are in {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop_blog/storage/database.py" line="+108"/>
        <source>The journal path {path} is a folder, not a file. Point &apos;database&apos; in the settings file at a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal {path} is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} holding the journal is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The journal {path} is encrypted; it opens only with its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal {path} is not encrypted (a plain SQLite file), although a key was given. Encrypt it first; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot read the journal {path}: {error}. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} is a database of another program (it has the tables {tables}), not a Desktop Blog journal. It was left untouched; point &apos;database&apos; in the settings file at another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Desktop Blog journal (it has no entries table). It was left untouched; point &apos;database&apos; in the settings file at another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no journal at {path}. Run &apos;desktop-blog init-db&apos; to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the journal {path}: {error}. Check that its folder exists and is writable, or choose another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the journal {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reason}, and it needs an update to schema version {needed} (it has {version}). Make it writable and start Desktop Blog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key file {key_file} does not belong to the journal {path} (or the journal is damaged): the key it holds does not decrypt it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Desktop Blog journal or is damaged ({error}). It was left untouched; restore it from a backup or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal {path} is locked by another program (waited {seconds} s). Close the other program and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the journal {path} ({error}). Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the journal {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>journal schema version {version} is newer than this app ({supported}); update Desktop Blog</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>The journal {path} already holds %Ln entries; nothing was changed. Use --force to back it up and start an empty journal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_blog/locale_format.py" line="+46"/>
        <source>{date}, {time}</source>
        <translation type="unfinished"></translation>
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
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private journal that lives on your computer</source>
        <extracomment>The tooltip of the menu entry: one short sentence, no full stop.</extracomment>
        <translation>Un diario privado que no sale de su equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>journal;diary;blog;notes;</source>
        <extracomment>Words the desktop&apos;s search finds the program by, separated by semicolons and ending with a semicolon. Use words of your language; the English ones are found anyway.</extracomment>
        <translation>diario;diario personal;bitácora;blog;notas;</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../desktop_blog/storage/drafts.py" line="+103"/>
        <source>The draft could not be saved to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The draft could not be saved in the journal: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptOffer</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+16"/>
        <source>Encrypt your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt your journal now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not encrypted: anyone who can read the file
{path}
can read your entries. Encrypting it with your password takes a moment; you will then see your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypt now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your password to encrypt the journal with it:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EncryptedExport</name>
    <message>
        <location filename="../../desktop_blog/transfer/encrypted_export.py" line="+67"/>
        <source>This is not an encrypted Desktop Blog export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The encrypted export is damaged (its header).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted export&apos;s salt is too short; it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted export asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrong passphrase for the encrypted export (or the file is damaged); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <location filename="../../desktop_blog/storage/entries.py" line="+43"/>
        <source>The title has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The title contains a NUL character, which cannot be saved. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text contains a NUL character, which cannot be saved. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry could not be saved: {error}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry could not be changed: {error}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry could not be changed back: {error}. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Please enter a title and some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter some text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown body format {format}: use HTML or Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The entry could not be saved: {error}. Nothing was written; your text is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+45"/>
        <source>This entry no longer exists; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+7"/>
        <location line="+30"/>
        <source>This entry no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry could not be deleted: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry could not be restored: entry {id} exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{error} Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Too many entries have this date (the limit is {limit} a day); nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesController</name>
    <message>
        <location filename="../../desktop_blog/app/entries_controller.py" line="+28"/>
        <source>New entry was successfully posted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{action} could not be undone or redone: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Star “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This entry no longer exists; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_delegate.py" line="+160"/>
        <source>{date} · {snippet}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_form.py" line="+79"/>
        <location line="+356"/>
        <location line="+38"/>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Body format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text — HTML, e.g. &lt;b&gt;bold&lt;/b&gt;, or Markdown, e.g. **bold**; #tags are indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text — #tags are indexed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+314"/>
        <location line="+38"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-350"/>
        <location line="+312"/>
        <location line="+38"/>
        <source>Post the entry (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-348"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop editing; nothing is saved (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This HTML has parts the rich editor cannot keep (styles, tables or other tags); it stays in HTML source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Insert Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Editing “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../desktop_blog/models/entry_model.py" line="+126"/>
        <source>The search could not be completed: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+221"/>
        <source>The search could not be updated: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+77"/>
        <location line="+11"/>
        <source>The journal could not be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_view.py" line="+121"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{created} · edited {edited}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unbelievable. No entries here so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Ctrl+N to write the first one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No entries match {query}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc shows every entry again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar this entry (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstar entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star this entry (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link {link} was not opened: only web (http, https) and e-mail (mailto) links open from a journal entry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../desktop_blog/transfer/atomic.py" line="+34"/>
        <source>Cannot write {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} already exists and is not an empty folder; choose a new one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../../desktop_blog/transfer/exporters.py" line="+241"/>
        <source>Unbelievable. No entries here so far</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/filter_bar.py" line="+34"/>
        <source>Showing starred {tag} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {tag} on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing starred {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing starred entries on {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing starred entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all entries (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%Ln entries found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries found so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{filter} · {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlashBanner</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/flash_banner.py" line="+32"/>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/format_toolbar.py" line="+74"/>
        <location line="+2"/>
        <source>Formatting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web or e-mail address (https://…, mailto:…); empty removes the link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only web (http, https) and e-mail (mailto) links are kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+66"/>
        <source>Writing days</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln writing days from {first} to {last}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../desktop_blog/storage/images.py" line="+66"/>
        <source>The image is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image is too large ({size} MB); the limit is {limit} MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only PNG, JPEG, GIF and WebP images can be added to an entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The image could not be saved: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../../desktop_blog/transfer/importers.py" line="+71"/>
        <source>Desktop Blog JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flaskr database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day One JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RedNotebook journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Desktop Blog JSON export, a Flaskr database, a jrnl JSON export, a Day One JSON export (.zip), a RedNotebook data folder or a folder of Markdown files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported {entries} and {images} from the {source}; {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {entries} from the {source}; {skipped}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>skipped %Ln already in the journal</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{where}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: the date is missing or not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: {date} is outside the dates this app can store (years 1 to 9999 in UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: &apos;{key}&apos; is missing or not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{key}&apos; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This export has version {version}; this app reads versions 1 to {latest}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: unknown format {format}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: its bytes do not match its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where} is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>jrnl entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {day} {time} is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: &apos;body&apos; is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Post {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be read as a Flaskr database ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} has neither Flaskr&apos;s &apos;entries&apos; nor its &apos;post&apos; table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{error}; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is a zip file without a Day One journal in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} unpacks to {size} bytes; at most {limit} are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} cannot be read as a Day One export ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the Day One journal is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Day One entry {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where}: photo {name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>RedNotebook {month}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: not a RedNotebook month file ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: not a RedNotebook month file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: {day} is not a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{where}: {value} is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{where}: the front matter is not YAML ({error}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{path} is an encrypted export: give its passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a file this app can import ({error}). This app imports {readable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The folder {path} holds neither RedNotebook month files (YYYY-MM.txt) nor Markdown files (.md). This app imports {readable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is a zip file but not a Day One JSON export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{path} is JSON but not a file this app can import: {readable}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import failed and added nothing: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Entry {number} ({title}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalUpgrade</name>
    <message>
        <location filename="../../desktop_blog/app/journal_upgrade.py" line="+68"/>
        <source>Invalid password: the journal was left unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypting the journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Deleted %n plain backups.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{failed} of %n backups could not be encrypted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Encrypted %n backups made earlier.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups made earlier are still plain (not encrypted).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../desktop_blog/security/keys.py" line="+86"/>
        <source>The journal key was dropped (the journal is locked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key file asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key file&apos;s salt is too short; it was altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+4"/>
        <source>That is not a recovery key (32 letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This journal has no recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The key file {path} has version {version}; this Desktop Blog reads version 1. Update Desktop Blog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{error} ({path})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file {path} is damaged; the journal cannot be unlocked with it. Restore the key file from a backup (journal-….sqlite3.key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key file {path} is missing: the encrypted journal {journal} cannot be unlocked without it. Copy it back (every backup has one beside it); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key file {path} cannot be read: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/login_dialog.py" line="+28"/>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>Too many failed attempts. Try again in %n s.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/main_window.py" line="-116"/>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>★ Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+302"/>
        <source>this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No file manager could open the log folder; it is {folder}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Markup</name>
    <message>
        <location filename="../../desktop_blog/markup.py" line="+103"/>
        <source>bold text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quoted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>code</source>
        <translation type="unfinished"></translation>
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
        <translation>Un diario privado que no sale de su equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop Blog is a journal for one person. Every entry is kept in a single encrypted file on your own computer: there is no account to create, and nothing is sent over the network.</source>
        <extracomment>First paragraph of the description in software centres.</extracomment>
        <translation>Desktop Blog es un diario para una sola persona. Todas las entradas se guardan en un único archivo cifrado en su propio equipo: no hace falta crear ninguna cuenta y nada se envía por la red.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write with a rich-text or a Markdown editor, find any entry again through the calendar, tags or full-text search, and keep your journal safe with automatic backups.</source>
        <extracomment>Second paragraph of the description in software centres.</extracomment>
        <translation>Escriba con un editor de texto enriquecido o de Markdown, encuentre cualquier entrada a través del calendario, las etiquetas o la búsqueda de texto completo, y mantenga su diario a salvo con copias de seguridad automáticas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password protection, with a recovery key</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Protección con contraseña y clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images, tags, stars and spell checking</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Imágenes, etiquetas, favoritos y corrección ortográfica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics of your writing by month</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Estadísticas mensuales de escritura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to HTML, PDF and Markdown, and import from other journals</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Exportación a HTML, PDF y Markdown, e importación desde otros diarios</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light and dark themes</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Temas claro y oscuro</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal, the newest entries first</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Lectura del diario, con las entradas más recientes primero</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing an entry in the dark theme</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Escritura de una entrada con el tema oscuro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching the journal, with the matches highlighted</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Búsqueda en el diario, con las coincidencias resaltadas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries and words per month</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Entradas y palabras por mes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first release: an encrypted journal in one file, with a rich-text and a Markdown editor, search, tags, a calendar, statistics, exports, imports and backups, in English, German, French and Spanish.</source>
        <extracomment>Release notes of version 0.1.0 in software centres.</extracomment>
        <translation>Primera versión: un diario cifrado en un único archivo, con un editor de texto enriquecido y otro de Markdown, búsqueda, etiquetas, calendario, estadísticas, exportación, importación y copias de seguridad, en inglés, alemán, francés y español.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../../desktop_blog/passwords.py" line="+83"/>
        <source>password_hash is not a Desktop Blog password hash; run &apos;desktop-blog set-password&apos; to set it again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/transfer/pdf_export.py" line="+110"/>
        <source>{app} — %Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainBackupsQuestion</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+13"/>
        <source>Backups made earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln backups made before are still plain (not encrypted): anyone who can read them can read the entries they hold. Encrypt them with the journal&apos;s key, or delete them?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypt them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them plain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../desktop_blog/domain/preferences.py" line="+74"/>
        <location line="+12"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new journal location is used the next time {app} starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used the next time {app} starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default &amp;format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Journal file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Spelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../desktop_blog/app/preferences_controller.py" line="+22"/>
        <source>Preferences saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Preferences saved. A new journal location is used the next time {app} starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/preferences_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{language} (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please choose a value for “{preference}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Journals (*.sqlite3 *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop_blog/storage/progress.py" line="+20"/>
        <source>Cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/progress_dialog.py" line="+28"/>
        <source>{task}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{task}: cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/recovery_key_dialog.py" line="+126"/>
        <source>Recovery key — {app}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location line="-90"/>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is encrypted with your password: if you forget it, nobody can open the journal without this recovery key. It is shown only now. Copy it or save it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue to the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {file} (readable only by you).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../desktop_blog/storage/rescue.py" line="+38"/>
        <source>entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entries&apos; indexes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the full-text index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tag index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unused pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The journal {path} is healthy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the journal {path} only indexes are damaged ({parts}); they can be rebuilt from the entries without losing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal {path} is damaged ({parts}). Restore the newest backup, or salvage every readable entry into a new journal (&apos;desktop-blog salvage NEW-FILE&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an unknown number of entries could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {entries} and {images}; {lost}; {lost_images}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln images could not be read</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the journal {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{path} already exists; choose a new file for the salvaged journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing can be read from {path}: its list of tables is damaged ({error}). Restore the newest backup instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Desktop Blog journal (it has no entries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The salvaged journal {path} did not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Rebuilding the indexes of {path} would lose entries ({report}); nothing was changed. Restore a backup or salvage the journal instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{health} They were rebuilt ({report}); the damaged file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot restore {backup} into {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message>
        <location filename="../../desktop_blog/app/rescue_controller.py" line="+41"/>
        <source>The journal could not be rescued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Rescuing the journal {path}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rescuing the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only indexes of the journal were damaged ({parts}); they were rebuilt from the entries: {summary} The damaged file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Restored the backup of {date} (%Ln entries). The damaged journal was kept as {aside}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Salvaged the journal. {summary} The damaged file was kept as {aside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal could not be rescued: {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/rescue_dialog.py" line="+58"/>
        <source>The journal is damaged — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal file {file} is damaged. Damaged: {parts}.

What is on the damaged pages cannot be read, and nothing more is written to the file. Choose how to go on; either way the damaged file is kept aside, untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup of {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries, verified. Entries written after it are not in it. ({file})</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup that verifies was found in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salvage the readable entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies every entry, tag and image that can still be read into a new journal and says how many were saved and lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <location filename="../../desktop_blog/resources.py" line="+29"/>
        <source>Desktop Blog&apos;s resources were not found next to {folder}; reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing resource {name} in {folder}; reinstall the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichBodyEdit</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/rich_body_edit.py" line="+106"/>
        <source>Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_view.py" line="-117"/>
        <source>This text is too large to show ({size} characters; the limit is {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeInput</name>
    <message>
        <location filename="../../desktop_blog/safe_input.py" line="+48"/>
        <source>{path} is a folder, not a file; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe (FIFO), not a file; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a device, not a file; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a socket, not a file; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>{path} is not a regular file; nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The file {path} is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file {path} is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body file {path} is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Markdown file {path} is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The RedNotebook month file {path} is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln bytes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read {path}: it does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is {size}; at most {limit} can be read. Nothing was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} grew beyond {limit} while being read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {what} {path} is not UTF-8 text (byte {byte}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a number has {count} digits; at most {limit} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a number has {count} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not a number JSON allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the JSON nests {depth} levels deep; at most {limit} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not valid JSON ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the JSON nests too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it nests {depth} levels deep; at most {limit} are read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it nests too deeply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is outside the dates this app can store (years 1 to 9999 in UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what} is binary data, not text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <location filename="../../desktop_blog/safe_output.py" line="+35"/>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+183"/>
        <source>the PDF came out incomplete ({size})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../../desktop_blog/storage/schema_check.py" line="+130"/>
        <source>{path} has a schema this app did not make ({found}). It was left untouched and not used: a journal or backup must come from Desktop Blog unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <location filename="../../desktop_blog/config.py" line="+52"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a whole number of at least {low} (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a whole number of minutes from 0 (never) to {high} (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The settings file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} cannot be used: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file {path} is not valid TOML: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a string (found {type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In the settings file {path}, {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be one of {choices} (found {found}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be one of {choices} (found a {type}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The settings file {path} has an entry &apos;{key}&apos; this version cannot rewrite; edit the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the settings file {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The journal location {path} must be a file&apos;s full path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/setup_dialog.py" line="+38"/>
        <source>Welcome — {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a username and a password. The password encrypts your journal; the username is kept in
{file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A forgotten password cannot be recovered without the recovery key, which you will see next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating the encrypted journal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Please choose a username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Please choose a password of at least %n characters.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/shortcuts_dialog.py" line="+30"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/spell_highlighter.py" line="+75"/>
        <source>(No suggestions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Dictionary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop_blog/spelling.py" line="+52"/>
        <source>Spell checking is off: the enchant library is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spell checking is off: no dictionary is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Spell checking is off: no dictionary for “{language}” is installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+68"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing days (last 12 months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{entries}, {words}, {days}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln words</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln writing days</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <location filename="../../desktop_blog/storage/errors.py" line="+84"/>
        <source>The journal {path} is damaged ({error}). Nothing more was written to it. Run &apos;desktop-blog check&apos; to see which parts are damaged, then restore the newest backup or &apos;desktop-blog salvage NEW-FILE&apos; to save every readable entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal is damaged ({error}). Nothing more was written to it. Run &apos;desktop-blog check&apos; to see which parts are damaged, then restore the newest backup or &apos;desktop-blog salvage NEW-FILE&apos; to save every readable entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the journal {path}: the disk is full. Nothing that was saved before was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the journal: the disk is full. Nothing that was saved before was lost; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk failed while reading or writing the journal {path} ({error}). Check that the drive is connected and healthy, then run &apos;desktop-blog check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk failed while reading or writing the journal ({error}). Check that the drive is connected and healthy, then run &apos;desktop-blog check&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_blog/models/tag_model.py" line="+15"/>
        <source>All entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Tag {tag}, %Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{tag}  ({count})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPanel</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/tag_panel.py" line="+19"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../../desktop_blog/app/transfer_controller.py" line="+46"/>
        <source>JSON export (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder for the Markdown files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder for the HTML site (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journals (*.json *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export — the exported files are not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running export to finish (or cancel it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+191"/>
        <location line="+10"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Wait for the running import to finish (or cancel it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running backup to finish (or cancel it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running restore to finish (or cancel it) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the statistics to be counted first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{job} failed: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{job} cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an entry to export first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %Ln entries to {path}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is an encrypted export. Its passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backed up and verified the journal: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with the backup {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored {name}; the journal as it was is in {safety}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../desktop_blog/security/unlock.py" line="+40"/>
        <source>Invalid username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>The password must have at least %n characters; nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is already a journal at {path}; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write the key file {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The journal {path} is missing (its key file {key_file} is there). Restore the journal from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many failed logins: try again in {seconds} s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid password; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the key file {path}: {error}; the old password still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Invalid recovery key; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../../desktop_blog/storage/zones.py" line="+49"/>
        <source>{name} is not a time zone offset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
