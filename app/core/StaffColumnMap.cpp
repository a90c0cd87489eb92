// SPDX-License-Identifier: GPL-3.0-or-later
#include "StaffColumnMap.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <climits>
#include <tuple>
#include <utility>

namespace netra {

namespace {

constexpr int kFieldCount = int(StaffField::Tmt) + 1;

// Per field, the header keys that name it, best first: when a file has both "NIP" and
// "NIP Baru" the new 18-digit number wins; "Gol" holds the code Grade parses while "Pangkat"
// often holds only the rank's name.
const QList<std::pair<StaffField, QStringList>>& synonyms()
{
    static const QList<std::pair<StaffField, QStringList>> table = [] {
        const auto list = [](std::initializer_list<const char*> words) {
            QStringList keys;
            for (const char* w : words)
                keys << QString::fromUtf8(w);
            return keys;
        };
        return QList<std::pair<StaffField, QStringList>>{
            {StaffField::Nip, list({"nip baru", "nip", "nip/ni pppk", "ni pppk", "nomor induk pegawai"})},
            {StaffField::Name, list({"nama lengkap", "nama", "nama pegawai", "name"})},
            {StaffField::FrontTitles, list({"gelar depan", "front titles"})},
            {StaffField::BackTitles, list({"gelar belakang", "back titles"})},
            {StaffField::Unit, list({"unit kerja", "unit organisasi", "opd", "satuan kerja", "perangkat daerah",
                                     "unor", "satker", "unit"})},
            {StaffField::Position, list({"jabatan", "nama jabatan", "position"})},
            {StaffField::Grade, list({"golongan", "gol", "gol/ruang", "golongan/ruang", "gol ruang", "pangkat/golongan",
                                      "pangkat/gol", "pangkat", "grade"})},
            {StaffField::Kind, list({"jenis pegawai", "status kepegawaian", "status pegawai", "jenis asn", "kind"})},
            {StaffField::Sex, list({"jenis kelamin", "jk", "l/p", "sex"})},
            {StaffField::BirthDate, list({"tanggal lahir", "tgl lahir", "birth date"})},
            {StaffField::Tmt, list({"tmt"})},
        };
    }();
    return table;
}

// Lower is better; INT_MAX when the header names nothing.
std::pair<std::optional<StaffField>, int> synonymRank(const QString& key)
{
    for (const auto& [field, keys] : synonyms()) {
        const qsizetype at = keys.indexOf(key);
        if (at >= 0)
            return {field, int(at)};
    }
    return {std::nullopt, INT_MAX};
}

const QString& ignoreWord()
{
    static const QString word = QStringLiteral("ignore");
    return word;
}

} // namespace

QString StaffColumnMap::headerKey(const QString& header)
{
    QString key = header.toLower();
    key.replace(QLatin1Char('_'), QLatin1Char(' '));
    // "Tgl. Lahir", "Gol.", "NIP :" are the same headers without their punctuation.
    key.remove(QLatin1Char('.')).remove(QLatin1Char(':'));
    key.replace(QStringLiteral(" / "), QStringLiteral("/"));
    return key.simplified();
}

std::optional<StaffField> StaffColumnMap::fieldForHeader(const QString& header)
{
    return synonymRank(headerKey(header)).first;
}

Status StaffColumnMap::applyOverride(Overrides& overrides, const QString& assignment)
{
    const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
    const QString column = eq > 0 ? headerKey(assignment.left(eq)) : QString();
    const QString target = eq > 0 ? assignment.mid(eq + 1).trimmed().toLower() : QString();
    if (column.isEmpty() || target.isEmpty())
        return Error::usage(tr("--map takes COLUMN=FIELD, e.g. \"NIP Baru=nip\"; got \"%1\".").arg(assignment));
    if (target == QLatin1String("auto")) {
        overrides.remove(column);
        return {};
    }
    if (target == ignoreWord()) {
        overrides.insert(column, std::nullopt);
        return {};
    }
    const auto field = staffFieldFromCode(target);
    if (!field)
        return Error::usage(tr("--map: unknown field \"%1\"; use one of: %2, ignore, auto.")
                                .arg(target, staffFieldCodes().join(QStringLiteral(", "))));
    overrides.insert(column, *field);
    return {};
}

QString StaffColumnMap::encode(const Overrides& overrides)
{
    if (overrides.isEmpty())
        return {};
    QJsonObject object;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        object.insert(it.key(), it.value() ? staffFieldCode(*it.value()) : ignoreWord());
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

StaffColumnMap::Overrides StaffColumnMap::decode(const QString& text)
{
    Overrides overrides;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    const QJsonObject object = doc.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString value = it.value().toString();
        if (value == ignoreWord())
            overrides.insert(headerKey(it.key()), std::nullopt);
        else if (const auto field = staffFieldFromCode(value))
            overrides.insert(headerKey(it.key()), *field);
    }
    return overrides;
}

StaffColumnMap StaffColumnMap::detect(const QStringList& headers, const Overrides& overrides)
{
    StaffColumnMap map;
    map.m_headers = headers;
    map.m_columns = QList<int>(kFieldCount, -1);
    QList<int> ranks(kFieldCount, INT_MAX);
    for (int column = 0; column < headers.size(); ++column) {
        const QString key = headerKey(headers.at(column));
        if (key.isEmpty())
            continue;
        std::optional<StaffField> field;
        int rank = INT_MAX;
        if (const auto chosen = overrides.constFind(key); chosen != overrides.cend()) {
            field = *chosen;
            rank = -1; // the user's choice beats any synonym
        } else {
            std::tie(field, rank) = synonymRank(key);
        }
        if (!field)
            continue;
        const int index = int(*field);
        if (rank < ranks.at(index)) {
            ranks[index] = rank;
            map.m_columns[index] = column;
        }
    }
    return map;
}

int StaffColumnMap::column(StaffField field) const
{
    return m_columns.value(int(field), -1);
}

std::optional<StaffField> StaffColumnMap::fieldAt(int column) const
{
    for (int f = 0; f < m_columns.size(); ++f)
        if (m_columns.at(f) == column)
            return StaffField(f);
    return std::nullopt;
}

QString StaffColumnMap::header(StaffField field) const
{
    const int at = column(field);
    return at >= 0 ? m_headers.value(at).simplified() : staffFieldCode(field);
}

} // namespace netra
