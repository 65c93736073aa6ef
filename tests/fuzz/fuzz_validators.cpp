// libFuzzer target: every identifier validator on arbitrary text.
#include "core/Validators.h"

#include <cstddef>
#include <cstdint>

using namespace incentives;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    const QString country = text.left(2);
    for (const auto& check :
         {validators::iban(text), validators::bic(text, country), validators::abaRouting(text),
          validators::ukSortCode(text), validators::ukAccountNumber(text),
          validators::canadaInstitution(text), validators::canadaTransit(text),
          validators::australiaBsb(text), validators::indiaIfsc(text), validators::accountNumber(text),
          validators::ein(text), validators::vat(text), validators::vat(text, country),
          validators::countryCode(text), validators::currencyCode(text), validators::partnerId(text),
          validators::email(text), validators::displayName(text)}) {
        // Exactly one of: a reason, or a canonical value.
        if (check.valid() == check.error.isEmpty() && check.valid() != check.normalized.isEmpty())
            continue;
        __builtin_trap();
    }
    return 0;
}
