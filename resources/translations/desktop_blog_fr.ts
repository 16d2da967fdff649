<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
    <name>Metainfo</name>
    <message>
        <location line="+5"/>
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
        <location line="+2"/>
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
</TS>
