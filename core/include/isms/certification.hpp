#pragma once
/// @file certification.hpp
/// Certificate validity for the ISMS cloud security certification (JIP-ISMS517): the 27017
/// certificate is an add-on to the 27001 certificate and ends when it ends, at most three years
/// after issue.

#include "isms/result.hpp"

namespace isms
{

/// The expiry of a 27017 certificate issued on `issued27017`, given the 27001 certificate's
/// expiry: the earlier of issued + 3 years (29 February → 28 February) and the 27001 expiry.
/// Dates are spreadsheet serial numbers (days since 1899-12-30; fractions are ignored).
/// InvalidArgument (with the argument index) for a date outside 1900–9999, or when the 27001
/// certificate has already expired on the day the 27017 certificate is issued.
[[nodiscard]] Result<double> cloudCertificateExpiry(double issued27017, double expiry27001);

/// Serial day number ↔ calendar date (proleptic Gregorian).
struct CivilDate
{
    int year, month, day;
};
[[nodiscard]] CivilDate civilFromSerial(long serial) noexcept;
[[nodiscard]] long serialFromCivil(CivilDate d) noexcept;

} // namespace isms
