<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/about_dialog.py" line="+24"/>
        <source>A private, single-user desktop journal.</source>
        <translation>Un journal personnel sur votre ordinateur, pour une seule personne.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grown from the Flask tutorial&apos;s Flaskr blog into a desktop app by the Desktop Blog developers. Built on Qt and PySide6 (LGPL-3.0), SQLite and SQLCipher (BSD), markdown-it-py (MIT) and platformdirs (MIT).</source>
        <translation>Issu du blog Flaskr du tutoriel Flask et transformé en application de bureau par les développeurs de Desktop Blog. Construit avec Qt et PySide6 (LGPL-3.0), SQLite et SQLCipher (BSD), markdown-it-py (MIT) et platformdirs (MIT).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence: {licence}</source>
        <translation>Licence&#x202f;: {licence}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library versions</source>
        <translation>Versions des bibliothèques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log folder: {folder}</source>
        <translation>Dossier des journaux d’activité&#x202f;: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running on</source>
        <translation>Environnement d’exécution</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../desktop_blog/ui/actions.py" line="+23"/>
        <source>Editor</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry list</source>
        <translation>Liste des entrées</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>T&amp;hème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the &amp;System</source>
        <translation>Suivre le s&amp;ystème</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nouvelle entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal as &amp;JSON…</source>
        <translation>Journal en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown Files…</source>
        <translation>Fichiers &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML Site…</source>
        <translation>Site &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF of the Whole Journal…</source>
        <translation>&amp;PDF du journal entier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF of the &amp;Selected Entry…</source>
        <translation>PDF de l’entrée &amp;sélectionnée…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit Entry</source>
        <translation>&amp;Modifier l’entrée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Entry</source>
        <translation>&amp;Supprimer l’entrée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tar Entry</source>
        <translation>Mettre en &amp;favori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Calendar</source>
        <translation>Afficher le &amp;calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Tags</source>
        <translation>Afficher les étiq&amp;uettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation>Au&amp;jourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Day</source>
        <translation>Jour sui&amp;vant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starre&amp;d Only</source>
        <translation>&amp;Favoris uniquement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;All Entries</source>
        <translation>Afficher &amp;toutes les entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Focus Mode</source>
        <translation>Mode conce&amp;ntration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;Entries</source>
        <translation>Aller aux &amp;entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Ca&amp;lendar</source>
        <translation>Aller au ca&amp;lendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Ta&amp;gs</source>
        <translation>Aller aux éti&amp;quettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux d’activité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Desktop Blog</source>
        <translation>À &amp;propos de Desktop Blog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share or Save</source>
        <translation>&amp;Publier ou enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Editing</source>
        <translation>&amp;Annuler la modification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation>&amp;Gras</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Italic</source>
        <translation>&amp;Italique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k</source>
        <translation>&amp;Lien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;st</source>
        <translation>Li&amp;ste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Heading</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paragraph</source>
        <translation>Pa&amp;ragraphe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;1</source>
        <translation>Titre &amp;1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;2</source>
        <translation>Titre &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;3</source>
        <translation>Titre &amp;3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Numbered List</source>
        <translation>Liste &amp;numérotée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quote</source>
        <translation>&amp;Citation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code</source>
        <translation>C&amp;ode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code Bl&amp;ock</source>
        <translation>&amp;Bloc de code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;mage…</source>
        <translation>I&amp;mage…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo Typing</source>
        <translation>Annuler la saisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation>Annuler la saisie (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo Typing</source>
        <translation>Rétablir la saisie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo typing (Ctrl+Y)</source>
        <translation>Rétablir la saisie (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML &amp;Source</source>
        <translation>Source &amp;HTML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the HTML source (Ctrl+U)</source>
        <translation>Afficher la source HTML (Ctrl+U)</translation>
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
        <translation>Retirer des &amp;favoris</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop_blog/app/application.py" line="+32"/>
        <source>desktop-blog: no graphical display found; start it from a desktop session (or set DISPLAY / WAYLAND_DISPLAY), or use the commands in &apos;desktop-blog --help&apos;</source>
        <translation>desktop-blog&#x202f;: aucun affichage graphique trouvé&#x202f;; lancez-le depuis une session de bureau (ou définissez DISPLAY / WAYLAND_DISPLAY), ou utilisez les commandes de &apos;desktop-blog --help&apos;</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>desktop-blog: error: {message}</source>
        <translation>desktop-blog&#x202f;: erreur&#x202f;: {message}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>desktop-blog: the journal is already open; brought its window forward</source>
        <translation>desktop-blog&#x202f;: le journal est déjà ouvert&#x202f;; sa fenêtre a été mise au premier plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal {journal} is already open in another Desktop Blog that does not answer. Close it and try again.</source>
        <translation>Le journal {journal} est déjà ouvert dans un autre Desktop Blog qui ne répond pas. Fermez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_blog/storage/backup.py" line="+79"/>
        <source>The backup {path} is encrypted: unlock the journal (or use its key file {key_file}) to check it.</source>
        <translation>La sauvegarde {path} est chiffrée&#x202f;: déverrouillez le journal (ou utilisez son fichier de clé {key_file}) pour la vérifier.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the backup {path}: {error}.</source>
        <translation>Impossible d’ouvrir la sauvegarde {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {path} is damaged: {error}.</source>
        <translation>La sauvegarde {path} est endommagée&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a backup of a journal this version can use.</source>
        <translation>{path} n’est pas la sauvegarde d’un journal utilisable par cette version.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a Desktop Blog backup ({error}).</source>
        <translation>{path} n’est pas une sauvegarde de Desktop Blog ({error}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no journal at {path} to back up.</source>
        <translation>Il n’y a aucun journal à sauvegarder à l’emplacement {path}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>Cannot write a backup into {folder}: {error}.</source>
        <translation>Impossible d’écrire une sauvegarde dans {folder}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot write a backup into {folder}: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>Impossible d’écrire une sauvegarde dans {folder}&#x202f;: le disque est plein. Rien n’a été modifié&#x202f;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup of {path} failed: {error}.</source>
        <translation>La sauvegarde de {path} a échoué&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No backup was made: {health} The older backups were kept.</source>
        <translation>Aucune sauvegarde n’a été faite&#x202f;: {health} Les sauvegardes plus anciennes ont été conservées.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup {path} is plain, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).</source>
        <translation>La sauvegarde {path} n’est pas chiffrée, contrairement au journal ouvert&#x202f;; rien n’a été modifié. Ouvrez-la plutôt séparément (une sauvegarde est un journal complet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is encrypted, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).</source>
        <translation>La sauvegarde {path} est chiffrée, contrairement au journal ouvert&#x202f;; rien n’a été modifié. Ouvrez-la plutôt séparément (une sauvegarde est un journal complet).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal could not be restored from {backup}: {error}. The journal as it was is in {safety}.</source>
        <translation>Le journal n’a pas pu être restauré depuis {backup}&#x202f;: {error}. Le journal tel qu’il était se trouve dans {safety}.</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+45"/>
        <source>{month}: {value}</source>
        <translation>{month}&#x202f;: {value}</translation>
    </message>
</context>
<context>
    <name>BodyEdit</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/body_edit.py" line="+64"/>
        <source>Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged.</source>
        <translation>Rien n’a été collé&#x202f;: le texte aurait {size} caractères&#x202f;; une entrée en contient au plus {limit}. Ce que vous avez saisi est inchangé.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/calendar_panel.py" line="+30"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in bold have entries; choose one to list them</source>
        <translation>Les jours en gras ont des entrées&#x202f;; choisissez-en un pour les afficher</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_blog/cli.py" line="+49"/>
        <source>usage: </source>
        <translation>utilisation&#x202f;: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}&#x202f;: erreur&#x202f;: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{app}: a private desktop journal.</source>
        <translation>{app}&#x202f;: un journal personnel sur votre ordinateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version number and exit</source>
        <translation>afficher le numéro de version et quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings file overriding the defaults (like the DESKTOP_BLOG_SETTINGS environment variable)</source>
        <translation>fichier de configuration qui remplace les valeurs par défaut (comme la variable d’environnement DESKTOP_BLOG_SETTINGS)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check this installation headless with a temporary journal, then exit</source>
        <translation>vérifier cette installation sans interface graphique avec un journal temporaire, puis quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the app (the default)</source>
        <translation>démarrer l’application (par défaut)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the username and password (the old password first); creates or encrypts the journal (passwords read from stdin, one per line, when it is not a terminal)</source>
        <translation>définir le nom d’utilisateur et le mot de passe (l’ancien mot de passe d’abord)&#x202f;; crée ou chiffre le journal (mots de passe lus sur stdin, un par ligne, quand ce n’est pas un terminal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the username (asked for when omitted)</source>
        <translation>le nom d’utilisateur (demandé s’il est omis)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set a new password with the recovery key shown when the journal was made</source>
        <translation>définir un nouveau mot de passe avec la clé de récupération affichée à la création du journal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create the encrypted journal if it is missing (asks for a password)</source>
        <translation>créer le journal chiffré s’il n’existe pas (demande un mot de passe)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>back up an existing journal, then start an empty one</source>
        <translation>sauvegarder un journal existant, puis en commencer un vide</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no input: expected a value on standard input</source>
        <translation>aucune donnée&#x202f;: une valeur était attendue sur l’entrée standard</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#x202f;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password: </source>
        <translation>Répétez le mot de passe&#x202f;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passwords do not match; nothing was changed</source>
        <translation>les mots de passe ne correspondent pas&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password must have at least {count} characters; nothing was changed</source>
        <translation>le mot de passe doit comporter au moins {count} caractères&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key (shown once; write it down and keep it apart from the computer): {key}</source>
        <translation>Clé de récupération (affichée une seule fois&#x202f;; notez-la et conservez-la à l’écart de l’ordinateur)&#x202f;: {key}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the password or this key the journal cannot be opened by anyone, including you.</source>
        <translation>Sans le mot de passe ou cette clé, personne ne peut ouvrir le journal, pas même vous.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>Old password: </source>
        <translation>Ancien mot de passe&#x202f;: </translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>no old password: expected it on the next line of stdin</source>
        <translation>aucun ancien mot de passe&#x202f;: il était attendu sur la ligne suivante de stdin</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+104"/>
        <source>Invalid password; nothing was changed</source>
        <translation>Mot de passe incorrect&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+78"/>
        <source>Username: </source>
        <translation>Nom d’utilisateur&#x202f;: </translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+77"/>
        <source>the username must not be empty; nothing was changed</source>
        <translation>le nom d’utilisateur ne doit pas être vide&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Password changed (the journal&apos;s key was re-wrapped); username saved to {path}</source>
        <translation>Mot de passe modifié (la clé du journal a été rechiffrée)&#x202f;; nom d’utilisateur enregistré dans {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{summary} Username saved to {path}.</source>
        <translation>{summary} Nom d’utilisateur enregistré dans {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username and password saved to {path}; encrypted journal created at {journal}</source>
        <translation>Nom d’utilisateur et mot de passe enregistrés dans {path}&#x202f;; journal chiffré créé à l’emplacement {journal}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no encrypted journal at {path} to recover.</source>
        <translation>Il n’y a aucun journal chiffré à récupérer à l’emplacement {path}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key: </source>
        <translation>Clé de récupération&#x202f;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recovery key: expected it on the next line of stdin</source>
        <translation>aucune clé de récupération&#x202f;: elle était attendue sur la ligne suivante de stdin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password set with the recovery key (which stays valid).</source>
        <translation>Nouveau mot de passe défini avec la clé de récupération (qui reste valide).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+11"/>
        <location filename="../../desktop_blog/cli_journal.py" line="+154"/>
        <source>Password: </source>
        <translation>Mot de passe&#x202f;: </translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location filename="../../desktop_blog/cli_journal.py" line="+1"/>
        <source>no password: expected it on the next line of stdin</source>
        <translation>aucun mot de passe&#x202f;: il était attendu sur la ligne suivante de stdin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted journal ready at {path}</source>
        <translation>Journal chiffré prêt&#x202f;: {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up the journal to {backup} and started an empty journal at {path}</source>
        <translation>Journal sauvegardé dans {backup} et nouveau journal vide commencé à l’emplacement {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal ready at {path}</source>
        <translation>Journal prêt&#x202f;: {path}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>error: {message}</source>
        <translation>erreur&#x202f;: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted; nothing was changed</source>
        <translation>interrompu&#x202f;; rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../desktop_blog/cli_journal.py" line="-110"/>
        <source>add an entry (body from --body-file or stdin)</source>
        <translation>ajouter une entrée (texte lu depuis --body-file ou stdin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry&apos;s title</source>
        <translation>le titre de l’entrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file with the body</source>
        <translation>fichier contenant le texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when it was written, in this system&apos;s time zone (default: now)</source>
        <translation>date de rédaction, dans le fuseau horaire de ce système (par défaut&#x202f;: maintenant)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body&apos;s format (default: the &apos;default_format&apos; setting)</source>
        <translation>le format du texte (par défaut&#x202f;: le réglage &apos;default_format&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list entries, newest first (★: starred)</source>
        <translation>lister les entrées, les plus récentes en premier (★&#x202f;: favori)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only starred entries</source>
        <translation>seulement les entrées favorites</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>star an entry</source>
        <translation>mettre une entrée en favori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the star of an entry</source>
        <translation>retirer une entrée des favoris</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list entries matching QUERY, newest first</source>
        <translation>lister les entrées correspondant à QUERY, les plus récentes en premier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export the journal (or some entries)</source>
        <translation>exporter le journal (ou certaines entrées)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only this entry (repeat)</source>
        <translation>seulement cette entrée (option répétable)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file (json, pdf) or a new folder (markdown, html)</source>
        <translation>un fichier (json, pdf) ou un nouveau dossier (markdown, html)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypt the JSON export with a passphrase (asked for; from stdin&apos;s next line)</source>
        <translation>chiffrer l’export JSON avec une phrase secrète (demandée&#x202f;; lue sur la ligne suivante de stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import a Desktop Blog JSON export, a Flaskr database or a jrnl JSON export</source>
        <translation>importer un export JSON de Desktop Blog, une base de données Flaskr ou un export JSON de jrnl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>back up the journal now (verified, rotated)</source>
        <translation>sauvegarder le journal maintenant (sauvegarde vérifiée, avec rotation)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to (default: the &apos;backup_folder&apos; setting)</source>
        <translation>destination (par défaut&#x202f;: le réglage &apos;backup_folder&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number</source>
        <translation>{value} n’est pas un nombre entier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least 1</source>
        <translation>doit valoir au moins 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date and time like &apos;2024-05-01 08:30&apos;</source>
        <translation>{value} n’est pas une date et une heure comme &apos;2024-05-01 08:30&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export passphrase: </source>
        <translation>Phrase secrète de l’export&#x202f;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no export passphrase: expected it on the next line of stdin</source>
        <translation>aucune phrase secrète d’export&#x202f;: elle était attendue sur la ligne suivante de stdin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>wrong password; nothing was done</source>
        <translation>mot de passe incorrect&#x202f;; rien n’a été fait</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read {path}: {error}</source>
        <translation>impossible de lire {path}&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added entry #{id}: {title}</source>
        <translation>Entrée #{id} ajoutée&#x202f;: {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry #{id}: {error}</source>
        <translation>entrée #{id}&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starred entry #{id}: {title}</source>
        <translation>Entrée #{id} mise en favori&#x202f;: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstarred entry #{id}: {title}</source>
        <translation>Entrée #{id} retirée des favoris&#x202f;: {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only the JSON export can be encrypted; drop --encrypt</source>
        <translation>seul l’export JSON peut être chiffré&#x202f;; retirez --encrypt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON exports the whole journal; drop --entry</source>
        <translation>l’export JSON porte sur tout le journal&#x202f;; retirez --entry</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln entries to {path} (encrypted with the passphrase)</source>
        <translation>
            <numerusform>%Ln entrée exportée vers {path} (fichier chiffré avec la phrase secrète)</numerusform>
            <numerusform>%Ln entrées exportées vers {path} (fichier chiffré avec la phrase secrète)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>note: {path} is not encrypted; anyone who can read it can read the entries (use --format json --encrypt for an encrypted export)</source>
        <translation>remarque&#x202f;: {path} n’est pas chiffré&#x202f;; toute personne qui peut le lire peut lire les entrées (utilisez --format json --encrypt pour un export chiffré)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>%Ln entrée exportée vers {path}</numerusform>
            <numerusform>%Ln entrées exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat passphrase: </source>
        <translation>Répétez la phrase secrète&#x202f;: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrases do not match; nothing was exported</source>
        <translation>les phrases secrètes ne correspondent pas&#x202f;; rien n’a été exporté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase must have at least {count} characters</source>
        <translation>la phrase secrète doit comporter au moins {count} caractères</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Backed up and verified the journal: {path}</source>
        <translation>Journal sauvegardé et vérifié&#x202f;: {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No entries.</source>
        <translation>Aucune entrée.</translation>
    </message>
    <message>
        <location filename="../../desktop_blog/cli_rescue.py" line="+24"/>
        <source>check the journal for damage; rebuild damaged indexes (nothing is lost)</source>
        <translation>vérifier si le journal est endommagé&#x202f;; reconstruire les index endommagés (rien n’est perdu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy every readable entry and image of a damaged journal into OUTPUT</source>
        <translation>copier chaque entrée et chaque image lisibles d’un journal endommagé dans OUTPUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new journal file (must not exist)</source>
        <translation>le nouveau fichier de journal (ne doit pas déjà exister)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{summary} The salvaged journal is {output}; the damaged journal {journal} was left untouched.</source>
        <translation>{summary} Le journal récupéré est {output}&#x202f;; le journal endommagé {journal} n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{damage} Rebuilt them: {summary} The damaged file was kept as {aside}.</source>
        <translation>{damage} Index reconstruits&#x202f;: {summary} Le fichier endommagé a été conservé sous le nom {aside}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no verified backup.</source>
        <translation>Il n’y a aucune sauvegarde vérifiée.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The newest verified backup is {path} ({made}, %Ln entries).</source>
        <translation>
            <numerusform>La sauvegarde vérifiée la plus récente est {path} ({made}, %Ln entrée).</numerusform>
            <numerusform>La sauvegarde vérifiée la plus récente est {path} ({made}, %Ln entrées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/security/conversion.py" line="+58"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation>
            <numerusform>Journal chiffré (%Ln entrée)&#x202f;; le fichier non chiffré a été supprimé.</numerusform>
            <numerusform>Journal chiffré (%Ln entrées)&#x202f;; le fichier non chiffré a été supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backups made earlier are still plain (not encrypted): encrypt or delete them.</source>
        <translation>
            <numerusform>%n sauvegarde antérieure n’est toujours pas chiffrée&#x202f;: chiffrez-la ou supprimez-la.</numerusform>
            <numerusform>%n sauvegardes antérieures ne sont toujours pas chiffrées&#x202f;: chiffrez-les ou supprimez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The encrypted copy did not verify ({check}, {found} of %Ln entries); the plain journal was kept unchanged.</source>
        <translation>
            <numerusform>La copie chiffrée n’a pas passé la vérification ({check}, {found} sur %Ln entrée)&#x202f;; le journal non chiffré a été conservé tel quel.</numerusform>
            <numerusform>La copie chiffrée n’a pas passé la vérification ({check}, {found} sur %Ln entrées)&#x202f;; le journal non chiffré a été conservé tel quel.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is not a plain journal; nothing was changed.</source>
        <translation>{path} n’est pas un journal non chiffré&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The journal {path} is open in another program; close it and try again. Nothing was changed.</source>
        <translation>Le journal {path} est ouvert dans un autre programme&#x202f;; fermez-le et réessayez. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypting the journal failed ({error}); the plain journal was kept.</source>
        <translation>Le chiffrement du journal a échoué ({error})&#x202f;; le journal non chiffré a été conservé.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Encrypting the backup {path} failed: {error}.</source>
        <translation>Le chiffrement de la sauvegarde {path} a échoué&#x202f;: {error}.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/crash_dialog.py" line="+26"/>
        <source>An unknown error</source>
        <translation>Une erreur inconnue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected error — {app}</source>
        <translation>Erreur inattendue — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes on running, and what was saved in the journal is safe. The details were saved in {file}. Copy the details into a bug report if you want it fixed.</source>
        <translation>L’application continue de fonctionner, et ce qui a été enregistré dans le journal est en sécurité. Les détails ont été enregistrés dans {file}. Copiez les détails dans un rapport de bogue si vous souhaitez que le problème soit corrigé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app goes on running, and what was saved in the journal is safe. The details could not be saved in {folder}; copy them instead. Copy the details into a bug report if you want it fixed.</source>
        <translation>L’application continue de fonctionner, et ce qui a été enregistré dans le journal est en sécurité. Les détails n’ont pas pu être enregistrés dans {folder}&#x202f;; copiez-les plutôt. Copiez les détails dans un rapport de bogue si vous souhaitez que le problème soit corrigé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Détails de l’erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Copier les détails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../desktop_blog/crash_guard.py" line="+41"/>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}; the details are in {path}</source>
        <translation>erreur inattendue&#x202f;: {error}&#x202f;; les détails se trouvent dans {path}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop_blog/storage/database.py" line="+108"/>
        <source>The journal path {path} is a folder, not a file. Point &apos;database&apos; in the settings file at a file.</source>
        <translation>Le chemin du journal {path} est un dossier, pas un fichier. Dans le fichier de configuration, faites pointer &apos;database&apos; vers un fichier.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal {path} is read-only</source>
        <translation>Le journal {path} est en lecture seule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} holding the journal is read-only</source>
        <translation>Le dossier {folder} qui contient le journal est en lecture seule</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The journal {path} is encrypted; it opens only with its password.</source>
        <translation>Le journal {path} est chiffré&#x202f;; il ne s’ouvre qu’avec son mot de passe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal {path} is not encrypted (a plain SQLite file), although a key was given. Encrypt it first; nothing was changed.</source>
        <translation>Le journal {path} n’est pas chiffré (simple fichier SQLite), bien qu’une clé ait été fournie. Chiffrez-le d’abord&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot read the journal {path}: {error}. Check the file&apos;s permissions.</source>
        <translation>Impossible de lire le journal {path}&#x202f;: {error}. Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} is a database of another program (it has the tables {tables}), not a Desktop Blog journal. It was left untouched; point &apos;database&apos; in the settings file at another file.</source>
        <translation>{path} est une base de données d’un autre programme (elle contient les tables {tables}), pas un journal Desktop Blog. Elle n’a pas été modifiée&#x202f;; dans le fichier de configuration, faites pointer &apos;database&apos; vers un autre fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Desktop Blog journal (it has no entries table). It was left untouched; point &apos;database&apos; in the settings file at another file.</source>
        <translation>{path} n’est pas un journal Desktop Blog (il n’a pas de table entries). Il n’a pas été modifié&#x202f;; dans le fichier de configuration, faites pointer &apos;database&apos; vers un autre fichier.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no journal at {path}. Run &apos;desktop-blog init-db&apos; to create one.</source>
        <translation>Il n’y a aucun journal à l’emplacement {path}. Lancez &apos;desktop-blog init-db&apos; pour en créer un.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the journal {path}: {error}. Check that its folder exists and is writable, or choose another path.</source>
        <translation>Impossible de créer le journal {path}&#x202f;: {error}. Vérifiez que son dossier existe et est accessible en écriture, ou choisissez un autre chemin.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the journal {path}: {error}.</source>
        <translation>Impossible d’ouvrir le journal {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reason}, and it needs an update to schema version {needed} (it has {version}). Make it writable and start Desktop Blog again.</source>
        <translation>{reason}, et le journal doit être mis à jour vers la version de schéma {needed} (il est en version {version}). Rendez-le accessible en écriture et relancez Desktop Blog.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key file {key_file} does not belong to the journal {path} (or the journal is damaged): the key it holds does not decrypt it. Nothing was changed.</source>
        <translation>Le fichier de clé {key_file} n’appartient pas au journal {path} (ou le journal est endommagé)&#x202f;: la clé qu’il contient ne le déchiffre pas. Rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Desktop Blog journal or is damaged ({error}). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>{path} n’est pas un journal Desktop Blog ou est endommagé ({error}). Il n’a pas été modifié&#x202f;; restaurez-le depuis une sauvegarde ou choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal {path} is locked by another program (waited {seconds} s). Close the other program and try again.</source>
        <translation>Le journal {path} est verrouillé par un autre programme (attente&#x202f;: {seconds} s). Fermez l’autre programme et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the journal {path} ({error}). Check the file&apos;s permissions.</source>
        <translation>Impossible d’écrire dans le journal {path} ({error}). Vérifiez les permissions du fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the journal {path}: {error}.</source>
        <translation>Impossible d’utiliser le journal {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>journal schema version {version} is newer than this app ({supported}); update Desktop Blog</source>
        <translation>la version de schéma du journal ({version}) est plus récente que celle de cette application ({supported})&#x202f;; mettez à jour Desktop Blog</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>The journal {path} already holds %Ln entries; nothing was changed. Use --force to back it up and start an empty journal.</source>
        <translation>
            <numerusform>Le journal {path} contient déjà %Ln entrée&#x202f;; rien n’a été modifié. Utilisez --force pour le sauvegarder et commencer un journal vide.</numerusform>
            <numerusform>Le journal {path} contient déjà %Ln entrées&#x202f;; rien n’a été modifié. Utilisez --force pour le sauvegarder et commencer un journal vide.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../desktop_blog/locale_format.py" line="+46"/>
        <source>{date}, {time}</source>
        <translation>{date} à {time}</translation>
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
        <translation>Journal intime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private journal that lives on your computer</source>
        <extracomment>The tooltip of the menu entry: one short sentence, no full stop.</extracomment>
        <translation>Un journal personnel qui reste sur votre ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>journal;diary;blog;notes;</source>
        <extracomment>Words the desktop&apos;s search finds the program by, separated by semicolons and ending with a semicolon. Use words of your language; the English ones are found anyway.</extracomment>
        <translation>journal;journal intime;carnet;blog;notes;</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../../desktop_blog/storage/drafts.py" line="+103"/>
        <source>The draft could not be saved to {path}: {error}.</source>
        <translation>Le brouillon n’a pas pu être enregistré dans {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The draft could not be saved in the journal: {error}.</source>
        <translation>Le brouillon n’a pas pu être enregistré dans le journal&#x202f;: {error}.</translation>
    </message>
</context>
<context>
    <name>EncryptOffer</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+16"/>
        <source>Encrypt your journal</source>
        <translation>Chiffrer votre journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt your journal now?</source>
        <translation>Chiffrer votre journal maintenant&#x202f;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not encrypted: anyone who can read the file
{path}
can read your entries. Encrypting it with your password takes a moment; you will then see your recovery key.</source>
        <translation>Il n’est pas chiffré&#x202f;: toute personne qui peut lire le fichier
{path}
peut lire vos entrées. Le chiffrer avec votre mot de passe prend un moment&#x202f;; vous verrez ensuite votre clé de récupération.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypt now</source>
        <translation>Chiffrer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your password to encrypt the journal with it:</source>
        <translation>Saisissez votre mot de passe pour chiffrer le journal&#x202f;:</translation>
    </message>
</context>
<context>
    <name>EncryptedExport</name>
    <message>
        <location filename="../../desktop_blog/transfer/encrypted_export.py" line="+67"/>
        <source>This is not an encrypted Desktop Blog export.</source>
        <translation>Ce n’est pas un export chiffré de Desktop Blog.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The encrypted export is damaged (its header).</source>
        <translation>L’export chiffré est endommagé (son en-tête).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted export&apos;s salt is too short; it was altered.</source>
        <translation>Le sel de l’export chiffré est trop court&#x202f;; l’export a été altéré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted export asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.</source>
        <translation>L’export chiffré demande argon2id {name}={value}, hors de l’intervalle {low}-{high}&#x202f;; il n’a pas été créé par Desktop Blog ou a été altéré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrong passphrase for the encrypted export (or the file is damaged); nothing was imported.</source>
        <translation>Phrase secrète incorrecte pour l’export chiffré (ou le fichier est endommagé)&#x202f;; rien n’a été importé.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <location filename="../../desktop_blog/storage/entries.py" line="+43"/>
        <source>The title has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.</source>
        <translation>Le titre comporte {count} caractères&#x202f;; {limit} au maximum sont autorisés. Rien n’a été enregistré&#x202f;; veuillez le raccourcir.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.</source>
        <translation>Le texte comporte {count} caractères&#x202f;; {limit} au maximum sont autorisés. Rien n’a été enregistré&#x202f;; veuillez le raccourcir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The title contains a NUL character, which cannot be saved. Nothing was saved.</source>
        <translation>Le titre contient un caractère NUL, qui ne peut pas être enregistré. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text contains a NUL character, which cannot be saved. Nothing was saved.</source>
        <translation>Le texte contient un caractère NUL, qui ne peut pas être enregistré. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.</source>
        <translation>Le titre contient un caractère non valide (un demi-codet isolé à la position {position}). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.</source>
        <translation>Le texte contient un caractère non valide (un demi-codet isolé à la position {position}). Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry could not be saved: {error}. Nothing was written.</source>
        <translation>L’entrée n’a pas pu être enregistrée&#x202f;: {error}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry could not be changed: {error}. Nothing was written.</source>
        <translation>L’entrée n’a pas pu être modifiée&#x202f;: {error}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry could not be changed back: {error}. Nothing was written.</source>
        <translation>La modification de l’entrée n’a pas pu être annulée&#x202f;: {error}. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Please enter a title and some text.</source>
        <translation>Veuillez saisir un titre et du texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter a title.</source>
        <translation>Veuillez saisir un titre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter some text.</source>
        <translation>Veuillez saisir du texte.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown body format {format}: use HTML or Markdown.</source>
        <translation>Format de texte inconnu {format}&#x202f;: utilisez HTML ou Markdown.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The entry could not be saved: {error}. Nothing was written; your text is still in the form.</source>
        <translation>L’entrée n’a pas pu être enregistrée&#x202f;: {error}. Rien n’a été écrit&#x202f;; votre texte est toujours dans le formulaire.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+45"/>
        <source>This entry no longer exists; nothing was saved.</source>
        <translation>Cette entrée n’existe plus&#x202f;; rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+7"/>
        <location line="+30"/>
        <source>This entry no longer exists.</source>
        <translation>Cette entrée n’existe plus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry could not be deleted: {error}.</source>
        <translation>L’entrée n’a pas pu être supprimée&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry could not be restored: entry {id} exists.</source>
        <translation>L’entrée n’a pas pu être restaurée&#x202f;: l’entrée {id} existe déjà.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{error} Nothing was saved.</source>
        <translation>{error} Rien n’a été enregistré.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Too many entries have this date (the limit is {limit} a day); nothing was saved.</source>
        <translation>Trop d’entrées ont cette date (la limite est de {limit} par jour)&#x202f;; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>EntriesController</name>
    <message>
        <location filename="../../desktop_blog/app/entries_controller.py" line="+28"/>
        <source>New entry was successfully posted</source>
        <translation>La nouvelle entrée a bien été publiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry was saved</source>
        <translation>L’entrée a été enregistrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>L’entrée a été supprimée. Annuler (Ctrl+Z) la fait revenir.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{action} could not be undone or redone: {error}</source>
        <translation>Impossible d’annuler ou de rétablir {action}&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add “{title}”</source>
        <translation>l’ajout de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit “{title}”</source>
        <translation>la modification de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Star “{title}”</source>
        <translation>la mise en favori de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar “{title}”</source>
        <translation>le retrait des favoris de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete “{title}”</source>
        <translation>la suppression de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo {action}</source>
        <translation>Annuler {action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo {action}</source>
        <translation>Rétablir {action}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This entry no longer exists; nothing was saved.</source>
        <translation>Cette entrée n’existe plus&#x202f;; rien n’a été enregistré.</translation>
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
        <translation>Nouvelle entrée</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Body format</source>
        <translation>Format du texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text — HTML, e.g. &lt;b&gt;bold&lt;/b&gt;, or Markdown, e.g. **bold**; #tags are indexed</source>
        <translation>Texte — HTML, p. ex. &lt;b&gt;gras&lt;/b&gt;, ou Markdown, p. ex. **gras**&#x202f;; les #étiquettes sont indexées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text — #tags are indexed</source>
        <translation>Texte — les #étiquettes sont indexées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+314"/>
        <location line="+38"/>
        <source>Share</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="-350"/>
        <location line="+312"/>
        <location line="+38"/>
        <source>Post the entry (Ctrl+Return)</source>
        <translation>Publier l’entrée (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop editing; nothing is saved (Esc)</source>
        <translation>Arrêter la modification&#x202f;; rien n’est enregistré (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#x202f;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#x202f;:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This HTML has parts the rich editor cannot keep (styles, tables or other tags); it stays in HTML source.</source>
        <translation>Ce HTML contient des éléments que l’éditeur de texte enrichi ne peut pas conserver (styles, tableaux ou autres balises)&#x202f;; il reste affiché en source HTML.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Insert Image</source>
        <translation>Insérer une image</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.gif *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Editing “{title}”</source>
        <translation>Modification de «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Enregistrer les modifications (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../desktop_blog/models/entry_model.py" line="+126"/>
        <source>The search could not be completed: {error}.</source>
        <translation>La recherche n’a pas pu aboutir&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>The search could not be updated: {error}.</source>
        <translation>La recherche n’a pas pu être mise à jour&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+77"/>
        <location line="+11"/>
        <source>The journal could not be read: {error}.</source>
        <translation>Le journal n’a pas pu être lu&#x202f;: {error}.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_view.py" line="+121"/>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{created} · edited {edited}</source>
        <translation>{created} · modifiée le {edited}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unbelievable. No entries here so far</source>
        <translation>Incroyable. Aucune entrée pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Ctrl+N to write the first one.</source>
        <translation>Appuyez sur Ctrl+N pour écrire la première.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No entries match {query}</source>
        <translation>Aucune entrée ne correspond à {query}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc shows every entry again.</source>
        <translation>Esc affiche de nouveau toutes les entrées.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starred</source>
        <translation>Favori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar this entry (Ctrl+D)</source>
        <translation>Retirer cette entrée des favoris (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstar entry</source>
        <translation>Retirer l’entrée des favoris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation>Mettre en favori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star this entry (Ctrl+D)</source>
        <translation>Mettre cette entrée en favori (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star entry</source>
        <translation>Mettre l’entrée en favori</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty link)</source>
        <translation>(lien vide)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link {link} was not opened: only web (http, https) and e-mail (mailto) links open from a journal entry.</source>
        <translation>Le lien {link} n’a pas été ouvert&#x202f;: seuls les liens web (http, https) et de courriel (mailto) s’ouvrent depuis une entrée du journal.</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../desktop_blog/transfer/atomic.py" line="+34"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>Impossible d’écrire {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} est un dossier&#x202f;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} already exists and is not an empty folder; choose a new one.</source>
        <translation>{path} existe déjà et n’est pas un dossier vide&#x202f;; choisissez-en un nouveau.</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../../desktop_blog/transfer/exporters.py" line="+241"/>
        <source>Unbelievable. No entries here so far</source>
        <translation>Incroyable. Aucune entrée pour l’instant</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/filter_bar.py" line="+34"/>
        <source>Showing starred {tag} on {day}</source>
        <translation>Affichage des favoris {tag} du {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {tag} on {day}</source>
        <translation>Affichage de {tag} du {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing starred {tag}</source>
        <translation>Affichage des favoris {tag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {tag}</source>
        <translation>Affichage de {tag}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing starred entries on {day}</source>
        <translation>Affichage des favoris du {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {day}</source>
        <translation>Affichage du {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing starred entries</source>
        <translation>Affichage des favoris</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search entries</source>
        <translation>Rechercher dans les entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>Rechercher dans les entrées (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred only</source>
        <translation>Favoris uniquement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all entries (Ctrl+Shift+A)</source>
        <translation>Afficher toutes les entrées (Ctrl+Shift+A)</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%Ln entries found</source>
        <translation>
            <numerusform>%Ln entrée trouvée</numerusform>
            <numerusform>%Ln entrées trouvées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries found so far</source>
        <translation>
            <numerusform>%Ln entrée trouvée pour l’instant</numerusform>
            <numerusform>%Ln entrées trouvées pour l’instant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries so far</source>
        <translation>
            <numerusform>%Ln entrée pour l’instant</numerusform>
            <numerusform>%Ln entrées pour l’instant</numerusform>
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
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/format_toolbar.py" line="+74"/>
        <location line="+2"/>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web or e-mail address (https://…, mailto:…); empty removes the link:</source>
        <translation>Adresse web ou de courriel (https://…, mailto:…)&#x202f;; vide, le lien est supprimé&#x202f;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only web (http, https) and e-mail (mailto) links are kept.</source>
        <translation>Seuls les liens web (http, https) et de courriel (mailto) sont conservés.</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+66"/>
        <source>Writing days</source>
        <translation>Jours d’écriture</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln writing days from {first} to {last}</source>
        <translation>
            <numerusform>%Ln jour d’écriture du {first} au {last}</numerusform>
            <numerusform>%Ln jours d’écriture du {first} au {last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../desktop_blog/storage/images.py" line="+66"/>
        <source>The image is empty.</source>
        <translation>L’image est vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>L’image est trop volumineuse ({size} Mo)&#x202f;; la limite est de {limit} Mo.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only PNG, JPEG, GIF and WebP images can be added to an entry.</source>
        <translation>Seules les images PNG, JPEG, GIF et WebP peuvent être ajoutées à une entrée.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The image could not be saved: {error}.</source>
        <translation>L’image n’a pas pu être enregistrée&#x202f;: {error}.</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../../desktop_blog/transfer/importers.py" line="+71"/>
        <source>Desktop Blog JSON</source>
        <translation>l’export JSON de Desktop Blog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flaskr database</source>
        <translation>la base de données Flaskr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl JSON</source>
        <translation>l’export JSON de jrnl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day One JSON export</source>
        <translation>l’export JSON de Day One</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RedNotebook journal</source>
        <translation>le journal RedNotebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown folder</source>
        <translation>le dossier Markdown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Desktop Blog JSON export, a Flaskr database, a jrnl JSON export, a Day One JSON export (.zip), a RedNotebook data folder or a folder of Markdown files</source>
        <translation>un export JSON de Desktop Blog, une base de données Flaskr, un export JSON de jrnl, un export JSON de Day One (.zip), un dossier de données RedNotebook ou un dossier de fichiers Markdown</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported {entries} and {images} from the {source}; {skipped}.</source>
        <translation>Import depuis {source}&#x202f;: {entries} et {images}&#x202f;; {skipped}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {entries} from the {source}; {skipped}.</source>
        <translation>Import depuis {source}&#x202f;: {entries}&#x202f;; {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée ajoutée</numerusform>
            <numerusform>%Ln entrées ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln image ajoutée</numerusform>
            <numerusform>%Ln images ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>skipped %Ln already in the journal</source>
        <translation>
            <numerusform>%Ln ignorée car déjà dans le journal</numerusform>
            <numerusform>%Ln ignorées car déjà dans le journal</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{where}: {error}</source>
        <translation>{where}&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{where}: the date is missing or not text.</source>
        <translation>{where}&#x202f;: la date est absente ou n’est pas du texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: {error}.</source>
        <translation>{where}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: {date} is outside the dates this app can store (years 1 to 9999 in UTC).</source>
        <translation>{where}&#x202f;: {date} est en dehors des dates que cette application peut stocker (années 1 à 9999 en UTC).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: &apos;{key}&apos; is missing or not text.</source>
        <translation>{where}&#x202f;: &apos;{key}&apos; est absent ou n’est pas du texte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{key}&apos; must be a list.</source>
        <translation>&apos;{key}&apos; doit être une liste.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This export has version {version}; this app reads versions 1 to {latest}.</source>
        <translation>Cet export est en version {version}&#x202f;; cette application lit les versions 1 à {latest}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry {number}</source>
        <translation>Entrée {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: unknown format {format}.</source>
        <translation>{where}&#x202f;: format inconnu {format}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image {number}</source>
        <translation>Image {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: its bytes do not match its checksum.</source>
        <translation>{where}&#x202f;: ses octets ne correspondent pas à sa somme de contrôle.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where} is not an object.</source>
        <translation>{where} n’est pas un objet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>jrnl entry {number}</source>
        <translation>Entrée jrnl {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {day} {time} is not a date and time.</source>
        <translation>{where}&#x202f;: {day} {time} n’est pas une date et une heure.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: &apos;body&apos; is not text.</source>
        <translation>{where}&#x202f;: &apos;body&apos; n’est pas du texte.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open {path}: {error}.</source>
        <translation>Impossible d’ouvrir {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Post {number}</source>
        <translation>Billet {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be read as a Flaskr database ({error}).</source>
        <translation>{path} ne peut pas être lu comme une base de données Flaskr ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} has neither Flaskr&apos;s &apos;entries&apos; nor its &apos;post&apos; table.</source>
        <translation>{path} ne contient ni la table &apos;entries&apos; ni la table &apos;post&apos; de Flaskr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number}</source>
        <translation>Ligne {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{error}; nothing was imported.</source>
        <translation>{error}&#x202f;; rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry {title}</source>
        <translation>Entrée {title}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is a zip file without a Day One journal in it.</source>
        <translation>{path} est un fichier zip qui ne contient pas de journal Day One.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} unpacks to {size} bytes; at most {limit} are read.</source>
        <translation>{path} fait {size} octets une fois décompressé&#x202f;; {limit} au maximum sont lus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} cannot be read as a Day One export ({error}).</source>
        <translation>{path} ne peut pas être lu comme un export Day One ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the Day One journal is not a JSON object.</source>
        <translation>{path}&#x202f;: le journal Day One n’est pas un objet JSON.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Day One entry {number}</source>
        <translation>Entrée Day One {number}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where}: photo {name}: {error}</source>
        <translation>{where}&#x202f;: photo {name}&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>Impossible de lire {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>RedNotebook {month}</source>
        <translation>RedNotebook {month}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: not a RedNotebook month file ({error}).</source>
        <translation>{where}&#x202f;: ce n’est pas un fichier mensuel RedNotebook ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: not a RedNotebook month file.</source>
        <translation>{where}&#x202f;: ce n’est pas un fichier mensuel RedNotebook.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: {day} is not a day.</source>
        <translation>{where}&#x202f;: {day} n’est pas un jour.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{where}: {value} is not a date.</source>
        <translation>{where}&#x202f;: {value} n’est pas une date.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{where}: the front matter is not YAML ({error}).</source>
        <translation>{where}&#x202f;: l’en-tête (front matter) n’est pas du YAML ({error}).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{path} is an encrypted export: give its passphrase.</source>
        <translation>{path} est un export chiffré&#x202f;: indiquez sa phrase secrète.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a file this app can import ({error}). This app imports {readable}.</source>
        <translation>{path} n’est pas un fichier que cette application peut importer ({error}). Cette application importe {readable}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The folder {path} holds neither RedNotebook month files (YYYY-MM.txt) nor Markdown files (.md). This app imports {readable}.</source>
        <translation>Le dossier {path} ne contient ni fichiers mensuels RedNotebook (YYYY-MM.txt) ni fichiers Markdown (.md). Cette application importe {readable}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is a zip file but not a Day One JSON export.</source>
        <translation>{path} est un fichier zip, mais pas un export JSON de Day One.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{path} is JSON but not a file this app can import: {readable}.</source>
        <translation>{path} est du JSON, mais pas un fichier que cette application peut importer&#x202f;: {readable}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The journal</source>
        <translation>Le journal</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import failed and added nothing: {error}.</source>
        <translation>L’import a échoué et n’a rien ajouté&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Entry {number} ({title}): {error}</source>
        <translation>Entrée {number} ({title})&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>JournalUpgrade</name>
    <message>
        <location filename="../../desktop_blog/app/journal_upgrade.py" line="+68"/>
        <source>Invalid password: the journal was left unencrypted.</source>
        <translation>Mot de passe incorrect&#x202f;: le journal est resté non chiffré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypting the journal…</source>
        <translation>Chiffrement du journal…</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation>
            <numerusform>Journal chiffré (%Ln entrée)&#x202f;; le fichier non chiffré a été supprimé.</numerusform>
            <numerusform>Journal chiffré (%Ln entrées)&#x202f;; le fichier non chiffré a été supprimé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Deleted %n plain backups.</source>
        <translation>
            <numerusform>%n sauvegarde non chiffrée supprimée.</numerusform>
            <numerusform>%n sauvegardes non chiffrées supprimées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{failed} of %n backups could not be encrypted.</source>
        <translation>
            <numerusform>Échec du chiffrement pour {failed} sauvegarde sur %n.</numerusform>
            <numerusform>Échec du chiffrement pour {failed} des %n sauvegardes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Encrypted %n backups made earlier.</source>
        <translation>
            <numerusform>%n sauvegarde antérieure a été chiffrée.</numerusform>
            <numerusform>%n sauvegardes antérieures ont été chiffrées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups made earlier are still plain (not encrypted).</source>
        <translation>
            <numerusform>%n sauvegarde antérieure n’est toujours pas chiffrée.</numerusform>
            <numerusform>%n sauvegardes antérieures ne sont toujours pas chiffrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../desktop_blog/security/keys.py" line="+86"/>
        <source>The journal key was dropped (the journal is locked).</source>
        <translation>La clé du journal a été effacée de la mémoire (le journal est verrouillé).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key file asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.</source>
        <translation>Le fichier de clé demande argon2id {name}={value}, hors de l’intervalle {low}-{high}&#x202f;; il n’a pas été créé par Desktop Blog ou a été altéré.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key file&apos;s salt is too short; it was altered.</source>
        <translation>Le sel du fichier de clé est trop court&#x202f;; le fichier a été altéré.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+4"/>
        <source>That is not a recovery key (32 letters and digits).</source>
        <translation>Ce n’est pas une clé de récupération (32 lettres et chiffres).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This journal has no recovery key.</source>
        <translation>Ce journal n’a pas de clé de récupération.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The key file {path} has version {version}; this Desktop Blog reads version 1. Update Desktop Blog.</source>
        <translation>Le fichier de clé {path} est en version {version}&#x202f;; cette version de Desktop Blog lit la version 1. Mettez à jour Desktop Blog.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{error} ({path})</source>
        <translation>{error} ({path})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file {path} is damaged; the journal cannot be unlocked with it. Restore the key file from a backup (journal-….sqlite3.key).</source>
        <translation>Le fichier de clé {path} est endommagé&#x202f;; il ne permet pas de déverrouiller le journal. Restaurez le fichier de clé depuis une sauvegarde (journal-….sqlite3.key).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key file {path} is missing: the encrypted journal {journal} cannot be unlocked without it. Copy it back (every backup has one beside it); nothing was changed.</source>
        <translation>Le fichier de clé {path} est introuvable&#x202f;: le journal chiffré {journal} ne peut pas être déverrouillé sans lui. Remettez-le en place (chaque sauvegarde en a un à côté d’elle)&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key file {path} cannot be read: {error}.</source>
        <translation>Le fichier de clé {path} ne peut pas être lu&#x202f;: {error}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/login_dialog.py" line="+27"/>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in — {app}</source>
        <translation>Connexion — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Login</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#x202f;:</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Too many failed attempts. Try again in %n s.</source>
        <translation>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n s.</numerusform>
            <numerusform>Trop de tentatives échouées. Réessayez dans %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/main_window.py" line="-116"/>
        <source>Entries</source>
        <translation>Entrées</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>★ Starred</source>
        <translation>★ Favoris</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>this filter</source>
        <translation>ce filtre</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No file manager could open the log folder; it is {folder}</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir le dossier des journaux d’activité&#x202f;; il se trouve ici&#x202f;: {folder}</translation>
    </message>
</context>
<context>
    <name>Markup</name>
    <message>
        <location filename="../../desktop_blog/markup.py" line="+103"/>
        <source>bold text</source>
        <translation>texte en gras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic text</source>
        <translation>texte en italique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link text</source>
        <translation>texte du lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quoted text</source>
        <translation>texte cité</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>code</source>
        <translation>code</translation>
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
        <translation>Un journal personnel qui reste sur votre ordinateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop Blog is a journal for one person. Every entry is kept in a single encrypted file on your own computer: there is no account to create, and nothing is sent over the network.</source>
        <extracomment>First paragraph of the description in software centres.</extracomment>
        <translation>Desktop Blog est un journal destiné à une seule personne. Toutes les entrées sont conservées dans un unique fichier chiffré, sur votre propre ordinateur&#xa0;: aucun compte à créer, et rien n’est envoyé sur le réseau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write with a rich-text or a Markdown editor, find any entry again through the calendar, tags or full-text search, and keep your journal safe with automatic backups.</source>
        <extracomment>Second paragraph of the description in software centres.</extracomment>
        <translation>Écrivez avec un éditeur de texte enrichi ou Markdown, retrouvez n’importe quelle entrée grâce au calendrier, aux étiquettes ou à la recherche plein texte, et mettez votre journal à l’abri avec des sauvegardes automatiques.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Password protection, with a recovery key</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Protection par mot de passe, avec une clé de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images, tags, stars and spell checking</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Images, étiquettes, favoris et correction orthographique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statistics of your writing by month</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Statistiques d’écriture mois par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export to HTML, PDF and Markdown, and import from other journals</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Export en HTML, PDF et Markdown, et import depuis d’autres journaux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light and dark themes</source>
        <extracomment>An item of the feature list in software centres.</extracomment>
        <translation>Thèmes clair et sombre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the journal, the newest entries first</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Lecture du journal, les entrées les plus récentes en premier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Writing an entry in the dark theme</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Rédaction d’une entrée avec le thème sombre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Searching the journal, with the matches highlighted</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Recherche dans le journal, avec les résultats mis en évidence</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entries and words per month</source>
        <extracomment>Caption of a screenshot in software centres.</extracomment>
        <translation>Entrées et mots par mois</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The first release: an encrypted journal in one file, with a rich-text and a Markdown editor, search, tags, a calendar, statistics, exports, imports and backups, in English, German, French and Spanish.</source>
        <extracomment>Release notes of version 0.1.0 in software centres.</extracomment>
        <translation>Première version&#xa0;: un journal chiffré dans un seul fichier, avec un éditeur de texte enrichi et un éditeur Markdown, la recherche, les étiquettes, un calendrier, des statistiques, l’export, l’import et les sauvegardes, en anglais, allemand, français et espagnol.</translation>
    </message>
</context>
<context>
    <name>Passwords</name>
    <message>
        <location filename="../../desktop_blog/passwords.py" line="+83"/>
        <source>password_hash is not a Desktop Blog password hash; run &apos;desktop-blog set-password&apos; to set it again</source>
        <translation>password_hash n’est pas une empreinte de mot de passe de Desktop Blog&#x202f;; lancez &apos;desktop-blog set-password&apos; pour le redéfinir</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/transfer/pdf_export.py" line="+110"/>
        <source>{app} — %Ln entries</source>
        <translation>
            <numerusform>{app} — %Ln entrée</numerusform>
            <numerusform>{app} — %Ln entrées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainBackupsQuestion</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+13"/>
        <source>Backups made earlier</source>
        <translation>Sauvegardes antérieures</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln backups made before are still plain (not encrypted): anyone who can read them can read the entries they hold. Encrypt them with the journal&apos;s key, or delete them?</source>
        <translation>
            <numerusform>%Ln sauvegarde antérieure n’est toujours pas chiffrée&#x202f;: toute personne qui peut la lire peut lire les entrées qu’elle contient. La chiffrer avec la clé du journal, ou la supprimer&#x202f;?</numerusform>
            <numerusform>%Ln sauvegardes antérieures ne sont toujours pas chiffrées&#x202f;: toute personne qui peut les lire peut lire les entrées qu’elles contiennent. Les chiffrer avec la clé du journal, ou les supprimer&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypt them</source>
        <translation>Les chiffrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete them</source>
        <translation>Les supprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them plain</source>
        <translation>Les garder non chiffrées</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../desktop_blog/domain/preferences.py" line="+74"/>
        <location line="+12"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
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
        <translation>Un nouvel emplacement du journal est utilisé au prochain démarrage de {app}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used the next time {app} starts.</source>
        <translation>Une nouvelle langue est utilisée au prochain démarrage de {app}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default &amp;format</source>
        <translation>&amp;Format par défaut</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Journal file</source>
        <translation>Fichier du &amp;journal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Spelling</source>
        <translation>&amp;Orthographe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../desktop_blog/app/preferences_controller.py" line="+22"/>
        <source>Preferences saved</source>
        <translation>Préférences enregistrées</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Preferences saved. A new journal location is used the next time {app} starts.</source>
        <translation>Préférences enregistrées. Un nouvel emplacement du journal est utilisé au prochain démarrage de {app}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/preferences_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{label}:</source>
        <translation>{label}&#x202f;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{language} (not installed)</source>
        <translation>{language} (non installé)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please choose a value for “{preference}”.</source>
        <translation>Veuillez choisir une valeur pour «&#x202f;{preference}&#x202f;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Journaux (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop_blog/storage/progress.py" line="+20"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé&#x202f;; rien n’a été écrit.</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{task}: cancelling…</source>
        <translation>{task}&#x202f;: annulation…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/recovery_key_dialog.py" line="+126"/>
        <source>Recovery key — {app}</source>
        <translation>Clé de récupération — {app}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location line="-90"/>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is encrypted with your password: if you forget it, nobody can open the journal without this recovery key. It is shown only now. Copy it or save it somewhere safe, away from this computer.</source>
        <translation>Votre journal est chiffré avec votre mot de passe&#x202f;: si vous l’oubliez, personne ne pourra ouvrir le journal sans cette clé de récupération. Elle n’est affichée que maintenant. Copiez-la ou enregistrez-la en lieu sûr, ailleurs que sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue to the journal</source>
        <translation>Continuer vers le journal</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Fichiers texte (*.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: {reason}</source>
        <translation>Non enregistrée&#x202f;: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {file} (readable only by you).</source>
        <translation>Enregistrée dans {file} (lisible uniquement par vous).</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../desktop_blog/storage/rescue.py" line="+38"/>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entries&apos; indexes</source>
        <translation>index des entrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images</source>
        <translation>images</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the full-text index</source>
        <translation>index plein texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tag index</source>
        <translation>index des étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of tables</source>
        <translation>liste des tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unused pages</source>
        <translation>pages inutilisées</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The journal {path} is healthy.</source>
        <translation>Le journal {path} est en bon état.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the journal {path} only indexes are damaged ({parts}); they can be rebuilt from the entries without losing anything.</source>
        <translation>Dans le journal {path}, seuls des index sont endommagés ({parts})&#x202f;; ils peuvent être reconstruits à partir des entrées sans rien perdre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal {path} is damaged ({parts}). Restore the newest backup, or salvage every readable entry into a new journal (&apos;desktop-blog salvage NEW-FILE&apos;).</source>
        <translation>Le journal {path} est endommagé ({parts}). Restaurez la sauvegarde la plus récente, ou récupérez chaque entrée lisible dans un nouveau journal (&apos;desktop-blog salvage NEW-FILE&apos;).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an unknown number of entries could not be read</source>
        <translation>un nombre inconnu d’entrées n’a pas pu être lu</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>%Ln entrée n’a pas pu être lue</numerusform>
            <numerusform>%Ln entrées n’ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {entries} and {images}; {lost}; {lost_images}.</source>
        <translation>Récupération&#x202f;: {entries} et {images}&#x202f;; {lost}&#x202f;; {lost_images}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
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
            <numerusform>%Ln image n’a pas pu être lue</numerusform>
            <numerusform>%Ln images n’ont pas pu être lues</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the journal {path}: {error}.</source>
        <translation>Impossible d’ouvrir le journal {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{path} already exists; choose a new file for the salvaged journal.</source>
        <translation>{path} existe déjà&#x202f;; choisissez un nouveau fichier pour le journal récupéré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing can be read from {path}: its list of tables is damaged ({error}). Restore the newest backup instead.</source>
        <translation>Rien ne peut être lu dans {path}&#x202f;: sa liste des tables est endommagée ({error}). Restaurez plutôt la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Desktop Blog journal (it has no entries).</source>
        <translation>{path} n’est pas un journal Desktop Blog (il ne contient pas d’entrées).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The salvaged journal {path} did not verify.</source>
        <translation>Le journal récupéré {path} n’a pas passé la vérification.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Rebuilding the indexes of {path} would lose entries ({report}); nothing was changed. Restore a backup or salvage the journal instead.</source>
        <translation>Reconstruire les index de {path} ferait perdre des entrées ({report})&#x202f;; rien n’a été modifié. Restaurez plutôt une sauvegarde ou récupérez le journal.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{health} They were rebuilt ({report}); the damaged file was kept as {aside}.</source>
        <translation>{health} Ils ont été reconstruits ({report})&#x202f;; le fichier endommagé a été conservé sous le nom {aside}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot restore {backup} into {path}: {error}.</source>
        <translation>Impossible de restaurer {backup} dans {path}&#x202f;: {error}.</translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message>
        <location filename="../../desktop_blog/app/rescue_controller.py" line="+41"/>
        <source>The journal could not be rescued</source>
        <translation>Le journal n’a pas pu être sauvé</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Rescuing the journal {path}…</source>
        <translation>Sauvetage du journal {path}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rescuing the journal</source>
        <translation>Sauvetage du journal</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only indexes of the journal were damaged ({parts}); they were rebuilt from the entries: {summary} The damaged file was kept as {aside}.</source>
        <translation>Seuls des index du journal étaient endommagés ({parts})&#x202f;; ils ont été reconstruits à partir des entrées&#x202f;: {summary} Le fichier endommagé a été conservé sous le nom {aside}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Restored the backup of {date} (%Ln entries). The damaged journal was kept as {aside}.</source>
        <translation>
            <numerusform>Sauvegarde du {date} restaurée (%Ln entrée). Le journal endommagé a été conservé sous le nom {aside}.</numerusform>
            <numerusform>Sauvegarde du {date} restaurée (%Ln entrées). Le journal endommagé a été conservé sous le nom {aside}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Salvaged the journal. {summary} The damaged file was kept as {aside}.</source>
        <translation>Journal récupéré. {summary} Le fichier endommagé a été conservé sous le nom {aside}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal could not be rescued: {error}</source>
        <translation>Le journal n’a pas pu être sauvé&#x202f;: {error}</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/rescue_dialog.py" line="+58"/>
        <source>The journal is damaged — {app}</source>
        <translation>Le journal est endommagé — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is damaged</source>
        <translation>Votre journal est endommagé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal file {file} is damaged. Damaged: {parts}.

What is on the damaged pages cannot be read, and nothing more is written to the file. Choose how to go on; either way the damaged file is kept aside, untouched.</source>
        <translation>Le fichier du journal {file} est endommagé. Parties endommagées&#x202f;: {parts}.

Ce qui se trouve sur les pages endommagées ne peut pas être lu, et plus rien n’est écrit dans le fichier. Choisissez comment continuer&#x202f;; dans les deux cas, le fichier endommagé est mis de côté, intact.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup of {date}</source>
        <translation>Restaurer la sauvegarde du {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries, verified. Entries written after it are not in it. ({file})</source>
        <translation>
            <numerusform>%Ln entrée, sauvegarde vérifiée. Les entrées écrites après elle n’y figurent pas. ({file})</numerusform>
            <numerusform>%Ln entrées, sauvegarde vérifiée. Les entrées écrites après elle n’y figurent pas. ({file})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup that verifies was found in {folder}.</source>
        <translation>Aucune sauvegarde passant la vérification n’a été trouvée dans {folder}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salvage the readable entries</source>
        <translation>Récupérer les entrées lisibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies every entry, tag and image that can still be read into a new journal and says how many were saved and lost.</source>
        <translation>Copie chaque entrée, étiquette et image encore lisible dans un nouveau journal, et indique combien ont été récupérées et perdues.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <location filename="../../desktop_blog/resources.py" line="+29"/>
        <source>Desktop Blog&apos;s resources were not found next to {folder}; reinstall the app.</source>
        <translation>Les ressources de Desktop Blog sont introuvables à côté de {folder}&#x202f;; réinstallez l’application.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing resource {name} in {folder}; reinstall the app.</source>
        <translation>Ressource {name} manquante dans {folder}&#x202f;; réinstallez l’application.</translation>
    </message>
</context>
<context>
    <name>RichBodyEdit</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/rich_body_edit.py" line="+106"/>
        <source>Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged.</source>
        <translation>Rien n’a été collé&#x202f;: le texte aurait {size} caractères&#x202f;; une entrée en contient au plus {limit}. Ce que vous avez saisi est inchangé.</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_view.py" line="-117"/>
        <source>This text is too large to show ({size} characters; the limit is {limit}).</source>
        <translation>Ce texte est trop long pour être affiché ({size} caractères&#x202f;; la limite est de {limit}).</translation>
    </message>
</context>
<context>
    <name>SafeInput</name>
    <message>
        <location filename="../../desktop_blog/safe_input.py" line="+48"/>
        <source>{path} is a folder, not a file; nothing was read.</source>
        <translation>{path} est un dossier, pas un fichier&#x202f;; rien n’a été lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe (FIFO), not a file; nothing was read.</source>
        <translation>{path} est un tube (FIFO), pas un fichier&#x202f;; rien n’a été lu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a device, not a file; nothing was read.</source>
        <translation>{path} est un périphérique, pas un fichier&#x202f;; rien n’a été lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a socket, not a file; nothing was read.</source>
        <translation>{path} est un socket, pas un fichier&#x202f;; rien n’a été lu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>{path} is not a regular file; nothing was read.</source>
        <translation>{path} n’est pas un fichier ordinaire&#x202f;; rien n’a été lu.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Le fichier {path} n’est pas du texte UTF-8 (octet {byte}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Le fichier de configuration {path} n’est pas du texte UTF-8 (octet {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Le fichier du texte de l’entrée {path} n’est pas du texte UTF-8 (octet {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Markdown file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Le fichier Markdown {path} n’est pas du texte UTF-8 (octet {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The RedNotebook month file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Le fichier mensuel RedNotebook {path} n’est pas du texte UTF-8 (octet {byte}).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln bytes</source>
        <translation>
            <numerusform>%Ln octet</numerusform>
            <numerusform>%Ln octets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read {path}: it does not exist.</source>
        <translation>Impossible de lire {path}&#x202f;: ce chemin n’existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is {size}; at most {limit} can be read. Nothing was read.</source>
        <translation>{path} fait {size}&#x202f;; {limit} au maximum peuvent être lus. Rien n’a été lu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>Impossible de lire {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} grew beyond {limit} while being read.</source>
        <translation>{path} a dépassé {limit} pendant sa lecture.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {what} {path} is not UTF-8 text (byte {byte}).</source>
        <translation>Le fichier ({what}) {path} n’est pas du texte UTF-8 (octet {byte}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a number has {count} digits; at most {limit} are read</source>
        <translation>un nombre comporte {count} chiffres&#x202f;; {limit} au maximum sont lus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a number has {count} characters</source>
        <translation>un nombre comporte {count} caractères</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not a number JSON allows</source>
        <translation>{text} n’est pas un nombre autorisé en JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the JSON nests {depth} levels deep; at most {limit} are read</source>
        <translation>le JSON est imbriqué sur {depth} niveaux&#x202f;; {limit} au maximum sont lus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not valid JSON ({error})</source>
        <translation>ce n’est pas du JSON valide ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the JSON nests too deeply</source>
        <translation>le JSON est imbriqué trop profondément</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it nests {depth} levels deep; at most {limit} are read</source>
        <translation>il est imbriqué sur {depth} niveaux&#x202f;; {limit} au maximum sont lus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it nests too deeply</source>
        <translation>il est imbriqué trop profondément</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a date and time</source>
        <translation>{value} n’est pas une date et une heure</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is outside the dates this app can store (years 1 to 9999 in UTC)</source>
        <translation>{value} est en dehors des dates que cette application peut stocker (années 1 à 9999 en UTC)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what} is binary data, not text</source>
        <translation>{what} contient des données binaires, pas du texte</translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <location filename="../../desktop_blog/safe_output.py" line="+35"/>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>the PDF came out incomplete ({size})</source>
        <translation>le PDF produit est incomplet ({size})</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../../desktop_blog/storage/schema_check.py" line="+130"/>
        <source>{path} has a schema this app did not make ({found}). It was left untouched and not used: a journal or backup must come from Desktop Blog unchanged.</source>
        <translation>{path} a un schéma que cette application n’a pas créé ({found}). Il n’a été ni modifié ni utilisé&#x202f;: un journal ou une sauvegarde doit provenir de Desktop Blog sans modification.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop_blog/app/session.py" line="+361"/>
        <source>The journal could not be unlocked: {error}</source>
        <translation>Le journal n’a pas pu être déverrouillé&#x202f;: {error}</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The journal is read-only</source>
        <translation>Le journal est en lecture seule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}: you can read your entries, but adding new ones is disabled. Make it writable (for example chmod u+w) and start Desktop Blog again to write.</source>
        <translation>{reason}&#x202f;: vous pouvez lire vos entrées, mais pas en ajouter. Rendez-le modifiable (par exemple avec chmod u+w) et relancez Desktop Blog pour écrire.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You were logged in</source>
        <translation>Vous êtes connecté</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The journal was locked. Log in to continue; your draft is kept.</source>
        <translation>Le journal a été verrouillé. Connectez-vous pour continuer&#x202f;; votre brouillon est conservé.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You were logged out</source>
        <translation>Vous êtes déconnecté</translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <location filename="../../desktop_blog/config.py" line="+52"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a whole number of at least {low} (found {found}).</source>
        <translation>Dans le fichier de configuration {path}, &apos;{key}&apos; doit être un nombre entier d’au moins {low} (valeur trouvée&#x202f;: {found}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a whole number of minutes from 0 (never) to {high} (found {found}).</source>
        <translation>Dans le fichier de configuration {path}, &apos;{key}&apos; doit être un nombre entier de minutes entre 0 (jamais) et {high} (valeur trouvée&#x202f;: {found}).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The settings file {path} does not exist.</source>
        <translation>Le fichier de configuration {path} n’existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} cannot be used: {error}.</source>
        <translation>Le fichier de configuration {path} est inutilisable&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file {path} is not valid TOML: {error}.</source>
        <translation>Le fichier de configuration {path} n’est pas du TOML valide&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a string (found {type}).</source>
        <translation>Dans le fichier de configuration {path}, &apos;{key}&apos; doit être une chaîne de caractères (type trouvé&#x202f;: {type}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In the settings file {path}, {error}.</source>
        <translation>Dans le fichier de configuration {path}, {error}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be one of {choices} (found {found}).</source>
        <translation>Dans le fichier de configuration {path}, &apos;{key}&apos; doit valoir l’une des valeurs {choices} (valeur trouvée&#x202f;: {found}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be one of {choices} (found a {type}).</source>
        <translation>Dans le fichier de configuration {path}, &apos;{key}&apos; doit valoir l’une des valeurs {choices} (type trouvé&#x202f;: {type}).</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The settings file {path} has an entry &apos;{key}&apos; this version cannot rewrite; edit the file by hand.</source>
        <translation>Le fichier de configuration {path} contient un réglage &apos;{key}&apos; que cette version ne peut pas réécrire&#x202f;; modifiez le fichier à la main.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the settings file {path}: {error}.</source>
        <translation>Impossible d’écrire le fichier de configuration {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The journal location {path} must be a file&apos;s full path.</source>
        <translation>L’emplacement du journal {path} doit être le chemin complet d’un fichier.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/setup_dialog.py" line="+42"/>
        <source>Welcome — {app}</source>
        <translation>Bienvenue — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to your journal</source>
        <translation>Bienvenue dans votre journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a username and a password. The password encrypts your journal; the username is kept in
{file}</source>
        <translation>Choisissez un nom d’utilisateur et un mot de passe. Le mot de passe chiffre votre journal&#x202f;; le nom d’utilisateur est conservé dans
{file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Username</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat password</source>
        <translation>Répéter le mot de passe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create journal</source>
        <translation>Créer le journal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A forgotten password cannot be recovered without the recovery key, which you will see next.</source>
        <translation>Un mot de passe oublié ne peut pas être remplacé sans la clé de récupération, qui vous sera montrée ensuite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating the encrypted journal…</source>
        <translation>Création du journal chiffré…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d’utilisateur&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#x202f;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Répéter le mot de passe&#x202f;:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Please choose a username.</source>
        <translation>Veuillez choisir un nom d’utilisateur.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Please choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Veuillez choisir un mot de passe d’au moins %n caractère.</numerusform>
            <numerusform>Veuillez choisir un mot de passe d’au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passwords do not match.</source>
        <translation>Les mots de passe ne correspondent pas.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/shortcuts_dialog.py" line="+30"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/spell_highlighter.py" line="+75"/>
        <source>(No suggestions)</source>
        <translation>(Aucune suggestion)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Dictionary</source>
        <translation>Ajouter au dictionnaire</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop_blog/spelling.py" line="+52"/>
        <source>Spell checking is off: the enchant library is not installed.</source>
        <translation>La correction orthographique est désactivée&#x202f;: la bibliothèque enchant n’est pas installée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spell checking is off: no dictionary is installed.</source>
        <translation>La correction orthographique est désactivée&#x202f;: aucun dictionnaire n’est installé.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Spell checking is off: no dictionary for “{language}” is installed.</source>
        <translation>La correction orthographique est désactivée&#x202f;: aucun dictionnaire pour «&#x202f;{language}&#x202f;» n’est installé.</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+68"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries per month</source>
        <translation>Entrées par mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words per month</source>
        <translation>Mots par mois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing days (last 12 months)</source>
        <translation>Jours d’écriture (12 derniers mois)</translation>
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
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln mot</numerusform>
            <numerusform>%Ln mots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln writing days</source>
        <translation>
            <numerusform>%Ln jour d’écriture</numerusform>
            <numerusform>%Ln jours d’écriture</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <location filename="../../desktop_blog/storage/errors.py" line="+84"/>
        <source>The journal {path} is damaged ({error}). Nothing more was written to it. Run &apos;desktop-blog check&apos; to see which parts are damaged, then restore the newest backup or &apos;desktop-blog salvage NEW-FILE&apos; to save every readable entry.</source>
        <translation>Le journal {path} est endommagé ({error}). Plus rien n’y a été écrit. Lancez &apos;desktop-blog check&apos; pour voir quelles parties sont endommagées, puis restaurez la sauvegarde la plus récente ou lancez &apos;desktop-blog salvage NEW-FILE&apos; pour récupérer chaque entrée lisible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal is damaged ({error}). Nothing more was written to it. Run &apos;desktop-blog check&apos; to see which parts are damaged, then restore the newest backup or &apos;desktop-blog salvage NEW-FILE&apos; to save every readable entry.</source>
        <translation>Le journal est endommagé ({error}). Plus rien n’y a été écrit. Lancez &apos;desktop-blog check&apos; pour voir quelles parties sont endommagées, puis restaurez la sauvegarde la plus récente ou lancez &apos;desktop-blog salvage NEW-FILE&apos; pour récupérer chaque entrée lisible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the journal {path}: the disk is full. Nothing that was saved before was lost; free some space and try again.</source>
        <translation>Impossible d’écrire le journal {path}&#x202f;: le disque est plein. Rien de ce qui avait été enregistré n’a été perdu&#x202f;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the journal: the disk is full. Nothing that was saved before was lost; free some space and try again.</source>
        <translation>Impossible d’écrire le journal&#x202f;: le disque est plein. Rien de ce qui avait été enregistré n’a été perdu&#x202f;; libérez de l’espace et réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk failed while reading or writing the journal {path} ({error}). Check that the drive is connected and healthy, then run &apos;desktop-blog check&apos;.</source>
        <translation>Une erreur de disque s’est produite pendant la lecture ou l’écriture du journal {path} ({error}). Vérifiez que le disque est connecté et en bon état, puis lancez &apos;desktop-blog check&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk failed while reading or writing the journal ({error}). Check that the drive is connected and healthy, then run &apos;desktop-blog check&apos;.</source>
        <translation>Une erreur de disque s’est produite pendant la lecture ou l’écriture du journal ({error}). Vérifiez que le disque est connecté et en bon état, puis lancez &apos;desktop-blog check&apos;.</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_blog/models/tag_model.py" line="+15"/>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Tag {tag}, %Ln entries</source>
        <translation>
            <numerusform>Étiquette {tag}, %Ln entrée</numerusform>
            <numerusform>Étiquette {tag}, %Ln entrées</numerusform>
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
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../../desktop_blog/app/transfer_controller.py" line="+46"/>
        <source>JSON export (*.json)</source>
        <translation>Export JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder for the Markdown files (*)</source>
        <translation>Nouveau dossier pour les fichiers Markdown (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder for the HTML site (*)</source>
        <translation>Nouveau dossier pour le site HTML (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journals (*.json *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Journaux (*.json *.db *.sqlite *.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Sauvegardes (*.sqlite3);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export — the exported files are not encrypted</source>
        <translation>Export — les fichiers exportés ne sont pas chiffrés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running export to finish (or cancel it) first.</source>
        <translation>Attendez d’abord la fin de l’export en cours (ou annulez-le).</translation>
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
        <translation>Attendez d’abord la fin de l’import en cours (ou annulez-le).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running backup to finish (or cancel it) first.</source>
        <translation>Attendez d’abord la fin de la sauvegarde en cours (ou annulez-la).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running restore to finish (or cancel it) first.</source>
        <translation>Attendez d’abord la fin de la restauration en cours (ou annulez-la).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the statistics to be counted first.</source>
        <translation>Attendez d’abord la fin du calcul des statistiques.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{job} failed: {error}.</source>
        <translation>{job}&#x202f;: échec ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{job} cancelled; nothing was written.</source>
        <translation>{job}&#x202f;: opération annulée&#x202f;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an entry to export first.</source>
        <translation>Sélectionnez d’abord une entrée à exporter.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>%Ln entrée exportée vers {path}</numerusform>
            <numerusform>%Ln entrées exportées vers {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is an encrypted export. Its passphrase:</source>
        <translation>{name} est un export chiffré. Sa phrase secrète&#x202f;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backed up and verified the journal: {path}</source>
        <translation>Journal sauvegardé et vérifié&#x202f;: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with the backup {name}?</source>
        <translation>Remplacer le journal par la sauvegarde {name}&#x202f;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal as it is now is backed up first.</source>
        <translation>Le journal dans son état actuel est d’abord sauvegardé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored {name}; the journal as it was is in {safety}</source>
        <translation>Sauvegarde {name} restaurée&#x202f;; le journal tel qu’il était se trouve dans {safety}</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../desktop_blog/security/unlock.py" line="+40"/>
        <source>Invalid username</source>
        <translation>Nom d’utilisateur incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid recovery key</source>
        <translation>Clé de récupération incorrecte</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>The password must have at least %n characters; nothing was changed.</source>
        <translation>
            <numerusform>Le mot de passe doit comporter au moins %n caractère&#x202f;; rien n’a été modifié.</numerusform>
            <numerusform>Le mot de passe doit comporter au moins %n caractères&#x202f;; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is already a journal at {path}; nothing was changed.</source>
        <translation>Il existe déjà un journal à l’emplacement {path}&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write the key file {path}: {error}.</source>
        <translation>Impossible d’écrire le fichier de clé {path}&#x202f;: {error}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The journal {path} is missing (its key file {key_file} is there). Restore the journal from a backup.</source>
        <translation>Le journal {path} est introuvable (son fichier de clé {key_file} est présent). Restaurez le journal depuis une sauvegarde.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many failed logins: try again in {seconds} s.</source>
        <translation>Trop de connexions échouées&#x202f;: réessayez dans {seconds} s.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid password; nothing was changed.</source>
        <translation>Mot de passe incorrect&#x202f;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the key file {path}: {error}; the old password still works.</source>
        <translation>Impossible d’écrire le fichier de clé {path}&#x202f;: {error}&#x202f;; l’ancien mot de passe fonctionne toujours.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Invalid recovery key; nothing was changed.</source>
        <translation>Clé de récupération incorrecte&#x202f;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../../desktop_blog/storage/zones.py" line="+49"/>
        <source>{name} is not a time zone offset.</source>
        <translation>{name} n’est pas un décalage de fuseau horaire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a known time zone.</source>
        <translation>{name} n’est pas un fuseau horaire connu.</translation>
    </message>
</context>
</TS>
