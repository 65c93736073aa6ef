#include "services/demo/ScenarioFile.h"

#include "services/demo/ScenarioConditions.h"
#include "store/Files.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace incentives::scenarios {
namespace {

// The translation context of the file's messages: lupdate reads it from the declaration.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioFile)
};

QString escapeKey(QString key)
{
    return key.replace(QLatin1Char('~'), QStringLiteral("~0"))
        .replace(QLatin1Char('/'), QStringLiteral("~1"));
}

// The line of every value of a well-formed JSON text, by JSON pointer ("/chapters/0/steps/1/done"):
// for an object's member the line of its key, for an array's item the line where it starts.
class LineScanner
{
public:
    explicit LineScanner(const QByteArray& bytes) : m_bytes(bytes) {}

    QHash<QString, int> lines;
    QList<std::pair<QString, int>> duplicates; // a key repeated in one object: pointer and line
    int tooDeepAt = 0;                         // the line where nesting passed kMaxNesting

    bool scan()
    {
        skipSpace();
        lines.insert(QString(), m_line);
        return value(QString(), 0);
    }

private:
    bool atEnd() const { return m_pos >= m_bytes.size(); }
    char peek() const { return m_bytes.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd()) {
            const char c = peek();
            if (c == '\n')
                ++m_line;
            else if (c != ' ' && c != '\t' && c != '\r')
                return;
            ++m_pos;
        }
    }

    bool string(QString* decoded)
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        while (!atEnd() && peek() != '"') {
            if (peek() == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        if (atEnd())
            return false;
        ++m_pos;
        if (!decoded)
            return true;
        const QByteArray token = m_bytes.mid(start, m_pos - start);
        *decoded = escaped ? QJsonDocument::fromJson("[" + token + "]").array().at(0).toString()
                           : QString::fromUtf8(token.mid(1, token.size() - 2));
        return true;
    }

    bool value(const QString& pointer, int depth)
    {
        skipSpace();
        if (atEnd())
            return false;
        const char c = peek();
        if (c == '{' || c == '[') {
            if (depth >= kMaxNesting) {
                tooDeepAt = m_line;
                return false;
            }
            return c == '{' ? object(pointer, depth) : array(pointer, depth);
        }
        if (c == '"')
            return string(nullptr);
        while (!atEnd() && !QByteArrayView(",]} \t\r\n").contains(peek()))
            ++m_pos;
        return true;
    }

    bool object(const QString& pointer, int depth)
    {
        ++m_pos;
        QSet<QString> seen;
        skipSpace();
        if (!atEnd() && peek() == '}') {
            ++m_pos;
            return true;
        }
        for (;;) {
            skipSpace();
            if (atEnd() || peek() != '"')
                return false;
            const int keyLine = m_line;
            QString key;
            if (!string(&key))
                return false;
            const QString child = pointer + QLatin1Char('/') + escapeKey(key);
            if (seen.contains(key))
                duplicates.append({child, keyLine});
            seen.insert(key);
            lines.insert(child, keyLine); // a repeated key's value is the last one
            skipSpace();
            if (atEnd() || peek() != ':')
                return false;
            ++m_pos;
            if (!value(child, depth + 1))
                return false;
            skipSpace();
            if (atEnd())
                return false;
            if (peek() == '}') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return false;
            ++m_pos;
        }
    }

    bool array(const QString& pointer, int depth)
    {
        ++m_pos;
        skipSpace();
        if (!atEnd() && peek() == ']') {
            ++m_pos;
            return true;
        }
        for (int index = 0;; ++index) {
            skipSpace();
            const QString child = pointer + QLatin1Char('/') + QString::number(index);
            lines.insert(child, m_line);
            if (!value(child, depth + 1))
                return false;
            skipSpace();
            if (atEnd())
                return false;
            if (peek() == ']') {
                ++m_pos;
                return true;
            }
            if (peek() != ',')
                return false;
            ++m_pos;
        }
    }

    const QByteArray& m_bytes;
    qsizetype m_pos = 0;
    int m_line = 1;
};

