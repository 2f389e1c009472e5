#pragma once

#include <QStringView>
#include <optional>
#include <random>
#include <vector>

namespace diffusion {

// A control group: a number of recipients ("500") or a share of the target ("5%"), left out of
// the sending and logged as Control address so that their behaviour can be compared.
struct ControlGroup {
    qint64 count = 0;
    double percent = -1; // used when >= 0

    // Nothing for an empty text; throws nothing: a malformed text gives std::nullopt and
    // `valid` false.
    static std::optional<ControlGroup> parse(QStringView text, bool *valid);
    qint64 sizeFor(qint64 target) const;
};

// `count` distinct indices out of 0..n-1, chosen uniformly, in increasing order.
std::vector<size_t> randomSample(size_t n, size_t count, std::mt19937_64 &random);

} // namespace diffusion
