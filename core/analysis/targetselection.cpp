#include "targetselection.h"

#include <QString>
#include <algorithm>
#include <cmath>
#include <numeric>

namespace diffusion {

std::optional<ControlGroup> ControlGroup::parse(QStringView text, bool *valid)
{
    *valid = true;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    ControlGroup group;
    if (trimmed.endsWith(u'%')) {
        group.percent = trimmed.chopped(1).trimmed().toDouble(&ok);
        ok = ok && group.percent >= 0 && group.percent <= 100;
    } else {
        group.count = trimmed.toLongLong(&ok);
        ok = ok && group.count >= 0;
    }
    if (!ok) {
        *valid = false;
        return std::nullopt;
    }
    return group;
}

qint64 ControlGroup::sizeFor(qint64 target) const
{
    if (percent >= 0)
        return std::min(target, qint64(std::llround(double(target) * percent / 100.0)));
    return std::min(target, count);
}

std::vector<size_t> randomSample(size_t n, size_t count, std::mt19937_64 &random)
{
    count = std::min(count, n);
    // Partial Fisher–Yates: the first `count` places of a shuffle.
    std::vector<size_t> indices(n);
    std::iota(indices.begin(), indices.end(), size_t(0));
    for (size_t i = 0; i < count; ++i) {
        std::uniform_int_distribution<size_t> pick(i, n - 1);
        std::swap(indices[i], indices[pick(random)]);
    }
    indices.resize(count);
    std::sort(indices.begin(), indices.end());
    return indices;
}

} // namespace diffusion
