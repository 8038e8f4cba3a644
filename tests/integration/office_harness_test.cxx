// The test harness itself: an office that dies during a test must say how it ended and what it
// last wrote (LibreOffice writes "Fatal exception: Signal 11" and its stack there), or a crash
// in CI leaves nothing to go on.

#include "office.hxx"

#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <thread>

using namespace isms::office;

TEST(OfficeHarness, AnOfficeThatDiedSaysHowItEndedAndWhatItLastWrote)
{
    try
    {
        Office office(OfficeOptions{});
        EXPECT_EQ(office.deathReport(), "") << "it is running";
        office.abort(); // SIGKILL to what it started, as a crash or the OOM killer would
        const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(30);
        while (office.alive() && std::chrono::steady_clock::now() < end)
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        ASSERT_FALSE(office.alive());
        const std::string report = office.deathReport();
        EXPECT_NE(report.find("killed by signal 9"), std::string::npos) << report;
        EXPECT_NE(report.find("the office's last output:\n"), std::string::npos) << report;
        EXPECT_EQ(office.deathReport(), report) << "asked again, the same answer";
    }
    catch (...)
    {
        FAIL() << describeCurrentException();
    }
}