const QRegularExpression& idPattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    return re;
}

const QRegularExpression& objectNamePattern()
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,127}$"));
    return re;
}

const QRegularExpression& languagePattern()
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    return re;
}

// Walks the document, collecting mistakes by JSON pointer.
class Checker
{
public:
    QList<std::pair<QString, QString>> found; // pointer, message

    void report(const QString& pointer, const QString& message) { found.append({pointer, message}); }

    // Reports members that are not in keys, and the required ones that are missing.
    void members(const QJsonObject& o, const QString& pointer, const QStringList& keys,
                 const QStringList& required)
    {
        for (auto it = o.begin(); it != o.end(); ++it)
            if (!keys.contains(it.key()))
                report(pointer + QLatin1Char('/') + escapeKey(it.key()),
                       Tr::tr("unknown key '%1' (known: %2)").arg(it.key(), keys.join(QStringLiteral(", "))));
        for (const QString& key : required)
            if (!o.contains(key))
                report(pointer, Tr::tr("'%1' is missing").arg(key));
    }

    // A text member; nonEmpty: it must say something.
    void text(const QJsonObject& o, const QString& pointer, const QString& key, bool nonEmpty = true)
    {
        if (!o.contains(key))
            return;
        const QJsonValue v = o.value(key);
        if (!v.isString() || (nonEmpty && v.toString().trimmed().isEmpty()))
            report(pointer + QLatin1Char('/') + key, Tr::tr("'%1' must be text").arg(key));
    }

    // An object member, or an empty object when it is absent or of the wrong type (reported).
    QJsonObject object(const QJsonObject& o, const QString& pointer, const QString& key)
    {
        if (o.contains(key) && !o.value(key).isObject())
            report(pointer + QLatin1Char('/') + key, Tr::tr("'%1' must be an object").arg(key));
        return o.value(key).toObject();
    }

    // An identifier member (lower-case letters, digits, hyphens).
    void identifier(const QJsonObject& o, const QString& pointer, const QString& key)
    {
        text(o, pointer, key);
        const QString id = o.value(key).toString();
        if (o.value(key).isString() && !id.trimmed().isEmpty() && !idPattern().match(id).hasMatch())
            report(pointer + QLatin1Char('/') + key,
                   Tr::tr("'%1' is not a valid id: lower-case letters, digits and hyphens").arg(id));
    }
};

void checkTop(Checker& c, const QJsonObject& root)
{
    c.members(root, QString(),
              {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
               QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("chapters"),
               QStringLiteral("languages")},
              {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("id"),
               QStringLiteral("title"), QStringLiteral("chapters")});
    if (root.contains(QStringLiteral("format")) &&
        root.value(QStringLiteral("format")).toString() != QLatin1String(kFormatName))
        c.report(QStringLiteral("/format"),
                 Tr::tr("'format' must be \"%1\"").arg(QLatin1String(kFormatName)));
    if (root.contains(QStringLiteral("version"))) {
        const QJsonValue v = root.value(QStringLiteral("version"));
        if (!v.isDouble() || v.toDouble() != double(v.toInt()) || v.toInt() < 1)
            c.report(QStringLiteral("/version"), Tr::tr("'version' must be a whole number"));
        else if (v.toInt() != kFormatVersion)
            c.report(QStringLiteral("/version"),
                     Tr::tr("the file is written in version %1 of the format; this app reads version %2")
                         .arg(v.toInt())
                         .arg(kFormatVersion));
    }
    c.identifier(root, QString(), QStringLiteral("id"));
    c.text(root, QString(), QStringLiteral("title"));
    c.text(root, QString(), QStringLiteral("description"), false);
}

