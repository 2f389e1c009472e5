#pragma once

namespace diffusion {

// What the KPIs count of one delivery-log row: its status and failure (domain/codes.h values).
struct MessageState {
    int status = 0;
    int failureType = 0;    // 0: none
    int failureReason = -1; // -1: none
};

} // namespace diffusion
