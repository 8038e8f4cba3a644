#pragma once
// One real office per test suite, started with the built .oxt installed.

#include "office.hxx"

#include <gtest/gtest.h>

#include <memory>
#include <string>

namespace isms::office
{

/// Derive a suite from this; Options() may be overridden through the template parameter.
template <typename Config> class OfficeSuite : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
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
            EXPECT_TRUE(s_office->alive()) << "soffice died during the test (a crash)";
        }
    }
    static Office& office() { return *s_office; }

    static inline std::unique_ptr<Office> s_office;
    static inline std::string s_startError;
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
