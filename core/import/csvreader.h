#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QString>
#include <string_view>
#include <vector>

namespace diffusion {

// Reads an RFC 4180 file record by record, as UTF-8 bytes, in big chunks so that memory stays
// flat whatever the file size. Accepts CRLF, LF or CR line ends (inside quotes too), a UTF-8 byte
// order mark, and ',' or ';' as the separator: the more frequent of the two in the first line.
// Blank lines are skipped. A malformed record is reported and skipped up to the end of the
// physical line where the fault is, so the next records are read as usual.
class CsvReader final
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    enum class Status { Record, Malformed, End };
    enum class Fault { None, QuoteInUnquotedField, TextAfterClosingQuote, UnterminatedQuotedField };

    // Reads the first chunk from an open device. Throws StoreError when it cannot be read.
    explicit CsvReader(QIODevice &device);

    // Reads the next record. Throws StoreError when the device cannot be read, and when the
    // record holds a byte that is not UTF-8 (the message names its line).
    Status next();

    // The record read last: where it starts (physical line, 1-based), its fields (without quotes,
    // valid until the next call), and what is wrong when it is malformed.
    qint64 line() const { return m_line; }
    const std::vector<std::string_view> &fields() const { return m_fields; }
    Fault fault() const { return m_fault; }
    QString faultText() const;

    char separator() const { return m_separator; }
    // Bytes of the device consumed so far, and its size (0 when unknown).
    qint64 bytesRead() const { return m_offset + qint64(m_pos); }
    qint64 bytesTotal() const { return m_device.size(); }

    // A field without the ASCII spaces, tabs and line breaks around it.
    static std::string_view trimmed(std::string_view field);

private:
    enum class Parse { Complete, Malformed, Incomplete };

    Parse parse();
    Parse endRecord(const char *p);
    Parse skipFaultyRecord(const char *p, Fault fault);
    void fill();
    void checkUtf8(std::string_view record) const;
    void unquoteDoubledQuotes();
    void detectSeparator();

    QIODevice &m_device;
    std::vector<char> m_buffer;
    size_t m_pos = 0;       // start of the next record in m_buffer
    size_t m_end = 0;       // end of the data in m_buffer
    qint64 m_offset = 0;    // device position of m_buffer[0]
    bool m_atEnd = false;   // the device has no more data
    char m_separator = ',';

    qint64 m_line = 0;
    qint64 m_nextLine = 1;
    size_t m_next = 0;      // where the record being parsed ends, line end included
    qint64 m_lineBreaks = 0; // inside the record being parsed
    std::vector<std::string_view> m_fields;
    std::vector<size_t> m_doubledQuotes; // fields that hold "" pairs
    Fault m_fault = Fault::None;
};

} // namespace diffusion
