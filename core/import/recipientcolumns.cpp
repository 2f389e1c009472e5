#include "recipientcolumns.h"

#include "csvreader.h"
#include "store/storeerror.h"

#include <algorithm>
#include <array>

namespace diffusion {

namespace {

// Header names are compared by this key: case, spaces, '-' and '_' ignored, so that "E-mail",
// "e_mail" and "EMAIL" match "email", and "First Name" matches "firstname".
QString headerKey(const QString &name)
{
    QString key = name.normalized(QString::NormalizationForm_C).toCaseFolded();
    key.removeIf([](QChar c) { return c == u' ' || c == u'-' || c == u'_'; });
    return key;
}

const QStringList emailKeys{u"email"_qs, u"mail"_qs, u"emailaddress"_qs, u"courriel"_qs, u"adresseemail"_qs,
                            u"adressemail"_qs, u"adressecourriel"_qs, u"adresseélectronique"_qs};
const QStringList firstNameKeys{u"firstname"_qs, u"givenname"_qs, u"prénom"_qs, u"prenom"_qs};
const QStringList lastNameKeys{u"lastname"_qs, u"surname"_qs, u"familyname"_qs, u"nom"_qs, u"nomdefamille"_qs};

void appendJsonString(std::string &json, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    json += '"';
    for (char c : text) {
        if (c == '"' || c == '\\') {
            json += '\\';
            json += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            json += "\\u00";
            json += hex[c >> 4];
            json += hex[c & 0xf];
        } else {
            json += c;
        }
    }
    json += '"';
}

} // namespace

RecipientColumns::RecipientColumns(const Fields &header)
    : m_count(header.size())
{
    struct Role {
        int *column;
        const QStringList &keys;
        const char *meaning;
    };
    const std::array roles{
        Role{&m_email, emailKeys, QT_TR_NOOP("the e-mail address")},
        Role{&m_firstName, firstNameKeys, QT_TR_NOOP("the first name")},
        Role{&m_lastName, lastNameKeys, QT_TR_NOOP("the last name")},
    };
    QStringList names;
    for (size_t i = 0; i < header.size(); ++i) {
        const std::string_view utf8 = CsvReader::trimmed(header[i]);
        const QString name = QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
        if (name.isEmpty())
            throw StoreError(tr("Column %1 of the header (the first line) has no name. Give every column a name.").arg(i + 1));
        if (const qsizetype twin = names.indexOf(name); twin >= 0) {
            throw StoreError(tr("The header names two columns \"%1\" (columns %2 and %3). Give each column its own name.")
                                 .arg(name).arg(twin + 1).arg(i + 1));
        }
        names.append(name);
        const QString key = headerKey(name);
        const auto role = std::find_if(roles.begin(), roles.end(), [&key](const Role &r) { return r.keys.contains(key); });
        if (role == roles.end()) {
            m_customColumns.push_back(i);
            m_customNames.append(name);
            std::string &json = m_customKeys.emplace_back();
            appendJsonString(json, utf8);
            json += ':';
        } else if (*role->column >= 0) {
            throw StoreError(tr("The columns \"%1\" and \"%2\" both hold %3. Rename or remove one of them.")
                                 .arg(names.at(*role->column), name, tr(role->meaning)));
        } else {
            *role->column = int(i);
        }
    }
    if (m_email < 0) {
        throw StoreError(tr("The file has no e-mail column. Its columns are: %1. Name the column of addresses "
                            "\"email\" in the first line.").arg(names.join(u", "_qs)));
    }
}

std::string_view RecipientColumns::customFields(const Fields &row)
{
    m_json.assign(1, '{');
    for (size_t i = 0; i < m_customColumns.size(); ++i) {
        if (i > 0)
            m_json += ',';
        m_json += m_customKeys[i];
        appendJsonString(m_json, CsvReader::trimmed(row[m_customColumns[i]]));
    }
    m_json += '}';
    return m_json;
}

} // namespace diffusion
