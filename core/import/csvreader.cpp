#include "csvreader.h"

#include "store/storeerror.h"

#include <QLocale>
#include <cstring>

namespace diffusion {

namespace {

// Big enough that a record rarely straddles two reads (the straddling one is parsed again).
constexpr size_t chunkSize = size_t(1) << 20;

bool isLineBreak(char c)
{
    return c == '\n' || c == '\r';
}

// CR LF, CR and LF each end one physical line.
qint64 countLineBreaks(std::string_view text)
{
    qint64 count = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n')))
            ++count;
    }
    return count;
}

bool isAscii(const unsigned char *eightBytes)
{
    quint64 word;
    std::memcpy(&word, eightBytes, sizeof word);
    return (word & 0x8080808080808080ULL) == 0;
}

// The offset of the first byte that does not belong to well-formed UTF-8 (RFC 3629: no overlong
// form, no surrogate, nothing above U+10FFFF), or npos. Most files are nearly all ASCII, hence
// the test of eight bytes at a time.
size_t invalidUtf8Offset(std::string_view text)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const size_t size = text.size();
    size_t i = 0;
    while (i < size) {
        if (i + 8 <= size && isAscii(bytes + i)) {
            i += 8;
            continue;
        }
        const unsigned char lead = bytes[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        size_t length = 0;
        unsigned char low = 0x80; // bounds of the second byte
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            low = lead == 0xe0 ? 0xa0 : low;   // overlong
            high = lead == 0xed ? 0x9f : high; // surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            low = lead == 0xf0 ? 0x90 : low;   // overlong
            high = lead == 0xf4 ? 0x8f : high; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size || bytes[i + 1] < low || bytes[i + 1] > high)
            return i;
        for (size_t k = 2; k < length; ++k) {
            if ((bytes[i + k] & 0xc0) != 0x80)
                return i;
        }
        i += length;
    }
    return std::string_view::npos;
}

} // namespace

CsvReader::CsvReader(QIODevice &device)
    : m_device(device), m_buffer(chunkSize)
{
    constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";
    while (m_end < byteOrderMark.size() && !m_atEnd)
        fill();
    if (std::string_view(m_buffer.data(), m_end).starts_with(byteOrderMark))
        m_pos = byteOrderMark.size();
    detectSeparator();
}

CsvReader::Status CsvReader::next()
{
    for (;;) {
        Parse parsed;
        for (;;) {
            if (m_pos == m_end && m_atEnd)
                return Status::End;
            parsed = parse();
            if (parsed != Parse::Incomplete)
                break;
            fill();
        }
        const std::string_view record(m_buffer.data() + m_pos, m_next - m_pos);
        m_line = m_nextLine;
        checkUtf8(record);
        m_nextLine = m_line + m_lineBreaks;
        m_pos = m_next;
        if (parsed == Parse::Malformed)
            return Status::Malformed;
        if (!isLineBreak(record.front())) {
            unquoteDoubledQuotes();
            return Status::Record;
        }
    }
}

QString CsvReader::faultText() const
{
    switch (m_fault) {
    case Fault::QuoteInUnquotedField:
        return tr("A quote (\") appears inside a field that does not start with one. Put the whole field "
                  "in quotes and double each quote inside it.");
    case Fault::TextAfterClosingQuote:
        return tr("Characters follow the closing quote of a field. A quote inside a quoted field must be "
                  "doubled (\"\").");
    case Fault::UnterminatedQuotedField:
        return tr("A quoted field is not closed before the end of the file.");
    case Fault::None:
        break;
    }
    return {};
}

std::string_view CsvReader::trimmed(std::string_view field)
{
    const auto isSpace = [](char c) { return c == ' ' || c == '\t' || isLineBreak(c); };
    while (!field.empty() && isSpace(field.front()))
        field.remove_prefix(1);
    while (!field.empty() && isSpace(field.back()))
        field.remove_suffix(1);
    return field;
}

