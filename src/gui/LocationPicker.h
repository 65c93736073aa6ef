#pragma once

#include "gui/MatchPicker.h"

namespace incentives::gui {

// A location chosen by typing part of its PartnerID or name (see MatchPicker). Empty means no
// location (for a filter: all).
class LocationPicker : public MatchPicker
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocationPicker)

public:
    explicit LocationPicker(QWidget* parent = nullptr);
    ~LocationPicker() override;

    // The chosen location's PartnerID and id, empty and 0 when none is chosen.
    QString partnerId() const { return chosenKey(); }
    qint64 locationId() const { return m_locationId; }
    // Chooses a location by its PartnerID (empty: none) without telling locationChosen; returns
    // whether it exists and the user may see it.
    bool setPartnerId(const QString& partnerId);

Q_SIGNALS:
    // The user chose a location, or cleared the field (partnerId empty).
    void locationChosen(const QString& partnerId);

protected:
    QList<Match> find(const QString& text, bool* more) override;
    QString moreText() const override;
    bool typedInFull(const QString& typed, const Match& match) const override;
    void chosen(const Match& match) override;

private:
    qint64 m_locationId = 0;
};

} // namespace incentives::gui
