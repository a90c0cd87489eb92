<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Nip</name>
    <message numerus="yes">
        <source>%1 must have 18 digits, found %n</source>
        <translation>
            <numerusform>%1 must have 18 digits, found %n</numerusform>
            <numerusform>%1 must have 18 digits, found %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffImportCommand</name>
    <message numerus="yes">
        <source>%n work unit(s) created.</source>
        <translation>
            <numerusform>%n work unit created.</numerusform>
            <numerusform>%n work units created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) not in the file marked inactive from %1.</source>
        <translation>
            <numerusform>%n staff member not in the file marked inactive from %1.</numerusform>
            <numerusform>%n staff members not in the file marked inactive from %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
