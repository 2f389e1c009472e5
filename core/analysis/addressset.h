#pragma once

#include <QByteArrayView>
#include <cstdint>
#include <vector>

namespace diffusion {

// The addresses seen so far, for duplicate detection over millions of recipients: 16 bytes per
// address (two independent 64-bit hashes, so that a false duplicate is as likely as a collision
// of 128-bit hashes: about 1 in 10^19 for ten million addresses) in one open-addressing table.
// A QSet<QString> would hold about 100 bytes per address.
class AddressSet final
{
public:
    explicit AddressSet(size_t expected);

    // Adds the key; false when it was there already.
    bool insert(QByteArrayView key);
    bool contains(QByteArrayView key) const;

private:
    struct Slot {
        uint64_t a = 0;
        uint64_t b = 0;
    };
    static Slot slotOf(QByteArrayView key);
    void grow();
    bool insert(Slot slot);

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

} // namespace diffusion