// Parses the record at m_pos. Incomplete means that the data ends inside it and the device has
// more: the caller reads more and parses it again from its start.
CsvReader::Parse CsvReader::parse()
{
    m_fields.clear();
    m_doubledQuotes.clear();
    m_lineBreaks = 0;
    m_fault = Fault::None;
    const char *p = m_buffer.data() + m_pos;
    const char *const end = m_buffer.data() + m_end;
    for (;;) {
        if (p < end && *p == '"') {
            const char *const content = ++p;
            const char *quote = nullptr;
            bool doubled = false;
            for (;;) {
                quote = static_cast<const char *>(std::memchr(p, '"', size_t(end - p)));
                if (!quote)
                    return m_atEnd ? skipFaultyRecord(end, Fault::UnterminatedQuotedField) : Parse::Incomplete;
                if (quote + 1 == end || quote[1] != '"')
                    break;
                doubled = true;
                p = quote + 2;
            }
            const std::string_view field(content, size_t(quote - content));
            m_lineBreaks += countLineBreaks(field);
            if (doubled)
                m_doubledQuotes.push_back(m_fields.size());
            m_fields.push_back(field);
            p = quote + 1;
            if (p < end && *p == m_separator) {
                ++p;
                continue;
            }
            if (p < end && !isLineBreak(*p))
                return skipFaultyRecord(p, Fault::TextAfterClosingQuote);
            return endRecord(p);
        }
        const char *const start = p;
        while (p < end && *p != m_separator && *p != '"' && !isLineBreak(*p))
            ++p;
        if (p < end && *p == '"')
            return skipFaultyRecord(p, Fault::QuoteInUnquotedField);
        m_fields.emplace_back(start, size_t(p - start));
        if (p < end && *p == m_separator) {
            ++p;
            continue;
        }
        return endRecord(p);
    }
}

// p is at the line break that ends the record, or at the end of the data.
CsvReader::Parse CsvReader::endRecord(const char *p)
{
    const char *const end = m_buffer.data() + m_end;
    if (p == end) {
        if (!m_atEnd)
            return Parse::Incomplete;
    } else {
        // A CR at the end of the data may be the first half of a CR LF.
        if (*p == '\r' && p + 1 == end && !m_atEnd)
            return Parse::Incomplete;
        p += *p == '\r' && p + 1 < end && p[1] == '\n' ? 2 : 1;
        ++m_lineBreaks;
    }
    m_next = size_t(p - m_buffer.data());
    return Parse::Complete;
}

// Skips to the end of the physical line where the fault is: the best guess of where the author
// meant the record to end, and it keeps the next records readable.
CsvReader::Parse CsvReader::skipFaultyRecord(const char *p, Fault fault)
{
    const char *const end = m_buffer.data() + m_end;
    while (p < end && !isLineBreak(*p))
        ++p;
    m_fields.clear();
    m_fault = fault;
    const Parse parsed = endRecord(p);
    return parsed == Parse::Complete ? Parse::Malformed : parsed;
}

// Keeps the unread data, moved to the front of the buffer; grows the buffer when a single record
// fills it.
void CsvReader::fill()
{
    std::memmove(m_buffer.data(), m_buffer.data() + m_pos, m_end - m_pos);
    m_offset += qint64(m_pos);
    m_end -= m_pos;
    m_pos = 0;
    if (m_end == m_buffer.size())
        m_buffer.resize(m_buffer.size() * 2);
    const qint64 read = m_device.read(m_buffer.data() + m_end, qint64(m_buffer.size() - m_end));
    if (read < 0)
        throw StoreError(tr("Cannot read the file: %1").arg(m_device.errorString()));
    m_end += size_t(read);
    m_atEnd = read == 0;
}

void CsvReader::checkUtf8(std::string_view record) const
{
    const size_t invalid = invalidUtf8Offset(record);
    if (invalid == std::string_view::npos)
        return;
    const qint64 line = m_line + countLineBreaks(record.substr(0, invalid));
    throw StoreError(tr("The file is not in UTF-8: line %1 holds a byte that is not UTF-8. Nothing was "
                        "imported. Save the file as \"CSV UTF-8\" and import it again.")
                         .arg(QLocale().toString(line)));
}

// Done once the record is known to be complete: it changes the buffer, and an incomplete record
// is parsed again from the original bytes.
void CsvReader::unquoteDoubledQuotes()
{
    for (size_t index : m_doubledQuotes) {
        std::string_view &field = m_fields[index];
        char *const begin = m_buffer.data() + (field.data() - m_buffer.data());
        char *out = begin;
        for (size_t i = 0; i < field.size(); ++i) {
            *out++ = field[i];
            if (field[i] == '"')
                ++i; // the second quote of the pair
        }
        field = std::string_view(begin, size_t(out - begin));
    }
}

// Counts the separators of the first line that is not blank, outside quotes. A device may deliver
// it in pieces: reads until it is whole, unless it is longer than a chunk.
void CsvReader::detectSeparator()
{
    for (;;) {
        qint64 commas = 0;
        qint64 semicolons = 0;
        bool quoted = false;
        bool text = false;
        bool whole = false;
        for (size_t i = m_pos; i < m_end && !whole; ++i) {
            const char c = m_buffer[i];
            if (!quoted && isLineBreak(c)) {
                whole = text;
                continue;
            }
            text = true;
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == ',')
                ++commas;
            else if (!quoted && c == ';')
                ++semicolons;
        }
        if (whole || m_atEnd || m_end - m_pos >= chunkSize) {
            m_separator = semicolons > commas ? ';' : ',';
            return;
        }
        fill();
    }
}

} // namespace diffusion
