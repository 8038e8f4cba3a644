// Reading formulas as Calc returns them (isms::callsIsmsFunction, isms::formulaStringLiterals).

#include "isms/formula_text.hpp"

#include <gtest/gtest.h>

namespace
{

TEST(FormulaText, RecognisesCallsOfOurFunctions)
{
    EXPECT_TRUE(isms::callsIsmsFunction(u"=ORG.ISMSCALC.FUNCTIONS.CONTROL(\"A.9.2.3\")"));
    EXPECT_TRUE(isms::callsIsmsFunction(u"=org.ismscalc.functions.risk(4;3)"));
    EXPECT_TRUE(isms::callsIsmsFunction(u"=IF(ORG.ISMSCALC.FUNCTIONS.ACCEPTABLE(B2);1;0)"));
    EXPECT_TRUE(isms::callsIsmsFunction(u"=ISMS.CONTROL(A1)"));
    EXPECT_TRUE(isms::callsIsmsFunction(u"=1+ISMS.RISK (4;3)"));
    EXPECT_FALSE(isms::callsIsmsFunction(u"=SUM(A1:A3)"));
    EXPECT_FALSE(isms::callsIsmsFunction(u"=\"ISMS.CONTROL(\"&A1")) << "inside a string";
    EXPECT_FALSE(isms::callsIsmsFunction(u"=$'ISMS.CONTROL(x'.A1")) << "a sheet name";
    EXPECT_FALSE(isms::callsIsmsFunction(u"=MYISMS.CONTROL(1)")) << "another name";
    EXPECT_FALSE(isms::callsIsmsFunction(u"=ISMS_SOA")) << "a named range";
    EXPECT_FALSE(isms::callsIsmsFunction(u"=ISMS.")) << "no function";
    EXPECT_FALSE(isms::callsIsmsFunction(u""));
}

TEST(FormulaText, ListsStringLiterals)
{
    const auto lits = isms::formulaStringLiterals(u"=IF(A1=\"a\"\"b\";'x''y'.B2;\"\")&\"c\"");
    ASSERT_EQ(lits.size(), 3u);
    EXPECT_EQ(lits[0], u"a\"b");
    EXPECT_EQ(lits[1], u"");
    EXPECT_EQ(lits[2], u"c");
    EXPECT_TRUE(isms::formulaStringLiterals(u"=1+2").empty());
}

} // namespace