// Checks the chapters and their steps; returns the ids of both, with the lines' pointers.
void checkChapters(Checker& c, const QJsonObject& root, QHash<QString, QString>& stepIds,
                   QSet<QString>& chapterIds)
{
    if (!root.contains(QStringLiteral("chapters")))
        return;
    const QJsonValue chapters = root.value(QStringLiteral("chapters"));
    if (!chapters.isArray() || chapters.toArray().isEmpty()) {
        c.report(QStringLiteral("/chapters"), Tr::tr("'chapters' must be a list of at least one chapter"));
        return;
    }
    const QJsonArray list = chapters.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString at = QStringLiteral("/chapters/%1").arg(i);
        if (!list.at(i).isObject()) {
            c.report(at, Tr::tr("a chapter must be an object"));
            continue;
        }
        const QJsonObject chapter = list.at(i).toObject();
        c.members(chapter, at, {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("steps")},
                  {QStringLiteral("steps")});
        c.identifier(chapter, at, QStringLiteral("id"));
        c.text(chapter, at, QStringLiteral("title"), false);
        const QString chapterId = chapter.value(QStringLiteral("id")).toString();
        if (!chapterId.isEmpty() && chapterIds.contains(chapterId))
            c.report(at + QStringLiteral("/id"), Tr::tr("duplicate chapter id '%1'").arg(chapterId));
        chapterIds.insert(chapterId);
        const QJsonValue steps = chapter.value(QStringLiteral("steps"));
        if (chapter.contains(QStringLiteral("steps")) && (!steps.isArray() || steps.toArray().isEmpty())) {
            c.report(at + QStringLiteral("/steps"), Tr::tr("'steps' must be a list of at least one step"));
            continue;
        }
        const QJsonArray stepList = steps.toArray();
        for (qsizetype s = 0; s < stepList.size(); ++s) {
            const QString stepAt = at + QStringLiteral("/steps/%1").arg(s);
            if (!stepList.at(s).isObject()) {
                c.report(stepAt, Tr::tr("a step must be an object"));
                continue;
            }
            const QJsonObject step = stepList.at(s).toObject();
            c.members(step, stepAt,
                      {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("notes"),
                       QStringLiteral("target"), QStringLiteral("done")},
                      {QStringLiteral("id"), QStringLiteral("text"), QStringLiteral("done")});
            c.identifier(step, stepAt, QStringLiteral("id"));
            c.text(step, stepAt, QStringLiteral("text"));
            c.text(step, stepAt, QStringLiteral("notes"), false);
            c.text(step, stepAt, QStringLiteral("target"));
            const QString target = step.value(QStringLiteral("target")).toString();
            if (step.value(QStringLiteral("target")).isString() && !target.trimmed().isEmpty() &&
                !objectNamePattern().match(target).hasMatch())
                c.report(
                    stepAt + QStringLiteral("/target"),
                    Tr::tr("'%1' is not an objectName: letters, digits and underscores, not starting with a "
                           "digit")
                        .arg(target));
            const QString id = step.value(QStringLiteral("id")).toString();
            if (!id.isEmpty() && stepIds.contains(id))
                c.report(stepAt + QStringLiteral("/id"), Tr::tr("duplicate step id '%1'").arg(id));
            else if (!id.isEmpty())
                stepIds.insert(id, stepAt);
            if (step.contains(QStringLiteral("done")))
                conditions::validate(step.value(QStringLiteral("done")), stepAt + QStringLiteral("/done"),
                                     [&c](const QString& p, const QString& m) { c.report(p, m); });
        }
    }
}

