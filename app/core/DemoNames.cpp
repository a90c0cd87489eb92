// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoNames.h"

#include <array>

namespace netra {

namespace {

template <std::size_t N>
QString pick(const std::array<const char*, N>& pool, QRandomGenerator& random)
{
    return QString::fromLatin1(pool[random.bounded(int(N))]);
}

constexpr std::array<const char*, 48> maleGiven = {
    "Agus", "Ahmad", "Andi", "Asep", "Bambang", "Budi", "Cecep", "Dadang", "Dedi", "Deden", "Dian", "Eko",
    "Endang", "Fajar", "Hendra", "Heri", "Iwan", "Joko", "Kurniawan", "Lukman", "Muhammad", "Nana", "Nandang",
    "Rahmat", "Ridwan", "Rudi", "Slamet", "Sugeng", "Suryadi", "Taufik", "Ujang", "Wahyu", "Yayan", "Yusuf",
    "Rizki", "Arif", "Irfan", "Hadi", "Gilang", "Ilham", "Dimas", "Galih", "Wawan", "Tatang", "Iman", "Rendi",
    "Aditya", "Bayu"};
constexpr std::array<const char*, 48> femaleGiven = {
    "Siti", "Nur", "Dewi", "Sri", "Rina", "Yuli", "Ani", "Euis", "Lilis", "Neneng", "Wati", "Tuti", "Rini",
    "Fitri", "Dian", "Ratna", "Yanti", "Nining", "Eka", "Indah", "Intan", "Mega", "Putri", "Rahmawati", "Rosita",
    "Sari", "Susanti", "Wulan", "Yuni", "Ayu", "Anisa", "Fitriani", "Nurul", "Lina", "Heni", "Ida", "Nia",
    "Enung", "Cucu", "Iis", "Mulyani", "Resti", "Novi", "Desi", "Vina", "Ai", "Tini", "Endah"};
constexpr std::array<const char*, 40> maleSecond = {
    "Mulyadi", "Santoso", "Hidayat", "Saputra", "Setiawan", "Gunawan", "Permana", "Nugraha", "Kusnadi",
    "Suherman", "Sutisna", "Wijaya", "Hermawan", "Firmansyah", "Ramdani", "Maulana", "Prasetyo", "Kurnia",
    "Sobari", "Rusmana", "Supriadi", "Hakim", "Rahman", "Sudrajat", "Sumarna", "Suryana", "Iskandar",
    "Pratama", "Hidayatullah", "Kusuma", "Ardiansyah", "Effendi", "Nasution", "Siregar", "Purnama",
    "Sunarya", "Wiguna", "Budiman", "Syahputra", "Kartika"};
constexpr std::array<const char*, 40> femaleSecond = {
    "Aminah", "Rahayu", "Lestari", "Handayani", "Wulandari", "Kurniasih", "Suryani", "Nurhayati", "Fatimah",
    "Maryani", "Hasanah", "Permatasari", "Susilawati", "Anggraeni", "Mulyasari", "Puspitasari", "Rosdiana",
    "Komalasari", "Sumiati", "Yulianti", "Nuraeni", "Herawati", "Kartini", "Marlina", "Setiawati", "Oktaviani",
    "Safitri", "Damayanti", "Nurjanah", "Hartini", "Rohmah", "Sulastri", "Wahyuni", "Apriani", "Maesaroh",
    "Juwita", "Kusmiati", "Haryati", "Andriani", "Widyastuti"};

} // namespace

QString DemoNames::givenName(Sex sex, QRandomGenerator& random)
{
    return sex == Sex::Male ? pick(maleGiven, random) : pick(femaleGiven, random);
}

QString DemoNames::secondName(Sex sex, QRandomGenerator& random)
{
    return sex == Sex::Male ? pick(maleSecond, random) : pick(femaleSecond, random);
}

} // namespace netra
