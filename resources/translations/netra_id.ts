<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AttendanceCheckinCommand</name>
    <message>
        <source>Record a status for a list of NIPs at a session, in one transaction</source>
        <translation>Catat status kehadiran untuk daftar NIP pada suatu sosialisasi, dalam satu transaksi</translation>
    </message>
    <message>
        <source>Session id, as `session list` shows it.</source>
        <translation>ID sosialisasi, seperti yang ditampilkan `session list`.</translation>
    </message>
    <message>
        <source>hadir (default), izin, sakit, dinas_luar or alpa.</source>
        <translation>hadir (bawaan), izin, sakit, dinas_luar, atau alpa.</translation>
    </message>
    <message>
        <source>--status takes hadir, izin, sakit, dinas_luar or alpa, not &quot;%1&quot;.</source>
        <translation>--status menerima hadir, izin, sakit, dinas_luar, atau alpa, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Name at least one NIP.</source>
        <translation>Sebutkan paling sedikit satu NIP.</translation>
    </message>
    <message>
        <source>%1 (%2) was not active on %3; nothing was recorded.</source>
        <translation>%1 (%2) tidak aktif pada %3; tidak ada yang dicatat.</translation>
    </message>
</context>
<context>
    <name>AttendanceExportCommand</name>
    <message>
        <source>Write the attendance records of the sessions to an XLSX workbook or a CSV file</source>
        <translation>Tulis data kehadiran sosialisasi ke buku kerja XLSX atau berkas CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n attendance record(s) written to %1.</source>
        <translation>
            <numerusform>%n data kehadiran ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceImportCommand</name>
    <message>
        <source>Record a session&apos;s attendance from a form export (Google Forms XLSX or CSV) by NIP or name</source>
        <translation>Catat kehadiran sosialisasi dari ekspor formulir (Google Forms XLSX atau CSV) berdasarkan NIP atau nama</translation>
    </message>
    <message>
        <source>Session id, as `session list` shows it.</source>
        <translation>ID sosialisasi, seperti yang ditampilkan `session list`.</translation>
    </message>
    <message>
        <source>Save the unmatched rows to FILE (.csv or .xlsx).</source>
        <translation>Simpan baris yang tidak cocok ke FILE (.csv atau .xlsx).</translation>
    </message>
    <message>
        <source>Match and count only; write nothing.</source>
        <translation>Hanya cocokkan dan hitung; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The sheet of an XLSX workbook to read (default the first).</source>
        <translation>Lembar kerja XLSX yang dibaca (bawaan lembar pertama).</translation>
    </message>
    <message>
        <source>Give one FILE of responses (.xlsx or .csv).</source>
        <translation>Berikan satu FILE tanggapan (.xlsx atau .csv).</translation>
    </message>
    <message>
        <source>row %1, NIP &quot;%2&quot;, name &quot;%3&quot;: %4</source>
        <translation>baris %1, NIP &quot;%2&quot;, nama &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>Candidates: %1.</source>
        <translation>Kemungkinan: %1.</translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot; (warning): %4</source>
        <translation>baris %1, %2 &quot;%3&quot; (peringatan): %4</translation>
    </message>
</context>
<context>
    <name>AttendanceImporter</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 kosong</translation>
    </message>
    <message>
        <source>The header row (row %1) has neither a NIP nor a name column; it has: %2.</source>
        <translation>Baris judul (baris %1) tidak memiliki kolom NIP maupun kolom nama; kolom yang ada: %2.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Impor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The time cannot be read; the session&apos;s start (%1 %2) is used.</source>
        <translation>Waktu tidak dapat dibaca; waktu mulai sosialisasi (%1 %2) yang digunakan.</translation>
    </message>
    <message>
        <source>NIP %1 is not on the roster.</source>
        <translation>NIP %1 tidak ada dalam daftar pegawai.</translation>
    </message>
    <message>
        <source>Nobody active on %1 is named &quot;%2&quot;.</source>
        <translation>Tidak ada pegawai aktif pada %1 yang bernama &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The row has neither a NIP nor a name.</source>
        <translation>Baris ini tidak memiliki NIP maupun nama.</translation>
    </message>
    <message>
        <source>Several people active on %1 are named &quot;%2&quot;, none of them in an invited unit; confirm one.</source>
        <translation>Beberapa pegawai aktif pada %1 bernama &quot;%2&quot;, tidak ada yang berada di unit yang diundang; pilih salah satu.</translation>
    </message>
    <message>
        <source>Several people active on %1 in invited units are named &quot;%2&quot;; confirm one.</source>
        <translation>Beberapa pegawai aktif pada %1 di unit yang diundang bernama &quot;%2&quot;; pilih salah satu.</translation>
    </message>
</context>
<context>
    <name>AttendanceListCommand</name>
    <message>
        <source>List the attendance records of a session</source>
        <translation>Tampilkan daftar data kehadiran suatu sosialisasi</translation>
    </message>
    <message>
        <source>Session id, as `session list` shows it.</source>
        <translation>ID sosialisasi, seperti yang ditampilkan `session list`.</translation>
    </message>
</context>
<context>
    <name>AttendanceRepository</name>
    <message>
        <source>Cannot store the attendance record: %1</source>
        <translation>Tidak dapat menyimpan data kehadiran: %1</translation>
    </message>
    <message>
        <source>The attendance record no longer exists.</source>
        <translation>Data kehadiran tersebut sudah tidak ada.</translation>
    </message>
    <message>
        <source>Cannot close the session: %1</source>
        <translation>Tidak dapat menutup sosialisasi: %1</translation>
    </message>
    <message>
        <source>Cannot read the attendance: %1</source>
        <translation>Tidak dapat membaca data kehadiran: %1</translation>
    </message>
    <message>
        <source>Cannot count the attendance: %1</source>
        <translation>Tidak dapat menghitung kehadiran: %1</translation>
    </message>
    <message>
        <source>Cannot tie walk-ins to the roster: %1</source>
        <translation>Tidak dapat mencocokkan peserta belum terdaftar dengan daftar pegawai: %1</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>Session %1 does not invite the work unit %2 (%3).</source>
        <translation>Sosialisasi %1 tidak mengundang unit kerja %2 (%3).</translation>
    </message>
</context>
<context>
    <name>AttendanceStatusText</name>
    <message>
        <source>Present</source>
        <translation>Hadir</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Izin</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Sakit</translation>
    </message>
    <message>
        <source>Official duty</source>
        <translation>Dinas Luar</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Tanpa Keterangan</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Meja registrasi</translation>
    </message>
    <message>
        <source>Bulk</source>
        <translation>Massal</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Write a complete copy of the database to a file</source>
        <translation>Simpan salinan lengkap basis data ke sebuah berkas</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Berkas cadangan yang akan ditulis.</translation>
    </message>
    <message>
        <source>Backup written to %1.</source>
        <translation>Cadangan telah disimpan di %1.</translation>
    </message>
</context>
<context>
    <name>CaseAddCommand</name>
    <message>
        <source>Record a reported violation; prints the new case&apos;s id</source>
        <translation>Catat pelanggaran yang dilaporkan; menampilkan ID kasus baru</translation>
    </message>
    <message>
        <source>NIP of the staff member reported.</source>
        <translation>NIP pegawai yang dilaporkan.</translation>
    </message>
    <message>
        <source>Election period name.</source>
        <translation>Nama periode pemilihan.</translation>
    </message>
    <message>
        <source>Violation kind code (see &quot;case kinds&quot;).</source>
        <translation>Kode jenis pelanggaran (lihat &quot;case kinds&quot;).</translation>
    </message>
    <message>
        <source>Date of the act (YYYY-MM-DD); the case is reported from that day.</source>
        <translation>Tanggal kejadian (YYYY-MM-DD); kasus tercatat berstatus Dilaporkan sejak hari itu.</translation>
    </message>
    <message>
        <source>temuan_bawaslu, laporan_masyarakat, media or pengawasan_internal.</source>
        <translation>temuan_bawaslu, laporan_masyarakat, media, atau pengawasan_internal.</translation>
    </message>
    <message>
        <source>The reporter&apos;s register or letter number.</source>
        <translation>Nomor register atau nomor surat dari pelapor.</translation>
    </message>
    <message>
        <source>What happened.</source>
        <translation>Uraian kejadian.</translation>
    </message>
</context>
<context>
    <name>CaseExportCommand</name>
    <message>
        <source>Write the violation cases to an XLSX workbook or a CSV file</source>
        <translation>Tulis kasus pelanggaran ke buku kerja XLSX atau berkas CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) written to %1.</source>
        <translation>
            <numerusform>%n kasus ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseKindsCommand</name>
    <message>
        <source>List the violation catalogue: kinds and the sanction class they usually draw</source>
        <translation>Tampilkan katalog pelanggaran: jenis pelanggaran dan tingkat sanksi yang biasanya dikenakan</translation>
    </message>
</context>
<context>
    <name>CaseListCommand</name>
    <message>
        <source>List violation cases, overdue follow-ups first</source>
        <translation>Tampilkan daftar kasus pelanggaran, tindak lanjut yang melewati batas ditampilkan lebih dahulu</translation>
    </message>
    <message>
        <source>Only this election period.</source>
        <translation>Hanya periode pemilihan ini.</translation>
    </message>
    <message>
        <source>Only this unit (the person&apos;s unit on the day of the act).</source>
        <translation>Hanya unit kerja ini (unit kerja pegawai pada tanggal kejadian).</translation>
    </message>
    <message>
        <source>Only cases with this status.</source>
        <translation>Hanya kasus dengan status ini.</translation>
    </message>
    <message>
        <source>Only this violation kind.</source>
        <translation>Hanya jenis pelanggaran ini.</translation>
    </message>
    <message>
        <source>Only recommendations not followed up in time.</source>
        <translation>Hanya rekomendasi yang tidak ditindaklanjuti tepat waktu.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Status &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown violation kind &quot;%1&quot;; see &quot;case kinds&quot;.</source>
        <translation>Jenis pelanggaran &quot;%1&quot; tidak dikenal; lihat &quot;case kinds&quot;.</translation>
    </message>
</context>
<context>
    <name>CaseMoveCommand</name>
    <message>
        <source>Move a case to its next status, as the workflow allows</source>
        <translation>Pindahkan kasus ke status berikutnya, sesuai alur penanganan</translation>
    </message>
    <message>
        <source>klarifikasi, rekomendasi, sanksi, tidak_terbukti or dihentikan.</source>
        <translation>klarifikasi, rekomendasi, sanksi, tidak_terbukti, atau dihentikan.</translation>
    </message>
    <message>
        <source>Date of the step (YYYY-MM-DD); for a recommendation the day it was received.</source>
        <translation>Tanggal langkah (YYYY-MM-DD); untuk rekomendasi, tanggal rekomendasi diterima.</translation>
    </message>
    <message>
        <source>Number of the recommendation letter or of the sanction&apos;s decree (SK).</source>
        <translation>Nomor surat rekomendasi atau nomor surat keputusan (SK) sanksi.</translation>
    </message>
    <message>
        <source>Date of that letter or decree.</source>
        <translation>Tanggal surat atau keputusan tersebut.</translation>
    </message>
    <message>
        <source>Who examined or recommended (Bawaslu, BKN, ...).</source>
        <translation>Lembaga yang memeriksa atau memberi rekomendasi (Bawaslu, BKN, ...).</translation>
    </message>
    <message>
        <source>Sanction code: recommended, or imposed (required for sanksi).</source>
        <translation>Kode sanksi: yang direkomendasikan, atau yang dijatuhkan (wajib untuk sanksi).</translation>
    </message>
    <message>
        <source>Why a sanction outside the kind&apos;s usual class is recorded.</source>
        <translation>Alasan dicatatnya sanksi di luar tingkat sanksi yang lazim untuk jenis pelanggaran tersebut.</translation>
    </message>
    <message>
        <source>Note kept with the step.</source>
        <translation>Keterangan yang disimpan bersama langkah.</translation>
    </message>
    <message>
        <source>Give one case id.</source>
        <translation>Berikan satu ID kasus.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>Status &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>peringatan: %1</translation>
    </message>
    <message>
        <source>(follow-up due %1)</source>
        <translation>(batas tindak lanjut %1)</translation>
    </message>
</context>
<context>
    <name>CaseRepository</name>
    <message>
        <source>Cannot read the case catalogue: %1</source>
        <translation>Tidak dapat membaca katalog kasus: %1</translation>
    </message>
    <message>
        <source>The case workflow names an unknown status: %1 -&gt; %2</source>
        <translation>Alur penanganan kasus menyebut status yang tidak dikenal: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>Unknown violation kind &quot;%1&quot;; see &quot;case kinds&quot;.</source>
        <translation>Jenis pelanggaran &quot;%1&quot; tidak dikenal; lihat &quot;case kinds&quot;.</translation>
    </message>
    <message>
        <source>Unknown report source &quot;%1&quot;; one of: temuan_bawaslu, laporan_masyarakat, media, pengawasan_internal.</source>
        <translation>Sumber laporan &quot;%1&quot; tidak dikenal; gunakan salah satu dari: temuan_bawaslu, laporan_masyarakat, media, pengawasan_internal.</translation>
    </message>
    <message>
        <source>A case needs the date of the act.</source>
        <translation>Kasus harus memiliki tanggal kejadian.</translation>
    </message>
    <message>
        <source>The act&apos;s date %1 is in the future.</source>
        <translation>Tanggal kejadian %1 berada di masa mendatang.</translation>
    </message>
    <message>
        <source>No such staff member.</source>
        <translation>Pegawai tersebut tidak ada.</translation>
    </message>
    <message>
        <source>Cannot record the case: %1</source>
        <translation>Tidak dapat mencatat kasus: %1</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>Tidak ada kasus dengan ID %1.</translation>
    </message>
    <message>
        <source>The case is %1, a final status; it cannot move to %2.</source>
        <translation>Kasus berstatus %1, yaitu status akhir; kasus tidak dapat dipindahkan ke %2.</translation>
    </message>
    <message>
        <source>A case that is %1 cannot move to %2; it can move to: %3.</source>
        <translation>Kasus berstatus %1 tidak dapat dipindahkan ke %2; kasus dapat dipindahkan ke: %3.</translation>
    </message>
    <message>
        <source>A step needs its date.</source>
        <translation>Langkah harus memiliki tanggal.</translation>
    </message>
    <message>
        <source>%1 is before the act (%2).</source>
        <translation>%1 lebih awal daripada tanggal kejadian (%2).</translation>
    </message>
    <message>
        <source>%1 is before the case&apos;s latest step (%2).</source>
        <translation>%1 lebih awal daripada langkah terakhir kasus (%2).</translation>
    </message>
    <message>
        <source>%1 is in the future.</source>
        <translation>%1 berada di masa mendatang.</translation>
    </message>
    <message>
        <source>The letter&apos;s date %1 is before the act or in the future.</source>
        <translation>Tanggal surat %1 lebih awal daripada tanggal kejadian atau berada di masa mendatang.</translation>
    </message>
    <message>
        <source>Only a recommendation or an imposed sanction names a sanction.</source>
        <translation>Sanksi hanya disebutkan pada rekomendasi atau penjatuhan sanksi.</translation>
    </message>
    <message>
        <source>Unknown sanction &quot;%1&quot;.</source>
        <translation>Sanksi &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>%1 is a %2 sanction; %3 usually draws a %4 one</source>
        <translation>%1 adalah sanksi %2; %3 biasanya dikenai sanksi %4</translation>
    </message>
    <message>
        <source>%1 does not apply to %2 staff</source>
        <translation>%1 tidak berlaku bagi pegawai %2</translation>
    </message>
    <message>
        <source>%1; give a reason to record it anyway.</source>
        <translation>%1; berikan alasan untuk tetap mencatatnya.</translation>
    </message>
    <message>
        <source>Recorded with the reason given: %1.</source>
        <translation>Tetap dicatat dengan alasan yang diberikan: %1.</translation>
    </message>
    <message>
        <source>Cannot record the step: %1</source>
        <translation>Tidak dapat mencatat langkah: %1</translation>
    </message>
    <message>
        <source>Cannot attach the document: %1</source>
        <translation>Tidak dapat melampirkan dokumen: %1</translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation>Tidak dapat membaca data kasus: %1</translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s history: %1</source>
        <translation>Tidak dapat membaca riwayat kasus: %1</translation>
    </message>
    <message>
        <source>Cannot count the cases: %1</source>
        <translation>Tidak dapat menghitung kasus: %1</translation>
    </message>
    <message>
        <source>Cannot read the case&apos;s documents: %1</source>
        <translation>Tidak dapat membaca dokumen kasus: %1</translation>
    </message>
    <message>
        <source>Imposing a sanction needs the sanction imposed.</source>
        <translation>Penjatuhan sanksi harus menyebutkan sanksi yang dijatuhkan.</translation>
    </message>
</context>
<context>
    <name>CaseStatusText</name>
    <message>
        <source>Reported</source>
        <translation>Dilaporkan</translation>
    </message>
    <message>
        <source>Under examination</source>
        <translation>Dalam Pemeriksaan</translation>
    </message>
    <message>
        <source>Recommendation issued</source>
        <translation>Rekomendasi Terbit</translation>
    </message>
    <message>
        <source>Sanction imposed</source>
        <translation>Sanksi Dijatuhkan</translation>
    </message>
    <message>
        <source>Not proven</source>
        <translation>Tidak Terbukti</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Dihentikan</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Check the database for damage and broken references</source>
        <translation>Periksa kerusakan dan rujukan yang putus dalam basis data</translation>
    </message>
    <message>
        <source>The database is intact.</source>
        <translation>Basis data utuh.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Usage: netra-cli [--db FILE] COMMAND [options]</source>
        <translation>Penggunaan: netra-cli [--db FILE] COMMAND [opsi]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Perintah:</translation>
    </message>
    <message>
        <source>Run netra-cli COMMAND --help for its options.</source>
        <translation>Jalankan netra-cli COMMAND --help untuk melihat opsinya.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db memerlukan nama berkas.</translation>
    </message>
    <message>
        <source>Unknown option %1.</source>
        <translation>Opsi %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;; run netra-cli --help.</source>
        <translation>Perintah &quot;%1&quot; tidak dikenal; jalankan netra-cli --help.</translation>
    </message>
    <message>
        <source>Use netra-cli %1 with one of: %2.</source>
        <translation>Gunakan netra-cli %1 dengan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>Without --db, the database is the file named by the environment variable NETRA_DB, else %1.</source>
        <translation>Tanpa --db, basis data yang dipakai adalah berkas yang ditunjuk variabel lingkungan NETRA_DB, jika tidak diatur %1.</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>--%1 is required.</source>
        <translation>--%1 wajib diisi.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date; write YYYY-MM-DD.</source>
        <translation>--%1: &quot;%2&quot; bukan tanggal; tulis dengan format YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Tampilkan bantuan ini.</translation>
    </message>
    <message>
        <source>Usage: netra-cli [--db FILE] %1 [options] %2</source>
        <translation>Penggunaan: netra-cli [--db FILE] %1 [opsi] %2</translation>
    </message>
    <message>
        <source>Output as table (default), csv or json.</source>
        <translation>Format keluaran: table (bawaan), csv, atau json.</translation>
    </message>
    <message>
        <source>--format takes table, csv or json.</source>
        <translation>--format menerima table, csv, atau json.</translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot;: %4</source>
        <translation>baris %1, %2 &quot;%3&quot;: %4</translation>
    </message>
    <message>
        <source>row %1, %2 &quot;%3&quot; (warning): %4</source>
        <translation>baris %1, %2 &quot;%3&quot; (peringatan): %4</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a time of day; write HH:MM.</source>
        <translation>--%1: &quot;%2&quot; bukan jam; tulis dengan format HH:MM.</translation>
    </message>
    <message>
        <source>--session takes a session id (a number, as `session list` shows), not &quot;%1&quot;.</source>
        <translation>--session menerima ID sosialisasi (angka, seperti yang ditampilkan `session list`), bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--kind takes ikrar or pakta, not &quot;%1&quot;.</source>
        <translation>--kind menerima ikrar atau pakta, bukan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>NIP %1 is not in the database; nothing was recorded.</source>
        <translation>NIP %1 tidak ada di basis data; tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Name at least one NIP.</source>
        <translation>Sebutkan paling sedikit satu NIP.</translation>
    </message>
