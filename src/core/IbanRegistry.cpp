#include "core/Validators.h"

#include <algorithm>
#include <array>

namespace incentives::validators {
namespace {

struct IbanCountry
{
    char16_t code[2];
    int length;
};

// Total IBAN length per country from the SWIFT IBAN registry (release 101, December 2025:
// Honduras is the latest addition). Territories that the registry folds into another
// country's entry (French overseas departments under FR, Jersey/Guernsey/Isle of Man under
// GB, Aland under FI) issue IBANs with that country's code, so they have no row of their own.
// Kept sorted by code for the binary search.
constexpr std::array<IbanCountry, 89> registry{{
    {{u'A', u'D'}, 24}, {{u'A', u'E'}, 23}, {{u'A', u'L'}, 28}, {{u'A', u'T'}, 20}, {{u'A', u'Z'}, 28},
    {{u'B', u'A'}, 20}, {{u'B', u'E'}, 16}, {{u'B', u'G'}, 22}, {{u'B', u'H'}, 22}, {{u'B', u'I'}, 27},
    {{u'B', u'R'}, 29}, {{u'B', u'Y'}, 28}, {{u'C', u'H'}, 21}, {{u'C', u'R'}, 22}, {{u'C', u'Y'}, 28},
    {{u'C', u'Z'}, 24}, {{u'D', u'E'}, 22}, {{u'D', u'J'}, 27}, {{u'D', u'K'}, 18}, {{u'D', u'O'}, 28},
    {{u'E', u'E'}, 20}, {{u'E', u'G'}, 29}, {{u'E', u'S'}, 24}, {{u'F', u'I'}, 18}, {{u'F', u'K'}, 18},
    {{u'F', u'O'}, 18}, {{u'F', u'R'}, 27}, {{u'G', u'B'}, 22}, {{u'G', u'E'}, 22}, {{u'G', u'I'}, 23},
    {{u'G', u'L'}, 18}, {{u'G', u'R'}, 27}, {{u'G', u'T'}, 28}, {{u'H', u'N'}, 28}, {{u'H', u'R'}, 21},
    {{u'H', u'U'}, 28}, {{u'I', u'E'}, 22}, {{u'I', u'L'}, 23}, {{u'I', u'Q'}, 23}, {{u'I', u'S'}, 26},
    {{u'I', u'T'}, 27}, {{u'J', u'O'}, 30}, {{u'K', u'W'}, 30}, {{u'K', u'Z'}, 20}, {{u'L', u'B'}, 28},
    {{u'L', u'C'}, 32}, {{u'L', u'I'}, 21}, {{u'L', u'T'}, 20}, {{u'L', u'U'}, 20}, {{u'L', u'V'}, 21},
    {{u'L', u'Y'}, 25}, {{u'M', u'C'}, 27}, {{u'M', u'D'}, 24}, {{u'M', u'E'}, 22}, {{u'M', u'K'}, 19},
    {{u'M', u'N'}, 20}, {{u'M', u'R'}, 27}, {{u'M', u'T'}, 31}, {{u'M', u'U'}, 30}, {{u'N', u'I'}, 28},
    {{u'N', u'L'}, 18}, {{u'N', u'O'}, 15}, {{u'O', u'M'}, 23}, {{u'P', u'K'}, 24}, {{u'P', u'L'}, 28},
    {{u'P', u'S'}, 29}, {{u'P', u'T'}, 25}, {{u'Q', u'A'}, 29}, {{u'R', u'O'}, 24}, {{u'R', u'S'}, 22},
    {{u'R', u'U'}, 33}, {{u'S', u'A'}, 24}, {{u'S', u'C'}, 31}, {{u'S', u'D'}, 18}, {{u'S', u'E'}, 24},
    {{u'S', u'I'}, 19}, {{u'S', u'K'}, 24}, {{u'S', u'M'}, 27}, {{u'S', u'O'}, 23}, {{u'S', u'T'}, 25},
    {{u'S', u'V'}, 28}, {{u'T', u'L'}, 23}, {{u'T', u'N'}, 24}, {{u'T', u'R'}, 26}, {{u'U', u'A'}, 29},
    {{u'V', u'A'}, 22}, {{u'V', u'G'}, 24}, {{u'X', u'K'}, 20}, {{u'Y', u'E'}, 30},
}};

constexpr bool codeLess(const IbanCountry& a, const IbanCountry& b)
{
    return a.code[0] != b.code[0] ? a.code[0] < b.code[0] : a.code[1] < b.code[1];
}

static_assert(std::is_sorted(registry.begin(), registry.end(), codeLess));
static_assert(std::adjacent_find(registry.begin(), registry.end(),
                                 [](const IbanCountry& a, const IbanCountry& b) {
                                     return !codeLess(a, b);
                                 }) == registry.end());

char16_t asciiUpper(char16_t c)
{
    return (c >= u'a' && c <= u'z') ? char16_t(c - (u'a' - u'A')) : c;
}

} // namespace

int ibanLength(const QString& countryCode)
{
    const QString code = countryCode.trimmed();
    if (code.size() != 2)
        return 0;
    const IbanCountry key{{asciiUpper(code[0].unicode()), asciiUpper(code[1].unicode())}, 0};
    const auto it = std::lower_bound(registry.begin(), registry.end(), key, codeLess);
    if (it == registry.end() || codeLess(key, *it))
        return 0;
    return it->length;
}

bool isIbanCountry(const QString& countryCode)
{
    return ibanLength(countryCode) > 0;
}

} // namespace incentives::validators
