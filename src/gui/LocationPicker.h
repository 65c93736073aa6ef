#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;

namespace incentives {
class Session;
}

namespace incentives::gui {

// A location chosen by typing part of its PartnerID or name: the matches, searched in the
// database as the user types (at most kMatches of them), drop down below the field, to choose
// with the arrow keys and Enter or with the mouse. It stays as quick with 100,000 locations as
// with ten, where a combo box would list them all. Empty means no location (for a filter: all).
class LocationPicker : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationPicker)

public:
    static constexpr int kMatches = 50;

    explicit LocationPicker(QWidget* parent = nullptr);
    ~LocationPicker() override;

    // The session it searches; set once before use.
    void setSession(Session& session);
    // The chosen location's PartnerID and id, empty and 0 when none is chosen.
    QString partnerId() const { return m_partnerId; }
    qint64 locationId() const { return m_locationId; }
    // Chooses a location by its PartnerID (empty: none) without telling locationChosen; returns
    // whether it exists and the user may see it.
    bool setPartnerId(const QString& partnerId);
    // The matches shown for what was typed last.
    QStandardItemModel* matches() const { return m_matches; }

Q_SIGNALS:
    // The user chose a location, or cleared the field (partnerId empty).
    void locationChosen(const QString& partnerId);

private:
    void search(const QString& text);
    void choose(const QString& partnerId, qint64 id, const QString& label);
    void chooseTyped();

    Session* m_session = nullptr;
    QStandardItemModel* m_matches;
    QCompleter* m_completer;
    QString m_partnerId;
    qint64 m_locationId = 0;
    QString m_label;
};

} // namespace incentives::gui