</context>
<context>
    <name>ComplianceFlags</name>
    <message>
        <source>Cannot compute the compliance figures: %1</source>
        <translation>Tidak dapat menghitung angka kepatuhan: %1</translation>
    </message>
</context>
<context>
    <name>ComplianceRepository</name>
    <message>
        <source>Cannot compute the compliance figures: %1</source>
        <translation>Tidak dapat menghitung angka kepatuhan: %1</translation>
    </message>
    <message>
        <source>Cannot read the thresholds: %1</source>
        <translation>Tidak dapat membaca ambang batas: %1</translation>
    </message>
    <message>
        <source>Cannot save the thresholds: %1</source>
        <translation>Tidak dapat menyimpan ambang batas: %1</translation>
    </message>
    <message>
        <source>Cannot read who did not attend: %1</source>
        <translation>Tidak dapat membaca siapa yang tidak hadir: %1</translation>
    </message>
    <message>
        <source>Cannot read the cases: %1</source>
        <translation>Tidak dapat membaca kasus: %1</translation>
    </message>
    <message>
        <source>Cannot read the progress: %1</source>
        <translation>Tidak dapat membaca perkembangan: %1</translation>
    </message>
    <message>
        <source>Cannot read the sessions: %1</source>
        <translation>Tidak dapat membaca data sosialisasi: %1</translation>
    </message>
</context>
<context>
    <name>ComplianceRule</name>
    <message>
        <source>A threshold is a whole percentage from 0 to 100; %1 is not.</source>
        <translation>Ambang batas adalah persentase bulat dari 0 sampai 100; %1 bukan.</translation>
    </message>
    <message>
        <source>The failing line (%1 %) cannot lie above a passing one (ikrar %2 %, attendance %3 %).</source>
        <translation>Batas tidak patuh (%1 %) tidak boleh di atas batas patuh (ikrar %2 %, kehadiran %3 %).</translation>
    </message>
    <message>
        <source>Sessions to attend: from 1 to 50, not %1.</source>
        <translation>Jumlah sosialisasi yang harus dihadiri: dari 1 sampai 50, bukan %1.</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>Patuh</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Perlu perhatian</translation>
    </message>
    <message>
        <source>Not compliant</source>
        <translation>Tidak patuh</translation>
    </message>
    <message>
        <source>No active staff</source>
        <translation>Tidak ada pegawai aktif</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a CSV file</source>
        <translation>%1 bukan berkas CSV</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 kosong</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is not closed</source>
        <translation>%1, baris %2: ada isian bertanda kutip yang tidak ditutup</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Cannot write the CSV data: %1</source>
        <translation>Tidak dapat menulis data CSV: %1</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file given.</source>
        <translation>Berkas basis data belum ditentukan.</translation>
    </message>
    <message>
        <source>No database at %1.</source>
        <translation>Tidak ada basis data di %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Tidak dapat membuat folder %1.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Tidak dapat membuat %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan berkas.</translation>
    </message>
    <message>
        <source>Cannot read %1: permission denied.</source>
        <translation>Tidak dapat membaca %1: akses ditolak.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Netra database or is damaged (%2). The file was not changed.</source>
        <translation>%1 bukan basis data Netra atau sudah rusak (%2). Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1: %2 The file was not changed.</source>
        <translation>%1: %2 Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this Netra understands (%3). Update Netra to open it; the file was not changed.</source>
        <translation>%1 memiliki versi skema %2, lebih baru daripada yang dapat dibaca Netra ini (%3). Perbarui Netra untuk membukanya; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot lock %1: %2</source>
        <translation>Tidak dapat mengunci %1: %2</translation>
    </message>
    <message>
        <source>%1 is in use by %2 on %3 since %4. Ask them to close Netra, then try again.</source>
        <translation>%1 sedang digunakan oleh %2 di komputer %3 sejak %4. Mintalah pengguna tersebut menutup Netra, lalu coba lagi.</translation>
    </message>
    <message>
        <source>%1 is in use by another user. Ask them to close Netra, then try again.</source>
        <translation>%1 sedang digunakan oleh pengguna lain. Mintalah pengguna tersebut menutup Netra, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>Tidak dapat memulai transaksi: %1</translation>
    </message>
    <message>
        <source>Cannot save the changes: %1</source>
        <translation>Tidak dapat menyimpan perubahan: %1</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Tidak dapat menulis cadangan %1: %2</translation>
    </message>
    <message>
        <source>Integrity check failed: %1</source>
        <translation>Pemeriksaan integritas gagal: %1</translation>
    </message>
    <message>
        <source>The database is damaged: %1</source>
        <translation>Basis data rusak: %1</translation>
    </message>
    <message>
        <source>Foreign key check failed: %1</source>
        <translation>Pemeriksaan kunci asing (foreign key) gagal: %1</translation>
    </message>
    <message>
        <source>%1 row %2 refers to a missing %3 record</source>
        <translation>%1 baris %2 merujuk ke data %3 yang tidak ada</translation>
    </message>
    <message>
        <source>Broken references: %1</source>
        <translation>Rujukan yang putus: %1</translation>
    </message>
    <message>
        <source>%1 is damaged and was not upgraded: %2. The file was not changed.</source>
        <translation>%1 rusak sehingga tidak diperbarui: %2. Berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot map the database into memory: %1</source>
        <translation>Tidak dapat memetakan basis data ke memori: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseChooser</name>
    <message>
        <source>There is no file %1.</source>
        <translation>Berkas %1 tidak ada.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for a new database.</source>
        <translation>%1 sudah ada; pilih nama lain untuk basis data baru.</translation>
    </message>
    <message>
        <source>Netra databases (*.sqlite *.db);;All files (*)</source>
        <translation>Basis data Netra (*.sqlite *.db);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Open a Netra database</source>
        <translation>Buka Basis Data Netra</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Fill a new database with a demo kabupaten</source>
        <translation>Isi basis data baru dengan data kabupaten contoh</translation>
    </message>
    <message>
        <source>Number of staff (default 2000).</source>
        <translation>Jumlah pegawai (bawaan 2000).</translation>
    </message>
    <message>
        <source>Seed; the same seed gives the same data (default 1).</source>
        <translation>Seed acak; seed yang sama menghasilkan data yang sama (bawaan 1).</translation>
    </message>
    <message>
        <source>--staff takes a number from 1 to 5000000.</source>
        <translation>--staff menerima angka 1 sampai dengan 5000000.</translation>
    </message>
    <message>
        <source>--seed takes a non-negative whole number.</source>
        <translation>--seed menerima bilangan bulat 0 atau lebih.</translation>
    </message>
    <message>
        <source>Demo data: %1 work units, %2 staff, %3 assignments, %4 election periods, %5 sessions, %6 attendance records, %7 pledges, %8 cases.</source>
        <translation>Data contoh: %1 unit kerja, %2 pegawai, %3 penempatan, %4 periode pemilihan, %5 sosialisasi, %6 data kehadiran, %7 ikrar/pakta, %8 kasus.</translation>
    </message>
</context>
<context>
    <name>DemoSeedJob</name>
    <message>
        <source>%1 already exists; demo data goes into a new file.</source>
        <translation>%1 sudah ada; data contoh hanya dapat dimasukkan ke berkas baru.</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Data Contoh</translation>
    </message>
    <message>
        <source>Creating the demo Kabupaten Sukamaju with %1 staff…</source>
        <translation>Membuat Kabupaten Sukamaju contoh dengan %1 pegawai…</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <source>Demo data needs at least %1 staff, one head per work unit.</source>
        <translation>Data contoh memerlukan paling sedikit %1 pegawai, satu kepala untuk setiap unit kerja.</translation>
    </message>
    <message>
        <source>The database already holds data; demo data goes into a new, empty database.</source>
        <translation>Basis data sudah berisi data; data contoh hanya dapat dimasukkan ke basis data baru yang masih kosong.</translation>
    </message>
    <message>
        <source>Cannot record the head of a demo unit: %1</source>
        <translation>Tidak dapat mencatat kepala unit contoh: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo attendance: %1</source>
        <translation>Tidak dapat menulis data kehadiran contoh: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo pledges: %1</source>
        <translation>Tidak dapat menulis ikrar/pakta contoh: %1</translation>
    </message>
    <message>
        <source>Cannot choose the demo cases: %1</source>
        <translation>Tidak dapat memilih kasus contoh: %1</translation>
    </message>
    <message>
        <source>Cannot write the demo cases: %1</source>
        <translation>Tidak dapat menulis kasus contoh: %1</translation>
    </message>
</context>
<context>
    <name>DeskCheckIn</name>
    <message>
        <source>Type the name of the person who is not on the roster.</source>
        <translation>Ketik nama orang yang tidak ada dalam daftar pegawai.</translation>
    </message>
    <message>
        <source>%1 is on the roster as %2.</source>
        <translation>%1 sudah ada dalam daftar pegawai atas nama %2.</translation>
    </message>
    <message>
        <source>%1 is already recorded.</source>
        <translation>%1 sudah tercatat.</translation>
    </message>
    <message>
        <source>Check-in undone at the desk</source>
        <translation>Presensi dibatalkan di meja registrasi</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>Cannot store the document: %1</source>
        <translation>Tidak dapat menyimpan dokumen: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>No document with SHA-256 %1.</source>
        <translation>Tidak ada dokumen dengan SHA-256 %1.</translation>
    </message>
    <message>
        <source>No document %1.</source>
        <translation>Dokumen %1 tidak ada.</translation>
    </message>
</context>
<context>
    <name>ElectionPeriodRepository</name>
    <message>
        <source>Cannot read the election periods: %1</source>
        <translation>Tidak dapat membaca periode pemilihan: %1</translation>
    </message>
    <message>
        <source>Unknown election period &quot;%1&quot;.</source>
        <translation>Periode pemilihan &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>An election period needs a name.</source>
        <translation>Periode pemilihan harus memiliki nama.</translation>
    </message>
    <message>
        <source>An election period needs a start, a voting day and an end.</source>
        <translation>Periode pemilihan harus memiliki tanggal mulai, hari pemungutan suara, dan tanggal selesai.</translation>
    </message>
    <message>
        <source>The period starts after its voting day.</source>
        <translation>Tanggal mulai periode jatuh setelah hari pemungutan suara.</translation>
    </message>
    <message>
        <source>The period ends before its voting day.</source>
        <translation>Tanggal selesai periode jatuh sebelum hari pemungutan suara.</translation>
    </message>
    <message>
        <source>An election period named &quot;%1&quot; already exists.</source>
        <translation>Periode pemilihan bernama &quot;%1&quot; sudah ada.</translation>
    </message>
    <message>
        <source>Cannot add the period: %1</source>
        <translation>Tidak dapat menambahkan periode: %1</translation>
    </message>
    <message>
        <source>Cannot change the period: %1</source>
        <translation>Tidak dapat mengubah periode: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceFile</name>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The file is %1 MB; evidence may be at most 20 MB.</source>
        <translation>Ukuran berkas %1 MB; bukti paling besar 20 MB.</translation>
    </message>
    <message>
        <source>The file is not a PDF, JPEG or PNG scan.</source>
        <translation>Berkas bukan pindaian PDF, JPEG, atau PNG.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot make a folder for the copy: %1</source>
        <translation>Tidak dapat membuat folder untuk salinan: %1</translation>
    </message>
    <message>
        <source>No program to show %1 was found.</source>
        <translation>Tidak ditemukan program untuk menampilkan %1.</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Reading the data…</source>
        <translation>Membaca data…</translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation>%1 baris ditulis…</translation>
    </message>
</context>
<context>
    <name>ExportTarget</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved to %1.</source>
        <translation>
            <numerusform>%n baris disimpan ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FollowUpRule</name>
    <message>
        <source>&quot;%1&quot; is not a date written as YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; bukan tanggal dengan format YYYY-MM-DD.</translation>
    </message>
</context>
<context>
    <name>IkrarTally</name>
    <message>
        <source>Cannot count who owes the ikrar: %1</source>
        <translation>Tidak dapat menghitung ASN yang wajib ikrar: %1</translation>
    </message>
    <message>
        <source>Cannot count who owes the ikrar again: %1</source>
        <translation>Tidak dapat menghitung ulang ASN yang wajib ikrar: %1</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create the database (or bring an older one up to date)</source>
        <translation>Buat basis data (atau perbarui basis data versi lama)</translation>
    </message>
    <message>
        <source>Database %1 is ready (schema version %2).</source>
        <translation>Basis data %1 siap digunakan (versi skema %2).</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Not an SQLite database, or damaged: %1</source>
        <translation>Bukan basis data SQLite, atau sudah rusak: %1</translation>
    </message>
    <message>
        <source>This SQLite file is not a Netra database.</source>
        <translation>Berkas SQLite ini bukan basis data Netra.</translation>
    </message>
    <message>
        <source>Cannot read the schema version: %1</source>
        <translation>Tidak dapat membaca versi skema: %1</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than this Netra (%2). Update Netra to open it; the file was not changed.</source>
        <translation>Basis data memiliki versi skema %1, lebih baru daripada Netra ini (%2). Perbarui Netra untuk membukanya; berkas tidak diubah.</translation>
    </message>
    <message>
        <source>Cannot replace the old backup %1.</source>
        <translation>Tidak dapat mengganti cadangan lama %1.</translation>
    </message>
    <message>
        <source>Cannot back up the database to %1 before upgrading it: %2</source>
        <translation>Tidak dapat mencadangkan basis data ke %1 sebelum memperbaruinya: %2</translation>
    </message>
    <message>
        <source>Cannot create the schema_migrations table: %1</source>
        <translation>Tidak dapat membuat tabel schema_migrations: %1</translation>
    </message>
    <message>
        <source>Migration %1 is missing from the application.</source>
        <translation>Migrasi %1 tidak terdapat dalam aplikasi.</translation>
    </message>
    <message>
        <source>Cannot start migration %1: %2</source>
        <translation>Tidak dapat memulai migrasi %1: %2</translation>
    </message>
    <message>
        <source>Migration %1 (%2) failed: %3</source>
        <translation>Migrasi %1 (%2) gagal: %3</translation>
    </message>
    <message>
        <source>Cannot record migration %1: %2</source>
        <translation>Tidak dapat mencatat migrasi %1: %2</translation>
    </message>
</context>
<context>
    <name>ModelSheetExporter</name>
    <message>
        <source>The sheet %1 has no list.</source>
        <translation>Lembar %1 tidak memiliki daftar.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
</context>
<context>
    <name>Nip</name>
    <message>
        <source>The NIP lost its last digits in a spreadsheet; format the NIP column as Text and export again</source>
        <translation>Digit terakhir NIP hilang di lembar kerja (spreadsheet); ubah format kolom NIP menjadi Teks, lalu ekspor ulang</translation>
    </message>
    <message>
        <source>Non-ASN staff have no NIP; give them an internal id instead</source>
        <translation>Pegawai Non-ASN tidak memiliki NIP; berikan ID internal sebagai gantinya</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 kosong</translation>
    </message>
    <message>
        <source>%1 may contain only digits, spaces and dots; found “%2”</source>
        <translation>%1 hanya boleh berisi angka, spasi, dan titik; ditemukan “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1 must have 18 digits, found %n</source>
        <translation>
            <numerusform>%1 harus terdiri atas 18 digit, ditemukan %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 digits 1-8 are not a real birth date</source>
        <translation>Digit 1-8 %1 bukan tanggal lahir yang valid</translation>
    </message>
    <message>
        <source>%1 says born in %2; birth years before 1940 are not accepted</source>
        <translation>%1 menunjukkan tahun lahir %2; tahun lahir sebelum 1940 tidak diterima</translation>
    </message>
    <message>
        <source>%1 says born on %2; the person is not yet 18</source>
        <translation>%1 menunjukkan tanggal lahir %2; yang bersangkutan belum berusia 18 tahun</translation>
    </message>
    <message>
        <source>NI PPPK digits 9-12 must be a year from 2019 to %1, found %2</source>
        <translation>Digit 9-12 NI PPPK harus berupa tahun 2019 sampai dengan %1, ditemukan %2</translation>
    </message>
    <message>
        <source>NI PPPK digits 13-14 must be 01-12 or 21-29, found %1</source>
        <translation>Digit 13-14 NI PPPK harus 01-12 atau 21-29, ditemukan %1</translation>
    </message>
    <message>
        <source>NIP digits 13-14 must be a month 01-12, found %1</source>
        <translation>Digit 13-14 NIP harus berupa bulan 01-12, ditemukan %1</translation>
    </message>
    <message>
        <source>NIP says appointed in %1, after the current month</source>
        <translation>NIP menunjukkan pengangkatan pada %1, setelah bulan berjalan</translation>
    </message>
    <message>
        <source>NIP says appointed before birth</source>
        <translation>NIP menunjukkan pengangkatan sebelum tanggal lahir</translation>
    </message>
    <message>
        <source>%1 sex digit must be 1 or 2, found %2</source>
        <translation>Digit jenis kelamin %1 harus 1 atau 2, ditemukan %2</translation>
    </message>
    <message>
        <source>%1 sex digit says female but the sex column says L</source>
        <translation>Digit jenis kelamin %1 menunjukkan perempuan, tetapi kolom jenis kelamin berisi L</translation>
    </message>
    <message>
        <source>%1 sex digit says male but the sex column says P</source>
        <translation>Digit jenis kelamin %1 menunjukkan laki-laki, tetapi kolom jenis kelamin berisi P</translation>
    </message>
    <message>
        <source>NIP says appointed at age %1; appointment is at 18 or older</source>
        <translation>NIP menunjukkan diangkat pada usia %1; pengangkatan paling muda pada usia 18 tahun</translation>
    </message>
