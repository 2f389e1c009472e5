#include "engineoptions.h"

namespace diffusion {

Engine::Options engineOptions()
{
    Engine::Options options;
    options.passwordFor = [](const Route &) -> std::optional<QString> {
        if (!qEnvironmentVariableIsSet("DIFFUSION_SMTP_PASSWORD"))
            return std::nullopt;
        return qEnvironmentVariable("DIFFUSION_SMTP_PASSWORD");
    };
    return options;
}

} // namespace diffusion
