<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AttendanceExportCommand</name>
    <message numerus="yes">
        <source>%n attendance record(s) written to %1.</source>
        <translation>
            <numerusform>%n attendance record written to %1.</numerusform>
            <numerusform>%n attendance records written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseExportCommand</name>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n case written to %1.</numerusform>
            <numerusform>%n cases written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n row saved to %1.</numerusform>
            <numerusform>%n rows saved to %1.</numerusform>
        </translation>
    </message>
</context>
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
    <name>PledgeExportCommand</name>
    <message numerus="yes">
        <source>%n pledge(s) written to %1.</source>
        <translation>
            <numerusform>%n pledge written to %1.</numerusform>
            <numerusform>%n pledges written to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgeFormsCommand</name>
    <message numerus="yes">
        <source>Pledge forms written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Pledge forms written to %1 (%n page).</numerusform>
            <numerusform>Pledge forms written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportComplianceCommand</name>
    <message numerus="yes">
        <source>Compliance summary written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Compliance summary written to %1 (%n page).</numerusform>
            <numerusform>Compliance summary written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message numerus="yes">
        <source>The session is closed. %n invited person(s) without a record were marked Tanpa Keterangan.</source>
        <translation>
            <numerusform>The session is closed. %n invited person without a record was marked Tanpa Keterangan.</numerusform>
            <numerusform>The session is closed. %n invited people without a record were marked Tanpa Keterangan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) recorded present.</source>
        <translation>
            <numerusform>%n person recorded present.</numerusform>
            <numerusform>%n people recorded present.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionSheetCommand</name>
    <message numerus="yes">
        <source>Attendance sheet written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Attendance sheet written to %1 (%n page).</numerusform>
            <numerusform>Attendance sheet written to %1 (%n pages).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffExportCommand</name>
    <message numerus="yes">
        <source>%n staff written to %1.</source>
        <translation>
            <numerusform>%n staff member written to %1.</numerusform>
            <numerusform>%n staff written to %1.</numerusform>
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
    <message numerus="yes">
        <source>%n walk-in attendance record(s) tied to the roster.</source>
        <translation>
            <numerusform>%n walk-in attendance record tied to the roster.</numerusform>
            <numerusform>%n walk-in attendance records tied to the roster.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netra::AttendanceDialog</name>
    <message numerus="yes">
        <source>%n listed</source>
        <translation>
            <numerusform>%n listed</numerusform>
            <numerusform>%n listed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n present</numerusform>
            <numerusform>%n present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n not recorded</numerusform>
            <numerusform>%n not recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) left as they were.</source>
        <translation>
            <numerusform>%n walk-in left as it was.</numerusform>
            <numerusform>%n walk-ins left as they were.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netra::CasePage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netra::CheckInDialog</name>
    <message numerus="yes">
        <source>+ %n present who were not invited</source>
        <translation>
            <numerusform>+ %n present who was not invited</numerusform>
            <numerusform>+ %n present who were not invited</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netra::PledgePage</name>
    <message numerus="yes">
        <source>Evidence %1 attached to %n pledge(s).</source>
        <translation>
            <numerusform>Evidence %1 attached to %n pledge.</numerusform>
            <numerusform>Evidence %1 attached to %n pledges.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netra::PledgeSignDialog</name>
    <message numerus="yes">
        <source>Record the %1 of %2 for %n person(s).</source>
        <translation>
            <numerusform>Record the %1 of %2 for %n person.</numerusform>
            <numerusform>Record the %1 of %2 for %n people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netra::StaffImportWizard</name>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n column: %1</numerusform>
            <numerusform>%n columns: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work unit(s) created.</source>
        <translation>
            <numerusform>%n work unit created.</numerusform>
            <numerusform>%n work units created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) not in the file marked inactive.</source>
        <translation>
            <numerusform>%n staff member not in the file marked inactive.</numerusform>
            <numerusform>%n staff members not in the file marked inactive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in attendance record(s) tied to the roster.</source>
        <translation>
            <numerusform>%n walk-in attendance record tied to the roster.</numerusform>
            <numerusform>%n walk-in attendance records tied to the roster.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n work unit(s) would be created.</source>
        <translation>
            <numerusform>%n work unit would be created.</numerusform>
            <numerusform>%n work units would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) not in the file would be marked inactive.</source>
        <translation>
            <numerusform>%n staff member not in the file would be marked inactive.</numerusform>
            <numerusform>%n staff members not in the file would be marked inactive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept with something to check (marked yellow).</source>
        <translation>
            <numerusform>%n row kept with something to check (marked yellow).</numerusform>
            <numerusform>%n rows kept with something to check (marked yellow).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netra::UnitGapsDialog</name>
    <message numerus="yes">
        <source>%n person(s) have not signed.</source>
        <translation>
            <numerusform>%n person has not signed.</numerusform>
            <numerusform>%n people have not signed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) did not attend enough sessions.</source>
        <translation>
            <numerusform>%n person did not attend enough sessions.</numerusform>
            <numerusform>%n people did not attend enough sessions.</numerusform>
        </translation>
    </message>
</context>
</TS>