</context>
<context>
    <name>PeriodAddCommand</name>
    <message>
        <source>Add an election period (Pemilu or Pilkada)</source>
        <translation>Tambah periode pemilihan (Pemilu atau Pilkada)</translation>
    </message>
    <message>
        <source>Name, e.g. &quot;Pilkada 2024&quot;.</source>
        <translation>Nama, misalnya &quot;Pilkada 2024&quot;.</translation>
    </message>
    <message>
        <source>pemilu or pilkada.</source>
        <translation>pemilu atau pilkada.</translation>
    </message>
    <message>
        <source>Start of the Pemda&apos;s programme.</source>
        <translation>Tanggal mulai program Pemda.</translation>
    </message>
    <message>
        <source>Voting day.</source>
        <translation>Hari pemungutan suara.</translation>
    </message>
    <message>
        <source>End of the follow-up.</source>
        <translation>Tanggal akhir masa tindak lanjut.</translation>
    </message>
    <message>
        <source>--kind takes pemilu or pilkada.</source>
        <translation>--kind menerima pemilu atau pilkada.</translation>
    </message>
</context>
<context>
    <name>PeriodListCommand</name>
    <message>
        <source>List the election periods</source>
        <translation>Tampilkan daftar periode pemilihan</translation>
    </message>
</context>
<context>
    <name>PeriodSetCommand</name>
    <message>
        <source>New start date.</source>
        <translation>Tanggal mulai yang baru.</translation>
    </message>
    <message>
        <source>New end date.</source>
        <translation>Tanggal selesai yang baru.</translation>
    </message>
    <message>
        <source>Give the period&apos;s NAME (quoted when it has spaces).</source>
        <translation>Berikan NAME periode (dalam tanda kutip bila mengandung spasi).</translation>
    </message>
    <message>
        <source>Move the start or end of an election period, or set its compliance thresholds</source>
        <translation>Ubah awal atau akhir periode pemilihan, atau tetapkan ambang batas kepatuhannya</translation>
    </message>
    <message>
        <source>Share of the ikrar signed a Patuh unit needs (default 95).</source>
        <translation>Persentase ikrar yang ditandatangani agar unit Patuh (bawaan 95).</translation>
    </message>
    <message>
        <source>Share attending a Patuh unit needs (default 80).</source>
        <translation>Persentase kehadiran agar unit Patuh (bawaan 80).</translation>
    </message>
    <message>
        <source>Below this share of either: Tidak patuh (default 70).</source>
        <translation>Di bawah persentase ini pada salah satunya: Tidak patuh (bawaan 70).</translation>
    </message>
    <message>
        <source>Sessions a person must attend to count as attending (default 1).</source>
        <translation>Jumlah sosialisasi yang harus dihadiri seseorang agar dihitung hadir (bawaan 1).</translation>
    </message>
    <message>
        <source>Give --start, --end or a threshold option.</source>
        <translation>Berikan --start, --end, atau salah satu opsi ambang batas.</translation>
    </message>
    <message>
        <source>--%1 takes a whole number, not &quot;%2&quot;.</source>
        <translation>--%1 memerlukan bilangan bulat, bukan &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>PledgeActions</name>
    <message>
        <source>Everyone chosen had signed already, so the scan was not stored. Attach it to their pledges with Attach evidence.</source>
        <translation>Semua pegawai yang dipilih sudah tercatat menandatangani, sehingga pindaian tidak disimpan. Lampirkan pindaian ke ikrar/pakta mereka melalui Lampirkan bukti.</translation>
    </message>
</context>
<context>
    <name>PledgeAddCommand</name>
    <message>
        <source>Record signed pledges (ikrar or pakta) for a list of NIPs, in one transaction</source>
        <translation>Catat ikrar atau pakta yang sudah ditandatangani untuk daftar NIP, dalam satu transaksi</translation>
    </message>
    <message>
        <source>Election period name.</source>
        <translation>Nama periode pemilihan.</translation>
    </message>
    <message>
        <source>ikrar or pakta.</source>
        <translation>ikrar atau pakta.</translation>
    </message>
    <message>
        <source>Date signed (YYYY-MM-DD), inside the period and not in the future.</source>
        <translation>Tanggal penandatanganan (YYYY-MM-DD), dalam rentang periode dan tidak di masa mendatang.</translation>
    </message>
    <message>
        <source>Where it was signed.</source>
        <translation>Tempat penandatanganan.</translation>
    </message>
</context>
<context>
    <name>PledgeAttachCommand</name>
    <message>
        <source>Attach a scanned PDF, JPEG or PNG as evidence to the pledges of a list of NIPs</source>
        <translation>Lampirkan pindaian PDF, JPEG, atau PNG sebagai bukti pada ikrar/pakta daftar NIP</translation>
    </message>
    <message>
        <source>Election period name.</source>
        <translation>Nama periode pemilihan.</translation>
    </message>
    <message>
        <source>ikrar or pakta.</source>
        <translation>ikrar atau pakta.</translation>
    </message>
    <message>
        <source>The scan: PDF, JPEG or PNG, at most 20 MB.</source>
        <translation>Pindaian: PDF, JPEG, atau PNG, paling besar 20 MB.</translation>
    </message>
</context>
<context>
    <name>PledgeExportCommand</name>
    <message>
        <source>Write the signed ikrar and pakta to an XLSX workbook or a CSV file</source>
        <translation>Tulis ikrar dan pakta yang sudah ditandatangani ke buku kerja XLSX atau berkas CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n pledge(s) written to %1.</source>
        <translation>
            <numerusform>%n ikrar/pakta ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgeForm</name>
    <message>
        <source>%1 lies outside the period %2 (%3 to %4).</source>
        <translation>%1 berada di luar periode %2 (%3 s.d. %4).</translation>
    </message>
    <message>
        <source>Nobody in work unit %1 (%2) must sign the ikrar on %3: no active ASN is assigned there.</source>
        <translation>Tidak ada pegawai di unit kerja %1 (%2) yang wajib menandatangani ikrar pada %3: tidak ada ASN aktif yang ditempatkan di sana.</translation>
    </message>
    <message>
        <source>Nobody in work unit %1 (%2) must sign the pakta on %3: record the unit&apos;s head or flag its officials.</source>
        <translation>Tidak ada pegawai di unit kerja %1 (%2) yang wajib menandatangani pakta pada %3: catat kepala unit atau tandai pejabatnya.</translation>
    </message>
</context>
<context>
    <name>PledgeFormsCommand</name>
    <message>
        <source>Print a unit&apos;s ikrar sheet or pakta integritas pages to a PDF file, to be signed</source>
        <translation>Cetak lembar ikrar atau halaman pakta integritas suatu unit kerja ke berkas PDF, untuk ditandatangani</translation>
    </message>
    <message>
        <source>Election period name.</source>
        <translation>Nama periode pemilihan.</translation>
    </message>
    <message>
        <source>The work unit code.</source>
        <translation>Kode unit kerja.</translation>
    </message>
    <message>
        <source>ikrar (one collective sheet) or pakta (a page per official).</source>
        <translation>ikrar (satu lembar bersama) atau pakta (satu halaman per pejabat).</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Berkas PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>a4 (default) or f4 (215 x 330 mm).</source>
        <translation>a4 (bawaan) atau f4 (215 x 330 mm).</translation>
    </message>
    <message>
        <source>The date that decides who must sign (default today, within the period).</source>
        <translation>Tanggal yang menentukan siapa yang wajib menandatangani (bawaan hari ini, dalam rentang periode).</translation>
    </message>
    <message>
        <source>The signing date to print; by default the day is left to be written by hand.</source>
        <translation>Tanggal penandatanganan yang dicetak; secara bawaan tanggal dikosongkan untuk ditulis tangan.</translation>
    </message>
    <message>
        <source>--paper takes a4 or f4.</source>
        <translation>--paper menerima a4 atau f4.</translation>
    </message>
    <message numerus="yes">
        <source>Pledge forms written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Formulir ikrar/pakta telah disimpan di %1 (%n halaman).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PledgeImportCommand</name>
    <message>
        <source>Import signed pledges from a CSV or XLSX list (NIP and date columns)</source>
        <translation>Impor ikrar/pakta yang sudah ditandatangani dari daftar CSV atau XLSX (kolom NIP dan tanggal)</translation>
    </message>
    <message>
        <source>Election period name.</source>
        <translation>Nama periode pemilihan.</translation>
    </message>
    <message>
        <source>ikrar or pakta.</source>
        <translation>ikrar atau pakta.</translation>
    </message>
    <message>
        <source>Name one file to import.</source>
        <translation>Sebutkan satu berkas yang akan diimpor.</translation>
    </message>
</context>
<context>
    <name>PledgeImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>No NIP column found; the header row should name one (NIP, NIP Baru).</source>
        <translation>Kolom NIP tidak ditemukan; baris judul harus memuat salah satunya (NIP, NIP Baru).</translation>
    </message>
    <message>
        <source>No date column found; head it Tanggal, Tanggal Ikrar, Tanggal Tanda Tangan or Tgl.</source>
        <translation>Kolom tanggal tidak ditemukan; beri judul Tanggal, Tanggal Ikrar, Tanggal Tanda Tangan, atau Tgl.</translation>
    </message>
    <message>
        <source>Not in the database.</source>
        <translation>Tidak ada di basis data.</translation>
    </message>
    <message>
        <source>Not a date; write YYYY-MM-DD or dd/mm/yyyy.</source>
        <translation>Bukan tanggal; tulis YYYY-MM-DD atau dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>Outside the period %1.</source>
        <translation>Di luar periode %1.</translation>
    </message>
    <message>
        <source>In the future.</source>
        <translation>Di masa mendatang.</translation>
    </message>
    <message>
        <source>%1 was not an active ASN on that date.</source>
        <translation>%1 bukan ASN aktif pada tanggal tersebut.</translation>
    </message>
</context>
<context>
    <name>PledgeKindText</name>
    <message>
        <source>Neutrality oath</source>
        <translation>Ikrar Netralitas</translation>
    </message>
    <message>
        <source>Integrity pact</source>
        <translation>Pakta Integritas</translation>
    </message>
</context>
<context>
    <name>PledgeListCommand</name>
    <message>
        <source>List the pledges of a period, or who has not signed</source>
        <translation>Tampilkan daftar ikrar/pakta suatu periode, atau pegawai yang belum menandatangani</translation>
    </message>
    <message>
        <source>Election period name.</source>
        <translation>Nama periode pemilihan.</translation>
    </message>
    <message>
        <source>ikrar or pakta (both when listing pledges; ikrar for --unsigned).</source>
        <translation>ikrar atau pakta (keduanya saat menampilkan ikrar/pakta; ikrar untuk --unsigned).</translation>
    </message>
    <message>
        <source>Only this unit.</source>
        <translation>Hanya unit kerja ini.</translation>
    </message>
    <message>
        <source>List who must sign and has not, instead of the pledges.</source>
        <translation>Tampilkan pegawai yang wajib menandatangani tetapi belum, sebagai ganti daftar ikrar/pakta.</translation>
    </message>
    <message>
        <source>With --unsigned: the date that decides who must sign (default today, at most the voting day).</source>
        <translation>Dengan --unsigned: tanggal yang menentukan siapa yang wajib menandatangani (bawaan hari ini, paling lambat hari pemungutan suara).</translation>
    </message>
</context>
<context>
    <name>PledgeRepository</name>
    <message>
        <source>A pledge needs the date it was signed.</source>
        <translation>Ikrar/pakta harus memiliki tanggal penandatanganan.</translation>
    </message>
    <message>
        <source>%1 lies outside the period %2 (%3 to %4).</source>
        <translation>%1 berada di luar periode %2 (%3 s.d. %4).</translation>
    </message>
    <message>
        <source>%1 is in the future; a pledge is recorded once it is signed.</source>
        <translation>%1 berada di masa mendatang; ikrar/pakta dicatat setelah ditandatangani.</translation>
    </message>
    <message>
        <source>%1 was not an active ASN on %2; nothing was recorded.</source>
        <translation>%1 bukan ASN aktif pada %2; tidak ada yang dicatat.</translation>
    </message>
    <message>
        <source>Cannot record the pledge: %1</source>
        <translation>Tidak dapat mencatat ikrar/pakta: %1</translation>
    </message>
    <message>
        <source>%1 has no %2 recorded for %3; nothing was attached.</source>
        <translation>%1 tidak memiliki %2 yang tercatat untuk %3; tidak ada yang dilampirkan.</translation>
    </message>
    <message>
        <source>Cannot read the pledges: %1</source>
        <translation>Tidak dapat membaca ikrar/pakta: %1</translation>
    </message>
    <message>
        <source>Cannot count who has not signed: %1</source>
        <translation>Tidak dapat menghitung pegawai yang belum menandatangani: %1</translation>
    </message>
    <message>
        <source>Cannot read who must sign: %1</source>
        <translation>Tidak dapat membaca pegawai yang wajib menandatangani: %1</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Pilih Se&amp;mua</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>&amp;Naikkan</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Tu&amp;runkan</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Opsi:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumen:</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[opsi]</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Opsi &apos;%1&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Opsi tidak dikenal: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Nilai setelah &apos;%1&apos; tidak ada.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Ada nilai yang tidak diharapkan setelah &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected argument &apos;%1&apos;.</source>
        <translation>Argumen &apos;%1&apos; tidak diharapkan.</translation>
    </message>
    <message>
        <source>Empty arguments.</source>
        <translation>Argumen kosong.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Lihat di:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Nama berkas:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Jenis berkas:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Pilih</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Simpan Sebagai</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Direktori Induk</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Kembali</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Maju</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Ke direktori induk</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Buat Folder Baru</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Buat folder baru</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Folder Baru</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Tampilan Daftar</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Beralih ke tampilan daftar</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Tampilan Rinci</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Beralih ke tampilan rinci</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bilah Samping</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Daftar lokasi dan markah</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Berkas</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Direktori</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Direktori:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Semua Berkas (*)</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Ganti Nama</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Tampilkan berkas &amp;tersembunyi</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Folder &amp;Baru</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 sudah ada.
