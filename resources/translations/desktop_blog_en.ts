<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/cli_journal.py" line="+258"/>
        <source>Exported %Ln entries to {path} (encrypted with the passphrase)</source>
        <translation>
            <numerusform>Exported %Ln entry to {path} (encrypted with the passphrase)</numerusform>
            <numerusform>Exported %Ln entries to {path} (encrypted with the passphrase)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>Exported %Ln entry to {path}</numerusform>
            <numerusform>Exported %Ln entries to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop_blog/cli_rescue.py" line="+81"/>
        <source>The newest verified backup is {path} ({made}, %Ln entries).</source>
        <translation>
            <numerusform>The newest verified backup is {path} ({made}, %Ln entry).</numerusform>
            <numerusform>The newest verified backup is {path} ({made}, %Ln entries).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/security/conversion.py" line="+58"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation>
            <numerusform>Encrypted the journal (%Ln entry); the plain file was removed.</numerusform>
            <numerusform>Encrypted the journal (%Ln entries); the plain file was removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backups made earlier are still plain (not encrypted): encrypt or delete them.</source>
        <translation>
            <numerusform>%n backup made earlier is still plain (not encrypted): encrypt or delete it.</numerusform>
            <numerusform>%n backups made earlier are still plain (not encrypted): encrypt or delete them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The encrypted copy did not verify ({check}, {found} of %Ln entries); the plain journal was kept unchanged.</source>
        <translation>
            <numerusform>The encrypted copy did not verify ({check}, {found} of %Ln entry); the plain journal was kept unchanged.</numerusform>
            <numerusform>The encrypted copy did not verify ({check}, {found} of %Ln entries); the plain journal was kept unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/storage/database.py" line="+511"/>
        <source>The journal {path} already holds %Ln entries; nothing was changed. Use --force to back it up and start an empty journal.</source>
        <translation>
            <numerusform>The journal {path} already holds %Ln entry; nothing was changed. Use --force to back it up and start an empty journal.</numerusform>
            <numerusform>The journal {path} already holds %Ln entries; nothing was changed. Use --force to back it up and start an empty journal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/ui/widgets/filter_bar.py" line="+141"/>
        <source>%Ln entries found</source>
        <translation>
            <numerusform>%Ln entry found</numerusform>
            <numerusform>%Ln entries found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries found so far</source>
        <translation>
            <numerusform>%Ln entry found so far</numerusform>
            <numerusform>%Ln entries found so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries so far</source>
        <translation>
            <numerusform>%Ln entry so far</numerusform>
            <numerusform>%Ln entries so far</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+121"/>
        <source>%Ln writing days from {first} to {last}</source>
        <translation>
            <numerusform>%Ln writing day from {first} to {last}</numerusform>
            <numerusform>%Ln writing days from {first} to {last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/transfer/importers.py" line="+124"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>skipped %Ln already in the journal</source>
        <translation>
            <numerusform>skipped %Ln already in the journal</numerusform>
            <numerusform>skipped %Ln already in the journal</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalUpgrade</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/app/journal_upgrade.py" line="+109"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation>
            <numerusform>Encrypted the journal (%Ln entry); the plain file was removed.</numerusform>
            <numerusform>Encrypted the journal (%Ln entries); the plain file was removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Deleted %n plain backups.</source>
        <translation>
            <numerusform>Deleted %n plain backup.</numerusform>
            <numerusform>Deleted %n plain backups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{failed} of %n backups could not be encrypted.</source>
        <translation>
            <numerusform>{failed} of %n backup could not be encrypted.</numerusform>
            <numerusform>{failed} of %n backups could not be encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Encrypted %n backups made earlier.</source>
        <translation>
            <numerusform>Encrypted %n backup made earlier.</numerusform>
            <numerusform>Encrypted %n backups made earlier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups made earlier are still plain (not encrypted).</source>
        <translation>
            <numerusform>%n backup made earlier is still plain (not encrypted).</numerusform>
            <numerusform>%n backups made earlier are still plain (not encrypted).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/ui/dialogs/login_dialog.py" line="+160"/>
        <source>Too many failed attempts. Try again in %n s.</source>
        <translation>
            <numerusform>Too many failed attempts. Try again in %n s.</numerusform>
            <numerusform>Too many failed attempts. Try again in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/transfer/pdf_export.py" line="+110"/>
        <source>{app} — %Ln entries</source>
        <translation>
            <numerusform>{app} — %Ln entry</numerusform>
            <numerusform>{app} — %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainBackupsQuestion</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+83"/>
        <source>%Ln backups made before are still plain (not encrypted): anyone who can read them can read the entries they hold. Encrypt them with the journal&apos;s key, or delete them?</source>
        <translation>
            <numerusform>%Ln backup made before is still plain (not encrypted): anyone who can read it can read the entries it holds. Encrypt it with the journal&apos;s key, or delete it?</numerusform>
            <numerusform>%Ln backups made before are still plain (not encrypted): anyone who can read them can read the entries they hold. Encrypt them with the journal&apos;s key, or delete them?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/storage/rescue.py" line="+115"/>
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>%Ln could not be read</numerusform>
            <numerusform>%Ln could not be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln image</numerusform>
            <numerusform>%Ln images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln images could not be read</source>
        <translation>
            <numerusform>%Ln image could not be read</numerusform>
            <numerusform>%Ln images could not be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/app/rescue_controller.py" line="+269"/>
        <source>Restored the backup of {date} (%Ln entries). The damaged journal was kept as {aside}.</source>
        <translation>
            <numerusform>Restored the backup of {date} (%Ln entry). The damaged journal was kept as {aside}.</numerusform>
            <numerusform>Restored the backup of {date} (%Ln entries). The damaged journal was kept as {aside}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/ui/dialogs/rescue_dialog.py" line="+74"/>
        <source>%Ln entries, verified. Entries written after it are not in it. ({file})</source>
        <translation>
            <numerusform>%Ln entry, verified. Entries written after it are not in it. ({file})</numerusform>
            <numerusform>%Ln entries, verified. Entries written after it are not in it. ({file})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeInput</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/safe_input.py" line="+92"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/ui/dialogs/setup_dialog.py" line="+150"/>
        <source>Please choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Please choose a password of at least %n character.</numerusform>
            <numerusform>Please choose a password of at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+101"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln word</numerusform>
            <numerusform>%Ln words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln writing days</source>
        <translation>
            <numerusform>%Ln writing day</numerusform>
            <numerusform>%Ln writing days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/models/tag_model.py" line="+58"/>
        <source>Tag {tag}, %Ln entries</source>
        <translation>
            <numerusform>Tag {tag}, %Ln entry</numerusform>
            <numerusform>Tag {tag}, %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/app/transfer_controller.py" line="+250"/>
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>Exported %Ln entry to {path}</numerusform>
            <numerusform>Exported %Ln entries to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/security/unlock.py" line="+104"/>
        <source>The password must have at least %n characters; nothing was changed.</source>
        <translation>
            <numerusform>The password must have at least %n character; nothing was changed.</numerusform>
            <numerusform>The password must have at least %n characters; nothing was changed.</numerusform>
        </translation>
    </message>
</context>
</TS>
