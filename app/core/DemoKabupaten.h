// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ElectionPeriod.h"
#include "Session.h"
#include "Staff.h"
#include "WorkUnit.h"

#include <QHash>
#include <QList>
#include <QRandomGenerator>

#include <functional>

namespace netra {

// A made-up but realistic kabupaten (Sukamaju): its perangkat daerah with skewed headcounts
// (education about half), staff with valid unique NIPs, a head per unit and the two 2024
// election periods. The same seed always gives the same people.
class DemoKabupaten {
public:
    struct Person {
        Staff staff;        // with NIP, name, kind, sex, birth date, grade, position
        int unitIndex = 0;  // into units()
        QDate assignedFrom;
        int previousUnitIndex = -1; // a mover: assigned there until assignedFrom - 1
        QDate previousFrom;
        bool head = false;  // heads units()[unitIndex] from assignedFrom
        // Drawn here too, so that one generator (and one thread) makes all of a seed's data.
        QString assignmentUuid;
        QString previousAssignmentUuid;
        QString headUuid;
        QString nameKey; // nameKey(staff.name), made here, off the writing thread
    };

    explicit DemoKabupaten(quint32 seed);

    static QList<WorkUnit> units();
    static QList<ElectionPeriod> periods();
    // Briefings of both periods (periodName set, periodId not), most of them already closed.
    static QList<Session> sessions();
    static QHash<QString, QString> settings();

    // Calls visit for each of `count` people, until it returns false; the first person of
    // each unit is its head.
    void generateStaff(int count, const std::function<bool(const Person&)>& visit);

    // A stable pseudo-random uuid, so that a seed gives the same file twice.
    QString nextUuid();

private:
    QString uniqueNip(QDate birth, int tmtYear, int tmtMonth, Sex sex);
    int pickUnit();
    Person makePerson(int unitIndex, bool head);

    QRandomGenerator m_random;
    quint64 m_uuidCounter = 0;
    QList<double> m_cumulativeWeights;
    QHash<quint64, int> m_serials; // first 15 NIP digits -> last serial used
};

} // namespace netra