Apakah Anda ingin menggantinya?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Berkas tidak ditemukan.
Pastikan nama berkas yang diberikan sudah benar.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Direktori tidak ditemukan.
Pastikan nama direktori yang diberikan sudah benar.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Apakah Anda yakin ingin menghapus &apos;%1&apos;?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Direktori tidak dapat dihapus.</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Tanggal Diubah</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Komputer Saya</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Komputer</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Masukkan nilai:</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Tampilkan Rincian...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Sembunyikan Rincian...</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Centimeters (cm)</source>
        <translation>Sentimeter (cm)</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimeter (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inci (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Poin (pt)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Khusus</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Simpan Semua</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ya untuk &amp;Semua</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Tidak untuk Semu&amp;a</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Coba Lagi</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Abaikan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Atur Ulang</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Pulihkan Bawaan</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Cetak</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Opsi &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Opsi &lt;&lt;</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Cetak ke Berkas (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Berkas lokal</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Tulis berkas PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Cetak ke Berkas ...</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Cetak semua</translation>
    </message>
    <message>
        <source>Print selection</source>
        <translation>Cetak pilihan</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Cetak rentang halaman</translation>
    </message>
    <message>
        <source>Print current page</source>
        <translation>Cetak halaman saat ini</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Khusus</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Pratinjau Cetak</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Halaman berikutnya</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Halaman sebelumnya</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Halaman pertama</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Halaman terakhir</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Sesuaikan dengan lebar</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Sesuaikan dengan halaman</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Potret</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Lanskap</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Tampilkan satu halaman</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Tampilkan halaman berhadapan</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Tampilkan ikhtisar semua halaman</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Pengaturan halaman</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Ekspor ke PDF</translation>
    </message>
    <message>
        <source>Export to PostScript</source>
        <translation>Ekspor ke PostScript</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Pengaturan Halaman</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>QShortcut</name>
    <message>
        <source>Ctrl</source>
        <translation>Ctrl</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>Alt</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>U&amp;langi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Potong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin L&amp;okasi Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>ReferenceLoader</name>
    <message>
        <source>Reference table %1 has no primary key.</source>
        <translation>Tabel referensi %1 tidak memiliki kunci utama (primary key).</translation>
    </message>
    <message>
        <source>Invalid reference table name &quot;%1&quot;.</source>
        <translation>Nama tabel referensi &quot;%1&quot; tidak valid.</translation>
    </message>
    <message>
        <source>Reference data %1 is missing from the application.</source>
        <translation>Data referensi %1 tidak terdapat dalam aplikasi.</translation>
    </message>
    <message>
        <source>Reference data %1 is empty.</source>
        <translation>Data referensi %1 kosong.</translation>
    </message>
    <message>
        <source>Reference data %1: invalid column name &quot;%2&quot;.</source>
        <translation>Data referensi %1: nama kolom &quot;%2&quot; tidak valid.</translation>
    </message>
    <message>
        <source>Reference data %1: %2</source>
        <translation>Data referensi %1: %2</translation>
    </message>
    <message>
        <source>Reference data %1, line %2: %3 fields where the header has %4.</source>
        <translation>Data referensi %1, baris %2: terdapat %3 isian, padahal baris judul memiliki %4.</translation>
    </message>
    <message>
        <source>Reference data %1, line %2: %3</source>
        <translation>Data referensi %1, baris %2: %3</translation>
    </message>
</context>
<context>
    <name>ReportComplianceCommand</name>
    <message>
        <source>Election period name.</source>
        <translation>Nama periode pemilihan.</translation>
    </message>
    <message>
        <source>The date the figures are for (default the period&apos;s voting day).</source>
        <translation>Tanggal keadaan angka (bawaan hari pemungutan suara periode).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output (required for pdf).</source>
        <translation>Tulis ke berkas ini, bukan ke keluaran standar (wajib untuk pdf).</translation>
    </message>
    <message>
        <source>Output as table (default), csv, json, or pdf (the printed summary).</source>
        <translation>Keluaran sebagai tabel (bawaan), csv, json, atau pdf (rekapitulasi cetak).</translation>
    </message>
    <message>
        <source>For pdf: a4 (default) or f4 (215 x 330 mm).</source>
        <translation>Untuk pdf: a4 (bawaan) atau f4 (215 x 330 mm).</translation>
    </message>
    <message>
        <source>For pdf: the letter number as the agenda gives it, printed as &quot;Nomor: ...&quot;.</source>
        <translation>Untuk pdf: nomor surat sesuai agenda, dicetak sebagai &quot;Nomor: ...&quot;.</translation>
    </message>
    <message>
        <source>--format pdf needs --out FILE.</source>
        <translation>--format pdf memerlukan --out BERKAS.</translation>
    </message>
    <message>
        <source>--paper takes a4 or f4.</source>
        <translation>--paper memerlukan a4 atau f4.</translation>
    </message>
    <message numerus="yes">
        <source>Compliance summary written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Rekapitulasi kepatuhan ditulis ke %1 (%n halaman).</numerusform>
        </translation>
    </message>
    <message>
        <source>Compliance per work unit as of a date (table, csv, json, a workbook as xlsx, or the printed summary as pdf)</source>
        <translation>Kepatuhan per unit kerja per tanggal tertentu (tabel, csv, json, buku kerja xlsx, atau rekapitulasi cetak pdf)</translation>
    </message>
    <message>
        <source>For csv with --out: every sheet of the xlsx workbook, one CSV file each (FILE and FILE-belum-ikrar, ...).</source>
        <translation>Untuk csv dengan --out: setiap lembar buku kerja xlsx, masing-masing satu berkas CSV (BERKAS dan BERKAS-belum-ikrar, ...).</translation>
    </message>
    <message>
        <source>For xlsx and --all-sheets: show only the last four digits of each NIP.</source>
        <translation>Untuk xlsx dan --all-sheets: tampilkan hanya empat digit terakhir setiap NIP.</translation>
    </message>
    <message>
        <source>--format xlsx and --all-sheets need --out FILE.</source>
        <translation>--format xlsx dan --all-sheets memerlukan --out BERKAS.</translation>
    </message>
    <message>
        <source>Compliance workbook written to %1.</source>
        <translation>Buku kerja kepatuhan ditulis ke %1.</translation>
    </message>
    <message>
        <source>--format takes table, csv, json, xlsx or pdf.</source>
        <translation>--format memerlukan table, csv, json, xlsx, atau pdf.</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF could not be drawn</source>
        <translation>Tidak dapat menulis %1: PDF tidak dapat dibuat</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumen PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RosterRepository</name>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Tidak dapat membaca data pegawai: %1</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <source>Cannot end an assignment: %1</source>
        <translation>Tidak dapat mengakhiri penempatan: %1</translation>
    </message>
    <message>
        <source>Cannot record an assignment: %1</source>
        <translation>Tidak dapat mencatat penempatan: %1</translation>
    </message>
    <message>
        <source>Cannot correct an assignment: %1</source>
        <translation>Tidak dapat memperbaiki penempatan: %1</translation>
    </message>
    <message>
        <source>Cannot mark staff inactive: %1</source>
        <translation>Tidak dapat menandai pegawai tidak aktif: %1</translation>
    </message>
    <message>
        <source>Cannot prepare the roster for a large import: %1</source>
        <translation>Tidak dapat menyiapkan daftar pegawai untuk impor besar: %1</translation>
    </message>
    <message>
        <source>Cannot rebuild the roster&apos;s indexes: %1</source>
        <translation>Tidak dapat membangun ulang indeks daftar pegawai: %1</translation>
    </message>
</context>
<context>
    <name>RowSource</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>berkas tidak ada</translation>
    </message>
    <message>
        <source>%1 is an old Excel 97-2003 workbook; save it as .xlsx or CSV and import that</source>
        <translation>%1 adalah buku kerja Excel 97-2003 lama; simpan sebagai .xlsx atau CSV lalu impor berkas itu</translation>
    </message>
    <message>
        <source>%1 is not a workbook; --sheet applies to .xlsx files only</source>
        <translation>%1 bukan buku kerja; --sheet hanya berlaku untuk berkas .xlsx</translation>
    </message>
</context>
<context>
    <name>SessionActions</name>
    <message>
        <source>Close the session</source>
        <translation>Tutup Sosialisasi</translation>
    </message>
    <message>
        <source>This session is already closed.</source>
        <translation>Sosialisasi ini sudah ditutup.</translation>
    </message>
    <message>
        <source>Close &quot;%1&quot;?

Everyone invited who has no record yet will be marked Tanpa Keterangan (alpa). Records can still be corrected afterwards.</source>
        <translation>Tutup &quot;%1&quot;?

Semua peserta undangan yang belum tercatat akan ditandai Tanpa Keterangan (alpa). Data masih dapat diperbaiki sesudahnya.</translation>
    </message>
    <message numerus="yes">
        <source>The session is closed. %n invited person(s) without a record were marked Tanpa Keterangan.</source>
        <translation>
            <numerusform>Sosialisasi telah ditutup. %n peserta undangan yang belum tercatat ditandai Tanpa Keterangan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import form responses</source>
        <translation>Impor Jawaban Formulir</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.csv);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) recorded present.</source>
        <translation>
            <numerusform>%n orang dicatat hadir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionAddCommand</name>
    <message>
        <source>Add a sosialisasi session; prints its id</source>
        <translation>Tambah sosialisasi; menampilkan ID-nya</translation>
    </message>
    <message>
        <source>Election period name, e.g. &quot;Pilkada 2024&quot;.</source>
        <translation>Nama periode pemilihan, misalnya &quot;Pilkada 2024&quot;.</translation>
    </message>
    <message>
        <source>Title of the session.</source>
        <translation>Judul sosialisasi.</translation>
    </message>
    <message>
        <source>Date, inside the period (YYYY-MM-DD).</source>
        <translation>Tanggal, dalam rentang periode (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Start time (HH:MM), on the region&apos;s clock.</source>
        <translation>Waktu mulai (HH:MM), menurut zona waktu daerah.</translation>
    </message>
    <message>
        <source>End time (HH:MM).</source>
        <translation>Waktu selesai (HH:MM).</translation>
    </message>
    <message>
        <source>Venue.</source>
        <translation>Tempat.</translation>
    </message>
    <message>
        <source>Speaker(s).</source>
        <translation>Narasumber.</translation>
    </message>
    <message>
        <source>Organiser, who signs the attendance sheet.</source>
        <translation>Penyelenggara, yang menandatangani daftar hadir.</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Catatan.</translation>
    </message>
    <message>
        <source>Invited unit codes, comma-separated; all units when absent.</source>
        <translation>Kode unit yang diundang, dipisahkan koma; semua unit bila opsi ini tidak diberikan.</translation>
    </message>
    <message>
        <source>--units names no unit; leave it out to invite every unit.</source>
        <translation>--units tidak menyebut unit apa pun; hilangkan opsi ini untuk mengundang semua unit.</translation>
    </message>
</context>
<context>
    <name>SessionListCommand</name>
    <message>
        <source>List the sosialisasi sessions</source>
        <translation>Tampilkan daftar sosialisasi</translation>
    </message>
    <message>
        <source>Only the sessions of this election period.</source>
        <translation>Hanya sosialisasi pada periode pemilihan ini.</translation>
    </message>
</context>
<context>
    <name>SessionRepository</name>
    <message>
        <source>A session needs a title.</source>
        <translation>Sosialisasi harus memiliki judul.</translation>
    </message>
    <message>
        <source>A session needs a date.</source>
        <translation>Sosialisasi harus memiliki tanggal.</translation>
    </message>
    <message>
        <source>The session ends (%1) before it starts (%2).</source>
        <translation>Waktu selesai sosialisasi (%1) lebih awal daripada waktu mulainya (%2).</translation>
    </message>
    <message>
        <source>A session needs an election period.</source>
        <translation>Sosialisasi harus memiliki periode pemilihan.</translation>
    </message>
    <message>
        <source>%1 lies outside the period %2 (%3 to %4); widen the period first if the date is right.</source>
        <translation>%1 berada di luar periode %2 (%3 s.d. %4); perluas periode terlebih dahulu jika tanggalnya sudah benar.</translation>
    </message>
    <message>
        <source>Cannot store the session: %1</source>
        <translation>Tidak dapat menyimpan sosialisasi: %1</translation>
    </message>
    <message>
        <source>There is no session %1.</source>
        <translation>Sosialisasi %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot read the sessions: %1</source>
        <translation>Tidak dapat membaca data sosialisasi: %1</translation>
    </message>
    <message>
        <source>Unknown work unit code &quot;%1&quot;.</source>
        <translation>Kode unit kerja &quot;%1&quot; tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>SessionSheetCommand</name>
    <message>
        <source>Print a session&apos;s attendance sheet (daftar hadir) to a PDF file</source>
        <translation>Cetak daftar hadir sosialisasi ke berkas PDF</translation>
    </message>
    <message>
        <source>The session id, as session list shows it.</source>
        <translation>ID sosialisasi, seperti yang ditampilkan session list.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Berkas PDF yang akan ditulis.</translation>
    </message>
    <message>
        <source>a4 (default) or f4 (215 x 330 mm).</source>
        <translation>a4 (bawaan) atau f4 (215 x 330 mm).</translation>
    </message>
    <message>
        <source>Only this invited work unit; by default every invited unit, each from a new page.</source>
        <translation>Hanya unit kerja undangan ini; secara bawaan semua unit yang diundang, masing-masing mulai di halaman baru.</translation>
    </message>
    <message>
        <source>--paper takes a4 or f4.</source>
        <translation>--paper menerima a4 atau f4.</translation>
    </message>
    <message numerus="yes">
        <source>Attendance sheet written to %1 (%n page(s)).</source>
        <translation>
            <numerusform>Daftar hadir telah disimpan di %1 (%n halaman).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsCatalog</name>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Pengaturan &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Setting %1 takes true or false.</source>
        <translation>Pengaturan %1 menerima true atau false.</translation>
    </message>
    <message>
        <source>Setting %1 takes one of: %2.</source>
        <translation>Pengaturan %1 menerima salah satu dari: %2.</translation>
    </message>
    <message>
        <source>Setting %1: cannot read the file %2.</source>
        <translation>Pengaturan %1: tidak dapat membaca berkas %2.</translation>
    </message>
    <message>
        <source>Government line of the letterhead</source>
        <translation>Baris nama pemerintah daerah pada kop surat</translation>
    </message>
    <message>
        <source>Office line of the letterhead</source>
        <translation>Baris nama instansi pada kop surat</translation>
    </message>
    <message>
        <source>Address lines of the letterhead</source>
        <translation>Baris alamat pada kop surat</translation>
    </message>
    <message>
        <source>Emblem image of the letterhead</source>
        <translation>Gambar lambang pada kop surat</translation>
    </message>
    <message>
        <source>Place in the date line</source>
        <translation>Nama tempat pada baris tanggal</translation>
    </message>
    <message>
        <source>Signing on behalf of (a.n.)</source>
        <translation>Menandatangani atas nama (a.n.)</translation>
    </message>
    <message>
        <source>Signatory&apos;s position</source>
        <translation>Jabatan penanda tangan</translation>
    </message>
    <message>
        <source>Signatory&apos;s name with titles</source>
        <translation>Nama penanda tangan beserta gelar</translation>
    </message>
    <message>
        <source>Signatory&apos;s rank</source>
        <translation>Pangkat penanda tangan</translation>
    </message>
    <message>
        <source>Signatory&apos;s NIP</source>
        <translation>NIP penanda tangan</translation>
    </message>
    <message>
        <source>Copies to (Tembusan), one per line</source>
        <translation>Tembusan, satu per baris</translation>
    </message>
    <message>
        <source>Time zone of the region</source>
        <translation>Zona waktu daerah</translation>
    </message>
    <message>
        <source>Verify digits 13-14 of NI PPPK numbers</source>
        <translation>Periksa digit ke-13 dan ke-14 NI PPPK</translation>
    </message>
    <message>
        <source>Column choices remembered from the last staff import</source>
        <translation>Pilihan kolom yang diingat dari impor pegawai terakhir</translation>
    </message>
    <message>
        <source>Setting %1 takes a number of days from 1 to 365.</source>
        <translation>Pengaturan %1 menerima jumlah hari 1 sampai dengan 365.</translation>
    </message>
    <message>
        <source>Setting %1: %2</source>
        <translation>Pengaturan %1: %2</translation>
    </message>
    <message>
        <source>Wording of the ikrar netralitas; empty for the standard text</source>
        <translation>Teks ikrar netralitas; kosongkan untuk memakai teks baku</translation>
    </message>
    <message>
        <source>Wording of the pakta integritas; empty for the standard text</source>
        <translation>Teks pakta integritas; kosongkan untuk memakai teks baku</translation>
    </message>
    <message>
        <source>Box for a Meterai 10.000 stamp under the pakta integritas</source>
        <translation>Kotak untuk Meterai 10.000 di bawah pakta integritas</translation>
    </message>
    <message>
        <source>Days allowed to follow up a recommendation</source>
        <translation>Jumlah hari untuk menindaklanjuti rekomendasi</translation>
    </message>
    <message>
        <source>Count those days as working days (kerja) or calendar days (kalender)</source>
        <translation>Hitung jumlah hari tersebut sebagai hari kerja (kerja) atau hari kalender (kalender)</translation>
    </message>
    <message>
        <source>Holidays left out of working days (YYYY-MM-DD, one per line)</source>
        <translation>Hari libur yang tidak dihitung sebagai hari kerja (YYYY-MM-DD, satu per baris)</translation>
    </message>
</context>
<context>
    <name>SettingsListCommand</name>
    <message>
        <source>List the settings and their values</source>
        <translation>Tampilkan daftar pengaturan beserta nilainya</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Tidak dapat membaca pengaturan: %1</translation>
    </message>
    <message>
        <source>Unknown setting &quot;%1&quot;.</source>
        <translation>Pengaturan &quot;%1&quot; tidak dikenal.</translation>
    </message>
    <message>
        <source>Cannot save setting %1: %2</source>
        <translation>Tidak dapat menyimpan pengaturan %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsSetCommand</name>
    <message>
        <source>Change one setting (letterhead, signatory, region)</source>
        <translation>Ubah satu pengaturan (kop surat, penanda tangan, daerah)</translation>
    </message>
    <message>
        <source>Give a KEY and a VALUE (quote a value with spaces).</source>
        <translation>Berikan KEY dan VALUE (beri tanda kutip pada nilai yang mengandung spasi).</translation>
    </message>
</context>
<context>
    <name>SheetExportCommand</name>
    <message>
        <source>The file to write.</source>
        <translation>Berkas yang ditulis.</translation>
    </message>
    <message>
        <source>xlsx or csv; by default csv for a .csv file, else xlsx.</source>
        <translation>xlsx atau csv; bawaannya csv untuk berkas .csv, selain itu xlsx.</translation>
    </message>
    <message>
        <source>Only this election period (default: every period).</source>
        <translation>Hanya periode pemilihan ini (bawaan: semua periode).</translation>
    </message>
    <message>
        <source>Show only the last four digits of each NIP, for a file that leaves the office.</source>
        <translation>Tampilkan hanya empat digit terakhir setiap NIP, untuk berkas yang dikirim ke luar kantor.</translation>
    </message>
    <message>
        <source>--format takes xlsx or csv.</source>
        <translation>--format memerlukan xlsx atau csv.</translation>
    </message>
</context>
<context>
    <name>SheetOutput</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>A row was written before its sheet.</source>
        <translation>Sebuah baris ditulis sebelum lembarnya dibuat.</translation>
    </message>
</context>
<context>
    <name>StaffAddCommand</name>
    <message>
        <source>Add a staff member to a work unit</source>
        <translation>Tambah pegawai ke unit kerja</translation>
    </message>
    <message>
        <source>18-digit NIP or NI PPPK (none for NON_ASN).</source>
        <translation>NIP atau NI PPPK 18 digit (tidak diisi untuk NON_ASN).</translation>
    </message>
    <message>
        <source>Name as written, with titles.</source>
        <translation>Nama sebagaimana tertulis, beserta gelar.</translation>
    </message>
    <message>
        <source>Code of the work unit.</source>
        <translation>Kode unit kerja.</translation>
    </message>
    <message>
        <source>PNS, PPPK, PPPK_PW or NON_ASN.</source>
        <translation>PNS, PPPK, PPPK_PW, atau NON_ASN.</translation>
    </message>
    <message>
        <source>Position (jabatan).</source>
        <translation>Jabatan.</translation>
    </message>
    <message>
        <source>Grade, e.g. III/b or IX.</source>
        <translation>Golongan, misalnya III/b atau IX.</translation>
    </message>
    <message>
        <source>L or P (default: from the NIP).</source>
        <translation>L atau P (bawaan: diambil dari NIP).</translation>
    </message>
    <message>
        <source>Assigned to the unit from (default today).</source>
        <translation>Tanggal mulai penempatan di unit (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>Unknown staff kind &quot;%1&quot;; use PNS, PPPK, PPPK_PW or NON_ASN.</source>
        <translation>Jenis pegawai &quot;%1&quot; tidak dikenal; gunakan PNS, PPPK, PPPK_PW, atau NON_ASN.</translation>
    </message>
    <message>
        <source>Unknown grade &quot;%1&quot;; write e.g. III/b or IX.</source>
        <translation>Golongan &quot;%1&quot; tidak dikenal; tulis misalnya III/b atau IX.</translation>
    </message>
    <message>
        <source>--sex takes L or P.</source>
        <translation>--sex menerima L atau P.</translation>
    </message>
</context>
<context>
    <name>StaffColumnMap</name>
    <message>
        <source>--map takes COLUMN=FIELD, e.g. &quot;NIP Baru=nip&quot;; got &quot;%1&quot;.</source>
        <translation>--map memerlukan KOLOM=ISIAN, misalnya &quot;NIP Baru=nip&quot;; diberikan &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>--map: unknown field &quot;%1&quot;; use one of: %2, ignore, auto.</source>
        <translation>--map: isian &quot;%1&quot; tidak dikenal; gunakan salah satu dari: %2, ignore, auto.</translation>
    </message>
</context>
<context>
    <name>StaffExportCommand</name>
    <message>
        <source>Write the staff to an XLSX workbook or a CSV file</source>
        <translation>Tulis data pegawai ke buku kerja XLSX atau berkas CSV</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Berkas yang ditulis.</translation>
    </message>
    <message>
        <source>xlsx or csv; by default csv for a .csv file, else xlsx.</source>
        <translation>xlsx atau csv; bawaannya csv untuk berkas .csv, selain itu xlsx.</translation>
    </message>
    <message>
        <source>Only this work unit.</source>
        <translation>Hanya unit kerja ini.</translation>
    </message>
    <message>
        <source>Add the sex and birth date columns (personal data, left out by default).</source>
        <translation>Tambahkan kolom jenis kelamin dan tanggal lahir (data pribadi, bawaannya tidak disertakan).</translation>
    </message>
    <message>
        <source>Show only the last four digits of each NIP, for a file that leaves the office.</source>
        <translation>Tampilkan hanya empat digit terakhir setiap NIP, untuk berkas yang dikirim ke luar kantor.</translation>
    </message>
    <message>
        <source>--format takes xlsx or csv.</source>
        <translation>--format memerlukan xlsx atau csv.</translation>
    </message>
    <message numerus="yes">
        <source>%n staff written to %1.</source>
        <translation>
            <numerusform>%n pegawai ditulis ke %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffExporter</name>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Ekspor dibatalkan; tidak ada berkas yang ditulis.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
</context>
<context>
    <name>StaffImportCommand</name>
    <message>
        <source>Add or update staff by NIP from the HR office&apos;s roster (XLSX or CSV)</source>
        <translation>Tambah atau perbarui pegawai menurut NIP dari daftar pegawai BKPSDM (XLSX atau CSV)</translation>
    </message>
    <message>
        <source>Check and count only; write nothing.</source>
        <translation>Hanya periksa dan hitung; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Save the rejected rows to FILE (.csv or .xlsx).</source>
        <translation>Simpan baris yang ditolak ke FILE (.csv atau .xlsx).</translation>
    </message>
    <message>
        <source>Add work units the file names but the database lacks.</source>
        <translation>Tambahkan unit kerja yang disebut dalam berkas tetapi belum ada di basis data.</translation>
    </message>
    <message>
        <source>Mark staff whose NIP is not in the file inactive from the effective date.</source>
        <translation>Tandai pegawai yang NIP-nya tidak ada dalam berkas sebagai tidak aktif sejak tanggal berlaku.</translation>
    </message>
    <message>
        <source>Date of new assignments, moves and deactivations (default today).</source>
        <translation>Tanggal penempatan baru, mutasi dan penonaktifan (bawaan hari ini).</translation>
    </message>
    <message>
        <source>Read COLUMN as FIELD (nip, name, front_titles, back_titles, unit, position, grade, kind, sex, birth_date, tmt; ignore; auto). Repeatable; remembered for the next import.</source>
        <translation>Baca COLUMN sebagai FIELD (nip, name, front_titles, back_titles, unit, position, grade, kind, sex, birth_date, tmt; ignore; auto). Dapat diulang; diingat untuk impor berikutnya.</translation>
    </message>
    <message>
        <source>The sheet of an XLSX workbook to read (default the first).</source>
        <translation>Lembar kerja XLSX yang dibaca (bawaan lembar pertama).</translation>
    </message>
    <message>
        <source>Give one roster FILE (.xlsx or .csv).</source>
        <translation>Berikan satu FILE daftar pegawai (.xlsx atau .csv).</translation>
    </message>
    <message numerus="yes">
        <source>%n work unit(s) created.</source>
        <translation>
            <numerusform>%n unit kerja dibuat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) not in the file marked inactive from %1.</source>
        <translation>
            <numerusform>%n pegawai yang tidak ada dalam berkas ditandai tidak aktif sejak %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in attendance record(s) tied to the roster.</source>
        <translation>
            <numerusform>%n data kehadiran peserta belum terdaftar dihubungkan dengan daftar pegawai.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StaffImporter</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 kosong</translation>
    </message>
    <message>
        <source>The header row (row %1) has no %2 column; it has: %3. Name the column with --map COLUMN=%2.</source>
        <translation>Baris judul (baris %1) tidak memiliki kolom %2; kolom yang ada: %3. Tunjuk kolomnya dengan --map COLUMN=%2.</translation>
    </message>
    <message>
        <source>Several work units are named &quot;%1&quot;; give them different names first.</source>
        <translation>Ada beberapa unit kerja bernama &quot;%1&quot;; beri nama yang berbeda terlebih dahulu.</translation>
    </message>
    <message>
        <source>Unknown work unit &quot;%1&quot;; add it first or import with --create-units.</source>
        <translation>Unit kerja &quot;%1&quot; tidak dikenal; tambahkan terlebih dahulu atau impor dengan --create-units.</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>Impor dibatalkan; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>The same NIP is on row %1; this row is left out.</source>
        <translation>NIP yang sama ada di baris %1; baris ini tidak diimpor.</translation>
    </message>
    <message>
        <source>Cannot add the work unit %1.</source>
        <translation>Tidak dapat menambahkan unit kerja %1.</translation>
    </message>
    <message>
        <source>The move is dated %1, before the current assignment began on %2; import with a later --effective date.</source>
        <translation>Mutasi bertanggal %1, sebelum penempatan saat ini dimulai pada %2; impor dengan tanggal --effective yang lebih akhir.</translation>
    </message>
</context>
<context>
    <name>StaffKind</name>
    <message>
        <source>PNS</source>
        <translation>PNS</translation>
    </message>
    <message>
        <source>PPPK</source>
        <translation>PPPK</translation>
    </message>
    <message>
        <source>Part-time PPPK</source>
        <translation>PPPK Paruh Waktu</translation>
    </message>
    <message>
        <source>Non-ASN</source>
        <translation>Non-ASN</translation>
    </message>
</context>
<context>
    <name>StaffListCommand</name>
    <message>
        <source>List the staff with their current work unit</source>
        <translation>Tampilkan daftar pegawai beserta unit kerjanya saat ini</translation>
    </message>
    <message>
        <source>Only this work unit.</source>
        <translation>Hanya unit kerja ini.</translation>
    </message>
</context>
<context>
    <name>StaffMatchRepository</name>
    <message>
        <source>Cannot look up staff by name: %1</source>
        <translation>Tidak dapat mencari pegawai berdasarkan nama: %1</translation>
    </message>
</context>
<context>
    <name>StaffRepository</name>
    <message>
        <source>The assignment start date is not a valid date.</source>
        <translation>Tanggal mulai penempatan tidak valid.</translation>
    </message>
    <message>
        <source>Unknown work unit code %1.</source>
        <translation>Kode unit kerja %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>NIP %1 is already recorded for %2.</source>
        <translation>NIP %1 sudah tercatat atas nama %2.</translation>
    </message>
    <message>
        <source>Cannot add %1: %2</source>
        <translation>Tidak dapat menambahkan %1: %2</translation>
    </message>
    <message>
        <source>Cannot assign %1: %2</source>
        <translation>Tidak dapat menempatkan %1: %2</translation>
    </message>
    <message>
        <source>No staff member with NIP %1.</source>
        <translation>Tidak ada pegawai dengan NIP %1.</translation>
    </message>
    <message>
        <source>No staff member with id %1.</source>
        <translation>Tidak ada pegawai dengan ID %1.</translation>
    </message>
    <message>
        <source>Cannot read the staff: %1</source>
        <translation>Tidak dapat membaca data pegawai: %1</translation>
    </message>
    <message>
        <source>Give a reason for voiding this record.</source>
        <translation>Berikan alasan pembatalan data ini.</translation>
    </message>
    <message>
        <source>The date of the move is not a valid date.</source>
        <translation>Tanggal mutasi tidak valid.</translation>
    </message>
    <message>
        <source>The move must be dated after %1, when the current assignment started.</source>
        <translation>Tanggal mutasi harus setelah %1, yaitu tanggal mulai penempatan saat ini.</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>Tidak dapat menyimpan %1: %2</translation>
    </message>
    <message>
        <source>Cannot end the assignment of %1: %2</source>
        <translation>Tidak dapat mengakhiri penempatan %1: %2</translation>
    </message>
</context>
<context>
    <name>StaffRowParser</name>
    <message>
        <source>The NIP is empty.</source>
        <translation>NIP kosong.</translation>
    </message>
    <message>
        <source>Unknown staff kind &quot;%1&quot;; use PNS, PPPK or PPPK Paruh Waktu.</source>
        <translation>Jenis pegawai &quot;%1&quot; tidak dikenal; gunakan PNS, PPPK atau PPPK Paruh Waktu.</translation>
    </message>
    <message>
        <source>Non-ASN staff have no NIP to match on; add them with staff add.</source>
        <translation>Pegawai non-ASN tidak memiliki NIP untuk dicocokkan; tambahkan dengan staff add.</translation>
    </message>
    <message>
        <source>Unknown sex &quot;%1&quot;; use L or P.</source>
        <translation>Jenis kelamin &quot;%1&quot; tidak dikenal; gunakan L atau P.</translation>
    </message>
    <message>
        <source>The name is empty.</source>
        <translation>Nama kosong.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as 27-11-1987 or 1987-11-27.</source>
        <translation>&quot;%1&quot; bukan tanggal; tulis sebagai 27-11-1987 atau 1987-11-27.</translation>
    </message>
    <message>
        <source>The birth date differs from the NIP&apos;s (%1); the row is kept.</source>
        <translation>Tanggal lahir berbeda dengan yang tertera pada NIP (%1); baris tetap diimpor.</translation>
    </message>
    <message>
        <source>Unknown grade &quot;%1&quot;; write it as III/b (PNS) or IX (PPPK).</source>
        <translation>Golongan &quot;%1&quot; tidak dikenal; tulis sebagai III/b (PNS) atau IX (PPPK).</translation>
    </message>
    <message>
        <source>The work unit is empty.</source>
        <translation>Unit kerja kosong.</translation>
    </message>
</context>
<context>
    <name>StaffSearchIndex</name>
    <message>
        <source>Cannot rebuild the staff search index: %1</source>
        <translation>Indeks pencarian pegawai tidak dapat dibangun ulang: %1</translation>
    </message>
</context>
<context>
    <name>StaffSearchRepository</name>
    <message>
        <source>Cannot search the staff: %1</source>
        <translation>Tidak dapat mencari data pegawai: %1</translation>
    </message>
</context>
<context>
    <name>StaffValidator</name>
    <message>
        <source>The name is empty.</source>
        <translation>Nama belum diisi.</translation>
    </message>
    <message>
        <source>The name &quot;%1&quot; has titles but no name.</source>
        <translation>Nama &quot;%1&quot; hanya berisi gelar, tanpa nama.</translation>
    </message>
    <message>
        <source>Non-ASN staff have no NIP; record them without one.</source>
        <translation>Pegawai Non-ASN tidak memiliki NIP; catat tanpa NIP.</translation>
    </message>
    <message>
        <source>PNS staff need a NIP.</source>
        <translation>Pegawai PNS wajib memiliki NIP.</translation>
    </message>
    <message>
        <source>%1 staff need an NI PPPK.</source>
        <translation>Pegawai %1 wajib memiliki NI PPPK.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Export the list</source>
        <translation>Ekspor daftar</translation>
    </message>
</context>
<context>
    <name>TextSheetWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Tidak dapat menulis %1</translation>
    </message>
</context>
<context>
    <name>UnitAddCommand</name>
    <message>
        <source>Add a work unit (perangkat daerah)</source>
        <translation>Tambah unit kerja (perangkat daerah)</translation>
    </message>
    <message>
        <source>Unit code, e.g. 1.01.01.</source>
        <translation>Kode unit, misalnya 1.01.01.</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>Nama lengkap.</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>Salah satu dari: %1.</translation>
    </message>
    <message>
        <source>Short name, e.g. Disdik.</source>
        <translation>Nama singkat, misalnya Disdik.</translation>
    </message>
    <message>
        <source>Code of the unit above it.</source>
        <translation>Kode unit induk.</translation>
    </message>
</context>
<context>
    <name>UnitImportCommand</name>
    <message>
        <source>Add or update work units from a CSV file (code,name,abbreviation,kind)</source>
        <translation>Tambah atau perbarui unit kerja dari berkas CSV (code,name,abbreviation,kind)</translation>
    </message>
    <message>
        <source>Check and count only; write nothing.</source>
        <translation>Hanya periksa dan hitung; tidak ada yang ditulis.</translation>
    </message>
    <message>
        <source>Give one CSV FILE.</source>
        <translation>Berikan satu FILE CSV.</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <source>Secretariat</source>
        <translation>Sekretariat</translation>
    </message>
    <message>
        <source>Inspectorate</source>
        <translation>Inspektorat</translation>
    </message>
    <message>
        <source>Agency (dinas)</source>
        <translation>Dinas</translation>
    </message>
    <message>
        <source>Board (badan)</source>
        <translation>Badan</translation>
    </message>
    <message>
        <source>Unit (satuan)</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <source>Regional hospital</source>
        <translation>Rumah Sakit Umum Daerah</translation>
    </message>
    <message>
        <source>District (kecamatan)</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <source>Urban village (kelurahan)</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <source>Section (bagian)</source>
        <translation>Bagian</translation>
    </message>
    <message>
        <source>Technical unit (UPTD)</source>
        <translation>UPTD</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Sekolah</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
</context>
<context>
    <name>UnitListCommand</name>
    <message>
        <source>List the work units with their heads</source>
        <translation>Tampilkan daftar unit kerja beserta kepalanya</translation>
    </message>
</context>
<context>
    <name>UnitSetHeadCommand</name>
    <message>
        <source>Record the head of a work unit from a date</source>
        <translation>Catat kepala unit kerja mulai tanggal tertentu</translation>
    </message>
    <message>
        <source>First day as head (default today).</source>
        <translation>Hari pertama sebagai kepala (bawaan: hari ini).</translation>
    </message>
    <message>
        <source>Give the unit CODE and the head&apos;s NIP.</source>
        <translation>Berikan CODE unit dan NIP kepala.</translation>
    </message>
    <message>
        <source>%1 is not active and cannot head a unit.</source>
        <translation>%1 tidak aktif sehingga tidak dapat menjadi kepala unit.</translation>
    </message>
</context>
<context>
    <name>WorkUnitImporter</name>
    <message>
        <source>The file is empty.</source>
        <translation>Berkas kosong.</translation>
    </message>
    <message>
        <source>The header row needs the columns code, name and kind; it has: %1.</source>
        <translation>Baris judul harus memuat kolom code, name, dan kind; yang ada: %1.</translation>
    </message>
    <message>
        <source>Code %1 appears earlier in the file.</source>
        <translation>Kode %1 sudah muncul sebelumnya dalam berkas.</translation>
    </message>
    <message>
        <source>Unknown parent work unit code %1.</source>
        <translation>Kode unit kerja induk %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>The parent work unit %1 is rejected in this file.</source>
        <translation>Unit kerja induk %1 ditolak dalam berkas ini.</translation>
    </message>
</context>
<context>
    <name>WorkUnitRepository</name>
    <message>
        <source>Cannot read the work units: %1</source>
        <translation>Tidak dapat membaca unit kerja: %1</translation>
    </message>
    <message>
        <source>Unknown work unit code %1.</source>
        <translation>Kode unit kerja %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>A work unit needs a code.</source>
        <translation>Unit kerja harus memiliki kode.</translation>
    </message>
    <message>
        <source>Work unit %1 needs a name.</source>
        <translation>Unit kerja %1 harus memiliki nama.</translation>
    </message>
    <message>
        <source>Unknown work unit kind &quot;%1&quot;; use one of: %2.</source>
        <translation>Jenis unit kerja &quot;%1&quot; tidak dikenal; gunakan salah satu dari: %2.</translation>
    </message>
    <message>
        <source>Work unit %1 cannot be its own parent.</source>
        <translation>Unit kerja %1 tidak dapat menjadi induk bagi dirinya sendiri.</translation>
    </message>
    <message>
        <source>Unknown parent work unit code %1.</source>
        <translation>Kode unit kerja induk %1 tidak dikenal.</translation>
    </message>
    <message>
        <source>A work unit with code %1 already exists.</source>
        <translation>Unit kerja dengan kode %1 sudah ada.</translation>
    </message>
    <message>
        <source>Cannot add work unit %1: %2</source>
        <translation>Tidak dapat menambahkan unit kerja %1: %2</translation>
    </message>
    <message>
        <source>Cannot update work unit %1: %2</source>
        <translation>Tidak dapat memperbarui unit kerja %1: %2</translation>
    </message>
    <message>
        <source>The head&apos;s start date is not a valid date.</source>
        <translation>Tanggal mulai menjabat kepala tidak valid.</translation>
    </message>
    <message>
        <source>The current head of %1 started on %2; the new head must start after that.</source>
        <translation>Kepala %1 saat ini mulai menjabat pada %2; kepala baru harus mulai setelah tanggal tersebut.</translation>
    </message>
    <message>
        <source>Cannot record the head of %1: %2</source>
        <translation>Tidak dapat mencatat kepala %1: %2</translation>
    </message>
    <message>
        <source>Work unit %1 cannot be placed under %2, which is already below it.</source>
        <translation>Unit kerja %1 tidak dapat ditempatkan di bawah %2 karena unit tersebut sudah berada di bawahnya.</translation>
    </message>
    <message>
        <source>Cannot count the staff of the work units: %1</source>
        <translation>Tidak dapat menghitung jumlah pegawai pada unit kerja: %1</translation>
    </message>
    <message>
        <source>This person has headed %1 since %2.</source>
        <translation>Pegawai ini sudah menjabat kepala %1 sejak %2.</translation>
    </message>
</context>
<context>
    <name>XlsxLibrary</name>
    <message>
        <source>Cannot load the spreadsheet library %1 (libxlsxwriter), which writes XLSX files: %2</source>
        <translation>Tidak dapat memuat pustaka lembar kerja %1 (libxlsxwriter) yang menulis berkas XLSX: %2</translation>
    </message>
    <message>
        <source>The spreadsheet library %1 (libxlsxwriter) has no function %2; it is too old or not libxlsxwriter.</source>
        <translation>Pustaka lembar kerja %1 (libxlsxwriter) tidak memiliki fungsi %2; pustaka itu terlalu lama atau bukan libxlsxwriter.</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is not a readable XLSX workbook (the zip is damaged)</source>
        <translation>%1 bukan buku kerja XLSX yang dapat dibaca (berkas zip rusak)</translation>
    </message>
    <message>
        <source>%1 is a zip file but not an XLSX workbook</source>
        <translation>%1 adalah berkas zip tetapi bukan buku kerja XLSX</translation>
    </message>
    <message>
        <source>%1 has no sheets</source>
        <translation>%1 tidak memiliki lembar kerja</translation>
    </message>
    <message>
        <source>%1 has no sheet &quot;%2&quot;; it has: %3</source>
        <translation>%1 tidak memiliki lembar kerja &quot;%2&quot;; lembar yang ada: %3</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; is missing from the workbook</source>
        <translation>%1: lembar kerja &quot;%2&quot; tidak ada dalam buku kerja</translation>
    </message>
    <message>
        <source>%1: the workbook part is damaged (%2)</source>
        <translation>%1: bagian buku kerja rusak (%2)</translation>
    </message>
    <message>
        <source>%1: the shared strings are damaged (%2)</source>
        <translation>%1: teks bersama (shared strings) rusak (%2)</translation>
    </message>
    <message>
        <source>%1: sheet &quot;%2&quot; is damaged near row %3 (%4)</source>
        <translation>%1: lembar kerja &quot;%2&quot; rusak di sekitar baris %3 (%4)</translation>
    </message>
</context>
<context>
    <name>XlsxSheetWriter</name>
    <message>
        <source>Cannot write %1: the folder %2 does not exist.</source>
        <translation>Tidak dapat menulis %1: folder %2 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot write %1: it is a folder.</source>
        <translation>Tidak dapat menulis %1: itu adalah folder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot name a sheet: %2</source>
        <translation>&quot;%1&quot; tidak dapat menjadi nama lembar: %2</translation>
    </message>
    <message>
        <source>A sheet has 1 to %L1 columns, not %L2.</source>
        <translation>Satu lembar berisi 1 sampai %L1 kolom, bukan %L2.</translation>
    </message>
    <message>
        <source>cannot start the sheet %1 (is the temporary folder %2 writable?)</source>
        <translation>tidak dapat memulai lembar %1 (apakah folder sementara %2 dapat ditulisi?)</translation>
    </message>
    <message>
        <source>The sheet %1 is full: a worksheet holds at most %L2 rows.</source>
        <translation>Lembar %1 penuh: satu lembar kerja memuat paling banyak %L2 baris.</translation>
    </message>
    <message>
        <source>cell %1 of the sheet %2: %3</source>
        <translation>sel %1 pada lembar %2: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Netra: neutrality of civil servants around elections</source>
        <translation>Netra: netralitas ASN dalam pemilu dan pilkada</translation>
    </message>
</context>
<context>
    <name>netra::AttendanceDialog</name>
    <message>
        <source>Attendance — %1</source>
        <translation>Daftar Hadir — %1</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Belum tercatat</translation>
    </message>
    <message>
        <source>&amp;Set status…</source>
        <translation>&amp;Atur status…</translation>
    </message>
    <message>
        <source>Give the selected people a status (walk-ins keep theirs).</source>
        <translation>Tetapkan status bagi pegawai yang dipilih (status peserta belum terdaftar tidak diubah).</translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>&amp;Tutup sosialisasi…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message numerus="yes">
        <source>%n listed</source>
        <translation>
            <numerusform>%n tercantum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n present</source>
        <translation>
            <numerusform>%n hadir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not recorded</source>
        <translation>
            <numerusform>%n belum tercatat</numerusform>
        </translation>
    </message>
    <message>
        <source>Walk-ins keep their record until a roster import brings the person.</source>
        <translation>Data peserta belum terdaftar tetap seperti adanya sampai yang bersangkutan masuk melalui impor daftar pegawai.</translation>
    </message>
    <message>
        <source>Select the people first.</source>
        <translation>Pilih pegawai terlebih dahulu.</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 already so.</source>
        <translation>%1: %2 baru, %3 diubah, %4 sudah sesuai.</translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in(s) left as they were.</source>
        <translation>
            <numerusform>%n peserta belum terdaftar tidak diubah.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netra::AttendanceImportDialog</name>
    <message>
        <source>Import form responses</source>
        <translation>Impor Jawaban Formulir</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Why not matched</source>
        <translation>Alasan tidak cocok</translation>
    </message>
    <message>
        <source>Record as</source>
        <translation>Catat sebagai</translation>
    </message>
    <message>
        <source>Record attendance</source>
        <translation>Catat Kehadiran</translation>
    </message>
    <message>
        <source>Session: %1</source>
        <translation>Sosialisasi: %1</translation>
    </message>
    <message>
        <source>Rows that named nobody for sure: pick the person to record, or leave them out.</source>
        <translation>Baris yang tidak menunjuk pegawai dengan pasti: pilih pegawai yang dicatat, atau lewati.</translation>
    </message>
    <message>
        <source>%1 rows read: %2 people matched (%3 of them by name), %4 repeated submissions, %5 rows not matched.</source>
        <translation>%1 baris dibaca: %2 pegawai cocok (%3 di antaranya menurut nama), %4 kiriman berulang, %5 baris tidak cocok.</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Lewati</translation>
    </message>
</context>
<context>
    <name>netra::AttendanceSheetDialog</name>
    <message>
        <source>Attendance sheet</source>
        <translation>Daftar Hadir</translation>
    </message>
    <message>
        <source>Every invited unit, each on its own pages</source>
        <translation>Semua unit yang diundang, masing-masing pada halaman tersendiri</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sosialisasi:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Pratinjau dan cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
</context>
<context>
    <name>netra::AttendanceTableModel</name>
    <message>
        <source>walk-in</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>not invited</source>
        <translation>tidak diundang</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>belum tercatat</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>Waktu (%1)</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
</context>
<context>
    <name>netra::CaseCountModel</name>
    <message>
        <source>(no unit on the day of the act)</source>
        <translation>(tanpa unit kerja pada tanggal kejadian)</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Kind of violation</source>
        <translation>Jenis Pelanggaran</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Dalam Proses</translation>
    </message>
    <message>
        <source>Proven</source>
        <translation>Terbukti</translation>
    </message>
</context>
<context>
    <name>netra::CaseDetailPanel</name>
    <message>
        <source>Select a case to see its history and evidence.</source>
        <translation>Pilih kasus untuk melihat riwayat dan buktinya.</translation>
    </message>
    <message>
        <source>Work unit on the day of the act</source>
        <translation>Unit kerja pada tanggal kejadian</translation>
    </message>
    <message>
        <source>Election period</source>
        <translation>Periode pemilihan</translation>
    </message>
    <message>
        <source>Kind of violation</source>
        <translation>Jenis pelanggaran</translation>
    </message>
    <message>
        <source>Date of the act</source>
        <translation>Tanggal kejadian</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber laporan</translation>
    </message>
    <message>
        <source>External number</source>
        <translation>Nomor register pelapor</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Uraian kejadian</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sejak %2</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>melewati batas</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Batas tindak lanjut</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Lembaga</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Surat</translation>
    </message>
    <message>
        <source>Sanction</source>
        <translation>Sanksi</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Dicatat oleh</translation>
    </message>
    <message>
        <source>dated %1</source>
        <translation>tanggal %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 tanggal %2</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
    <message>
        <source>No evidence attached.</source>
        <translation>Belum ada bukti yang dilampirkan.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Lihat</translation>
    </message>
</context>
<context>
    <name>netra::CaseDialog</name>
    <message>
        <source>New violation case</source>
        <translation>Kasus Pelanggaran Baru</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Pegawai</translation>
    </message>
    <message>
        <source>Election &amp;period</source>
        <translation>Periode pe&amp;milihan</translation>
    </message>
    <message>
        <source>&amp;Kind of violation</source>
        <translation>&amp;Jenis pelanggaran</translation>
    </message>
    <message>
        <source>&amp;Date of the act</source>
        <translation>&amp;Tanggal kejadian</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Sumber laporan</translation>
    </message>
    <message>
        <source>E&amp;xternal number</source>
        <translation>Nomor &amp;register pelapor</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Uraian kejadian</translation>
    </message>
    <message>
        <source>Choose from the SKB catalogue</source>
        <translation>Pilih dari katalog SKB</translation>
    </message>
    <message>
        <source>How it came to light</source>
        <translation>Bagaimana pelanggaran diketahui</translation>
    </message>
    <message>
        <source>The reporter&apos;s number, e.g. Bawaslu&apos;s register</source>
        <translation>Nomor dari pelapor, misalnya nomor register Bawaslu</translation>
    </message>
    <message>
        <source>What was done, where, and what shows it</source>
        <translation>Apa yang dilakukan, di mana, dan apa buktinya</translation>
    </message>
    <message>
        <source>&amp;Record case</source>
        <translation>&amp;Catat kasus</translation>
    </message>
    <message>
        <source>Choose the person: type their NIP, or a name and pick from the list.</source>
        <translation>Pilih pegawai: ketik NIP-nya, atau ketik nama lalu pilih dari daftar.</translation>
    </message>
    <message>
        <source>There is no election period yet; a case belongs to one.</source>
        <translation>Belum ada periode pemilihan; setiap kasus termasuk dalam satu periode.</translation>
    </message>
    <message>
        <source>Choose the election period.</source>
        <translation>Pilih periode pemilihan.</translation>
    </message>
    <message>
        <source>Choose the kind of violation.</source>
        <translation>Pilih jenis pelanggaran.</translation>
    </message>
    <message>
        <source>Choose how the case came to light.</source>
        <translation>Pilih bagaimana kasus ini diketahui.</translation>
    </message>
</context>
<context>
    <name>netra::CasePage</name>
    <message>
        <source>All periods</source>
        <translation>Semua periode</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n kasus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n melewati batas</numerusform>
        </translation>
    </message>
    <message>
        <source>Case recorded.</source>
        <translation>Kasus telah dicatat.</translation>
    </message>
    <message>
        <source>Case of %1 moved to %2.</source>
        <translation>Kasus %1 dipindahkan ke status %2.</translation>
    </message>
    <message>
        <source>Step recorded; the filters hide the case now.</source>
        <translation>Langkah telah dicatat; kasus ini sekarang tidak tampil karena filter.</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lampirkan Bukti</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>Evidence %1 attached.</source>
        <translation>Bukti %1 telah dilampirkan.</translation>
    </message>
    <message>
        <source>View evidence</source>
        <translation>Lihat bukti</translation>
    </message>
    <message>
        <source>Election &amp;period:</source>
        <translation>&amp;Periode pemilihan:</translation>
    </message>
    <message>
        <source>There is no election period yet. Add one first (netra-cli period add); cases belong to a period.</source>
        <translation>Belum ada periode pemilihan. Tambahkan terlebih dahulu (netra-cli period add); setiap kasus termasuk dalam satu periode.</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Kasus</translation>
    </message>
    <message>
        <source>Summary (Rekap)</source>
        <translation>Rekap</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis pelanggaran</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Hanya yang melewati batas</translation>
    </message>
    <message>
        <source>Recommendations not acted on by their follow-up date.</source>
        <translation>Rekomendasi yang belum ditindaklanjuti sampai batas tindak lanjutnya.</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Kasus baru…</translation>
    </message>
    <message>
        <source>Record a reported violation.</source>
        <translation>Catat pelanggaran yang dilaporkan.</translation>
    </message>
    <message>
        <source>Ne&amp;xt step…</source>
        <translation>&amp;Langkah berikutnya…</translation>
    </message>
    <message>
        <source>Record where the current case goes next: examination, recommendation, sanction or closure.</source>
        <translation>Catat tahap selanjutnya kasus yang dipilih: pemeriksaan, rekomendasi, sanksi, atau penghentian.</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Lampirkan bukti…</translation>
    </message>
    <message>
        <source>Attach a scan (PDF, JPEG or PNG) to the current case.</source>
        <translation>Lampirkan pindaian (PDF, JPEG, atau PNG) ke kasus yang dipilih.</translation>
    </message>
    <message>
        <source>Open the latest scan of the current case; the links in the details open any of them.</source>
        <translation>Buka pindaian terbaru kasus yang dipilih; tautan pada rincian kasus dapat membuka pindaian mana pun.</translation>
    </message>
    <message>
        <source>Per work unit (on the day of the act), for the period chosen above</source>
        <translation>Per unit kerja (pada tanggal kejadian), untuk periode yang dipilih di atas</translation>
    </message>
    <message>
        <source>Per kind of violation, for the period chosen above</source>
        <translation>Per jenis pelanggaran, untuk periode yang dipilih di atas</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>Pelanggaran</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Save the cases as filtered, or the Rekap&apos;s counts, as an Excel workbook or CSV.</source>
        <translation>Simpan kasus sesuai saringan, atau hitungan Rekap, sebagai buku kerja Excel atau CSV.</translation>
    </message>
</context>
<context>
    <name>netra::CaseStepDialog</name>
    <message>
        <source>Next step of the case</source>
        <translation>Langkah Berikutnya Penanganan Kasus</translation>
    </message>
    <message>
        <source>%1 (NIP %2), %3: %4 since %5.</source>
        <translation>%1 (NIP %2), %3: %4 sejak %5.</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Pindah ke</translation>
    </message>
    <message>
        <source>e.g. BKN, Bawaslu</source>
        <translation>misalnya BKN, Bawaslu</translation>
    </message>
    <message>
        <source>&amp;Reason for this sanction</source>
        <translation>&amp;Alasan sanksi ini</translation>
    </message>
    <message>
        <source>&amp;Record step</source>
        <translation>&amp;Catat langkah</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Diterima tanggal</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Ditetapkan tanggal</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>Recommending &amp;body</source>
        <translation>Lem&amp;baga pemberi rekomendasi</translation>
    </message>
    <message>
        <source>Examining &amp;body</source>
        <translation>Lem&amp;baga pemeriksa</translation>
    </message>
    <message>
        <source>SK &amp;number</source>
        <translation>No&amp;mor SK</translation>
    </message>
    <message>
        <source>Letter &amp;number</source>
        <translation>No&amp;mor surat</translation>
    </message>
    <message>
        <source>SK da&amp;ted</source>
        <translation>Tan&amp;ggal SK</translation>
    </message>
    <message>
        <source>Letter da&amp;ted</source>
        <translation>Tan&amp;ggal surat</translation>
    </message>
    <message>
        <source>Recorded with the number; left out while the number is empty.</source>
        <translation>Dicatat bersama nomornya; diabaikan selama nomor masih kosong.</translation>
    </message>
    <message>
        <source>&amp;Sanction imposed</source>
        <translation>&amp;Sanksi yang dijatuhkan</translation>
    </message>
    <message>
        <source>Proposed &amp;sanction</source>
        <translation>Usulan &amp;sanksi</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>Ala&amp;san</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Keterangan</translation>
    </message>
    <message>
        <source>e.g. report withdrawn, left the service</source>
        <translation>misalnya laporan dicabut, yang bersangkutan berhenti dari dinas</translation>
    </message>
    <message>
        <source>Why the act was not proven</source>
        <translation>Alasan perbuatan tidak terbukti</translation>
    </message>
    <message>
        <source>None proposed</source>
        <translation>Tidak ada usulan</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not the usual class</source>
        <translation>bukan tingkat yang lazim</translation>
    </message>
    <message>
        <source>not for %1</source>
        <translation>bukan untuk %1</translation>
    </message>
    <message>
        <source>Choose the sanction imposed</source>
        <translation>Pilih sanksi yang dijatuhkan</translation>
    </message>
    <message>
        <source>It is a %1 sanction; this kind of violation usually draws a %2 one.</source>
        <translation>Ini sanksi %1; jenis pelanggaran ini biasanya dikenai sanksi %2.</translation>
    </message>
    <message>
        <source>It is not a sanction for %1 staff.</source>
        <translation>Sanksi ini tidak berlaku bagi pegawai %1.</translation>
    </message>
    <message>
        <source>Give the reason to record it anyway.</source>
        <translation>Berikan alasan untuk tetap mencatatnya.</translation>
    </message>
    <message>
        <source>The case is %1, a final status: no step follows.</source>
        <translation>Kasus berstatus %1, yaitu status akhir: tidak ada langkah berikutnya.</translation>
    </message>
    <message>
        <source>Choose the sanction imposed.</source>
        <translation>Pilih sanksi yang dijatuhkan.</translation>
    </message>
</context>
<context>
    <name>netra::CaseTableModel</name>
    <message>
        <source>Overdue since %1: the recommendation was not followed up by %2.</source>
        <translation>Melewati batas sejak %1: rekomendasi belum ditindaklanjuti hingga %2.</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Kind of violation</source>
        <translation>Jenis Pelanggaran</translation>
    </message>
    <message>
        <source>Date of the act</source>
        <translation>Tanggal Kejadian</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber Laporan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Follow-up due</source>
        <translation>Batas Tindak Lanjut</translation>
    </message>
</context>
<context>
    <name>netra::CheckInDialog</name>
    <message>
        <source>Check-in desk — %1</source>
        <translation>Meja Registrasi — %1</translation>
    </message>
    <message>
        <source>Scan or type a NIP and press Enter, or type at least three letters of a name and choose.</source>
        <translation>Pindai atau ketik NIP lalu tekan Enter, atau ketik paling sedikit tiga huruf nama lalu pilih.</translation>
    </message>
    <message>
        <source>NIP or name</source>
        <translation>NIP atau nama</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Record walk-in</source>
        <translation>&amp;Catat peserta belum terdaftar</translation>
    </message>
    <message>
        <source>Present / invited</source>
        <translation>Hadir / diundang</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Undo last check-in (Ctrl+Z)</source>
        <translation>Batalkan presensi terakhir (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close desk</source>
        <translation>Tutup meja registrasi</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Waiting for the first person.</source>
        <translation>Menunggu peserta pertama.</translation>
    </message>
    <message>
        <source>This session is closed; check-ins still count and replace Tanpa Keterangan.</source>
        <translation>Sosialisasi ini sudah ditutup; presensi tetap dihitung dan menggantikan status Tanpa Keterangan.</translation>
    </message>
    <message>
        <source>Today is %1: check-ins are stamped with today&apos;s time.</source>
        <translation>Hari ini %1: presensi dicatat dengan waktu hari ini.</translation>
    </message>
    <message>
        <source>Walk-in not recorded</source>
        <translation>Peserta belum terdaftar gagal dicatat</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Tidak dicatat</translation>
    </message>
    <message>
        <source>Present, recorded at %1</source>
        <translation>Hadir, tercatat pukul %1</translation>
    </message>
    <message>
        <source>Present at %1 (was %2)</source>
        <translation>Hadir pukul %1 (sebelumnya %2)</translation>
    </message>
    <message>
        <source>Walk-in, NIP %1 is not on the roster</source>
        <translation>Peserta belum terdaftar, NIP %1 tidak ada dalam daftar pegawai</translation>
    </message>
    <message>
        <source>Recorded at %1 and flagged for checking</source>
        <translation>Tercatat pukul %1 dan ditandai untuk diperiksa</translation>
    </message>
    <message>
        <source>Not invited to this session: recorded anyway at %1 and flagged</source>
        <translation>Tidak diundang ke sosialisasi ini: tetap dicatat pukul %1 dan ditandai</translation>
    </message>
    <message>
        <source>Already recorded at %1</source>
        <translation>Sudah tercatat pukul %1</translation>
    </message>
    <message>
        <source>Not recorded: not active staff</source>
        <translation>Tidak dicatat: bukan pegawai aktif</translation>
    </message>
    <message>
        <source>%1 is not active (or has no unit) on the session&apos;s date.</source>
        <translation>%1 tidak aktif (atau tidak memiliki unit kerja) pada tanggal sosialisasi.</translation>
    </message>
    <message>
        <source>NIP %1 is not on the roster</source>
        <translation>NIP %1 tidak ada dalam daftar pegawai</translation>
    </message>
    <message>
        <source>Nothing recorded. If the person is here, type their name below and record a walk-in.</source>
        <translation>Tidak ada yang dicatat. Jika orangnya hadir, ketik namanya di bawah lalu catat sebagai peserta belum terdaftar.</translation>
    </message>
    <message>
        <source>Walk-in with NIP %1</source>
        <translation>Peserta belum terdaftar dengan NIP %1</translation>
    </message>
    <message>
        <source>Not a NIP</source>
        <translation>Bukan NIP</translation>
    </message>
    <message>
        <source>To find someone by name, type at least three letters and choose them from the list.</source>
        <translation>Untuk mencari berdasarkan nama, ketik paling sedikit tiga huruf lalu pilih dari daftar.</translation>
    </message>
    <message>
        <source>Not a valid NIP</source>
        <translation>NIP tidak valid</translation>
    </message>
    <message>
        <source>This person is no longer on the roster.</source>
        <translation>Orang ini sudah tidak ada dalam daftar pegawai.</translation>
    </message>
    <message>
        <source>Taken back: %1</source>
        <translation>Dibatalkan: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Tidak ada yang dapat dibatalkan</translation>
    </message>
    <message numerus="yes">
        <source>+ %n present who were not invited</source>
        <translation>
            <numerusform>+ %n hadir yang tidak diundang</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the desk</source>
        <translation>Tutup Meja Registrasi</translation>
    </message>
    <message>
        <source>Close the check-in desk? Everything recorded is kept; only Undo is no longer possible.</source>
        <translation>Tutup meja registrasi? Semua yang sudah tercatat tetap tersimpan; hanya saja presensi tidak dapat dibatalkan lagi.</translation>
    </message>
</context>
<context>
    <name>netra::DashboardPage</name>
    <message>
        <source>Counting the figures…</source>
        <translation>Menghitung angka…</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Keadaan per %1</translation>
    </message>
    <message>
        <source>%1 of %2 signed</source>
        <translation>%1 dari %2 sudah tanda tangan</translation>
    </message>
    <message>
        <source>%1 of %2 attended</source>
        <translation>%1 dari %2 hadir</translation>
    </message>
    <message>
        <source>Election &amp;period:</source>
        <translation>&amp;Periode pemilihan:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Per &amp;tanggal:</translation>
    </message>
    <message>
        <source>The figures as they stood on this day.</source>
        <translation>Angka sebagaimana keadaan pada hari ini.</translation>
    </message>
    <message>
        <source>There is no election period yet. Add one first (netra-cli period add); the figures belong to a period.</source>
        <translation>Belum ada periode pemilihan. Tambahkan dahulu (netra-cli period add); angka kepatuhan terikat pada suatu periode.</translation>
    </message>
    <message>
        <source>Active ASN</source>
        <translation>ASN aktif</translation>
    </message>
    <message>
        <source>Ikrar signed</source>
        <translation>Ikrar ditandatangani</translation>
    </message>
    <message>
        <source>Attended a briefing</source>
        <translation>Hadir sosialisasi</translation>
    </message>
    <message>
        <source>Cases in process</source>
        <translation>Kasus dalam proses</translation>
    </message>
    <message>
        <source>Recommendations overdue today</source>
        <translation>Rekomendasi melewati batas hari ini</translation>
    </message>
    <message>
        <source>Weakest units (double-click for the people)</source>
        <translation>Unit terlemah (klik ganda untuk melihat orangnya)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
</context>
<context>
    <name>netra::ExportButton</name>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;kspor…</translation>
    </message>
    <message>
        <source>Save this list, as it is filtered, as an Excel workbook or CSV</source>
        <translation>Simpan daftar ini, sesuai saringannya, sebagai buku kerja Excel atau CSV</translation>
    </message>
</context>
<context>
    <name>netra::FirstStartDialog</name>
    <message>
        <source>Welcome to Netra</source>
        <translation>Selamat Datang di Netra</translation>
    </message>
    <message>
        <source>Netra keeps its data in one database file. How would you like to start?</source>
        <translation>Netra menyimpan datanya dalam satu berkas basis data. Bagaimana Anda ingin memulai?</translation>
    </message>
    <message>
        <source>Try it with &amp;demo data
A made-up Kabupaten Sukamaju with its work units and staff</source>
        <translation>Coba dengan data &amp;contoh
Kabupaten Sukamaju fiktif beserta unit kerja dan pegawainya</translation>
    </message>
    <message>
        <source>Start an &amp;empty database
For your own work units and staff</source>
        <translation>&amp;Mulai dengan basis data kosong
Untuk unit kerja dan pegawai Anda sendiri</translation>
    </message>
    <message>
        <source>&amp;Open a database file…
A Netra file from a colleague or a backup</source>
        <translation>&amp;Buka berkas basis data…
Berkas Netra dari rekan kerja atau dari cadangan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>netra::MainWindow</name>
    <message>
        <source>Netra — %1</source>
        <translation>Netra — %1</translation>
    </message>
    <message>
        <source>Netra</source>
        <translation>Netra</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>Basis data ba&amp;ru…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Buka basis data…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka &amp;terkini</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Navigasi</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Basis Data Baru</translation>
    </message>
    <message>
        <source>Cannot create the database</source>
        <translation>Basis data tidak dapat dibuat</translation>
    </message>
    <message>
        <source>Open a Netra database</source>
        <translation>Buka Basis Data Netra</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Basis data tidak dapat dibuka</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Tidak ada basis data yang terbuka</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Basis data: %1</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Versi skema %1</translation>
    </message>
</context>
<context>
    <name>netra::PlaceholderPage</name>
    <message>
        <source>This part of Netra is not built yet. It will arrive in a later version.</source>
        <translation>Bagian Netra ini belum tersedia. Bagian ini akan hadir pada versi mendatang.</translation>
    </message>
</context>
<context>
    <name>netra::PledgeDetailLabel</name>
    <message>
        <source>NIP %1</source>
        <translation>NIP %1</translation>
    </message>
    <message>
        <source>Not signed as of %1.</source>
        <translation>Belum tanda tangan per %1.</translation>
    </message>
    <message>
        <source>Signed on %1</source>
        <translation>Ditandatangani pada %1</translation>
    </message>
    <message>
        <source>Signed on %1 at %2</source>
        <translation>Ditandatangani pada %1 di %2</translation>
    </message>
    <message>
        <source>briefing: %1</source>
        <translation>sosialisasi: %1</translation>
    </message>
    <message>
        <source>recorded by %1</source>
        <translation>dicatat oleh %1</translation>
    </message>
    <message>
        <source>No evidence attached.</source>
        <translation>Belum ada bukti yang dilampirkan.</translation>
    </message>
    <message>
        <source>Evidence SHA-256: %1</source>
        <translation>SHA-256 bukti: %1</translation>
    </message>
</context>
<context>
    <name>netra::PledgeFormDialog</name>
    <message>
        <source>Neutrality oath sheet</source>
        <translation>Lembar Ikrar Netralitas</translation>
    </message>
    <message>
        <source>Integrity pact forms</source>
        <translation>Formulir Pakta Integritas</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>Print the signing date:</source>
        <translation>Cetak tanggal penandatanganan:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Unit kerja:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Kertas:</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Pratinjau dan cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
</context>
<context>
    <name>netra::PledgePage</name>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Nobody here must sign as of %1.</source>
        <translation>Tidak ada yang wajib menandatangani per %1.</translation>
    </message>
    <message>
        <source>Must sign %1 · signed %2 (%3 %) · not yet %4</source>
        <translation>Wajib tanda tangan %1 · sudah %2 (%3 %) · belum %4</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Only the first %1 are listed; choose a unit or narrow the list to see the others. The counts cover everyone.</source>
        <translation>Hanya %1 pegawai pertama yang ditampilkan; pilih unit kerja atau persempit daftar untuk melihat yang lain. Jumlah rekap mencakup semua pegawai.</translation>
    </message>
    <message>
        <source>%1 match among the first %2 of %3</source>
        <translation>%1 cocok di antara %2 pertama dari %3</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 dari %2 cocok</translation>
    </message>
    <message>
        <source>Showing %1 of %2</source>
        <translation>Menampilkan %1 dari %2</translation>
    </message>
    <message>
        <source>%1 listed</source>
        <translation>%1 tercantum</translation>
    </message>
    <message>
        <source>Recorded %1, already recorded %2</source>
        <translation>Dicatat %1, sudah tercatat sebelumnya %2</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>Lampirkan Bukti</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
    <message numerus="yes">
        <source>Evidence %1 attached to %n pledge(s).</source>
        <translation>
            <numerusform>Bukti %1 telah dilampirkan pada %n ikrar/pakta.</numerusform>
        </translation>
    </message>
    <message>
        <source>View evidence</source>
        <translation>Lihat bukti</translation>
    </message>
    <message>
        <source>Election &amp;period:</source>
        <translation>&amp;Periode pemilihan:</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>All who must sign</source>
        <translation>Semua yang wajib tanda tangan</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Sudah tanda tangan</translation>
    </message>
    <message>
        <source>Not yet signed</source>
        <translation>Belum tanda tangan</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Per &amp;tanggal:</translation>
    </message>
    <message>
        <source>Who must sign, and who had signed, on this day.</source>
        <translation>Siapa yang wajib menandatangani, dan siapa yang sudah menandatangani, pada tanggal ini.</translation>
    </message>
    <message>
        <source>There is no election period yet. Add one first (netra-cli period add); pledges belong to a period.</source>
        <translation>Belum ada periode pemilihan. Tambahkan terlebih dahulu (netra-cli period add); setiap ikrar/pakta termasuk dalam satu periode.</translation>
    </message>
    <message>
        <source>Search by name or NIP</source>
        <translation>Cari berdasarkan nama atau NIP</translation>
    </message>
    <message>
        <source>Mark as signed…</source>
        <translation>Tandai sudah tanda tangan…</translation>
    </message>
    <message>
        <source>Record the pledge of the selected people who have not signed yet.</source>
        <translation>Catat ikrar/pakta pegawai terpilih yang belum menandatangani.</translation>
    </message>
    <message>
        <source>Attach evidence…</source>
        <translation>Lampirkan bukti…</translation>
    </message>
    <message>
        <source>Attach one scan (PDF, JPEG or PNG) to the selected people&apos;s pledges.</source>
        <translation>Lampirkan satu pindaian (PDF, JPEG, atau PNG) ke ikrar/pakta pegawai yang dipilih.</translation>
    </message>
    <message>
        <source>Open the scan of the current person&apos;s pledge.</source>
        <translation>Buka pindaian ikrar/pakta pegawai yang dipilih.</translation>
    </message>
    <message>
        <source>Print forms…</source>
        <translation>Cetak formulir…</translation>
    </message>
    <message>
        <source>The forms to sign for a unit: the collective ikrar sheet, or a pakta integritas per official.</source>
        <translation>Formulir yang ditandatangani suatu unit kerja: lembar ikrar bersama, atau pakta integritas per pejabat.</translation>
    </message>
    <message>
        <source>Oaths and pacts</source>
        <translation>Ikrar dan Pakta</translation>
    </message>
    <message>
        <source>Export the list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Save the list as filtered and searched, every row of it, as an Excel workbook or CSV.</source>
        <translation>Simpan daftar sesuai saringan dan pencarian, seluruh barisnya, sebagai buku kerja Excel atau CSV.</translation>
    </message>
</context>
<context>
    <name>netra::PledgeSignDialog</name>
    <message>
        <source>Mark as signed</source>
        <translation>Tandai Sudah Tanda Tangan</translation>
    </message>
    <message numerus="yes">
        <source>Record the %1 of %2 for %n person(s).</source>
        <translation>
            <numerusform>Catat %1 %2 untuk %n orang.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Date signed</source>
        <translation>&amp;Tanggal tanda tangan</translation>
    </message>
    <message>
        <source>At a &amp;briefing</source>
        <translation>Pada &amp;sosialisasi</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Bukti</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>e.g. Aula Setda</source>
        <translation>misalnya Aula Setda</translation>
    </message>
    <message>
        <source>Optional: one scan for everyone (PDF, JPEG or PNG)</source>
        <translation>Opsional: satu pindaian untuk semua (PDF, JPEG, atau PNG)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Tel&amp;usuri…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>Evidence scan</source>
        <translation>Pindaian Bukti</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.jpg *.jpeg *.png);;All files (*)</source>
        <translation>Pindaian (*.pdf *.jpg *.jpeg *.png);;Semua berkas (*)</translation>
    </message>
</context>
<context>
    <name>netra::PledgeTableModel</name>
    <message>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Date signed</source>
        <translation>Tanggal Tanda Tangan</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Bukti</translation>
    </message>
</context>
<context>
    <name>netra::ReportsPage</name>
    <message>
        <source>Compliance summary</source>
        <translation>Rekapitulasi kepatuhan</translation>
    </message>
    <message>
        <source>The summary the Sekda signs: per unit, as of the chosen day, the active ASN, the ikrar signed, the attendance at the briefings, whether the head signed the integrity pact, the cases in process and proven, and the unit&apos;s status under the period&apos;s thresholds; a total row, bar charts, the reasons of every unit that is not compliant, the letterhead and signatory from Settings, and a verification code on every page.</source>
        <translation>Rekapitulasi yang ditandatangani Sekda: per unit, per tanggal yang dipilih, ASN aktif, ikrar yang ditandatangani, kehadiran sosialisasi, apakah kepala unit sudah menandatangani pakta integritas, kasus dalam proses dan terbukti, serta status unit menurut ambang batas periode; baris jumlah, diagram batang, alasan setiap unit yang belum patuh, kop surat dan penanda tangan dari Pengaturan, serta kode verifikasi di setiap halaman.</translation>
    </message>
    <message>
        <source>Election &amp;period:</source>
        <translation>&amp;Periode pemilihan:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Per &amp;tanggal:</translation>
    </message>
    <message>
        <source>The figures as they stood on this day (&quot;Keadaan per tanggal&quot;).</source>
        <translation>Angka sebagaimana keadaan pada hari ini (&quot;Keadaan per tanggal&quot;).</translation>
    </message>
    <message>
        <source>Pape&amp;r:</source>
        <translation>&amp;Kertas:</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>F4 (215 × 330 mm)</source>
        <translation>F4 (215 × 330 mm)</translation>
    </message>
    <message>
        <source>&amp;Letter number:</source>
        <translation>&amp;Nomor surat:</translation>
    </message>
    <message>
        <source>As given by the agenda or SRIKANDI; left out when empty</source>
        <translation>Sesuai agenda atau SRIKANDI; tidak dicetak bila kosong</translation>
    </message>
    <message>
        <source>Preview and print…</source>
        <translation>Pratinjau dan cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>There is no election period yet. Add one first (netra-cli period add); the summary belongs to a period.</source>
        <translation>Belum ada periode pemilihan. Tambahkan dahulu (netra-cli period add); rekapitulasi terikat pada suatu periode.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Save as spreadsheet</source>
        <translation>Simpan sebagai lembar kerja</translation>
    </message>
    <message>
        <source>Save as spreadsheet…</source>
        <translation>Simpan sebagai lembar kerja…</translation>
    </message>
    <message>
        <source>The same figures per unit, with who has not signed, who did not attend and the cases behind them, as an Excel workbook or CSV.</source>
        <translation>Angka yang sama per unit, beserta siapa yang belum menandatangani, siapa yang tidak hadir dan kasus di baliknya, sebagai buku kerja Excel atau CSV.</translation>
    </message>
</context>
<context>
    <name>netra::SessionDialog</name>
    <message>
        <source>Edit briefing</source>
        <translation>Ubah Sosialisasi</translation>
    </message>
    <message>
        <source>New briefing</source>
        <translation>Sosialisasi Baru</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periode</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>Te&amp;mpat</translation>
    </message>
    <message>
        <source>&amp;Speakers</source>
        <translation>&amp;Narasumber</translation>
    </message>
    <message>
        <source>&amp;Organiser</source>
        <translation>Penye&amp;lenggara</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <source>Invited &amp;units</source>
        <translation>&amp;Unit yang diundang</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Mulai pukul</translation>
    </message>
    <message>
        <source>ends at</source>
        <translation>selesai pukul</translation>
    </message>
    <message>
        <source>Leave unticked for &quot;until finished&quot; (s.d. selesai).</source>
        <translation>Biarkan tidak dicentang untuk &quot;s.d. selesai&quot;.</translation>
    </message>
    <message>
        <source>Separate several with a semicolon</source>
        <translation>Pisahkan beberapa nama dengan titik koma</translation>
    </message>
    <message>
        <source>All work units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>Only the units ticked below</source>
        <translation>Hanya unit yang dicentang di bawah</translation>
    </message>
    <message>
        <source>Add an election period first.</source>
        <translation>Tambahkan periode pemilihan terlebih dahulu.</translation>
    </message>
    <message>
        <source>Tick at least one unit, or invite all work units.</source>
        <translation>Centang paling sedikit satu unit, atau undang semua unit kerja.</translation>
    </message>
</context>
<context>
    <name>netra::SessionPage</name>
    <message>
        <source>Check-in desk</source>
        <translation>Meja Registrasi</translation>
    </message>
    <message>
        <source>Election &amp;period:</source>
        <translation>&amp;Periode pemilihan:</translation>
    </message>
    <message>
        <source>There is no election period yet. Add one first (netra-cli period add); briefings belong to a period.</source>
        <translation>Belum ada periode pemilihan. Tambahkan terlebih dahulu (netra-cli period add); setiap sosialisasi termasuk dalam satu periode.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Baru…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Check-in &amp;desk</source>
        <translation>&amp;Meja registrasi</translation>
    </message>
    <message>
        <source>&amp;Attendance…</source>
        <translation>&amp;Daftar hadir…</translation>
    </message>
    <message>
        <source>&amp;Close session…</source>
        <translation>&amp;Tutup sosialisasi…</translation>
    </message>
    <message>
        <source>&amp;Print attendance sheet…</source>
        <translation>&amp;Cetak daftar hadir…</translation>
    </message>
    <message>
        <source>&amp;Import responses…</source>
        <translation>&amp;Impor tanggapan…</translation>
    </message>
    <message>
        <source>Briefings</source>
        <translation>Sosialisasi</translation>
    </message>
</context>
<context>
    <name>netra::SessionTableModel</name>
    <message>
        <source>until %1 %2</source>
        <translation>s.d. %1 %2</translation>
    </message>
    <message>
        <source>%1 %2 until finished</source>
        <translation>%1 %2 s.d. selesai</translation>
    </message>
    <message>
        <source>Closed on %1 at %2 %3</source>
        <translation>Ditutup pada %1 pukul %2 %3</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Judul</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Narasumber</translation>
    </message>
    <message>
        <source>Invited units</source>
        <translation>Unit Diundang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>netra::SettingsPage</name>
    <message>
        <source>Emblem of the letterhead</source>
        <translation>Lambang Kop Surat</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>Letterhead (kop surat)</source>
        <translation>Kop Surat</translation>
    </message>
    <message>
        <source>Signatory</source>
        <translation>Penanda Tangan</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Language of the screens</source>
        <translation>Bahasa tampilan</translation>
    </message>
    <message>
        <source>Choose emblem…</source>
        <translation>Pilih lambang…</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>&amp;Simpan pengaturan</translation>
    </message>
    <message>
        <source>Preview of the letterhead</source>
        <translation>Pratinjau kop surat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Region and reports</source>
        <translation>Wilayah dan laporan</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Hari kerja</translation>
    </message>
    <message>
        <source>Calendar days</source>
        <translation>Hari kalender</translation>
    </message>
    <message>
        <source>Violation cases</source>
        <translation>Kasus pelanggaran</translation>
    </message>
    <message>
        <source>Pledge forms</source>
        <translation>Formulir ikrar dan pakta</translation>
    </message>
    <message>
        <source>Restore standard wording</source>
        <translation>Pulihkan teks baku</translation>
    </message>
    <message>
        <source>Put the standard wording back into the box above. Saved like that, the text follows the built-in wording when a later release corrects it.</source>
        <translation>Kembalikan teks baku ke kotak di atas. Bila disimpan demikian, teks akan mengikuti teks bawaan ketika versi berikutnya memperbaikinya.</translation>
    </message>
</context>
<context>
    <name>netra::StaffDetailPanel</name>
    <message>
        <source>Select a person to see their details.</source>
        <translation>Pilih pegawai untuk melihat rinciannya.</translation>
    </message>
    <message>
        <source>Front titles</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Name without titles</source>
        <translation>Nama tanpa gelar</translation>
    </message>
    <message>
        <source>Back titles</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis pegawai</translation>
    </message>
    <message>
        <source>Internal id</source>
        <translation>ID internal</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Born (from the NIP)</source>
        <translation>Tanggal lahir (dari NIP)</translation>
    </message>
    <message>
        <source>Appointed (TMT CPNS)</source>
        <translation>Pengangkatan (TMT CPNS)</translation>
    </message>
    <message>
        <source>First PPPK appointment</source>
        <translation>Pengangkatan PPPK pertama</translation>
    </message>
    <message>
        <source>Sex (from the NIP)</source>
        <translation>Jenis kelamin (dari NIP)</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Nomor urut</translation>
    </message>
    <message>
        <source>NIP check</source>
        <translation>Pemeriksaan NIP</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive since %1</source>
        <translation>Tidak aktif sejak %1</translation>
    </message>
    <message>
        <source>Unit history</source>
        <translation>Riwayat penempatan</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 s.d. %2</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sejak %1</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Violation cases</source>
        <translation>Kasus pelanggaran</translation>
    </message>
    <message>
        <source>No cases.</source>
        <translation>Tidak ada kasus.</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, melewati batas</translation>
    </message>
</context>
<context>
    <name>netra::StaffDialog</name>
    <message>
        <source>Edit staff member</source>
        <translation>Ubah Data Pegawai</translation>
    </message>
    <message>
        <source>Add staff member</source>
        <translation>Tambah Pegawai</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;NIP</source>
        <translation>&amp;NIP</translation>
    </message>
    <message>
        <source>Na&amp;me (with titles)</source>
        <translation>N&amp;ama (beserta gelar)</translation>
    </message>
    <message>
        <source>&amp;Sex</source>
        <translation>Jenis &amp;kelamin</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Golongan</translation>
    </message>
    <message>
        <source>&amp;Position</source>
        <translation>Ja&amp;batan</translation>
    </message>
    <message>
        <source>&amp;Work unit</source>
        <translation>&amp;Unit kerja</translation>
    </message>
    <message>
        <source>&amp;Moved on</source>
        <translation>&amp;Tanggal mutasi</translation>
    </message>
    <message>
        <source>Assigned &amp;from</source>
        <translation>&amp;Ditempatkan sejak</translation>
    </message>
    <message>
        <source>As the NIP says</source>
        <translation>Sesuai NIP</translation>
    </message>
    <message>
        <source>Male (L)</source>
        <translation>Laki-laki (L)</translation>
    </message>
    <message>
        <source>Female (P)</source>
        <translation>Perempuan (P)</translation>
    </message>
    <message>
        <source>Type a code or a name</source>
        <translation>Ketik kode atau nama</translation>
    </message>
    <message>
        <source>18 digits, spaces allowed</source>
        <translation>18 digit, boleh memakai spasi</translation>
    </message>
    <message>
        <source>e.g. III/b or IX</source>
        <translation>misalnya III/b atau IX</translation>
    </message>
    <message>
        <source>Signs a pakta integritas (named official)</source>
        <translation>Menandatangani pakta integritas (pejabat yang ditunjuk)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Non-ASN staff have no NIP; leave it empty.</source>
        <translation>Pegawai Non-ASN tidak memiliki NIP; kosongkan isian ini.</translation>
    </message>
    <message>
        <source>A NIP is needed for %1 staff.</source>
        <translation>Pegawai %1 wajib memiliki NIP.</translation>
    </message>
    <message>
        <source>This NIP is already recorded for %1.</source>
        <translation>NIP ini sudah tercatat atas nama %1.</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>Isi nama.</translation>
    </message>
    <message>
        <source>There are titles but no name.</source>
        <translation>Hanya ada gelar, tanpa nama.</translation>
    </message>
    <message>
        <source>Not a grade: write it as III/b for PNS or IX for PPPK.</source>
        <translation>Golongan tidak dikenal: tulis seperti III/b untuk PNS atau IX untuk PPPK.</translation>
    </message>
    <message>
        <source>Choose the work unit.</source>
        <translation>Pilih unit kerja.</translation>
    </message>
    <message>
        <source>Unknown work unit &quot;%1&quot;.</source>
        <translation>Unit kerja &quot;%1&quot; tidak dikenal.</translation>
    </message>
</context>
<context>
    <name>netra::StaffImportWizard</name>
    <message>
        <source>Import staff roster</source>
        <translation>Impor Daftar Pegawai</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>Roster file</source>
        <translation>Berkas daftar pegawai</translation>
    </message>
    <message>
        <source>The HR office&apos;s staff roster as an Excel workbook (.xlsx) or a CSV file. The first row must hold the column names.</source>
        <translation>Daftar pegawai dari bagian kepegawaian dalam bentuk buku kerja Excel (.xlsx) atau berkas CSV. Baris pertama harus berisi nama kolom.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Telusuri…</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <translation>Lembar ke&amp;rja:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Berkas:</translation>
    </message>
    <message>
        <source>Choose the staff roster</source>
        <translation>Pilih daftar pegawai</translation>
    </message>
    <message>
        <source>Rosters (*.xlsx *.csv);;All files (*)</source>
        <translation>Daftar pegawai (*.xlsx *.csv);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 kosong.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s): %1</source>
        <translation>
            <numerusform>%n kolom: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Titles before the name</source>
        <translation>Gelar depan</translation>
    </message>
    <message>
        <source>Titles after the name</source>
        <translation>Gelar belakang</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit kerja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Kind (PNS/PPPK)</source>
        <translation>Jenis pegawai (PNS/PPPK)</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <source>TMT</source>
        <translation>TMT</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>What each column of the file holds, as recognised from its name. Change a choice where it is wrong; choices are remembered for the next import.</source>
        <translation>Isi setiap kolom berkas, sebagaimana dikenali dari namanya. Ubah pilihan yang keliru; pilihan akan diingat untuk impor berikutnya.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolom dalam berkas</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Dibaca sebagai</translation>
    </message>
    <message>
        <source>(column %1, no name)</source>
        <translation>(kolom %1, tanpa nama)</translation>
    </message>
    <message>
        <source>— ignore —</source>
        <translation>— abaikan —</translation>
    </message>
    <message>
        <source>No column is read as %1. Choose the column that holds it.</source>
        <translation>Belum ada kolom yang dibaca sebagai %1. Pilih kolom yang memuatnya.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Opsi</translation>
    </message>
    <message>
        <source>New people are assigned to their unit, and moves take effect, from the effective date.</source>
        <translation>Pegawai baru ditempatkan di unit kerjanya, dan mutasi berlaku, sejak tanggal berlaku.</translation>
    </message>
    <message>
        <source>&amp;Create work units the file names but Netra does not have</source>
        <translation>&amp;Buat unit kerja yang disebut dalam berkas tetapi belum ada di Netra</translation>
    </message>
    <message>
        <source>&amp;Mark staff missing from the file inactive from the effective date</source>
        <translation>&amp;Tandai pegawai yang tidak ada dalam berkas sebagai tidak aktif sejak tanggal berlaku</translation>
    </message>
    <message>
        <source>&amp;Effective date:</source>
        <translation>Tanggal berl&amp;aku:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>What the import would do. Nothing has been written yet. Rows with problems are marked red and will be left out.</source>
        <translation>Hasil impor yang akan dilakukan. Belum ada yang ditulis. Baris bermasalah ditandai merah dan tidak akan diimpor.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>&amp;Save reject list…</source>
        <translation>&amp;Simpan daftar baris ditolak…</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>Baris ditolak:</translation>
    </message>
    <message>
        <source>Checking the file…</source>
        <translation>Memeriksa berkas…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n baris dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview cancelled. Go back and forward again to check the file anew.</source>
        <translation>Pratinjau dibatalkan. Kembali lalu lanjut lagi untuk memeriksa ulang berkas.</translation>
    </message>
    <message>
        <source>The preview did not run.</source>
        <translation>Pratinjau tidak berjalan.</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was written; the staff data is as it was.</source>
        <translation>Impor dibatalkan. Tidak ada yang ditulis; data pegawai tetap seperti semula.</translation>
    </message>
    <message>
        <source>The import failed and nothing was written:
%1</source>
        <translation>Impor gagal dan tidak ada yang ditulis:
%1</translation>
    </message>
    <message>
        <source>Imported: added %1 / updated %2 / unchanged %3 / rejected %4.</source>
        <translation>Diimpor: ditambah %1 / diperbarui %2 / tidak berubah %3 / ditolak %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n work unit(s) created.</source>
        <translation>
            <numerusform>%n unit kerja dibuat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) not in the file marked inactive.</source>
        <translation>
            <numerusform>%n pegawai yang tidak ada dalam berkas ditandai tidak aktif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n walk-in attendance record(s) tied to the roster.</source>
        <translation>
            <numerusform>%n data kehadiran peserta belum terdaftar dihubungkan dengan daftar pegawai.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rejected rows were left out; save the reject list to fix them in the file.</source>
        <translation>Baris yang ditolak tidak diimpor; simpan daftar baris ditolak untuk memperbaikinya di berkas.</translation>
    </message>
    <message>
        <source>To add %1 / to update %2 / unchanged %3 / rejected %4</source>
        <translation>Akan ditambah %1 / akan diperbarui %2 / tidak berubah %3 / ditolak %4</translation>
    </message>
    <message numerus="yes">
        <source>%n work unit(s) would be created.</source>
        <translation>
            <numerusform>%n unit kerja akan dibuat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n staff member(s) not in the file would be marked inactive.</source>
        <translation>
            <numerusform>%n pegawai yang tidak ada dalam berkas akan ditandai tidak aktif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept with something to check (marked yellow).</source>
        <translation>
            <numerusform>%n baris tetap diimpor dengan catatan untuk diperiksa (ditandai kuning).</numerusform>
        </translation>
    </message>
    <message>
        <source>The table shows the first %1 rows of the file; the reject list covers all of it.</source>
        <translation>Tabel menampilkan %1 baris pertama berkas; daftar baris ditolak mencakup seluruh berkas.</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-ditolak</translation>
    </message>
    <message>
        <source>Save reject list</source>
        <translation>Simpan Daftar Baris Ditolak</translation>
    </message>
    <message>
        <source>CSV (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV (*.csv);;Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>The valid rows go in together: a cancelled or failed import writes nothing.</source>
        <translation>Baris yang valid diimpor sekaligus: impor yang dibatalkan atau gagal tidak menulis apa pun.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
</context>
<context>
    <name>netra::StaffInUnitTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
</context>
<context>
    <name>netra::StaffPage</name>
    <message>
        <source>%1 people</source>
        <translation>%1 orang</translation>
    </message>
    <message>
        <source>%1+ people, counting…</source>
        <translation>%1+ orang, sedang menghitung…</translation>
    </message>
    <message>
        <source>Edit staff member</source>
        <translation>Ubah Data Pegawai</translation>
    </message>
    <message>
        <source>Void staff record</source>
        <translation>Batalkan Data Pegawai</translation>
    </message>
    <message>
        <source>The record of %1 will disappear from lists but stay in the file.
Reason:</source>
        <translation>Data %1 akan hilang dari daftar, tetapi tetap tersimpan di berkas.
Alasan:</translation>
    </message>
    <message>
        <source>Search by name or NIP</source>
        <translation>Cari berdasarkan nama atau NIP</translation>
    </message>
    <message>
        <source>All work units</source>
        <translation>Semua unit kerja</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <source>Active and inactive</source>
        <translation>Aktif dan tidak aktif</translation>
    </message>
    <message>
        <source>Active only</source>
        <translation>Hanya yang aktif</translation>
    </message>
    <message>
        <source>Inactive only</source>
        <translation>Hanya yang tidak aktif</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>&amp;Void…</source>
        <translation>&amp;Batalkan…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
    <message>
        <source>&amp;Import roster…</source>
        <translation>&amp;Impor daftar pegawai…</translation>
    </message>
    <message>
        <source>Export the staff list</source>
        <translation>Ekspor daftar pegawai</translation>
    </message>
</context>
<context>
    <name>netra::StaffPicker</name>
    <message>
        <source>NIP, or at least three letters of the name</source>
        <translation>NIP, atau paling sedikit tiga huruf nama</translation>
    </message>
    <message>
        <source>Nobody chosen yet.</source>
        <translation>Belum ada pegawai yang dipilih.</translation>
    </message>
    <message>
        <source>Nobody on the roster has NIP %1.</source>
        <translation>Tidak ada pegawai dalam daftar dengan NIP %1.</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>tidak aktif</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Dipilih: %1</translation>
    </message>
</context>
<context>
    <name>netra::StaffTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Tidak Aktif</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Work unit</source>
        <translation>Unit Kerja</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Golongan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>netra::UnitGapsDialog</name>
    <message>
        <source>%1 as of %2</source>
        <translation>%1 per %2</translation>
    </message>
    <message>
        <source>Ikrar not signed</source>
        <translation>Belum ikrar</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Belum hadir</translation>
    </message>
    <message>
        <source>Showing %1 of %2 who have not signed.</source>
        <translation>Menampilkan %1 dari %2 yang belum tanda tangan.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) have not signed.</source>
        <translation>
            <numerusform>%n orang belum tanda tangan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) did not attend enough sessions.</source>
        <translation>
            <numerusform>%n orang belum cukup menghadiri sosialisasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the lists</source>
        <translation>Ekspor daftar</translation>
    </message>
