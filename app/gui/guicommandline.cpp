#include "guicommandline.h"

#include "i18n/language.h"
#include "store/workspace.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace diffusion::gui {

namespace {

// Views that are dialogs over the window rather than areas of it.
const QList<std::pair<QString, GuiCommandLine::DialogView>> dialogViews{{u"analysis"_qs, GuiCommandLine::DialogView::Analysis},
                                                                        {u"editor"_qs, GuiCommandLine::DialogView::Editor}};

QStringList viewNames()
{
    QStringList names;
    for (ui::Navigation::Area area : ui::Navigation::areas())
        names.append(ui::Navigation::viewName(area));
    for (const auto &[name, dialog] : dialogViews)
        names.append(name);
    return names;
}

int usageError(const QString &message, const QCommandLineParser &parser)
{
    QTextStream err(stderr);
    err << "diffusion: " << message << '\n' << parser.helpText();
    return GuiCommandLine::UsageError;
}

} // namespace

std::optional<int> GuiCommandLine::parse(const QStringList &arguments)
{
    const QCommandLineOption workspace(u"workspace"_qs,
        tr("The workspace file to open (default: the demo workspace, created on first start)."), tr("path"));
    const QCommandLineOption screenshot(u"screenshot"_qs,
        tr("Render the window once into a PNG file and quit (works with QT_QPA_PLATFORM=offscreen)."), tr("file"));
    const QCommandLineOption language(u"lang"_qs,
        tr("The interface language for this run: %1.").arg(Language::available().join(u", "_qs)), tr("code"));
    const QCommandLineOption view(u"view"_qs,
        tr("The area shown first: %1.").arg(viewNames().join(u", "_qs)), tr("name"));
    const QCommandLineOption delivery(u"delivery"_qs,
        tr("The delivery the analysis, editor, dashboard and logs views show (without it, the editor shows a new delivery)."), tr("id"));

    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Diffusion, the console for e-mail campaigns."));
    parser.addHelpOption();
    parser.addOptions({workspace, screenshot, language, view, delivery});
    if (!parser.parse(arguments))
        return usageError(parser.errorText(), parser);
    if (parser.isSet(u"help"_qs) || parser.isSet(u"help-all"_qs)) {
        QTextStream(stdout) << parser.helpText();
        return Success;
    }
    if (!parser.positionalArguments().isEmpty())
        return usageError(tr("Unexpected argument \"%1\".").arg(parser.positionalArguments().constFirst()), parser);

    m_workspacePath = parser.isSet(workspace) ? parser.value(workspace) : Workspace::defaultPath();
    if (m_workspacePath.isEmpty())
        return usageError(tr("The option --workspace needs the path of a workspace file."), parser);
    m_screenshotPath = parser.value(screenshot);
    if (parser.isSet(screenshot) && m_screenshotPath.isEmpty())
        return usageError(tr("The option --screenshot needs the path of a PNG file to write."), parser);

    m_language = parser.value(language);
    if (parser.isSet(language) && !Language::available().contains(m_language)) {
        return usageError(tr("Unknown language \"%1\". Choose one of: %2.")
                              .arg(m_language, Language::available().join(u", "_qs)), parser);
    }

    if (parser.isSet(delivery)) {
        bool ok = false;
        m_delivery = parser.value(delivery).toLongLong(&ok);
        if (!ok || m_delivery <= 0)
            return usageError(tr("The option --delivery needs a delivery id."), parser);
    }
    for (const auto &[name, dialog] : dialogViews) {
        if (parser.value(view) != name)
            continue;
        if (dialog == DialogView::Analysis && m_delivery == 0)
            return usageError(tr("The analysis view needs --delivery ID."), parser);
        m_dialogView = dialog;
        return std::nullopt;
    }
    if (parser.isSet(view)) {
        const std::optional<ui::Navigation::Area> area = ui::Navigation::areaForViewName(parser.value(view));
        if (!area) {
            return usageError(tr("Unknown view \"%1\". Choose one of: %2.")
                                  .arg(parser.value(view), viewNames().join(u", "_qs)), parser);
        }
        m_area = *area;
    }
    return std::nullopt;
}

} // namespace diffusion::gui
