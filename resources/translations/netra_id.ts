<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a complete copy of the database to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database for damage and broken references</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: netra-cli [--db FILE] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without --db, the database is NETRA_DB or %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run netra-cli COMMAND --help for its options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run netra-cli --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use netra-cli %1 with one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>--%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: netra-cli [--db FILE] %1 [options] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output as table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the CSV data: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Netra database or is damaged (%2). The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Netra understands (%3). Update Netra to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by %2 on %3 since %4. Ask them to close Netra, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another user. Ask them to close Netra, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign key check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broken references: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and was not upgraded: %2. The file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill a new database with a demo kabupaten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of staff (default 2000).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--staff takes a number from 1 to 5000000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1 work units, %2 staff, %3 assignments, %4 election periods.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Demo data needs at least %1 staff, one head per work unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database already holds data; demo data goes into a new, empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the head of a demo unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectionPeriodRepository</name>
    <message>
        <source>Cannot read the election periods: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown election period &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An election period needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An election period needs a start, a voting day and an end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after its voting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before its voting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An election period named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot change the period: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the database (or bring an older one up to date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Not an SQLite database, or damaged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite file is not a Netra database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this Netra (%2). Update Netra to open it; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the old backup %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot back up the database to %1 before upgrading it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the schema_migrations table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP lost its last digits in a spreadsheet; format the NIP column as Text and export again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-ASN staff have no NIP; give them an internal id instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may contain only digits, spaces and dots; found “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 must have 18 digits, found %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 digits 1-8 are not a real birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says born in %2; birth years before 1940 are not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says born on %2; the person is not yet 18</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI PPPK digits 9-12 must be a year from 2019 to %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NI PPPK digits 13-14 must be 01-12 or 21-29, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP digits 13-14 must be a month 01-12, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP says appointed in %1, after the current month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP says appointed before birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP says appointed at %1; appointment is at 18 or older</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sex digit must be 1 or 2, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sex digit says female but the sex column says L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sex digit says male but the sex column says P</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodAddCommand</name>
    <message>
        <source>Add an election period (Pemilu or Pilkada)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. &quot;Pilkada 2024&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pemilu or pilkada.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the Pemda&apos;s programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voting day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--kind takes pemilu or pilkada.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodListCommand</name>
    <message>
        <source>List the election periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodSetCommand</name>
    <message>
        <source>Move the start or end of an election period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the period&apos;s NAME (quoted when it has spaces).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --start, --end or both.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save As</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Centimeters (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to PostScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 takes true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1 takes one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting %1: cannot read the file %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government line of the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office line of the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address lines of the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emblem image of the letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place in the date line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing on behalf of (a.n.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s name with titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signatory&apos;s NIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies to (Tembusan), one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digits 13-14 of NI PPPK numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsListCommand</name>
    <message>
        <source>List the settings and their values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save setting %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSetCommand</name>
    <message>
        <source>Change one setting (letterhead, signatory, region)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a KEY and a VALUE (quote a value with spaces).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffAddCommand</name>
    <message>
        <source>Add a staff member to a work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-digit NIP or NI PPPK (none for NON_ASN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name as written, with titles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the work unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNS, PPPK, PPPK_PW or NON_ASN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position (jabatan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade, e.g. III/b or IX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L or P (default: from the NIP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to the unit from (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown staff kind &quot;%1&quot;; use PNS, PPPK, PPPK_PW or NON_ASN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown grade &quot;%1&quot;; write e.g. III/b or IX.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sex takes L or P.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffKind</name>
    <message>
        <source>PNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part-time PPPK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffListCommand</name>
    <message>
        <source>List the staff with their current work unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this work unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>The assignment start date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown work unit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NIP %1 is already recorded for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot assign %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member with NIP %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason for voiding this record.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has titles but no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-ASN staff have no NIP; record them without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 staff need a NIP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitAddCommand</name>
    <message>
        <source>Add a work unit (perangkat daerah)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit code, e.g. 1.01.01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name, e.g. Disdik.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code of the unit above it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitImportCommand</name>
    <message>
        <source>Add or update work units from a CSV file (code,name,abbreviation,kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and count only; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give one CSV FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Secretariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspectorate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency (dinas)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board (badan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit (satuan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regional hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urban village (kelurahan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section (bagian)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical unit (UPTD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitListCommand</name>
    <message>
        <source>List the work units with their heads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitSetHeadCommand</name>
    <message>
        <source>Record the head of a work unit from a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day as head (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the unit CODE and the head&apos;s NIP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not active and cannot head a unit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkUnitImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header row needs the columns code, name and kind; it has: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 appears earlier in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parent work unit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parent work unit %1 is rejected in this file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkUnitRepository</name>
    <message>
        <source>Cannot read the work units: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown work unit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work unit needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown work unit kind &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit %1 cannot be its own parent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown parent work unit code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work unit with code %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot add work unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot update work unit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head&apos;s start date is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person already heads %1 since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current head of %1 started on %2; the new head must start after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the head of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work unit %1 cannot be placed under %2, which is already below it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