void checkLanguages(Checker& c, const QJsonObject& root, const QHash<QString, QString>& stepIds,
                    const QSet<QString>& chapterIds)
{
    const QJsonObject languages = c.object(root, QString(), QStringLiteral("languages"));
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QString at = QStringLiteral("/languages/") + escapeKey(it.key());
        if (!languagePattern().match(it.key()).hasMatch())
            c.report(at, Tr::tr("'%1' is not a language code (e.g. de, pt_BR)").arg(it.key()));
        if (!it.value().isObject()) {
            c.report(at, Tr::tr("a language variant must be an object"));
            continue;
        }
        const QJsonObject variant = it.value().toObject();
        c.members(variant, at,
                  {QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("chapters"),
                   QStringLiteral("steps")},
                  {});
        c.text(variant, at, QStringLiteral("title"));
        c.text(variant, at, QStringLiteral("description"), false);
        const QJsonObject chapters = c.object(variant, at, QStringLiteral("chapters"));
        for (auto ch = chapters.begin(); ch != chapters.end(); ++ch) {
            const QString chAt = at + QStringLiteral("/chapters/") + escapeKey(ch.key());
            if (!chapterIds.contains(ch.key()) || ch.key().isEmpty())
                c.report(chAt, Tr::tr("no chapter has the id '%1'").arg(ch.key()));
            else if (!ch.value().isString())
                c.report(chAt, Tr::tr("a chapter's title must be text"));
        }
        const QJsonObject steps = c.object(variant, at, QStringLiteral("steps"));
        for (auto st = steps.begin(); st != steps.end(); ++st) {
            const QString stAt = at + QStringLiteral("/steps/") + escapeKey(st.key());
            if (!stepIds.contains(st.key())) {
                c.report(stAt, Tr::tr("no step has the id '%1'").arg(st.key()));
                continue;
            }
            if (!st.value().isObject()) {
                c.report(stAt, Tr::tr("a step's texts must be an object"));
                continue;
            }
            const QJsonObject texts = st.value().toObject();
            c.members(texts, stAt, {QStringLiteral("text"), QStringLiteral("notes")}, {});
            c.text(texts, stAt, QStringLiteral("text"));
            c.text(texts, stAt, QStringLiteral("notes"), false);
        }
    }
}

// The code of the language variant for language ("de_CH" falls back on "de"), or empty.
QString variantFor(const QJsonObject& root, const QString& language)
{
    const QJsonObject languages = root.value(QStringLiteral("languages")).toObject();
    if (languages.contains(language))
        return language;
    const QString base = language.section(QLatin1Char('_'), 0, 0);
    return languages.contains(base) ? base : QString();
}

Scenario build(const QJsonObject& root, const QString& language)
{
    const QString variantCode = variantFor(root, language);
    const QJsonObject variant =
        root.value(QStringLiteral("languages")).toObject().value(variantCode).toObject();
    const auto pick = [](const QJsonObject& local, const QJsonObject& base, const QString& key) {
        const QString text = local.value(key).toString();
        return text.isEmpty() ? base.value(key).toString() : text;
    };
    Scenario s;
    s.id = root.value(QStringLiteral("id")).toString();
    s.language = variantCode;
    s.title = pick(variant, root, QStringLiteral("title"));
    s.summary = pick(variant, root, QStringLiteral("description"));
    const QJsonObject chapterTitles = variant.value(QStringLiteral("chapters")).toObject();
    const QJsonObject stepTexts = variant.value(QStringLiteral("steps")).toObject();
    for (const QJsonValue& c : root.value(QStringLiteral("chapters")).toArray()) {
        const QJsonObject chapter = c.toObject();
        const QString local = chapterTitles.value(chapter.value(QStringLiteral("id")).toString()).toString();
        s.chapters.append(local.isEmpty() ? chapter.value(QStringLiteral("title")).toString() : local);
        for (const QJsonValue& v : chapter.value(QStringLiteral("steps")).toArray()) {
            const QJsonObject step = v.toObject();
            Step out;
            out.id = step.value(QStringLiteral("id")).toString();
            const QJsonObject texts = stepTexts.value(out.id).toObject();
            out.text = pick(texts, step, QStringLiteral("text"));
            out.notes = pick(texts, step, QStringLiteral("notes"));
            out.target = step.value(QStringLiteral("target")).toString();
            out.chapter = int(s.chapters.size() - 1);
            out.condition = step.value(QStringLiteral("done"));
            out.done = [condition = out.condition](AppContext& ctx) {
                return conditions::holds(ctx, condition);
            };
            s.steps.append(out);
        }
    }
    return s;
}

