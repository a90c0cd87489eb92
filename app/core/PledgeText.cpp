// SPDX-License-Identifier: GPL-3.0-or-later
#include "PledgeText.h"

#include "PledgePlaceholders.h"

#include <QRegularExpression>

namespace netra {

namespace {

// DOMAIN.md §9 word for word; each item on one line so the source reads like the setting.
const QString kIkrar = QStringLiteral(
    "IKRAR NETRALITAS APARATUR SIPIL NEGARA\n"
    "{PEMDA}\n"
    "DALAM {PEMILIHAN}\n"
    "\n"
    "Untuk menyukseskan {pemilihan}, kami Aparatur Sipil Negara di lingkungan {Pemda} berikrar:\n"
    "\n"
    "1. Bersikap netral dalam menjalankan tugas dan melayani masyarakat, sebelum, selama, dan setelah "
    "{pemilihan};\n"
    "2. Mencegah konflik kepentingan, tidak mengintimidasi atau mengancam pegawai maupun masyarakat, dan tidak "
    "berpihak kepada {peserta} mana pun;\n"
    "3. Bermedia sosial secara bijak, tidak memakainya untuk kepentingan {peserta} tertentu, serta tidak "
    "menyebarkan ujaran kebencian dan berita bohong;\n"
    "4. Menolak politik uang dan pemberian dalam bentuk apa pun.\n"
    "\n"
    "Ikrar ini kami ucapkan dengan integritas dan penuh tanggung jawab, demi netralitas Aparatur Sipil Negara "
    "yang bermartabat, beretika, dan demokratis serta keutuhan Negara Kesatuan Republik Indonesia.\n");

// The official's particulars are printed after the first opening paragraph (see PledgeForm).
const QString kPakta = QStringLiteral(
    "PAKTA INTEGRITAS\n"
    "NETRALITAS APARATUR SIPIL NEGARA\n"
    "DALAM {PEMILIHAN}\n"
    "\n"
    "Yang bertanda tangan di bawah ini,\n"
    "\n"
    "dengan ini menyatakan bahwa saya akan:\n"
    "\n"
    "1. Menjaga dan menegakkan asas netralitas Aparatur Sipil Negara di unit kerja yang saya pimpin selama "
    "{pemilihan};\n"
    "2. Menghindari konflik kepentingan: tidak melakukan intimidasi atau ancaman terhadap Aparatur Sipil Negara "
    "dan masyarakat, serta tidak berpihak kepada {peserta} mana pun;\n"
    "3. Bermedia sosial secara bijak: tidak mendukung {peserta} tertentu, tidak melakukan kampanye hitam, dan "
    "tidak menyebarkan ujaran kebencian maupun berita bohong;\n"
    "4. Menolak politik uang dan segala pemberian dalam bentuk apa pun.\n"
    "\n"
    "Bila saya melanggar pakta integritas ini, saya bersedia menerima sanksi sesuai ketentuan peraturan "
    "perundang-undangan.\n");

QStringList filledAll(const QStringList& parts, const PledgePlaceholders& placeholders)
{
    QStringList filled;
    filled.reserve(parts.size());
    for (const QString& part : parts)
        filled.append(placeholders.fill(part));
    return filled;
}

} // namespace

QString PledgeText::defaultText(PledgeKind kind)
{
    return kind == PledgeKind::Ikrar ? kIkrar : kPakta;
}

QString PledgeText::settingKey(PledgeKind kind)
{
    return kind == PledgeKind::Ikrar ? QStringLiteral("pledge.ikrar_text") : QStringLiteral("pledge.pakta_text");
}

PledgeText PledgeText::parse(const QString& text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalised.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    const QStringList lines = normalised.split(QLatin1Char('\n'));

    PledgeText parsed;
    qsizetype i = 0;
    while (i < lines.size() && lines.at(i).trimmed().isEmpty())
        ++i;
    for (; i < lines.size() && !lines.at(i).trimmed().isEmpty(); ++i)
        parsed.titleLines.append(lines.at(i).simplified());

    // At most two digits: a paragraph opening with a year ("2024. ...") is not an item.
    static const QRegularExpression itemStart(QStringLiteral("^[0-9]{1,2}[.)](?:\\s+(.*))?$"));
    QStringList* continued = nullptr; // the list whose last entry the next line carries on
    for (; i < lines.size(); ++i) {
        const QString line = lines.at(i).simplified();
        if (line.isEmpty()) {
            continued = nullptr;
            continue;
        }
        if (const QRegularExpressionMatch m = itemStart.match(line); m.hasMatch()) {
            parsed.items.append(m.captured(1));
            continued = &parsed.items;
        } else if (continued) {
            QString& last = continued->last();
            last += last.isEmpty() ? line : QLatin1Char(' ') + line;
        } else {
            continued = parsed.items.isEmpty() ? &parsed.opening : &parsed.closing;
            continued->append(line);
        }
    }
    return parsed;
}

PledgeText PledgeText::fromSetting(PledgeKind kind, const QString& settingValue)
{
    return parse(settingValue.trimmed().isEmpty() ? defaultText(kind) : settingValue);
}

PledgeText PledgeText::filled(const PledgePlaceholders& placeholders) const
{
    return {filledAll(titleLines, placeholders), filledAll(opening, placeholders), filledAll(items, placeholders),
            filledAll(closing, placeholders)};
}

} // namespace netra
