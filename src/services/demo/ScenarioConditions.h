#pragma once

#include "services/AppContext.h"

#include <QJsonValue>

#include <functional>

// The completion conditions of scenario steps: a small declarative vocabulary over the database's
// state (docs/scenario-format.md), checked when a file is read and evaluated by the services.
namespace incentives::scenarios::conditions {

// Called once per mistake: the JSON pointer of the offending value and what is wrong with it.
using Report = std::function<void(const QString& pointer, const QString& message)>;

// Checks condition (found at pointer) and everything inside it; reports every mistake.
void validate(const QJsonValue& condition, const QString& pointer, const Report& report);

// Whether a validated condition holds now. Anything it names that does not exist (a user, a
// location, an enrollment) makes it false; so does a database error.
bool holds(AppContext& ctx, const QJsonValue& condition);

// The kinds a condition may have.
QStringList kinds();

} // namespace incentives::scenarios::conditions