Mistake whole(const QString& message)
{
    return Mistake{0, 0, message};
}

} // namespace

QStringList Loaded::describe(const QString& fileName) const
{
    QStringList lines;
    for (const Mistake& m : mistakes) {
        QString where = fileName;
        if (m.line > 0)
            where += QLatin1Char(':') + QString::number(m.line);
        if (m.column > 0)
            where += QLatin1Char(':') + QString::number(m.column);
        lines.append(where + QStringLiteral(": ") + m.message);
    }
    return lines;
}

Loaded parse(const QByteArray& input, const QString& language)
{
    Loaded result;
    if (input.size() > kMaxFileBytes) {
        result.mistakes.append(
            whole(Tr::tr("the file is larger than %1 KiB: not a scenario").arg(kMaxFileBytes / 1024)));
        return result;
    }
    // A byte order mark, as some editors write, is no mistake.
    const QByteArray bytes = input.startsWith("\xEF\xBB\xBF") ? input.mid(3) : input;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        // The parser's offset is just past the character it stumbled on.
        const qsizetype offset = std::clamp<qsizetype>(error.offset - 1, 0, bytes.size());
        const QByteArray before = bytes.left(offset);
        const qsizetype lineStart = before.lastIndexOf('\n') + 1;
        const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
        result.mistakes.append(
            {int(before.count('\n')) + 1, column, Tr::tr("not valid JSON: %1").arg(error.errorString())});
        return result;
    }
    LineScanner scanner(bytes);
    scanner.scan();
    if (scanner.tooDeepAt > 0) {
        result.mistakes.append(
            {scanner.tooDeepAt, 0, Tr::tr("nested deeper than %1 levels: not a scenario").arg(kMaxNesting)});
        return result;
    }
    if (!doc.isObject()) {
        result.mistakes.append({1, 0, Tr::tr("a scenario file holds one JSON object")});
        return result;
    }
    Checker c;
    for (const auto& [pointer, line] : scanner.duplicates)
        c.report(pointer,
                 Tr::tr("'%1' appears twice in the same object").arg(pointer.section(QLatin1Char('/'), -1)));
    const QJsonObject root = doc.object();
    checkTop(c, root);
    QHash<QString, QString> stepIds;
    QSet<QString> chapterIds;
    checkChapters(c, root, stepIds, chapterIds);
    checkLanguages(c, root, stepIds, chapterIds);
    for (qsizetype i = 0; i < c.found.size(); ++i) {
        const auto& [pointer, message] = c.found.at(i);
        // A duplicated key's line is its own; any other mistake's is its value's, or its parent's.
        int line = i < scanner.duplicates.size() ? scanner.duplicates.at(i).second : 0;
        for (QString p = pointer; line == 0; p = p.section(QLatin1Char('/'), 0, -2)) {
            line = scanner.lines.value(p, 0);
            if (p.isEmpty())
                break;
        }
        result.mistakes.append({std::max(line, 1), 0, message});
    }
    std::stable_sort(result.mistakes.begin(), result.mistakes.end(),
                     [](const Mistake& a, const Mistake& b) { return a.line < b.line; });
    if (result.mistakes.isEmpty())
        result.scenario = build(root, language.isEmpty() ? QLocale().name() : language);
    return result;
}

Loaded loadFile(const QString& path, const QString& language)
{
    Loaded result;
    const files::Kind kind = files::kindOf(path);
    if (kind == files::Kind::Missing) {
        result.mistakes.append(whole(Tr::tr("no such file")));
        return result;
    }
    if (kind != files::Kind::Regular) {
        result.mistakes.append(whole(Tr::tr("not a regular file")));
        return result;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.mistakes.append(whole(Tr::tr("cannot be read: %1").arg(file.errorString())));
        return result;
    }
    // One byte more than allowed is enough to tell that the file is too large.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    result = parse(bytes, language);
    if (result.scenario) {
        result.scenario->fileName = path;
        result.scenario->source = bytes;
    }
    return result;
}

} // namespace incentives::scenarios
