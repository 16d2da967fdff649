<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/about_dialog.py" line="+24"/>
        <source>A private, single-user desktop journal.</source>
        <translation>Un diario de escritorio privado para una sola persona.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grown from the Flask tutorial&apos;s Flaskr blog into a desktop app by the Desktop Blog developers. Built on Qt and PySide6 (LGPL-3.0), SQLite and SQLCipher (BSD), markdown-it-py (MIT) and platformdirs (MIT).</source>
        <translation>Los desarrolladores de Desktop Blog convirtieron el blog Flaskr del tutorial de Flask en una aplicación de escritorio. Hecho con Qt y PySide6 (LGPL-3.0), SQLite y SQLCipher (BSD), markdown-it-py (MIT) y platformdirs (MIT).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Licence: {licence}</source>
        <translation>Licencia: {licence}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Library versions</source>
        <translation>Versiones de las bibliotecas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log folder: {folder}</source>
        <translation>Carpeta de registros: {folder}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy Versions</source>
        <translation>&amp;Copiar versiones</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running on</source>
        <translation>Funciona con</translation>
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
        <translation>Lista de entradas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;heme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the &amp;System</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Entry</source>
        <translation>&amp;Nueva entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal as &amp;JSON…</source>
        <translation>Diario como &amp;JSON…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Markdown Files…</source>
        <translation>Archivos &amp;Markdown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HTML Site…</source>
        <translation>Sitio &amp;HTML…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF of the Whole Journal…</source>
        <translation>&amp;PDF de todo el diario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF of the &amp;Selected Entry…</source>
        <translation>PDF de la entrada &amp;seleccionada…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up Now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Log Out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit Entry</source>
        <translation>&amp;Editar entrada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Delete Entry</source>
        <translation>E&amp;liminar entrada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;tar Entry</source>
        <translation>Marcar como &amp;favorita</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Statistics</source>
        <translation>&amp;Estadísticas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show &amp;Calendar</source>
        <translation>Mostrar &amp;calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Tags</source>
        <translation>Mostrar etiq&amp;uetas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Previous Day</source>
        <translation>Día &amp;anterior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next Day</source>
        <translation>Día &amp;siguiente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starre&amp;d Only</source>
        <translation>Solo &amp;favoritas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show &amp;All Entries</source>
        <translation>Mostrar to&amp;das las entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Recargar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Focus Mode</source>
        <translation>&amp;Modo de concentración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to &amp;Entries</source>
        <translation>Ir a las e&amp;ntradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Ca&amp;lendar</source>
        <translation>Ir al ca&amp;lendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go to Ta&amp;gs</source>
        <translation>Ir a las eti&amp;quetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Desktop Blog</source>
        <translation>&amp;Acerca de Desktop Blog</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Share or Save</source>
        <translation>&amp;Publicar o guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel Editing</source>
        <translation>&amp;Cancelar la edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bold</source>
        <translation>&amp;Negrita</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Italic</source>
        <translation>Cursi&amp;va</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lin&amp;k</source>
        <translation>&amp;Enlace</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Li&amp;st</source>
        <translation>&amp;Lista</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Heading</source>
        <translation>Enca&amp;bezado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Paragraph</source>
        <translation>Pá&amp;rrafo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;1</source>
        <translation>Encabezado &amp;1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;2</source>
        <translation>Encabezado &amp;2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heading &amp;3</source>
        <translation>Encabezado &amp;3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Numbered List</source>
        <translation>Lista n&amp;umerada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Quote</source>
        <translation>Ci&amp;ta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code</source>
        <translation>Có&amp;digo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Code Bl&amp;ock</source>
        <translation>Bl&amp;oque de código</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>I&amp;mage…</source>
        <translation>I&amp;magen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo Typing</source>
        <translation>Deshacer escritura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Undo typing (Ctrl+Z)</source>
        <translation>Deshacer la escritura (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Redo Typing</source>
        <translation>Rehacer escritura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo typing (Ctrl+Y)</source>
        <translation>Rehacer la escritura (Ctrl+Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HTML &amp;Source</source>
        <translation>Código &amp;HTML</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show the HTML source (Ctrl+U)</source>
        <translation>Mostrar el código HTML (Ctrl+U)</translation>
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
        <translation>Quitar de &amp;favoritas</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../desktop_blog/app/application.py" line="+32"/>
        <source>desktop-blog: no graphical display found; start it from a desktop session (or set DISPLAY / WAYLAND_DISPLAY), or use the commands in &apos;desktop-blog --help&apos;</source>
        <translation>desktop-blog: no se ha encontrado ninguna pantalla gráfica; inícialo desde una sesión de escritorio (o define DISPLAY / WAYLAND_DISPLAY), o usa los comandos de &apos;desktop-blog --help&apos;</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>desktop-blog: error: {message}</source>
        <translation>desktop-blog: error: {message}</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>desktop-blog: the journal is already open; brought its window forward</source>
        <translation>desktop-blog: el diario ya está abierto; se ha traído su ventana al frente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal {journal} is already open in another Desktop Blog that does not answer. Close it and try again.</source>
        <translation>El diario {journal} ya está abierto en otro Desktop Blog que no responde. Ciérralo y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <location filename="../../desktop_blog/storage/backup.py" line="+79"/>
        <source>The backup {path} is encrypted: unlock the journal (or use its key file {key_file}) to check it.</source>
        <translation>La copia de seguridad {path} está cifrada: desbloquea el diario (o usa su archivo de clave {key_file}) para comprobarla.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot open the backup {path}: {error}.</source>
        <translation>No se puede abrir la copia de seguridad {path}: {error}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup {path} is damaged: {error}.</source>
        <translation>La copia de seguridad {path} está dañada: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a backup of a journal this version can use.</source>
        <translation>{path} no es una copia de seguridad de un diario que esta versión pueda usar.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{path} is not a Desktop Blog backup ({error}).</source>
        <translation>{path} no es una copia de seguridad de Desktop Blog ({error}).</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no journal at {path} to back up.</source>
        <translation>No hay ningún diario en {path} del que hacer una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+39"/>
        <source>Cannot write a backup into {folder}: {error}.</source>
        <translation>No se puede escribir una copia de seguridad en {folder}: {error}.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Cannot write a backup into {folder}: the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>No se puede escribir una copia de seguridad en {folder}: el disco está lleno. No se ha cambiado nada; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup of {path} failed: {error}.</source>
        <translation>Ha fallado la copia de seguridad de {path}: {error}.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No backup was made: {health} The older backups were kept.</source>
        <translation>No se ha hecho ninguna copia de seguridad: {health} Se han conservado las copias anteriores.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The backup {path} is plain, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).</source>
        <translation>La copia de seguridad {path} no está cifrada, a diferencia del diario abierto; no se ha cambiado nada. Ábrela por separado (una copia de seguridad es un diario completo).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup {path} is encrypted, unlike the open journal; nothing was changed. Open it on its own instead (a backup is a complete journal).</source>
        <translation>La copia de seguridad {path} está cifrada, a diferencia del diario abierto; no se ha cambiado nada. Ábrela por separado (una copia de seguridad es un diario completo).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The journal could not be restored from {backup}: {error}. The journal as it was is in {safety}.</source>
        <translation>No se ha podido restaurar el diario desde {backup}: {error}. El diario tal como estaba se encuentra en {safety}.</translation>
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
        <translation>No se ha pegado: el texto tendría {size} caracteres y una entrada admite como máximo {limit}. Lo que has escrito no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>CalendarPanel</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/calendar_panel.py" line="+30"/>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days in bold have entries; choose one to list them</source>
        <translation>Los días en negrita tienen entradas; elige uno para verlas</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../desktop_blog/cli.py" line="+49"/>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{prog}: error: {message}</source>
        <translation>{prog}: error: {message}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{app}: a private desktop journal.</source>
        <translation>{app}: un diario de escritorio privado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>show the version number and exit</source>
        <translation>mostrar el número de versión y salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>settings file overriding the defaults (like the DESKTOP_BLOG_SETTINGS environment variable)</source>
        <translation>archivo de configuración que sustituye a los valores predeterminados (como la variable de entorno DESKTOP_BLOG_SETTINGS)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>check this installation headless with a temporary journal, then exit</source>
        <translation>comprobar esta instalación sin interfaz gráfica con un diario temporal y salir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>start the app (the default)</source>
        <translation>iniciar la aplicación (opción predeterminada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set the username and password (the old password first); creates or encrypts the journal (passwords read from stdin, one per line, when it is not a terminal)</source>
        <translation>establecer el nombre de usuario y la contraseña (primero la contraseña anterior); crea o cifra el diario (las contraseñas se leen de stdin, una por línea, cuando no es un terminal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the username (asked for when omitted)</source>
        <translation>el nombre de usuario (se pregunta si se omite)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set a new password with the recovery key shown when the journal was made</source>
        <translation>establecer una contraseña nueva con la clave de recuperación que se mostró al crear el diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create the encrypted journal if it is missing (asks for a password)</source>
        <translation>crear el diario cifrado si no existe (pide una contraseña)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>back up an existing journal, then start an empty one</source>
        <translation>hacer una copia de seguridad del diario existente y empezar uno vacío</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no input: expected a value on standard input</source>
        <translation>no hay entrada: se esperaba un valor en la entrada estándar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New password: </source>
        <translation>Contraseña nueva: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat password: </source>
        <translation>Repite la contraseña: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the passwords do not match; nothing was changed</source>
        <translation>las contraseñas no coinciden; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password must have at least {count} characters; nothing was changed</source>
        <translation>la contraseña debe tener al menos {count} caracteres; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key (shown once; write it down and keep it apart from the computer): {key}</source>
        <translation>Clave de recuperación (solo se muestra una vez; anótala y guárdala lejos del equipo): {key}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Without the password or this key the journal cannot be opened by anyone, including you.</source>
        <translation>Sin la contraseña o esta clave nadie puede abrir el diario, ni siquiera tú.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+28"/>
        <source>Old password: </source>
        <translation>Contraseña anterior: </translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+28"/>
        <source>no old password: expected it on the next line of stdin</source>
        <translation>no hay contraseña anterior: se esperaba en la siguiente línea de stdin</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+104"/>
        <source>Invalid password; nothing was changed</source>
        <translation>Contraseña no válida; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="-88"/>
        <location line="+78"/>
        <source>Username: </source>
        <translation>Nombre de usuario: </translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+77"/>
        <source>the username must not be empty; nothing was changed</source>
        <translation>el nombre de usuario no puede estar vacío; no se ha cambiado nada</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Password changed (the journal&apos;s key was re-wrapped); username saved to {path}</source>
        <translation>Contraseña cambiada (se ha vuelto a envolver la clave del diario); nombre de usuario guardado en {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{summary} Username saved to {path}.</source>
        <translation>{summary} Nombre de usuario guardado en {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Username and password saved to {path}; encrypted journal created at {journal}</source>
        <translation>Nombre de usuario y contraseña guardados en {path}; diario cifrado creado en {journal}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no encrypted journal at {path} to recover.</source>
        <translation>No hay ningún diario cifrado en {path} que recuperar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no recovery key: expected it on the next line of stdin</source>
        <translation>no hay clave de recuperación: se esperaba en la siguiente línea de stdin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New password set with the recovery key (which stays valid).</source>
        <translation>Contraseña nueva establecida con la clave de recuperación (que sigue siendo válida).</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+11"/>
        <location filename="../../desktop_blog/cli_journal.py" line="+154"/>
        <source>Password: </source>
        <translation>Contraseña: </translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+11"/>
        <location filename="../../desktop_blog/cli_journal.py" line="+1"/>
        <source>no password: expected it on the next line of stdin</source>
        <translation>no hay contraseña: se esperaba en la siguiente línea de stdin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Encrypted journal ready at {path}</source>
        <translation>Diario cifrado listo en {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Backed up the journal to {backup} and started an empty journal at {path}</source>
        <translation>Copia de seguridad del diario hecha en {backup} y diario vacío creado en {path}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journal ready at {path}</source>
        <translation>Diario listo en {path}</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>error: {message}</source>
        <translation>error: {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>interrupted; nothing was changed</source>
        <translation>interrumpido; no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../desktop_blog/cli_journal.py" line="-110"/>
        <source>add an entry (body from --body-file or stdin)</source>
        <translation>añadir una entrada (texto desde --body-file o stdin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the entry&apos;s title</source>
        <translation>el título de la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file with the body</source>
        <translation>archivo con el texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>when it was written, in this system&apos;s time zone (default: now)</source>
        <translation>cuándo se escribió, en la zona horaria de este sistema (predeterminado: ahora)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the body&apos;s format (default: the &apos;default_format&apos; setting)</source>
        <translation>el formato del texto (predeterminado: el ajuste &apos;default_format&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>list entries, newest first (★: starred)</source>
        <translation>listar las entradas, las más recientes primero (★: favorita)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only starred entries</source>
        <translation>solo las entradas favoritas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>star an entry</source>
        <translation>marcar una entrada como favorita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>remove the star of an entry</source>
        <translation>quitar una entrada de favoritas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>list entries matching QUERY, newest first</source>
        <translation>listar las entradas que coinciden con QUERY, las más recientes primero</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>export the journal (or some entries)</source>
        <translation>exportar el diario (o algunas entradas)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>only this entry (repeat)</source>
        <translation>solo esta entrada (se puede repetir)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a file (json, pdf) or a new folder (markdown, html)</source>
        <translation>un archivo (json, pdf) o una carpeta nueva (markdown, html)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>encrypt the JSON export with a passphrase (asked for; from stdin&apos;s next line)</source>
        <translation>cifrar la exportación JSON con una frase de contraseña (se pregunta; o desde la siguiente línea de stdin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>import a Desktop Blog JSON export, a Flaskr database or a jrnl JSON export</source>
        <translation>importar una exportación JSON de Desktop Blog, una base de datos de Flaskr o una exportación JSON de jrnl</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>back up the journal now (verified, rotated)</source>
        <translation>hacer ahora una copia de seguridad del diario (verificada y rotada)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>where to (default: the &apos;backup_folder&apos; setting)</source>
        <translation>dónde (predeterminado: el ajuste &apos;backup_folder&apos;)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a whole number</source>
        <translation>{value} no es un número entero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>must be at least 1</source>
        <translation>debe ser al menos 1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{value} is not a date and time like &apos;2024-05-01 08:30&apos;</source>
        <translation>{value} no es una fecha y hora como &apos;2024-05-01 08:30&apos;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Export passphrase: </source>
        <translation>Frase de contraseña de la exportación: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no export passphrase: expected it on the next line of stdin</source>
        <translation>no hay frase de contraseña de exportación: se esperaba en la siguiente línea de stdin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>wrong password; nothing was done</source>
        <translation>contraseña incorrecta; no se ha hecho nada</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>cannot read {path}: {error}</source>
        <translation>no se puede leer {path}: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{error} Nothing was saved.</source>
        <translation>{error} No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added entry #{id}: {title}</source>
        <translation>Entrada n.º {id} añadida: {title}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>entry #{id}: {error}</source>
        <translation>entrada n.º {id}: {error}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Starred entry #{id}: {title}</source>
        <translation>Entrada n.º {id} marcada como favorita: {title}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstarred entry #{id}: {title}</source>
        <translation>Entrada n.º {id} quitada de favoritas: {title}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>only the JSON export can be encrypted; drop --encrypt</source>
        <translation>solo se puede cifrar la exportación JSON; quita --encrypt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>JSON exports the whole journal; drop --entry</source>
        <translation>JSON exporta el diario completo; quita --entry</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Exported %Ln entries to {path} (encrypted with the passphrase)</source>
        <translation>
            <numerusform>Se ha exportado %Ln entrada a {path} (cifrada con la frase de contraseña)</numerusform>
            <numerusform>Se han exportado %Ln entradas a {path} (cifradas con la frase de contraseña)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>note: {path} is not encrypted; anyone who can read it can read the entries (use --format json --encrypt for an encrypted export)</source>
        <translation>nota: {path} no está cifrado; cualquiera que pueda leerlo puede leer las entradas (usa --format json --encrypt para una exportación cifrada)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>Se ha exportado %Ln entrada a {path}</numerusform>
            <numerusform>Se han exportado %Ln entradas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeat passphrase: </source>
        <translation>Repite la frase de contraseña: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the passphrases do not match; nothing was exported</source>
        <translation>las frases de contraseña no coinciden; no se ha exportado nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the passphrase must have at least {count} characters</source>
        <translation>la frase de contraseña debe tener al menos {count} caracteres</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Backed up and verified the journal: {path}</source>
        <translation>Copia de seguridad del diario hecha y verificada: {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No entries.</source>
        <translation>No hay entradas.</translation>
    </message>
    <message>
        <location filename="../../desktop_blog/cli_rescue.py" line="+24"/>
        <source>check the journal for damage; rebuild damaged indexes (nothing is lost)</source>
        <translation>comprobar si el diario está dañado; reconstruir los índices dañados (no se pierde nada)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>copy every readable entry and image of a damaged journal into OUTPUT</source>
        <translation>copiar todas las entradas e imágenes legibles de un diario dañado en OUTPUT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the new journal file (must not exist)</source>
        <translation>el archivo del diario nuevo (no debe existir)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{summary} The salvaged journal is {output}; the damaged journal {journal} was left untouched.</source>
        <translation>{summary} El diario salvado es {output}; el diario dañado {journal} no se ha tocado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{damage} Rebuilt them: {summary} The damaged file was kept as {aside}.</source>
        <translation>{damage} Se han reconstruido: {summary} El archivo dañado se ha conservado como {aside}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no verified backup.</source>
        <translation>No hay ninguna copia de seguridad verificada.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The newest verified backup is {path} ({made}, %Ln entries).</source>
        <translation>
            <numerusform>La copia de seguridad verificada más reciente es {path} ({made}, %Ln entrada).</numerusform>
            <numerusform>La copia de seguridad verificada más reciente es {path} ({made}, %Ln entradas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Conversion</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/security/conversion.py" line="+58"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation>
            <numerusform>Se ha cifrado el diario (%Ln entrada); se ha eliminado el archivo sin cifrar.</numerusform>
            <numerusform>Se ha cifrado el diario (%Ln entradas); se ha eliminado el archivo sin cifrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n backups made earlier are still plain (not encrypted): encrypt or delete them.</source>
        <translation>
            <numerusform>%n copia de seguridad anterior sigue sin cifrar: cífrala o elimínala.</numerusform>
            <numerusform>%n copias de seguridad anteriores siguen sin cifrar: cífralas o elimínalas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+52"/>
        <source>The encrypted copy did not verify ({check}, {found} of %Ln entries); the plain journal was kept unchanged.</source>
        <translation>
            <numerusform>La copia cifrada no ha superado la verificación ({check}, {found} de %Ln entrada); se ha conservado sin cambios el diario sin cifrar.</numerusform>
            <numerusform>La copia cifrada no ha superado la verificación ({check}, {found} de %Ln entradas); se ha conservado sin cambios el diario sin cifrar.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is not a plain journal; nothing was changed.</source>
        <translation>{path} no es un diario sin cifrar; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The journal {path} is open in another program; close it and try again. Nothing was changed.</source>
        <translation>El diario {path} está abierto en otro programa; ciérralo y vuelve a intentarlo. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Encrypting the journal failed ({error}); the plain journal was kept.</source>
        <translation>Ha fallado el cifrado del diario ({error}); se ha conservado el diario sin cifrar.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Encrypting the backup {path} failed: {error}.</source>
        <translation>Ha fallado el cifrado de la copia de seguridad {path}: {error}.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/crash_dialog.py" line="+26"/>
        <source>An unknown error</source>
        <translation>Un error desconocido</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unexpected error — {app}</source>
        <translation>Error inesperado — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The app goes on running, and what was saved in the journal is safe. The details were saved in {file}. Copy the details into a bug report if you want it fixed.</source>
        <translation>La aplicación sigue funcionando y lo que se guardó en el diario está a salvo. Los detalles se han guardado en {file}. Copia los detalles en un informe de error si quieres que se corrija.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The app goes on running, and what was saved in the journal is safe. The details could not be saved in {folder}; copy them instead. Copy the details into a bug report if you want it fixed.</source>
        <translation>La aplicación sigue funcionando y lo que se guardó en el diario está a salvo. Los detalles no se han podido guardar en {folder}; cópialos. Copia los detalles en un informe de error si quieres que se corrija.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy details</source>
        <translation>Copiar detalles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>CrashGuard</name>
    <message>
        <location filename="../../desktop_blog/crash_guard.py" line="+41"/>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}</source>
        <translation>error inesperado: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unexpected error: {error}; the details are in {path}</source>
        <translation>error inesperado: {error}; los detalles están en {path}</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../desktop_blog/storage/database.py" line="+108"/>
        <source>The journal path {path} is a folder, not a file. Point &apos;database&apos; in the settings file at a file.</source>
        <translation>La ruta del diario {path} es una carpeta, no un archivo. Haz que &apos;database&apos; apunte a un archivo en el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The journal {path} is read-only</source>
        <translation>El diario {path} es de solo lectura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder {folder} holding the journal is read-only</source>
        <translation>La carpeta {folder} que contiene el diario es de solo lectura</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The journal {path} is encrypted; it opens only with its password.</source>
        <translation>El diario {path} está cifrado; solo se abre con su contraseña.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The journal {path} is not encrypted (a plain SQLite file), although a key was given. Encrypt it first; nothing was changed.</source>
        <translation>El diario {path} no está cifrado (es un archivo SQLite normal), aunque se ha dado una clave. Cífralo primero; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot read the journal {path}: {error}. Check the file&apos;s permissions.</source>
        <translation>No se puede leer el diario {path}: {error}. Comprueba los permisos del archivo.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>{path} is a database of another program (it has the tables {tables}), not a Desktop Blog journal. It was left untouched; point &apos;database&apos; in the settings file at another file.</source>
        <translation>{path} es una base de datos de otro programa (tiene las tablas {tables}), no un diario de Desktop Blog. No se ha tocado; haz que &apos;database&apos; apunte a otro archivo en el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} is not a Desktop Blog journal (it has no entries table). It was left untouched; point &apos;database&apos; in the settings file at another file.</source>
        <translation>{path} no es un diario de Desktop Blog (no tiene tabla de entradas). No se ha tocado; haz que &apos;database&apos; apunte a otro archivo en el archivo de configuración.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>There is no journal at {path}. Run &apos;desktop-blog init-db&apos; to create one.</source>
        <translation>No hay ningún diario en {path}. Ejecuta &apos;desktop-blog init-db&apos; para crear uno.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the journal {path}: {error}. Check that its folder exists and is writable, or choose another path.</source>
        <translation>No se puede crear el diario {path}: {error}. Comprueba que su carpeta existe y tiene permiso de escritura, o elige otra ruta.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot open the journal {path}: {error}.</source>
        <translation>No se puede abrir el diario {path}: {error}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{reason}, and it needs an update to schema version {needed} (it has {version}). Make it writable and start Desktop Blog again.</source>
        <translation>{reason}, y necesita actualizarse a la versión {needed} del esquema (tiene la {version}). Dale permiso de escritura y vuelve a iniciar Desktop Blog.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The key file {key_file} does not belong to the journal {path} (or the journal is damaged): the key it holds does not decrypt it. Nothing was changed.</source>
        <translation>El archivo de clave {key_file} no pertenece al diario {path} (o el diario está dañado): la clave que contiene no lo descifra. No se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Desktop Blog journal or is damaged ({error}). It was left untouched; restore it from a backup or choose another file.</source>
        <translation>{path} no es un diario de Desktop Blog o está dañado ({error}). No se ha tocado; restáuralo desde una copia de seguridad o elige otro archivo.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The journal {path} is locked by another program (waited {seconds} s). Close the other program and try again.</source>
        <translation>El diario {path} está bloqueado por otro programa (se ha esperado {seconds} s). Cierra el otro programa y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the journal {path} ({error}). Check the file&apos;s permissions.</source>
        <translation>No se puede escribir en el diario {path} ({error}). Comprueba los permisos del archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the journal {path}: {error}.</source>
        <translation>No se puede usar el diario {path}: {error}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>journal schema version {version} is newer than this app ({supported}); update Desktop Blog</source>
        <translation>la versión {version} del esquema del diario es más reciente que esta aplicación ({supported}); actualiza Desktop Blog</translation>
    </message>
    <message numerus="yes">
        <location line="+97"/>
        <source>The journal {path} already holds %Ln entries; nothing was changed. Use --force to back it up and start an empty journal.</source>
        <translation>
            <numerusform>El diario {path} ya contiene %Ln entrada; no se ha cambiado nada. Usa --force para hacer una copia de seguridad y empezar un diario vacío.</numerusform>
            <numerusform>El diario {path} ya contiene %Ln entradas; no se ha cambiado nada. Usa --force para hacer una copia de seguridad y empezar un diario vacío.</numerusform>
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
        <translation>Diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A private journal that lives on your computer</source>
        <extracomment>The tooltip of the menu entry: one short sentence, no full stop.</extracomment>
        <translation>Un diario privado que no sale de tu equipo</translation>
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
        <translation>No se ha podido guardar el borrador en {path}: {error}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The draft could not be saved in the journal: {error}.</source>
        <translation>No se ha podido guardar el borrador en el diario: {error}.</translation>
    </message>
</context>
<context>
    <name>EncryptOffer</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+16"/>
        <source>Encrypt your journal</source>
        <translation>Cifra tu diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypt your journal now?</source>
        <translation>¿Quieres cifrar tu diario ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not encrypted: anyone who can read the file
{path}
can read your entries. Encrypting it with your password takes a moment; you will then see your recovery key.</source>
        <translation>No está cifrado: cualquiera que pueda leer el archivo
{path}
puede leer tus entradas. Cifrarlo con tu contraseña lleva un momento; después verás tu clave de recuperación.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Encrypt now</source>
        <translation>Cifrar ahora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type your password to encrypt the journal with it:</source>
        <translation>Escribe tu contraseña para cifrar el diario con ella:</translation>
    </message>
</context>
<context>
    <name>EncryptedExport</name>
    <message>
        <location filename="../../desktop_blog/transfer/encrypted_export.py" line="+67"/>
        <source>This is not an encrypted Desktop Blog export.</source>
        <translation>Esto no es una exportación cifrada de Desktop Blog.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The encrypted export is damaged (its header).</source>
        <translation>La exportación cifrada está dañada (su cabecera).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted export&apos;s salt is too short; it was altered.</source>
        <translation>La sal de la exportación cifrada es demasiado corta; se ha alterado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The encrypted export asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.</source>
        <translation>La exportación cifrada pide argon2id {name}={value}, fuera del intervalo {low}-{high}; no la ha creado Desktop Blog o se ha alterado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Wrong passphrase for the encrypted export (or the file is damaged); nothing was imported.</source>
        <translation>Frase de contraseña incorrecta para la exportación cifrada (o el archivo está dañado); no se ha importado nada.</translation>
    </message>
</context>
<context>
    <name>Entries</name>
    <message>
        <location filename="../../desktop_blog/storage/entries.py" line="+43"/>
        <source>The title has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.</source>
        <translation>El título tiene {count} caracteres y se admiten como máximo {limit}. No se ha guardado nada; acórtalo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text has {count} characters; at most {limit} are allowed. Nothing was saved; please shorten it.</source>
        <translation>El texto tiene {count} caracteres y se admiten como máximo {limit}. No se ha guardado nada; acórtalo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The title contains a NUL character, which cannot be saved. Nothing was saved.</source>
        <translation>El título contiene un carácter NUL, que no se puede guardar. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The text contains a NUL character, which cannot be saved. Nothing was saved.</source>
        <translation>El texto contiene un carácter NUL, que no se puede guardar. No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The title contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.</source>
        <translation>El título contiene un carácter no válido (un sustituto suelto en la posición {position}). No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The text contains an invalid character (an unpaired surrogate at position {position}). Nothing was saved.</source>
        <translation>El texto contiene un carácter no válido (un sustituto suelto en la posición {position}). No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The entry could not be saved: {error}. Nothing was written.</source>
        <translation>No se ha podido guardar la entrada: {error}. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry could not be changed: {error}. Nothing was written.</source>
        <translation>No se ha podido cambiar la entrada: {error}. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entry could not be changed back: {error}. Nothing was written.</source>
        <translation>No se ha podido devolver la entrada a su estado anterior: {error}. No se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Please enter a title and some text.</source>
        <translation>Escribe un título y algo de texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter a title.</source>
        <translation>Escribe un título.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please enter some text.</source>
        <translation>Escribe algo de texto.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Unknown body format {format}: use HTML or Markdown.</source>
        <translation>Formato de texto desconocido {format}: usa HTML o Markdown.</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>The entry could not be saved: {error}. Nothing was written; your text is still in the form.</source>
        <translation>No se ha podido guardar la entrada: {error}. No se ha escrito nada; tu texto sigue en el formulario.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+45"/>
        <source>This entry no longer exists; nothing was saved.</source>
        <translation>Esta entrada ya no existe; no se ha guardado nada.</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+7"/>
        <location line="+30"/>
        <source>This entry no longer exists.</source>
        <translation>Esta entrada ya no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry could not be deleted: {error}.</source>
        <translation>No se ha podido eliminar la entrada: {error}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The entry could not be restored: entry {id} exists.</source>
        <translation>No se ha podido restaurar la entrada: la entrada {id} ya existe.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{error} Nothing was saved.</source>
        <translation>{error} No se ha guardado nada.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Too many entries have this date (the limit is {limit} a day); nothing was saved.</source>
        <translation>Hay demasiadas entradas con esta fecha (el límite es {limit} al día); no se ha guardado nada.</translation>
    </message>
</context>
<context>
    <name>EntriesController</name>
    <message>
        <location filename="../../desktop_blog/app/entries_controller.py" line="+28"/>
        <source>New entry was successfully posted</source>
        <translation>La nueva entrada se ha publicado correctamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry was saved</source>
        <translation>Se ha guardado la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The entry was deleted. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se ha eliminado la entrada. Deshacer (Ctrl+Z) la recupera.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{action} could not be undone or redone: {error}</source>
        <translation>No se ha podido deshacer ni rehacer ({action}): {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add “{title}”</source>
        <translation>Añadir «{title}»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit “{title}”</source>
        <translation>Editar «{title}»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Star “{title}”</source>
        <translation>Marcar «{title}» como favorita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar “{title}”</source>
        <translation>Quitar «{title}» de favoritas</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete “{title}”</source>
        <translation>Eliminar «{title}»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undo {action}</source>
        <translation>Deshacer: {action}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Redo {action}</source>
        <translation>Rehacer: {action}</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>This entry no longer exists; nothing was saved.</source>
        <translation>Esta entrada ya no existe; no se ha guardado nada.</translation>
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
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>Body format</source>
        <translation>Formato del texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text — HTML, e.g. &lt;b&gt;bold&lt;/b&gt;, or Markdown, e.g. **bold**; #tags are indexed</source>
        <translation>Texto — HTML, p. ej. &lt;b&gt;negrita&lt;/b&gt;, o Markdown, p. ej. **negrita**; las #etiquetas se indexan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text — #tags are indexed</source>
        <translation>Texto — las #etiquetas se indexan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+314"/>
        <location line="+38"/>
        <source>Share</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location line="-350"/>
        <location line="+312"/>
        <location line="+38"/>
        <source>Post the entry (Ctrl+Return)</source>
        <translation>Publicar la entrada (Ctrl+Return)</translation>
    </message>
    <message>
        <location line="-348"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop editing; nothing is saved (Esc)</source>
        <translation>Dejar de editar; no se guarda nada (Esc)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>This HTML has parts the rich editor cannot keep (styles, tables or other tags); it stays in HTML source.</source>
        <translation>Este HTML tiene partes que el editor de texto enriquecido no puede conservar (estilos, tablas u otras etiquetas HTML); se queda en código HTML.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Insert Image</source>
        <translation>Insertar imagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg *.gif *.webp);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Editing “{title}”</source>
        <translation>Editando «{title}»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes (Ctrl+Return)</source>
        <translation>Guardar los cambios (Ctrl+Return)</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <location filename="../../desktop_blog/models/entry_model.py" line="+126"/>
        <source>The search could not be completed: {error}.</source>
        <translation>No se ha podido completar la búsqueda: {error}.</translation>
    </message>
    <message>
        <location line="+221"/>
        <source>The search could not be updated: {error}.</source>
        <translation>No se ha podido actualizar la búsqueda: {error}.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+77"/>
        <location line="+11"/>
        <source>The journal could not be read: {error}.</source>
        <translation>No se ha podido leer el diario: {error}.</translation>
    </message>
</context>
<context>
    <name>EntryView</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_view.py" line="+121"/>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>{created} · edited {edited}</source>
        <translation>{created} · editada el {edited}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unbelievable. No entries here so far</source>
        <translation>Increíble. Todavía no hay entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Ctrl+N to write the first one.</source>
        <translation>Pulsa Ctrl+N para escribir la primera.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No entries match {query}</source>
        <translation>Ninguna entrada coincide con {query}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Esc shows every entry again.</source>
        <translation>Esc vuelve a mostrar todas las entradas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Starred</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unstar this entry (Ctrl+D)</source>
        <translation>Quitar esta entrada de favoritas (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unstar entry</source>
        <translation>Quitar de favoritas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Star this entry (Ctrl+D)</source>
        <translation>Marcar esta entrada como favorita (Ctrl+D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Star entry</source>
        <translation>Marcar como favorita</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(empty link)</source>
        <translation>(enlace vacío)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The link {link} was not opened: only web (http, https) and e-mail (mailto) links open from a journal entry.</source>
        <translation>No se ha abierto el enlace {link}: desde una entrada del diario solo se abren enlaces web (http, https) y de correo electrónico (mailto).</translation>
    </message>
</context>
<context>
    <name>ExportFiles</name>
    <message>
        <location filename="../../desktop_blog/transfer/atomic.py" line="+34"/>
        <source>Cannot write {path}: {error}.</source>
        <translation>No se puede escribir {path}: {error}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} es una carpeta; elige un nombre de archivo.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{path} already exists and is not an empty folder; choose a new one.</source>
        <translation>{path} ya existe y no es una carpeta vacía; elige una nueva.</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <location filename="../../desktop_blog/transfer/exporters.py" line="+241"/>
        <source>Unbelievable. No entries here so far</source>
        <translation>Increíble. Todavía no hay entradas</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/filter_bar.py" line="+34"/>
        <source>Showing starred {tag} on {day}</source>
        <translation>Mostrando favoritas con {tag} del {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {tag} on {day}</source>
        <translation>Mostrando {tag} del {day}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing starred {tag}</source>
        <translation>Mostrando favoritas con {tag}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {tag}</source>
        <translation>Mostrando {tag}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing starred entries on {day}</source>
        <translation>Mostrando las entradas favoritas del {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing {day}</source>
        <translation>Mostrando el {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing starred entries</source>
        <translation>Mostrando las entradas favoritas</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Search entries</source>
        <translation>Buscar entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search entries (Ctrl+F)</source>
        <translation>Buscar entradas (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starred only</source>
        <translation>Solo favoritas</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all entries (Ctrl+Shift+A)</source>
        <translation>Mostrar todas las entradas (Ctrl+Shift+A)</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
        <source>%Ln entries found</source>
        <translation>
            <numerusform>%Ln entrada encontrada</numerusform>
            <numerusform>%Ln entradas encontradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries found so far</source>
        <translation>
            <numerusform>%Ln entrada encontrada hasta ahora</numerusform>
            <numerusform>%Ln entradas encontradas hasta ahora</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries so far</source>
        <translation>
            <numerusform>%Ln entrada hasta ahora</numerusform>
            <numerusform>%Ln entradas hasta ahora</numerusform>
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
        <translation>Descartar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss message</source>
        <translation>Descartar el mensaje</translation>
    </message>
</context>
<context>
    <name>FormatToolbar</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/format_toolbar.py" line="+74"/>
        <location line="+2"/>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web or e-mail address (https://…, mailto:…); empty removes the link:</source>
        <translation>Dirección web o de correo electrónico (https://…, mailto:…); si se deja vacía, se quita el enlace:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only web (http, https) and e-mail (mailto) links are kept.</source>
        <translation>Solo se conservan los enlaces web (http, https) y de correo electrónico (mailto).</translation>
    </message>
</context>
<context>
    <name>Heatmap</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+66"/>
        <source>Writing days</source>
        <translation>Días de escritura</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%Ln writing days from {first} to {last}</source>
        <translation>
            <numerusform>%Ln día de escritura del {first} al {last}</numerusform>
            <numerusform>%Ln días de escritura del {first} al {last}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Images</name>
    <message>
        <location filename="../../desktop_blog/storage/images.py" line="+66"/>
        <source>The image is empty.</source>
        <translation>La imagen está vacía.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The image is too large ({size} MB); the limit is {limit} MB.</source>
        <translation>La imagen es demasiado grande ({size} MB); el límite es {limit} MB.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only PNG, JPEG, GIF and WebP images can be added to an entry.</source>
        <translation>Solo se pueden añadir a una entrada imágenes PNG, JPEG, GIF y WebP.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The image could not be saved: {error}.</source>
        <translation>No se ha podido guardar la imagen: {error}.</translation>
    </message>
</context>
<context>
    <name>Importers</name>
    <message>
        <location filename="../../desktop_blog/transfer/importers.py" line="+71"/>
        <source>Desktop Blog JSON</source>
        <translation>JSON de Desktop Blog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flaskr database</source>
        <translation>base de datos de Flaskr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>jrnl JSON</source>
        <translation>JSON de jrnl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Day One JSON export</source>
        <translation>exportación JSON de Day One</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RedNotebook journal</source>
        <translation>diario de RedNotebook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown folder</source>
        <translation>carpeta de Markdown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a Desktop Blog JSON export, a Flaskr database, a jrnl JSON export, a Day One JSON export (.zip), a RedNotebook data folder or a folder of Markdown files</source>
        <translation>una exportación JSON de Desktop Blog, una base de datos de Flaskr, una exportación JSON de jrnl, una exportación JSON de Day One (.zip), una carpeta de datos de RedNotebook o una carpeta de archivos Markdown</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Imported {entries} and {images} from the {source}; {skipped}.</source>
        <translation>Se han importado {entries} y {images} (origen: {source}); {skipped}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported {entries} from the {source}; {skipped}.</source>
        <translation>Se han importado {entries} (origen: {source}); {skipped}.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>skipped %Ln already in the journal</source>
        <translation>
            <numerusform>se ha omitido %Ln que ya estaba en el diario</numerusform>
            <numerusform>se han omitido %Ln que ya estaban en el diario</numerusform>
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
        <translation>{where}: falta la fecha o no es texto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: {error}.</source>
        <translation>{where}: {error}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: {date} is outside the dates this app can store (years 1 to 9999 in UTC).</source>
        <translation>{where}: {date} está fuera de las fechas que esta aplicación puede guardar (años 1 a 9999 en UTC).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{where}: &apos;{key}&apos; is missing or not text.</source>
        <translation>{where}: falta &apos;{key}&apos; o no es texto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&apos;{key}&apos; must be a list.</source>
        <translation>&apos;{key}&apos; debe ser una lista.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This export has version {version}; this app reads versions 1 to {latest}.</source>
        <translation>Esta exportación tiene la versión {version}; esta aplicación lee las versiones 1 a {latest}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Entry {number}</source>
        <translation>Entrada {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: unknown format {format}.</source>
        <translation>{where}: formato desconocido {format}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Image {number}</source>
        <translation>Imagen {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where}: its bytes do not match its checksum.</source>
        <translation>{where}: sus bytes no coinciden con su suma de comprobación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{where} is not an object.</source>
        <translation>{where} no es un objeto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>jrnl entry {number}</source>
        <translation>Entrada de jrnl {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: {day} {time} is not a date and time.</source>
        <translation>{where}: {day} {time} no es una fecha y hora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: &apos;body&apos; is not text.</source>
        <translation>{where}: &apos;body&apos; no es texto.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cannot open {path}: {error}.</source>
        <translation>No se puede abrir {path}: {error}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Post {number}</source>
        <translation>Publicación {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} cannot be read as a Flaskr database ({error}).</source>
        <translation>{path} no se puede leer como base de datos de Flaskr ({error}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{path} has neither Flaskr&apos;s &apos;entries&apos; nor its &apos;post&apos; table.</source>
        <translation>{path} no tiene ni la tabla &apos;entries&apos; ni la tabla &apos;post&apos; de Flaskr.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Row {number}</source>
        <translation>Fila {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{error}; nothing was imported.</source>
        <translation>{error}; no se ha importado nada.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Entry {title}</source>
        <translation>Entrada {title}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{path} is a zip file without a Day One journal in it.</source>
        <translation>{path} es un archivo zip que no contiene ningún diario de Day One.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{path} unpacks to {size} bytes; at most {limit} are read.</source>
        <translation>{path} ocupa {size} bytes descomprimido; se leen como máximo {limit}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} cannot be read as a Day One export ({error}).</source>
        <translation>{path} no se puede leer como exportación de Day One ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path}: the Day One journal is not a JSON object.</source>
        <translation>{path}: el diario de Day One no es un objeto JSON.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Day One entry {number}</source>
        <translation>Entrada de Day One {number}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>{where}: photo {name}: {error}</source>
        <translation>{where}: foto {name}: {error}</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>No se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>RedNotebook {month}</source>
        <translation>RedNotebook {month}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: not a RedNotebook month file ({error}).</source>
        <translation>{where}: no es un archivo mensual de RedNotebook ({error}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: not a RedNotebook month file.</source>
        <translation>{where}: no es un archivo mensual de RedNotebook.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{where}: {day} is not a day.</source>
        <translation>{where}: {day} no es un día.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>{where}: {value} is not a date.</source>
        <translation>{where}: {value} no es una fecha.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>{where}: the front matter is not YAML ({error}).</source>
        <translation>{where}: el bloque de metadatos (front matter) no es YAML ({error}).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{path} is an encrypted export: give its passphrase.</source>
        <translation>{path} es una exportación cifrada: indica su frase de contraseña.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{path} is not a file this app can import ({error}). This app imports {readable}.</source>
        <translation>{path} no es un archivo que esta aplicación pueda importar ({error}). Esta aplicación importa {readable}.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The folder {path} holds neither RedNotebook month files (YYYY-MM.txt) nor Markdown files (.md). This app imports {readable}.</source>
        <translation>La carpeta {path} no contiene ni archivos mensuales de RedNotebook (YYYY-MM.txt) ni archivos Markdown (.md). Esta aplicación importa {readable}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{path} is a zip file but not a Day One JSON export.</source>
        <translation>{path} es un archivo zip, pero no una exportación JSON de Day One.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{path} is JSON but not a file this app can import: {readable}.</source>
        <translation>{path} es JSON, pero no un archivo que esta aplicación pueda importar: {readable}.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The journal</source>
        <translation>El diario</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The import failed and added nothing: {error}.</source>
        <translation>La importación ha fallado y no ha añadido nada: {error}.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Entry {number} ({title}): {error}</source>
        <translation>Entrada {number} ({title}): {error}</translation>
    </message>
</context>
<context>
    <name>JournalUpgrade</name>
    <message>
        <location filename="../../desktop_blog/app/journal_upgrade.py" line="+68"/>
        <source>Invalid password: the journal was left unencrypted.</source>
        <translation>Contraseña no válida: el diario se ha dejado sin cifrar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encrypting the journal…</source>
        <translation>Cifrando el diario…</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Encrypted the journal (%Ln entries); the plain file was removed.</source>
        <translation>
            <numerusform>Se ha cifrado el diario (%Ln entrada); se ha eliminado el archivo sin cifrar.</numerusform>
            <numerusform>Se ha cifrado el diario (%Ln entradas); se ha eliminado el archivo sin cifrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Deleted %n plain backups.</source>
        <translation>
            <numerusform>Se ha eliminado %n copia de seguridad sin cifrar.</numerusform>
            <numerusform>Se han eliminado %n copias de seguridad sin cifrar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>{failed} of %n backups could not be encrypted.</source>
        <translation>
            <numerusform>No se ha podido cifrar {failed} de %n copia de seguridad.</numerusform>
            <numerusform>No se han podido cifrar {failed} de %n copias de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Encrypted %n backups made earlier.</source>
        <translation>
            <numerusform>Se ha cifrado %n copia de seguridad anterior.</numerusform>
            <numerusform>Se han cifrado %n copias de seguridad anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n backups made earlier are still plain (not encrypted).</source>
        <translation>
            <numerusform>%n copia de seguridad anterior sigue sin cifrar.</numerusform>
            <numerusform>%n copias de seguridad anteriores siguen sin cifrar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Keys</name>
    <message>
        <location filename="../../desktop_blog/security/keys.py" line="+86"/>
        <source>The journal key was dropped (the journal is locked).</source>
        <translation>Se ha descartado la clave del diario (el diario está bloqueado).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The key file asks for argon2id {name}={value}, outside {low}-{high}; it was not made by Desktop Blog or was altered.</source>
        <translation>El archivo de clave pide argon2id {name}={value}, fuera del intervalo {low}-{high}; no lo ha creado Desktop Blog o se ha alterado.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The key file&apos;s salt is too short; it was altered.</source>
        <translation>La sal del archivo de clave es demasiado corta; se ha alterado.</translation>
    </message>
    <message>
        <location line="+111"/>
        <location line="+4"/>
        <source>That is not a recovery key (32 letters and digits).</source>
        <translation>Eso no es una clave de recuperación (32 letras y cifras).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This journal has no recovery key.</source>
        <translation>Este diario no tiene clave de recuperación.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The key file {path} has version {version}; this Desktop Blog reads version 1. Update Desktop Blog.</source>
        <translation>El archivo de clave {path} tiene la versión {version}; esta versión de Desktop Blog lee la versión 1. Actualiza Desktop Blog.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{error} ({path})</source>
        <translation>{error} ({path})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The key file {path} is damaged; the journal cannot be unlocked with it. Restore the key file from a backup (journal-….sqlite3.key).</source>
        <translation>El archivo de clave {path} está dañado; no se puede desbloquear el diario con él. Restaura el archivo de clave desde una copia de seguridad (journal-….sqlite3.key).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The key file {path} is missing: the encrypted journal {journal} cannot be unlocked without it. Copy it back (every backup has one beside it); nothing was changed.</source>
        <translation>Falta el archivo de clave {path}: el diario cifrado {journal} no se puede desbloquear sin él. Vuelve a copiarlo (cada copia de seguridad tiene uno al lado); no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The key file {path} cannot be read: {error}.</source>
        <translation>No se puede leer el archivo de clave {path}: {error}.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/login_dialog.py" line="+27"/>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Log in — {app}</source>
        <translation>Iniciar sesión — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+14"/>
        <source>Login</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Too many failed attempts. Try again in %n s.</source>
        <translation>
            <numerusform>Demasiados intentos fallidos. Vuelve a intentarlo dentro de %n s.</numerusform>
            <numerusform>Demasiados intentos fallidos. Vuelve a intentarlo dentro de %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/main_window.py" line="-116"/>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>★ Starred</source>
        <translation>★ Favoritas</translation>
    </message>
    <message>
        <location line="+302"/>
        <source>this filter</source>
        <translation>este filtro</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No file manager could open the log folder; it is {folder}</source>
        <translation>Ningún gestor de archivos ha podido abrir la carpeta de registros; está en {folder}</translation>
    </message>
</context>
<context>
    <name>Markup</name>
    <message>
        <location filename="../../desktop_blog/markup.py" line="+103"/>
        <source>bold text</source>
        <translation>texto en negrita</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>italic text</source>
        <translation>texto en cursiva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>link text</source>
        <translation>texto del enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>item</source>
        <translation>elemento</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quoted text</source>
        <translation>texto citado</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>code</source>
        <translation>código</translation>
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
        <translation>Un diario privado que no sale de tu equipo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desktop Blog is a journal for one person. Every entry is kept in a single encrypted file on your own computer: there is no account to create, and nothing is sent over the network.</source>
        <extracomment>First paragraph of the description in software centres.</extracomment>
        <translation>Desktop Blog es un diario para una sola persona. Todas las entradas se guardan en un único archivo cifrado en tu propio equipo: no hace falta crear ninguna cuenta y nada se envía por la red.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write with a rich-text or a Markdown editor, find any entry again through the calendar, tags or full-text search, and keep your journal safe with automatic backups.</source>
        <extracomment>Second paragraph of the description in software centres.</extracomment>
        <translation>Escribe con un editor de texto enriquecido o de Markdown, encuentra cualquier entrada a través del calendario, las etiquetas o la búsqueda de texto completo, y mantén tu diario a salvo con copias de seguridad automáticas.</translation>
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
        <translation>password_hash no es un hash de contraseña de Desktop Blog; ejecuta &apos;desktop-blog set-password&apos; para volver a establecerla</translation>
    </message>
</context>
<context>
    <name>PdfExport</name>
    <message numerus="yes">
        <location filename="../../desktop_blog/transfer/pdf_export.py" line="+110"/>
        <source>{app} — %Ln entries</source>
        <translation>
            <numerusform>{app} — %Ln entrada</numerusform>
            <numerusform>{app} — %Ln entradas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlainBackupsQuestion</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/encrypt_offer.py" line="+13"/>
        <source>Backups made earlier</source>
        <translation>Copias de seguridad anteriores</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln backups made before are still plain (not encrypted): anyone who can read them can read the entries they hold. Encrypt them with the journal&apos;s key, or delete them?</source>
        <translation>
            <numerusform>%Ln copia de seguridad anterior sigue sin cifrar: cualquiera que pueda leerla puede leer las entradas que contiene. ¿Quieres cifrarla con la clave del diario o eliminarla?</numerusform>
            <numerusform>%Ln copias de seguridad anteriores siguen sin cifrar: cualquiera que pueda leerlas puede leer las entradas que contienen. ¿Quieres cifrarlas con la clave del diario o eliminarlas?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Encrypt them</source>
        <translation>Cifrarlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete them</source>
        <translation>Eliminarlas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep them plain</source>
        <translation>Dejarlas sin cifrar</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <location filename="../../desktop_blog/domain/preferences.py" line="+74"/>
        <location line="+12"/>
        <source>Follow the system</source>
        <translation>Seguir el sistema</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
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
        <translation>La nueva ubicación del diario se usará la próxima vez que se inicie {app}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language is used the next time {app} starts.</source>
        <translation>El nuevo idioma se usará la próxima vez que se inicie {app}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Theme</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default &amp;format</source>
        <translation>&amp;Formato predeterminado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock after</source>
        <translation>&amp;Bloquear tras</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Journal file</source>
        <translation>Archivo del &amp;diario</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Spelling</source>
        <translation>&amp;Ortografía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Off</source>
        <translation>Desactivada</translation>
    </message>
</context>
<context>
    <name>PreferencesController</name>
    <message>
        <location filename="../../desktop_blog/app/preferences_controller.py" line="+22"/>
        <source>Preferences saved</source>
        <translation>Preferencias guardadas</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Preferences saved. A new journal location is used the next time {app} starts.</source>
        <translation>Preferencias guardadas. La nueva ubicación del diario se usará la próxima vez que se inicie {app}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/preferences_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
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
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{language} (not installed)</source>
        <translation>{language} (no instalado)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Please choose a value for “{preference}”.</source>
        <translation>Elige un valor para «{preference}».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Journals (*.sqlite3 *.db);;All files (*)</source>
        <translation>Diarios (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../desktop_blog/storage/progress.py" line="+20"/>
        <source>Cancelled; nothing was written.</source>
        <translation>Cancelado; no se ha escrito nada.</translation>
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
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{task}: cancelling…</source>
        <translation>{task}: cancelando…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/recovery_key_dialog.py" line="+126"/>
        <source>Recovery key — {app}</source>
        <translation>Clave de recuperación — {app}</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <location line="-90"/>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your journal is encrypted with your password: if you forget it, nobody can open the journal without this recovery key. It is shown only now. Copy it or save it somewhere safe, away from this computer.</source>
        <translation>Tu diario está cifrado con tu contraseña: si la olvidas, nadie podrá abrir el diario sin esta clave de recuperación. Solo se muestra ahora. Cópiala o guárdala en un lugar seguro, lejos de este equipo.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save…</source>
        <translation>&amp;Guardar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue to the journal</source>
        <translation>Continuar al diario</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copied to the clipboard.</source>
        <translation>Se ha copiado al portapapeles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the recovery key</source>
        <translation>Guardar la clave de recuperación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Archivos de texto (*.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved: {reason}</source>
        <translation>No se ha guardado: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved to {file} (readable only by you).</source>
        <translation>Se ha guardado en {file} (solo tú puedes leerlo).</translation>
    </message>
</context>
<context>
    <name>Rescue</name>
    <message>
        <location filename="../../desktop_blog/storage/rescue.py" line="+38"/>
        <source>entries</source>
        <translation>entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the entries&apos; indexes</source>
        <translation>los índices de las entradas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>images</source>
        <translation>imágenes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the full-text index</source>
        <translation>el índice de texto completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the tag index</source>
        <translation>el índice de etiquetas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the list of tables</source>
        <translation>la lista de tablas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unused pages</source>
        <translation>páginas sin usar</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The journal {path} is healthy.</source>
        <translation>El diario {path} está en buen estado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the journal {path} only indexes are damaged ({parts}); they can be rebuilt from the entries without losing anything.</source>
        <translation>En el diario {path} solo están dañados los índices ({parts}); se pueden reconstruir a partir de las entradas sin perder nada.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal {path} is damaged ({parts}). Restore the newest backup, or salvage every readable entry into a new journal (&apos;desktop-blog salvage NEW-FILE&apos;).</source>
        <translation>El diario {path} está dañado ({parts}). Restaura la copia de seguridad más reciente o salva todas las entradas legibles en un diario nuevo (&apos;desktop-blog salvage NEW-FILE&apos;).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>an unknown number of entries could not be read</source>
        <translation>no se ha podido leer un número desconocido de entradas</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln could not be read</source>
        <translation>
            <numerusform>no se ha podido leer %Ln</numerusform>
            <numerusform>no se han podido leer %Ln</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved {entries} and {images}; {lost}; {lost_images}.</source>
        <translation>Se han guardado {entries} y {images}; {lost}; {lost_images}.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln images</source>
        <translation>
            <numerusform>%Ln imagen</numerusform>
            <numerusform>%Ln imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln images could not be read</source>
        <translation>
            <numerusform>no se ha podido leer %Ln imagen</numerusform>
            <numerusform>no se han podido leer %Ln imágenes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open the journal {path}: {error}.</source>
        <translation>No se puede abrir el diario {path}: {error}.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>{path} already exists; choose a new file for the salvaged journal.</source>
        <translation>{path} ya existe; elige un archivo nuevo para el diario salvado.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing can be read from {path}: its list of tables is damaged ({error}). Restore the newest backup instead.</source>
        <translation>No se puede leer nada de {path}: su lista de tablas está dañada ({error}). Restaura la copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{path} is not a Desktop Blog journal (it has no entries).</source>
        <translation>{path} no es un diario de Desktop Blog (no tiene entradas).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The salvaged journal {path} did not verify.</source>
        <translation>El diario salvado {path} no ha superado la verificación.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Rebuilding the indexes of {path} would lose entries ({report}); nothing was changed. Restore a backup or salvage the journal instead.</source>
        <translation>Reconstruir los índices de {path} haría perder entradas ({report}); no se ha cambiado nada. Restaura una copia de seguridad o salva el diario.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{health} They were rebuilt ({report}); the damaged file was kept as {aside}.</source>
        <translation>{health} Se han reconstruido ({report}); el archivo dañado se ha conservado como {aside}.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot restore {backup} into {path}: {error}.</source>
        <translation>No se puede restaurar {backup} en {path}: {error}.</translation>
    </message>
</context>
<context>
    <name>RescueController</name>
    <message>
        <location filename="../../desktop_blog/app/rescue_controller.py" line="+41"/>
        <source>The journal could not be rescued</source>
        <translation>No se ha podido rescatar el diario</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>Rescuing the journal {path}…</source>
        <translation>Rescatando el diario {path}…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rescuing the journal</source>
        <translation>Rescatando el diario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Only indexes of the journal were damaged ({parts}); they were rebuilt from the entries: {summary} The damaged file was kept as {aside}.</source>
        <translation>Solo estaban dañados los índices del diario ({parts}); se han reconstruido a partir de las entradas: {summary} El archivo dañado se ha conservado como {aside}.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Restored the backup of {date} (%Ln entries). The damaged journal was kept as {aside}.</source>
        <translation>
            <numerusform>Se ha restaurado la copia de seguridad del {date} (%Ln entrada). El diario dañado se ha conservado como {aside}.</numerusform>
            <numerusform>Se ha restaurado la copia de seguridad del {date} (%Ln entradas). El diario dañado se ha conservado como {aside}.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Salvaged the journal. {summary} The damaged file was kept as {aside}.</source>
        <translation>Se ha salvado el diario. {summary} El archivo dañado se ha conservado como {aside}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The journal could not be rescued: {error}</source>
        <translation>No se ha podido rescatar el diario: {error}</translation>
    </message>
</context>
<context>
    <name>RescueDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/rescue_dialog.py" line="+58"/>
        <source>The journal is damaged — {app}</source>
        <translation>El diario está dañado — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your journal is damaged</source>
        <translation>Tu diario está dañado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal file {file} is damaged. Damaged: {parts}.

What is on the damaged pages cannot be read, and nothing more is written to the file. Choose how to go on; either way the damaged file is kept aside, untouched.</source>
        <translation>El archivo del diario {file} está dañado. Partes dañadas: {parts}.

Lo que hay en las páginas dañadas no se puede leer, y no se escribe nada más en el archivo. Elige cómo continuar; en ambos casos, el archivo dañado se guarda aparte, intacto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore the backup of {date}</source>
        <translation>Restaurar la copia de seguridad del {date}</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries, verified. Entries written after it are not in it. ({file})</source>
        <translation>
            <numerusform>%Ln entrada; copia verificada. Las entradas escritas después no están incluidas. ({file})</numerusform>
            <numerusform>%Ln entradas; copia verificada. Las entradas escritas después no están incluidas. ({file})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup that verifies was found in {folder}.</source>
        <translation>No se ha encontrado en {folder} ninguna copia de seguridad que supere la verificación.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Salvage the readable entries</source>
        <translation>Salvar las entradas legibles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copies every entry, tag and image that can still be read into a new journal and says how many were saved and lost.</source>
        <translation>Copia en un diario nuevo todas las entradas, etiquetas e imágenes que aún se pueden leer e indica cuántas se han salvado y cuántas se han perdido.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>Resources</name>
    <message>
        <location filename="../../desktop_blog/resources.py" line="+29"/>
        <source>Desktop Blog&apos;s resources were not found next to {folder}; reinstall the app.</source>
        <translation>No se han encontrado los recursos de Desktop Blog junto a {folder}; vuelve a instalar la aplicación.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Missing resource {name} in {folder}; reinstall the app.</source>
        <translation>Falta el recurso {name} en {folder}; vuelve a instalar la aplicación.</translation>
    </message>
</context>
<context>
    <name>RichBodyEdit</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/rich_body_edit.py" line="+106"/>
        <source>Not pasted: the text would have {size} characters; an entry holds at most {limit}. What you typed is unchanged.</source>
        <translation>No se ha pegado: el texto tendría {size} caracteres y una entrada admite como máximo {limit}. Lo que has escrito no ha cambiado.</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/entry_view.py" line="-117"/>
        <source>This text is too large to show ({size} characters; the limit is {limit}).</source>
        <translation>Este texto es demasiado grande para mostrarlo ({size} caracteres; el límite es {limit}).</translation>
    </message>
</context>
<context>
    <name>SafeInput</name>
    <message>
        <location filename="../../desktop_blog/safe_input.py" line="+48"/>
        <source>{path} is a folder, not a file; nothing was read.</source>
        <translation>{path} es una carpeta, no un archivo; no se ha leído nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a pipe (FIFO), not a file; nothing was read.</source>
        <translation>{path} es una tubería (FIFO), no un archivo; no se ha leído nada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is a device, not a file; nothing was read.</source>
        <translation>{path} es un dispositivo, no un archivo; no se ha leído nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{path} is a socket, not a file; nothing was read.</source>
        <translation>{path} es un socket, no un archivo; no se ha leído nada.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>{path} is not a regular file; nothing was read.</source>
        <translation>{path} no es un archivo normal; no se ha leído nada.</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>The file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>El archivo {path} no es texto UTF-8 (byte {byte}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The settings file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>El archivo de configuración {path} no es texto UTF-8 (byte {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The body file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>El archivo con el texto de la entrada {path} no es texto UTF-8 (byte {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Markdown file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>El archivo Markdown {path} no es texto UTF-8 (byte {byte}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The RedNotebook month file {path} is not UTF-8 text (byte {byte}).</source>
        <translation>El archivo mensual de RedNotebook {path} no es texto UTF-8 (byte {byte}).</translation>
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
            <numerusform>%Ln byte</numerusform>
            <numerusform>%Ln bytes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read {path}: it does not exist.</source>
        <translation>No se puede leer {path}: no existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{path} is {size}; at most {limit} can be read. Nothing was read.</source>
        <translation>{path} ocupa {size}; se puede leer como máximo {limit}. No se ha leído nada.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot read {path}: {error}.</source>
        <translation>No se puede leer {path}: {error}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{path} grew beyond {limit} while being read.</source>
        <translation>{path} ha superado {limit} mientras se leía.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The {what} {path} is not UTF-8 text (byte {byte}).</source>
        <translation>{path} ({what}) no es texto UTF-8 (byte {byte}).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>a number has {count} digits; at most {limit} are read</source>
        <translation>un número tiene {count} cifras; se leen como máximo {limit}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>a number has {count} characters</source>
        <translation>un número tiene {count} caracteres</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{text} is not a number JSON allows</source>
        <translation>{text} no es un número válido en JSON</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the JSON nests {depth} levels deep; at most {limit} are read</source>
        <translation>el JSON tiene {depth} niveles de anidamiento; se leen como máximo {limit}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it is not valid JSON ({error})</source>
        <translation>no es JSON válido ({error})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the JSON nests too deeply</source>
        <translation>el JSON tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it nests {depth} levels deep; at most {limit} are read</source>
        <translation>tiene {depth} niveles de anidamiento; se leen como máximo {limit}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it nests too deeply</source>
        <translation>tiene demasiados niveles de anidamiento</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{value} is not a date and time</source>
        <translation>{value} no es una fecha y hora</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{value} is outside the dates this app can store (years 1 to 9999 in UTC)</source>
        <translation>{value} está fuera de las fechas que esta aplicación puede guardar (años 1 a 9999 en UTC)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{what} is binary data, not text</source>
        <translation>{what} contiene datos binarios, no texto</translation>
    </message>
</context>
<context>
    <name>SafeOutput</name>
    <message>
        <location filename="../../desktop_blog/safe_output.py" line="+35"/>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>the PDF came out incomplete ({size})</source>
        <translation>el PDF ha quedado incompleto ({size})</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <location filename="../../desktop_blog/storage/schema_check.py" line="+130"/>
        <source>{path} has a schema this app did not make ({found}). It was left untouched and not used: a journal or backup must come from Desktop Blog unchanged.</source>
        <translation>{path} tiene un esquema que no ha creado esta aplicación ({found}). No se ha tocado ni usado: un diario o una copia de seguridad debe proceder de Desktop Blog sin modificaciones.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../desktop_blog/app/session.py" line="+361"/>
        <source>The journal could not be unlocked: {error}</source>
        <translation>No se ha podido desbloquear el diario: {error}</translation>
    </message>
    <message>
        <location line="+184"/>
        <source>The journal is read-only</source>
        <translation>El diario es de solo lectura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{reason}: you can read your entries, but adding new ones is disabled. Make it writable (for example chmod u+w) and start Desktop Blog again to write.</source>
        <translation>{reason}: puedes leer tus entradas, pero no añadir otras nuevas. Hazlo escribible (por ejemplo con chmod u+w) y vuelve a iniciar Desktop Blog para escribir.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>You were logged in</source>
        <translation>Has iniciado sesión</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The journal was locked. Log in to continue; your draft is kept.</source>
        <translation>El diario se ha bloqueado. Inicia sesión para continuar; tu borrador se conserva.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You were logged out</source>
        <translation>Has cerrado la sesión</translation>
    </message>
</context>
<context>
    <name>SettingsErrors</name>
    <message>
        <location filename="../../desktop_blog/config.py" line="+52"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a whole number of at least {low} (found {found}).</source>
        <translation>En el archivo de configuración {path}, &apos;{key}&apos; debe ser un número entero mayor o igual que {low} (se ha encontrado {found}).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a whole number of minutes from 0 (never) to {high} (found {found}).</source>
        <translation>En el archivo de configuración {path}, &apos;{key}&apos; debe ser un número entero de minutos entre 0 (nunca) y {high} (se ha encontrado {found}).</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The settings file {path} does not exist.</source>
        <translation>El archivo de configuración {path} no existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The settings file {path} cannot be used: {error}.</source>
        <translation>No se puede usar el archivo de configuración {path}: {error}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The settings file {path} is not valid TOML: {error}.</source>
        <translation>El archivo de configuración {path} no es TOML válido: {error}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be a string (found {type}).</source>
        <translation>En el archivo de configuración {path}, &apos;{key}&apos; debe ser una cadena de texto (se ha encontrado {type}).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>In the settings file {path}, {error}.</source>
        <translation>En el archivo de configuración {path}, {error}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be one of {choices} (found {found}).</source>
        <translation>En el archivo de configuración {path}, &apos;{key}&apos; debe ser uno de estos valores: {choices} (se ha encontrado {found}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In the settings file {path}, &apos;{key}&apos; must be one of {choices} (found a {type}).</source>
        <translation>En el archivo de configuración {path}, &apos;{key}&apos; debe ser uno de estos valores: {choices} (se ha encontrado un valor de tipo {type}).</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>The settings file {path} has an entry &apos;{key}&apos; this version cannot rewrite; edit the file by hand.</source>
        <translation>El archivo de configuración {path} tiene un ajuste &apos;{key}&apos; que esta versión no puede reescribir; edita el archivo a mano.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the settings file {path}: {error}.</source>
        <translation>No se puede escribir el archivo de configuración {path}: {error}.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The journal location {path} must be a file&apos;s full path.</source>
        <translation>La ubicación del diario {path} debe ser la ruta completa de un archivo.</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/setup_dialog.py" line="+42"/>
        <source>Welcome — {app}</source>
        <translation>Bienvenida — {app}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Welcome to your journal</source>
        <translation>Te damos la bienvenida a tu diario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a username and a password. The password encrypts your journal; the username is kept in
{file}</source>
        <translation>Elige un nombre de usuario y una contraseña. La contraseña cifra tu diario; el nombre de usuario se guarda en
{file}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat password</source>
        <translation>Repetir la contraseña</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Create journal</source>
        <translation>Crear diario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A forgotten password cannot be recovered without the recovery key, which you will see next.</source>
        <translation>Una contraseña olvidada no se puede recuperar sin la clave de recuperación, que verás a continuación.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Creating the encrypted journal…</source>
        <translation>Creando el diario cifrado…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat password:</source>
        <translation>&amp;Repetir la contraseña:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Please choose a username.</source>
        <translation>Elige un nombre de usuario.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Please choose a password of at least %n characters.</source>
        <translation>
            <numerusform>Elige una contraseña de al menos %n carácter.</numerusform>
            <numerusform>Elige una contraseña de al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The passwords do not match.</source>
        <translation>Las contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../desktop_blog/ui/dialogs/shortcuts_dialog.py" line="+30"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SpellMenu</name>
    <message>
        <location filename="../../desktop_blog/ui/widgets/spell_highlighter.py" line="+75"/>
        <source>(No suggestions)</source>
        <translation>(Sin sugerencias)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add to Dictionary</source>
        <translation>Añadir al diccionario</translation>
    </message>
</context>
<context>
    <name>Spelling</name>
    <message>
        <location filename="../../desktop_blog/spelling.py" line="+52"/>
        <source>Spell checking is off: the enchant library is not installed.</source>
        <translation>La corrección ortográfica está desactivada: la biblioteca enchant no está instalada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spell checking is off: no dictionary is installed.</source>
        <translation>La corrección ortográfica está desactivada: no hay ningún diccionario instalado.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Spell checking is off: no dictionary for “{language}” is installed.</source>
        <translation>La corrección ortográfica está desactivada: no hay ningún diccionario instalado para «{language}».</translation>
    </message>
</context>
<context>
    <name>StatisticsWindow</name>
    <message>
        <location filename="../../desktop_blog/ui/windows/statistics_window.py" line="+68"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Entries per month</source>
        <translation>Entradas por mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Words per month</source>
        <translation>Palabras por mes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing days (last 12 months)</source>
        <translation>Días de escritura (últimos 12 meses)</translation>
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
            <numerusform>%Ln entrada</numerusform>
            <numerusform>%Ln entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln words</source>
        <translation>
            <numerusform>%Ln palabra</numerusform>
            <numerusform>%Ln palabras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln writing days</source>
        <translation>
            <numerusform>%Ln día de escritura</numerusform>
            <numerusform>%Ln días de escritura</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <location filename="../../desktop_blog/storage/errors.py" line="+84"/>
        <source>The journal {path} is damaged ({error}). Nothing more was written to it. Run &apos;desktop-blog check&apos; to see which parts are damaged, then restore the newest backup or &apos;desktop-blog salvage NEW-FILE&apos; to save every readable entry.</source>
        <translation>El diario {path} está dañado ({error}). No se ha escrito nada más en él. Ejecuta &apos;desktop-blog check&apos; para ver qué partes están dañadas y después restaura la copia de seguridad más reciente o usa &apos;desktop-blog salvage NEW-FILE&apos; para salvar todas las entradas legibles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The journal is damaged ({error}). Nothing more was written to it. Run &apos;desktop-blog check&apos; to see which parts are damaged, then restore the newest backup or &apos;desktop-blog salvage NEW-FILE&apos; to save every readable entry.</source>
        <translation>El diario está dañado ({error}). No se ha escrito nada más en él. Ejecuta &apos;desktop-blog check&apos; para ver qué partes están dañadas y después restaura la copia de seguridad más reciente o usa &apos;desktop-blog salvage NEW-FILE&apos; para salvar todas las entradas legibles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the journal {path}: the disk is full. Nothing that was saved before was lost; free some space and try again.</source>
        <translation>No se puede escribir en el diario {path}: el disco está lleno. No se ha perdido nada de lo que ya estaba guardado; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the journal: the disk is full. Nothing that was saved before was lost; free some space and try again.</source>
        <translation>No se puede escribir en el diario: el disco está lleno. No se ha perdido nada de lo que ya estaba guardado; libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The disk failed while reading or writing the journal {path} ({error}). Check that the drive is connected and healthy, then run &apos;desktop-blog check&apos;.</source>
        <translation>El disco ha fallado al leer o escribir el diario {path} ({error}). Comprueba que la unidad está conectada y en buen estado y después ejecuta &apos;desktop-blog check&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk failed while reading or writing the journal ({error}). Check that the drive is connected and healthy, then run &apos;desktop-blog check&apos;.</source>
        <translation>El disco ha fallado al leer o escribir el diario ({error}). Comprueba que la unidad está conectada y en buen estado y después ejecuta &apos;desktop-blog check&apos;.</translation>
    </message>
</context>
<context>
    <name>TagListModel</name>
    <message>
        <location filename="../../desktop_blog/models/tag_model.py" line="+15"/>
        <source>All entries</source>
        <translation>Todas las entradas</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Tag {tag}, %Ln entries</source>
        <translation>
            <numerusform>Etiqueta {tag}, %Ln entrada</numerusform>
            <numerusform>Etiqueta {tag}, %Ln entradas</numerusform>
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
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>TransferController</name>
    <message>
        <location filename="../../desktop_blog/app/transfer_controller.py" line="+46"/>
        <source>JSON export (*.json)</source>
        <translation>Exportación JSON (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF document (*.pdf)</source>
        <translation>Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder for the Markdown files (*)</source>
        <translation>Carpeta nueva para los archivos Markdown (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New folder for the HTML site (*)</source>
        <translation>Carpeta nueva para el sitio HTML (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Journals (*.json *.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>Diarios (*.json *.db *.sqlite *.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de seguridad (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export — the exported files are not encrypted</source>
        <translation>Exportar — los archivos exportados no están cifrados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running export to finish (or cancel it) first.</source>
        <translation>Espera a que termine la exportación en curso (o cancélala).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+191"/>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importación</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Wait for the running import to finish (or cancel it) first.</source>
        <translation>Espera a que termine la importación en curso (o cancélala).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running backup to finish (or cancel it) first.</source>
        <translation>Espera a que termine la copia de seguridad en curso (o cancélala).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore</source>
        <translation>Restauración</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the running restore to finish (or cancel it) first.</source>
        <translation>Espera a que termine la restauración en curso (o cancélala).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wait for the statistics to be counted first.</source>
        <translation>Espera a que se terminen de calcular las estadísticas.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>{job} failed: {error}.</source>
        <translation>Error en la tarea «{job}»: {error}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{job} cancelled; nothing was written.</source>
        <translation>Tarea «{job}» cancelada; no se ha escrito nada.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an entry to export first.</source>
        <translation>Primero selecciona la entrada que quieres exportar.</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>Se ha exportado %Ln entrada a {path}</numerusform>
            <numerusform>Se han exportado %Ln entradas a {path}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{name} is an encrypted export. Its passphrase:</source>
        <translation>{name} es una exportación cifrada. Su frase de contraseña:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Backed up and verified the journal: {path}</source>
        <translation>Copia de seguridad del diario hecha y verificada: {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from Backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Replace the journal with the backup {name}?</source>
        <translation>¿Quieres sustituir el diario por la copia de seguridad {name}?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The journal as it is now is backed up first.</source>
        <translation>Antes se hará una copia de seguridad del diario tal como está ahora.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Restored {name}; the journal as it was is in {safety}</source>
        <translation>Se ha restaurado {name}; el diario tal como estaba se encuentra en {safety}</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <location filename="../../desktop_blog/security/unlock.py" line="+40"/>
        <source>Invalid username</source>
        <translation>Nombre de usuario no válido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid password</source>
        <translation>Contraseña no válida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invalid recovery key</source>
        <translation>Clave de recuperación no válida</translation>
    </message>
    <message numerus="yes">
        <location line="+62"/>
        <source>The password must have at least %n characters; nothing was changed.</source>
        <translation>
            <numerusform>La contraseña debe tener al menos %n carácter; no se ha cambiado nada.</numerusform>
            <numerusform>La contraseña debe tener al menos %n caracteres; no se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is already a journal at {path}; nothing was changed.</source>
        <translation>Ya hay un diario en {path}; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write the key file {path}: {error}.</source>
        <translation>No se puede escribir el archivo de clave {path}: {error}.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The journal {path} is missing (its key file {key_file} is there). Restore the journal from a backup.</source>
        <translation>Falta el diario {path} (su archivo de clave {key_file} sí está). Restaura el diario desde una copia de seguridad.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many failed logins: try again in {seconds} s.</source>
        <translation>Demasiados inicios de sesión fallidos: vuelve a intentarlo dentro de {seconds} s.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Invalid password; nothing was changed.</source>
        <translation>Contraseña no válida; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the key file {path}: {error}; the old password still works.</source>
        <translation>No se puede escribir el archivo de clave {path}: {error}; la contraseña anterior sigue funcionando.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Invalid recovery key; nothing was changed.</source>
        <translation>Clave de recuperación no válida; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Zones</name>
    <message>
        <location filename="../../desktop_blog/storage/zones.py" line="+49"/>
        <source>{name} is not a time zone offset.</source>
        <translation>{name} no es una diferencia horaria válida.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not a known time zone.</source>
        <translation>{name} no es una zona horaria conocida.</translation>
    </message>
</context>
</TS>
