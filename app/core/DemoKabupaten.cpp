// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoKabupaten.h"

#include "DemoNames.h"
#include "PersonName.h"

#include <QUuid>

#include <algorithm>

namespace netra {

namespace {

struct UnitSpec {
    const char* code;
    const char* name;
    const char* abbreviation;
    const char* kind;
    double weight; // share of the roster, before normalising
    const char* headPosition;
};

// Codes follow Permendagri 90/2019's numbering the way many Pemda use it.
constexpr UnitSpec unitSpecs[] = {
    {"1.01.01", "Dinas Pendidikan dan Kebudayaan", "Disdikbud", "dinas", 50.0, "Kepala Dinas Pendidikan dan Kebudayaan"},
    {"1.02.01", "Dinas Kesehatan", "Dinkes", "dinas", 10.0, "Kepala Dinas Kesehatan"},
    {"1.02.02", "Rumah Sakit Umum Daerah Sukamaju", "RSUD", "rsud", 6.0, "Direktur RSUD Sukamaju"},
    {"1.03.01", "Dinas Pekerjaan Umum dan Penataan Ruang", "DPUPR", "dinas", 1.6, "Kepala Dinas Pekerjaan Umum dan Penataan Ruang"},
    {"1.04.01", "Dinas Perumahan dan Kawasan Permukiman", "Disperkim", "dinas", 0.7, "Kepala Dinas Perumahan dan Kawasan Permukiman"},
    {"1.05.01", "Satuan Polisi Pamong Praja", "Satpol PP", "satuan", 1.0, "Kepala Satuan Polisi Pamong Praja"},
    {"1.05.02", "Badan Penanggulangan Bencana Daerah", "BPBD", "badan", 0.5, "Kepala Pelaksana BPBD"},
    {"1.06.01", "Dinas Sosial", "Dinsos", "dinas", 0.6, "Kepala Dinas Sosial"},
    {"2.07.01", "Dinas Tenaga Kerja", "Disnaker", "dinas", 0.5, "Kepala Dinas Tenaga Kerja"},
    {"2.08.01", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DP3A", "dinas", 0.5, "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak"},
    {"2.11.01", "Dinas Lingkungan Hidup", "DLH", "dinas", 1.0, "Kepala Dinas Lingkungan Hidup"},
    {"2.12.01", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil", "dinas", 0.7, "Kepala Dinas Kependudukan dan Pencatatan Sipil"},
    {"2.13.01", "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "dinas", 0.5, "Kepala Dinas Pemberdayaan Masyarakat dan Desa"},
    {"2.15.01", "Dinas Perhubungan", "Dishub", "dinas", 0.8, "Kepala Dinas Perhubungan"},
    {"2.16.01", "Dinas Komunikasi dan Informatika", "Diskominfo", "dinas", 0.5, "Kepala Dinas Komunikasi dan Informatika"},
    {"2.18.01", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP", "dinas", 0.5, "Kepala Dinas Penanaman Modal dan PTSP"},
    {"2.23.01", "Dinas Perpustakaan dan Kearsipan", "Dispusip", "dinas", 0.4, "Kepala Dinas Perpustakaan dan Kearsipan"},
    {"3.25.01", "Dinas Perikanan dan Peternakan", "Diskanak", "dinas", 0.7, "Kepala Dinas Perikanan dan Peternakan"},
    {"3.26.01", "Dinas Pariwisata, Kepemudaan dan Olahraga", "Disparpora", "dinas", 0.5, "Kepala Dinas Pariwisata, Kepemudaan dan Olahraga"},
    {"3.27.01", "Dinas Pertanian", "Distan", "dinas", 1.5, "Kepala Dinas Pertanian"},
    {"3.30.01", "Dinas Perdagangan, Koperasi dan UKM", "Disdagkop", "dinas", 0.6, "Kepala Dinas Perdagangan, Koperasi dan UKM"},
    {"4.01.01", "Sekretariat Daerah", "Setda", "sekretariat", 1.8, "Sekretaris Daerah"},
    {"4.02.01", "Sekretariat DPRD", "Setwan", "sekretariat", 0.7, "Sekretaris DPRD"},
    {"5.01.01", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah", "Bappelitbangda", "badan", 0.5, "Kepala Bappelitbangda"},
    {"5.02.01", "Badan Pengelolaan Keuangan dan Aset Daerah", "BPKAD", "badan", 0.8, "Kepala BPKAD"},
    {"5.02.02", "Badan Pendapatan Daerah", "Bapenda", "badan", 0.6, "Kepala Badan Pendapatan Daerah"},
    {"5.03.01", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", "BKPSDM", "badan", 0.5, "Kepala BKPSDM"},
    {"6.01.01", "Inspektorat Daerah", "Inspektorat", "inspektorat", 0.6, "Inspektur Daerah"},
    {"8.01.01", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol", "badan", 0.4, "Kepala Badan Kesatuan Bangsa dan Politik"},
};

constexpr const char* kecamatanNames[] = {
    "Sukamaju", "Cibeureum", "Sindangsari", "Margahayu", "Sukasari", "Tanjungsari", "Karangtengah",
    "Mekarjaya", "Sumberjaya", "Pasirwangi", "Bojongsari", "Cikadu", "Wanasari", "Gunungsari", "Cempakawangi"};

constexpr const char* pnsGrades[] = {"II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"};
constexpr const char* headGrades[] = {"IV/b", "IV/c", "IV/d"};
constexpr const char* pppkGrades[] = {"V", "VII", "IX", "IX", "IX", "X"};

constexpr const char* teacherPositions[] = {"Guru Ahli Pertama", "Guru Ahli Muda", "Guru Ahli Madya", "Guru Kelas Ahli Pertama"};
constexpr const char* healthPositions[] = {"Perawat Terampil", "Perawat Ahli Pertama", "Bidan Terampil", "Dokter Ahli Pertama",
                                           "Apoteker Ahli Pertama", "Pranata Laboratorium Kesehatan Terampil"};
constexpr const char* officePositions[] = {"Penata Layanan Operasional", "Pengelola Layanan Operasional",
                                           "Operator Layanan Operasional", "Analis Kebijakan Ahli Muda",
                                           "Pranata Komputer Ahli Pertama", "Kepala Seksi", "Kepala Sub Bagian Umum",
                                           "Arsiparis Terampil", "Analis Keuangan Pusat dan Daerah Ahli Pertama"};

template <typename T, std::size_t N>
const T& pickFrom(const T (&pool)[N], QRandomGenerator& random)
{
    return pool[random.bounded(int(N))];
}

QString headPosition(const WorkUnit& unit)
{
    if (unit.kind == QLatin1String("kecamatan"))
        return QStringLiteral("Camat ") + unit.name.mid(QStringLiteral("Kecamatan ").size());
    for (const UnitSpec& spec : unitSpecs)
        if (unit.code == QLatin1String(spec.code))
            return QString::fromUtf8(spec.headPosition);
    return QStringLiteral("Kepala ") + unit.name;
}

} // namespace

DemoKabupaten::DemoKabupaten(quint32 seed)
    : m_random(seed)
{
    const QList<WorkUnit> all = units();
    double total = 0;
    for (const WorkUnit& unit : all) {
        double weight = 0.35; // a kecamatan
        for (const UnitSpec& spec : unitSpecs)
            if (unit.code == QLatin1String(spec.code))
                weight = spec.weight;
        total += weight;
        m_cumulativeWeights.push_back(total);
    }
    for (double& w : m_cumulativeWeights)
        w /= total;
}

QList<WorkUnit> DemoKabupaten::units()
{
    QList<WorkUnit> list;
    for (const UnitSpec& spec : unitSpecs) {
        WorkUnit unit;
        unit.code = QString::fromLatin1(spec.code);
        unit.name = QString::fromUtf8(spec.name);
        unit.abbreviation = QString::fromUtf8(spec.abbreviation);
        unit.kind = QString::fromLatin1(spec.kind);
        list.push_back(unit);
    }
    int number = 1;
    for (const char* name : kecamatanNames) {
        WorkUnit unit;
        unit.code = QStringLiteral("7.01.%1").arg(number++, 2, 10, QLatin1Char('0'));
        unit.name = QStringLiteral("Kecamatan ") + QString::fromLatin1(name);
        unit.abbreviation = QStringLiteral("Kec. ") + QString::fromLatin1(name);
        unit.kind = QStringLiteral("kecamatan");
        list.push_back(unit);
    }
    return list;
}

QList<ElectionPeriod> DemoKabupaten::periods()
{
    // DOMAIN.md §8: the programme starts with the campaign, ends with the recapitulation.
    ElectionPeriod pemilu;
    pemilu.name = QStringLiteral("Pemilu 2024");
    pemilu.kind = ElectionKind::Pemilu;
    pemilu.start = QDate(2023, 11, 28);
    pemilu.votingDay = QDate(2024, 2, 14);
    pemilu.end = QDate(2024, 3, 20);
    ElectionPeriod pilkada;
    pilkada.name = QStringLiteral("Pilkada 2024");
    pilkada.kind = ElectionKind::Pilkada;
    pilkada.start = QDate(2024, 9, 25);
    pilkada.votingDay = QDate(2024, 11, 27);
    pilkada.end = QDate(2024, 12, 16);
    return {pemilu, pilkada};
}

QList<Session> DemoKabupaten::sessions()
{
    QStringList education{QStringLiteral("1.01.01")};
    QStringList health{QStringLiteral("1.02.01"), QStringLiteral("1.02.02")};
    QStringList kecamatan;
    QStringList offices;
    for (const WorkUnit& unit : units())
        (unit.kind == QLatin1String("kecamatan") ? kecamatan : offices).push_back(unit.code);
    const QString kesbangpol = QStringLiteral("Kepala Badan Kesatuan Bangsa dan Politik");
    const auto make = [&](const char* period, const char* title, QDate date, QTime start, QTime end, const char* venue,
                          const char* speakers, const QStringList& units, bool closed) {
        Session s;
        s.periodName = QString::fromLatin1(period);
        s.title = QString::fromUtf8(title);
        s.date = date;
        s.start = start;
        s.end = end;
        s.venue = QString::fromUtf8(venue);
        s.speakers = QString::fromUtf8(speakers);
        s.organiser = kesbangpol;
        s.targetUnitCodes = units;
        if (closed)
            s.closedAt = QDateTime(date, end.isValid() ? end : QTime(12, 0), Qt::UTC).addSecs(-7 * 3600);
        return s;
    };
    return {
        make("Pemilu 2024", "Apel Bersama dan Ikrar Netralitas ASN Pemilu 2024", QDate(2023, 11, 28), QTime(7, 30),
             QTime(10, 0), "Halaman Kantor Bupati Sukamaju", "Bupati Sukamaju; Ketua Bawaslu Kabupaten Sukamaju", {}, true),
        make("Pemilu 2024", "Sosialisasi Netralitas ASN bagi Tenaga Pendidik", QDate(2023, 12, 12), QTime(8, 30),
             QTime(12, 0), "Aula Dinas Pendidikan dan Kebudayaan", "Ketua Bawaslu Kabupaten Sukamaju", education, true),
        make("Pemilu 2024", "Sosialisasi Netralitas ASN bagi Tenaga Kesehatan", QDate(2024, 1, 16), QTime(8, 30),
             QTime(12, 0), "Aula RSUD Sukamaju", "Inspektur Daerah", health, true),
        make("Pemilu 2024", "Dialog Netralitas ASN bersama Bawaslu dan Inspektorat", QDate(2024, 1, 23), QTime(9, 0),
             QTime(12, 0), "Aula Bappelitbangda", "Ketua Bawaslu Kabupaten Sukamaju; Inspektur Daerah", kecamatan, true),
        make("Pemilu 2024", "Evaluasi Netralitas ASN Pasca Pemungutan Suara", QDate(2024, 2, 26), QTime(9, 0),
             QTime(11, 30), "Ruang Rapat Sekretariat Daerah", "Sekretaris Daerah", offices, true),
        make("Pilkada 2024", "Apel Bersama dan Ikrar Netralitas ASN Pilkada 2024", QDate(2024, 9, 30), QTime(7, 30),
             QTime(10, 0), "Halaman Kantor Bupati Sukamaju", "Pj. Bupati Sukamaju; Ketua Bawaslu Kabupaten Sukamaju", {},
             true),
        make("Pilkada 2024", "Sosialisasi Netralitas ASN bagi Tenaga Pendidik", QDate(2024, 10, 15), QTime(8, 30),
             QTime(12, 0), "Aula Dinas Pendidikan dan Kebudayaan", "Kepala BKPSDM", education, true),
        make("Pilkada 2024", "Dialog Netralitas ASN di Kecamatan", QDate(2024, 11, 5), QTime(9, 0), QTime(),
             "Pendopo Kecamatan Sukamaju", "Ketua Panwascam", kecamatan, false),
    };
}

QHash<QString, QString> DemoKabupaten::settings()
{
    return {
        {QStringLiteral("letterhead.government"), QStringLiteral("PEMERINTAH KABUPATEN SUKAMAJU")},
        {QStringLiteral("letterhead.office"), QStringLiteral("SEKRETARIAT DAERAH")},
        {QStringLiteral("letterhead.address"),
         QStringLiteral("Jalan Raya Sukamaju Nomor 1, Telepon (0231) 123456\n"
                        "Laman www.sukamajukab.go.id, Pos-el setda@sukamajukab.go.id, Kode Pos 45111")},
        {QStringLiteral("signatory.place"), QStringLiteral("Sukamaju")},
        {QStringLiteral("signatory.position"), QStringLiteral("SEKRETARIS DAERAH KABUPATEN SUKAMAJU,")},
        {QStringLiteral("signatory.name"), QStringLiteral("Drs. H. AGUS MULYADI, M.Si.")},
        {QStringLiteral("signatory.rank"), QStringLiteral("Pembina Utama Madya (IV/d)")},
        {QStringLiteral("signatory.nip"), QStringLiteral("197001011995031001")},
        {QStringLiteral("report.cc"),
         QStringLiteral("Bupati Sukamaju (sebagai laporan)\nInspektur Daerah Kabupaten Sukamaju\n"
                        "Kepala BKPSDM Kabupaten Sukamaju\nKepala Badan Kesbangpol Kabupaten Sukamaju\n"
                        "Ketua Bawaslu Kabupaten Sukamaju")},
    };
}

QString DemoKabupaten::nextUuid()
{
    // Time-ordered (RFC 9562 version 7): 48 bits of milliseconds, here a fixed start plus a
    // counter so that a seed always gives the same ids, then random bits. Ids made in order
    // sort in order, which keeps the unique indexes cheap to build after a bulk load.
    const quint64 millis = Q_UINT64_C(1700000000000) + m_uuidCounter++;
    const quint64 random = m_random.generate64();
    unsigned char bytes[16];
    for (int i = 0; i < 6; ++i)
        bytes[i] = static_cast<unsigned char>(millis >> (8 * (5 - i)));
    for (int i = 6; i < 16; ++i)
        bytes[i] = static_cast<unsigned char>(random >> (8 * (i % 8)));
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x70); // version 7
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80); // RFC 9562 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(bytes), 16)).toString(QUuid::WithoutBraces);
}

int DemoKabupaten::pickUnit()
{
    const double r = m_random.generateDouble();
    const auto it = std::lower_bound(m_cumulativeWeights.begin(), m_cumulativeWeights.end(), r);
    return int(std::min<qsizetype>(it - m_cumulativeWeights.begin(), m_cumulativeWeights.size() - 1));
}

QString DemoKabupaten::uniqueNip(QDate birth, int tmtYear, int tmtMonth, Sex sex)
{
    const QString first15 = birth.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1%2").arg(tmtYear, 4, 10, QLatin1Char('0')).arg(tmtMonth, 2, 10, QLatin1Char('0'))
        + (sex == Sex::Male ? QLatin1Char('1') : QLatin1Char('2'));
    int& serial = m_serials[first15.toULongLong()];
    if (serial >= 999)
        return {};
    ++serial;
    return first15 + QStringLiteral("%1").arg(serial, 3, 10, QLatin1Char('0'));
}

DemoKabupaten::Person DemoKabupaten::makePerson(int unitIndex, bool head)
{
    static const QList<WorkUnit> allUnits = units();
    const WorkUnit& unit = allUnits.at(unitIndex);
    Person person;
    person.unitIndex = unitIndex;
    person.head = head;
    Staff& s = person.staff;

    const int kindRoll = m_random.bounded(100);
    s.kind = head || kindRoll >= 20 ? StaffKind::Pns : (kindRoll < 3 ? StaffKind::PppkPartTime : StaffKind::Pppk);
    const bool pppk = s.kind != StaffKind::Pns;
    const bool education = unit.code == QLatin1String("1.01.01");
    const bool health = unit.code == QLatin1String("1.02.01") || unit.kind == QLatin1String("rsud");
    const Sex sex = m_random.bounded(100) < (education || health ? 62 : 45) ? Sex::Female : Sex::Male;
    s.sex = sex;

    const int birthYear = head ? 1966 + m_random.bounded(12) : 1966 + m_random.bounded(36);
    const QDate birth(birthYear, 1 + m_random.bounded(12), 1 + m_random.bounded(28));
    s.birthDate = birth;
    int tmtYear = 0;
    int tmtMonth = 0;
    if (pppk) {
        tmtYear = 2021 + m_random.bounded(4);
        tmtMonth = m_random.bounded(3) == 0 ? 21 : 1 + m_random.bounded(12);
    } else {
        tmtYear = std::min(2024, birthYear + 22 + m_random.bounded(14));
        tmtMonth = 1 + m_random.bounded(12);
    }
    QString nip;
    while ((nip = uniqueNip(birth, tmtYear, tmtMonth, sex)).isEmpty())
        tmtMonth = pppk ? 1 + m_random.bounded(12) : (tmtMonth % 12) + 1;
    s.nip = nip;
    s.uuid = nextUuid();

    QString given = DemoNames::givenName(sex, m_random);
    const QString second = DemoNames::secondName(sex, m_random);
    QString front;
    QString back;
    if (head) {
        front = m_random.bounded(2) ? QStringLiteral("Drs. H.") : QStringLiteral("H.");
        if (sex == Sex::Female)
            front = m_random.bounded(2) ? QStringLiteral("Dra. Hj.") : QStringLiteral("Hj.");
        back = m_random.bounded(2) ? QStringLiteral("M.Si.") : QStringLiteral("M.M.");
        s.position = headPosition(unit);
        s.grade = QString::fromLatin1(pickFrom(headGrades, m_random));
    } else if (education) {
        back = m_random.bounded(4) == 0 ? QStringLiteral("S.Pd., M.Pd.") : QStringLiteral("S.Pd.");
        s.position = QString::fromLatin1(pickFrom(teacherPositions, m_random));
    } else if (health) {
        const QString position = QString::fromLatin1(pickFrom(healthPositions, m_random));
        s.position = position;
        if (position.startsWith(QLatin1String("Dokter")))
            front = QStringLiteral("dr.");
        else if (position.startsWith(QLatin1String("Perawat Ahli")))
            back = QStringLiteral("S.Kep., Ners");
        else if (position.startsWith(QLatin1String("Bidan")))
            back = QStringLiteral("A.Md.Keb.");
        else if (position.startsWith(QLatin1String("Apoteker")))
            back = QStringLiteral("S.Farm., Apt.");
        else
            back = QStringLiteral("A.Md.Kes.");
    } else {
        s.position = QString::fromLatin1(pickFrom(officePositions, m_random));
        const int roll = m_random.bounded(10);
        back = roll < 4 ? QStringLiteral("S.E.") : roll < 6 ? QStringLiteral("S.Sos.") : roll < 7 ? QStringLiteral("S.H.") : QString();
    }
    if (!head && !pppk && s.grade.isEmpty())
        s.grade = QString::fromLatin1(pickFrom(pnsGrades, m_random));
    if (pppk)
        s.grade = QString::fromLatin1(pickFrom(pppkGrades, m_random));

    s.bareName = given + QLatin1Char(' ') + second;
    s.frontTitles = front;
    s.backTitles = back;
    s.name = (front.isEmpty() ? QString() : front + QLatin1Char(' ')) + s.bareName
        + (back.isEmpty() ? QString() : QStringLiteral(", ") + back);

    const QDate appointed(tmtYear, pppk ? 1 : tmtMonth, 1);
    person.assignedFrom = std::max(appointed, QDate(2015, 1, 1));
    if (head) {
        person.assignedFrom = QDate(2022, 1 + m_random.bounded(12), 3);
    } else if (m_random.bounded(50) == 0 && person.assignedFrom < QDate(2023, 1, 1)) {
        // About 2 % moved during 2023: their history shows the earlier unit.
        person.previousUnitIndex = pickUnit();
        if (person.previousUnitIndex == unitIndex)
            person.previousUnitIndex = -1;
        else {
            person.previousFrom = person.assignedFrom;
            person.assignedFrom = QDate(2023, 1 + m_random.bounded(12), 1);
        }
    }
    if (person.previousUnitIndex >= 0)
        person.previousAssignmentUuid = nextUuid();
    person.assignmentUuid = nextUuid();
    if (head)
        person.headUuid = nextUuid();
    person.nameKey = nameKey(s.name);
    return person;
}

void DemoKabupaten::generateStaff(int count, const std::function<bool(const Person&)>& visit)
{
    const int unitCount = int(units().size());
    for (int i = 0; i < count; ++i) {
        const bool head = i < unitCount;
        if (!visit(makePerson(head ? i : pickUnit(), head)))
            return;
    }
}

} // namespace netra
