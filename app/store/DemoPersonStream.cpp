// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoPersonStream.h"

namespace netra {

DemoPersonStream::DemoPersonStream(DemoKabupaten& kabupaten, int count)
    : m_producer([this, &kabupaten, count] { produce(kabupaten, count); })
{
}

DemoPersonStream::~DemoPersonStream()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_producer.join();
}

void DemoPersonStream::produce(DemoKabupaten& kabupaten, int count)
{
    std::vector<DemoKabupaten::Person> chunk;
    chunk.reserve(ChunkSize);
    const auto hand = [this](std::vector<DemoKabupaten::Person>& full) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || m_chunks.size() < MaxChunksWaiting; });
        if (m_stop)
            return false;
        m_chunks.push_back(std::move(full));
        m_changed.notify_all();
        return true;
    };
    bool going = true;
    kabupaten.generateStaff(count, [&](const DemoKabupaten::Person& person) {
        chunk.push_back(person);
        if (chunk.size() < ChunkSize)
            return true;
        going = hand(chunk);
        chunk = {};
        chunk.reserve(ChunkSize);
        return going;
    });
    if (going && !chunk.empty())
        hand(chunk);
    std::lock_guard lock(m_mutex);
    m_done = true;
    m_changed.notify_all();
}

std::vector<DemoKabupaten::Person> DemoPersonStream::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_done || !m_chunks.empty(); });
    if (m_chunks.empty())
        return {};
    auto chunk = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_changed.notify_all();
    return chunk;
}

} // namespace netra
