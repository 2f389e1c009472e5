#include "addressset.h"

#include <QHashFunctions>
#include <bit>

namespace diffusion {

AddressSet::AddressSet(size_t expected) : m_slots(std::bit_ceil(std::max<size_t>(64, expected * 2))) {}

AddressSet::Slot AddressSet::slotOf(QByteArrayView key)
{
    Slot slot{qHash(key, size_t(0x9e3779b97f4a7c15ull)), qHash(key, size_t(0xc2b2ae3d27d4eb4full))};
    slot.a |= 1; // zero marks an empty slot
    return slot;
}

bool AddressSet::insert(QByteArrayView key)
{
    return insert(slotOf(key));
}

bool AddressSet::contains(QByteArrayView key) const
{
    const Slot slot = slotOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(slot.b) & mask;; i = (i + 1) & mask) {
        const Slot &here = m_slots[i];
        if (here.a == 0)
            return false;
        if (here.a == slot.a && here.b == slot.b)
            return true;
    }
}

bool AddressSet::insert(Slot slot)
{
    if ((m_used + 1) * 2 > m_slots.size())
        grow();
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(slot.b) & mask;; i = (i + 1) & mask) {
        Slot &here = m_slots[i];
        if (here.a == 0) {
            here = slot;
            ++m_used;
            return true;
        }
        if (here.a == slot.a && here.b == slot.b)
            return false;
    }
}

void AddressSet::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    m_used = 0;
    for (const Slot &slot : old) {
        if (slot.a != 0)
            insert(slot);
    }
}

} // namespace diffusion
