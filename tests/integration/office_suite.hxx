#pragma once
// One real office per test suite, started with the built .oxt installed.

#include "office.hxx"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace isms::office
{

/// After a test: fails it when the office is gone; the first time (deathReported false) with how
/// it ended and what it last wrote, later ones (the tests after it) briefly.
inline void expectOfficeAlive(const Office& office, bool& deathReported)
{
    if (office.alive())
        return;
    if (deathReported)
    {
        ADD_FAILURE() << "soffice died in an earlier test";
        return;
    }
    deathReported = true;
    ADD_FAILURE() << "soffice died during the test (a crash): " << office.deathReport();
}

/// Derive a suite from this; Options() may be overridden through the template parameter.
template <typename Config> class OfficeSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_deathReported = false;
        try
        {
            s_office = std::make_unique<Office>(Config::options());
        }
        catch (...)
        {
            s_startError = describeCurrentException();
        }
    }
    static void TearDownTestSuite() { s_office.reset(); }
    void SetUp() override
    {
        if (!s_office)
            GTEST_FAIL() << "office did not start: " << s_startError;
    }
    void TearDown() override
    {
        if (s_office)
        {
            expectOfficeAlive(*s_office, s_deathReported);
        }
    }
    static Office& office() { return *s_office; }

    static inline std::unique_ptr<Office> s_office;
    static inline std::string s_startError;
    static inline bool s_deathReported = false;
};

struct EnglishOfficeWithExtension
{
    static OfficeOptions options()
    {
        OfficeOptions o;
        o.oxt = builtOxt();
        return o;
    }
};

struct JapaneseOfficeWithExtension
{
    static OfficeOptions options()
    {
        OfficeOptions o;
        o.oxt = builtOxt();
        o.language = "ja";
        return o;
    }
};

} // namespace isms::office
