#include "gmimesupport.h"

#include "htmltext.h"

#include <mutex>

namespace diffusion::gmime {

void ensureInitialized()
{
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

namespace {

// Reads at most maxBytes from the part's content through `filters` (each one consumed).
QByteArray readContent(GMimePart *part, qsizetype maxBytes, std::initializer_list<GMimeFilter *> filters)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    GMimeStream *raw = content ? g_mime_data_wrapper_get_stream(content) : nullptr;
    if (!raw) {
        for (GMimeFilter *filter : filters) {
            if (filter)
                g_object_unref(filter);
        }
        return {};
    }
    g_mime_stream_reset(raw);
    Ref<GMimeStream> stream(g_mime_stream_filter_new(raw));
    if (const GMimeContentEncoding encoding = g_mime_data_wrapper_get_encoding(content);
        encoding == GMIME_CONTENT_ENCODING_BASE64 || encoding == GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE
        || encoding == GMIME_CONTENT_ENCODING_UUENCODE) {
        Ref<GMimeFilter> decoder(g_mime_filter_basic_new(encoding, FALSE));
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(stream.get()), decoder.get());
    }
    for (GMimeFilter *filter : filters) {
        if (!filter)
            continue;
        g_mime_stream_filter_add(GMIME_STREAM_FILTER(stream.get()), filter);
        g_object_unref(filter);
    }
    QByteArray bytes;
    char buffer[8192];
    while (bytes.size() < maxBytes) {
        const ssize_t read = g_mime_stream_read(stream.get(), buffer, size_t(std::min<qsizetype>(sizeof buffer, maxBytes - bytes.size())));
        if (read <= 0)
            break;
        bytes.append(buffer, read);
    }
    return bytes;
}

bool isUtf8Compatible(const char *charset)
{
    return !charset || g_ascii_strcasecmp(charset, "utf-8") == 0 || g_ascii_strcasecmp(charset, "utf8") == 0
        || g_ascii_strcasecmp(charset, "us-ascii") == 0;
}

} // namespace

QByteArray decodedContent(GMimePart *part, qsizetype maxBytes)
{
    return readContent(part, maxBytes, {});
}

QString partText(GMimePart *part, qsizetype maxBytes)
{
    const char *charset = g_mime_object_get_content_type_parameter(GMIME_OBJECT(part), "charset");
    // An unknown charset (iconv cannot open it) gives no filter: the bytes are read as UTF-8.
    GMimeFilter *converter = isUtf8Compatible(charset) ? nullptr : g_mime_filter_charset_new(charset, "UTF-8");
    const QString text = QString::fromUtf8(readContent(part, maxBytes, {converter}));
    GMimeContentType *type = g_mime_object_get_content_type(GMIME_OBJECT(part));
    if (type && g_mime_content_type_is_type(type, "text", "html"))
        return plainTextFromHtml(text);
    return text;
}

QString headerValue(GMimeObject *object, const char *name)
{
    return QString::fromUtf8(g_mime_object_get_header(object, name));
}

} // namespace diffusion::gmime