</context>
<context>
    <name>netra::UnitHeadDialog</name>
    <message>
        <source>Head of %1</source>
        <translation>Kepala %1</translation>
    </message>
    <message>
        <source>No head is recorded for %1 today. Find the person who heads it:</source>
        <translation>Belum ada kepala %1 yang tercatat per hari ini. Cari pegawai yang memimpinnya:</translation>
    </message>
    <message>
        <source>%1 heads %2 today. Find the person who heads it from the date below; the current term ends the day before.</source>
        <translation>%1 menjabat kepala %2 per hari ini. Cari pegawai yang memimpinnya mulai tanggal di bawah; masa jabatan saat ini berakhir sehari sebelumnya.</translation>
    </message>
    <message>
        <source>Search by name or NIP</source>
        <translation>Cari berdasarkan nama atau NIP</translation>
    </message>
    <message>
        <source>Only staff of this unit</source>
        <translation>Hanya pegawai unit ini</translation>
    </message>
    <message>
        <source>Heads the unit &amp;from</source>
        <translation>Menjabat kepala &amp;mulai</translation>
    </message>
</context>
<context>
    <name>netra::UnitShareChart</name>
    <message>
        <source>Ikrar signed per unit (%)</source>
        <translation>Ikrar ditandatangani per unit (%)</translation>
    </message>
    <message>
        <source>Attendance per unit (%)</source>
        <translation>Kehadiran per unit (%)</translation>
    </message>
