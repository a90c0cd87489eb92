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
</TS>
