// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameMatch.h"

#include <QSet>
#include <QStringList>

#include <algorithm>

namespace netra {

std::optional<StaffCandidate> pickByName(const QList<StaffCandidate>& bearers,
                                         const QList<StaffCandidate>& invitedBearers)
{
    if (bearers.size() == 1)
        return bearers.front();
    if (bearers.size() > 1 && invitedBearers.size() == 1)
        return invitedBearers.front();
    return std::nullopt;
}

QList<StaffCandidate> bestCandidates(const QString& key, QList<StaffCandidate> pool, int count)
{
    const QStringList nameWords = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const QSet<QString> words(nameWords.cbegin(), nameWords.cend());
    const auto shared = [&](const StaffCandidate& c) {
        int n = 0;
        for (const QString& word : c.nameKey.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            n += words.contains(word) ? 1 : 0;
        return n;
    };
    QList<std::pair<int, StaffCandidate>> scored;
    scored.reserve(pool.size());
    QSet<qint64> seen;
    for (StaffCandidate& candidate : pool)
        if (!seen.contains(candidate.staffId)) {
            seen.insert(candidate.staffId);
            scored.push_back({shared(candidate), std::move(candidate)});
        }
    std::stable_sort(scored.begin(), scored.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first)
            return a.first > b.first;
        if (a.second.invited != b.second.invited)
            return a.second.invited;
        if (a.second.nameKey != b.second.nameKey)
            return a.second.nameKey < b.second.nameKey;
        return a.second.staffId < b.second.staffId;
    });
    QList<StaffCandidate> best;
    for (qsizetype i = 0; i < scored.size() && i < count; ++i)
        best.push_back(std::move(scored[i].second));
    return best;
}

QStringList searchWords(const QString& key)
{
    QStringList words;
    for (const QString& word : key.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        if (word.size() >= 3 && !words.contains(word))
            words << word;
    std::stable_sort(words.begin(), words.end(), [](const QString& a, const QString& b) { return a.size() > b.size(); });
    return words;
}

} // namespace netra
