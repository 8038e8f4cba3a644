#pragma once
/// @file certification.hpp
/// Certificate validity for the ISMS cloud security certification (JIP-ISMS517): the 27017
/// certificate is an add-on to the 27001 certificate and ends when it ends, at most three years
/// after issue.

#include "isms/result.hpp"

#include <optional>
#include <string_view>

namespace isms
{

struct GridCell; // register.hpp

/// The expiry of a 27017 certificate issued on `issued27017`, given the 27001 certificate's
/// expiry: the earlier of issued + 3 years (29 February → 28 February) and the 27001 expiry.
/// Dates are spreadsheet serial numbers (days since 1899-12-30; fractions are ignored).
/// InvalidArgument (with the argument index) for a date outside 1900–9999, or when the 27001
/// certificate has already expired on the day the 27017 certificate is issued.
[[nodiscard]] Result<double> cloudCertificateExpiry(double issued27017, double expiry27001);

/// A date written as text: YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD, YYYY年M月D日, and Japanese era
/// dates 令和8年4月1日 (also 平成, 昭和, 大正; 元年 for the first year) or abbreviated R8.4.1,
/// H31/4/30; full-width digits too; a time after the date is ignored. The serial day number
/// (days since 1899-12-30, Calc's default null date), or nullopt: for a number alone ("9"),
/// a day that does not exist (2026-02-30, 令和元年4月1日 — still 平成31年), a date before 1900
/// or after 9999.
[[nodiscard]] std::optional<double> parseDateText(std::u16string_view text);

/// A date argument of a cell function (ISMS.CERTEXPIRY): a number is a serial date, as Calc
/// passes a date cell (and TRUE, as 1: Calc passes booleans to add-ins as numbers); a text must
/// be a date parseDateText reads. A number written as text ("9", "46113") is refused: no one
/// writes a date so, and reading it as a serial day would turn "9" into 1900-01-09.
/// InvalidArgument at argIndex, the message naming `what`.
[[nodiscard]] Result<double> dateArgument(const GridCell& cell, int argIndex,
                                          std::string_view what);
/// cloudCertificateExpiry for two cell arguments read by dateArgument.
[[nodiscard]] Result<double> cloudCertificateExpiry(const GridCell& issued27017,
                                                    const GridCell& expiry27001);

/// Serial day number ↔ calendar date (proleptic Gregorian).
struct CivilDate
{
    int year, month, day;
};
[[nodiscard]] CivilDate civilFromSerial(long serial) noexcept;
[[nodiscard]] long serialFromCivil(CivilDate d) noexcept;

} // namespace isms
