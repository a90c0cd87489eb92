// SPDX-License-Identifier: GPL-3.0-or-later
#include "AttendanceColumnMap.h"

#include "StaffColumnMap.h"

#include <QRegularExpression>

#include <climits>
#include <initializer_list>

namespace netra {

namespace {

constexpr int kMentionRank = 1000; // a header that only mentions the word, after every synonym

int synonymRank(const QString& key, std::initializer_list<const char*> synonyms)
{
    int rank = 0;
    for (const char* synonym : synonyms) {
        if (key == QLatin1String(synonym))
            return rank;
        ++rank;
    }
    return INT_MAX;
}

bool mentions(const QString& key, const char* word)
{
    return QRegularExpression(QStringLiteral("(?:^|[^\\p{L}\\p{N}])%1(?:[^\\p{L}\\p{N}]|$)").arg(QLatin1String(word)))
        .match(key)
        .hasMatch();
}

bool mentionsAny(const QString& key, std::initializer_list<const char*> words)
{
    for (const char* word : words)
        if (mentions(key, word))
            return true;
    return false;
}

int nipRank(const QString& key)
{
    if (const int rank = synonymRank(key, {"nip", "nip baru", "nomor induk pegawai", "nip/ni pppk", "ni pppk"});
        rank != INT_MAX)
        return rank;
    // "NIP (tanpa spasi)", "Masukkan NIP Anda"; never the old 9-digit NIP or a superior's.
    if ((mentions(key, "nip") || key.contains(QLatin1String("nomor induk pegawai")))
        && !mentionsAny(key, {"lama", "atasan"}))
        return kMentionRank;
    return INT_MAX;
}

int nameRank(const QString& key)
{
    if (const int rank = synonymRank(key, {"nama lengkap", "nama", "nama pegawai"}); rank != INT_MAX)
        return rank;
    // "Nama Lengkap (beserta gelar)"; never the name of a unit, a position or the event.
    if (mentions(key, "nama")
        && !mentionsAny(key, {"jabatan", "unit", "opd", "instansi", "kantor", "satuan", "perangkat", "dinas", "sekolah",
                              "kegiatan", "pangkat", "golongan", "atasan", "kecamatan", "desa", "kelurahan", "kerja"}))
        return kMentionRank;
    return INT_MAX;
}

int timestampRank(const QString& key)
{
    return synonymRank(key, {"timestamp", "stempel waktu", "cap waktu", "tanggal/waktu", "tanggal dan waktu", "waktu"});
}

} // namespace

AttendanceColumnMap AttendanceColumnMap::detect(const QStringList& headers)
{
    AttendanceColumnMap map;
    map.m_headers = headers;
    int bestNip = INT_MAX;
    int bestName = INT_MAX;
    int bestTimestamp = INT_MAX;
    const auto take = [](int rank, int column, int& best, int& chosen) {
        if (rank < best) {
            best = rank;
            chosen = column;
        }
    };
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = StaffColumnMap::headerKey(headers.at(column));
        if (key.isEmpty())
            continue;
        take(nipRank(key), column, bestNip, map.m_nip);
        take(nameRank(key), column, bestName, map.m_name);
        take(timestampRank(key), column, bestTimestamp, map.m_timestamp);
    }
    // "NIP / Nama" in one column is the NIP's: the name search would find nobody by digits.
    if (map.m_name == map.m_nip && map.m_nip >= 0)
        map.m_name = -1;
    return map;
}

} // namespace netra