</context>
<context>
    <name>netra::WeakUnitTableModel</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Ikrar</source>
        <translation>Ikrar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>netra::WeeklyProgressChart</name>
    <message>
        <source>Progress through the period (% of active ASN)</source>
        <translation>Perkembangan selama periode (% ASN aktif)</translation>
    </message>
    <message>
        <source>Ikrar signed</source>
        <translation>Ikrar ditandatangani</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Hadir</translation>
    </message>
</context>
<context>
    <name>netra::WorkUnitDialog</name>
    <message>
        <source>Edit work unit</source>
        <translation>Ubah Unit Kerja</translation>
    </message>
    <message>
        <source>Add work unit</source>
        <translation>Tambah Unit Kerja</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Abbreviation</source>
        <translation>&amp;Singkatan</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>&amp;Part of</source>
        <translation>&amp;Induk</translation>
    </message>
    <message>
        <source>(top level: a perangkat daerah)</source>
        <translation>(tingkat teratas: perangkat daerah)</translation>
    </message>
    <message>
        <source>A work unit with code %1 already exists.</source>
        <translation>Unit kerja dengan kode %1 sudah ada.</translation>
    </message>
</context>
<context>
    <name>netra::WorkUnitPage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <source>Set &amp;head…</source>
        <translation>Tetapkan &amp;kepala…</translation>
    </message>
    <message>
        <source>Work units</source>
        <translation>Perangkat Daerah</translation>
    </message>
</context>
<context>
    <name>netra::WorkUnitTableModel</name>
    <message>
        <source>(none recorded)</source>
        <translation>(belum tercatat)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Induk</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kepala</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Pegawai</translation>
    </message>
</context>
</TS>
