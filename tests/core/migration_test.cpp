// Migrating 27001:2013 control references in cell texts to 27001:2022 (isms::migrateCellText,
// isms::migratableIdsInFormula, isms::migrationNotesText).

#include "isms/utf.hpp"
#include "isms/migration.hpp"
#include "isms/tables/id_cell.hpp"

#include "catalog_support.hpp"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace
{

using isms::CellMigration;
using isms::Lang;
using isms::MigrationNoteKind;
using isms::test::cat;
using isms::test::control;

std::u16string u16(std::string_view s)
{
    return isms::toUtf16(s);
}

std::string u8(std::u16string_view s)
{
    std::string out;
    for (char16_t c : s)
    {
        if (c < 0x80)
            out += char(c);
        else if (c < 0x800)
        {
            out += char(0xC0 | (c >> 6));
            out += char(0x80 | (c & 0x3F));
        }
        else
        {
            out += char(0xE0 | (c >> 12));
            out += char(0x80 | ((c >> 6) & 0x3F));
            out += char(0x80 | (c & 0x3F));
        }
    }
    return out;
}

CellMigration migrate(std::string_view text)
{
    return isms::migrateCellText(u16(text), cat());
}

std::string after(std::string_view text)
{
    return u8(migrate(text).text);
}

std::string title(std::string_view id, Lang lang)
{
    return control(id).title.in(lang);
}

bool hasNote(const CellMigration& m, MigrationNoteKind kind)
{
    for (const auto& n : m.notes)
        if (n.kind == kind)
            return true;
    return false;
}

TEST(Migration, EveryControlOf2013MigratesToItsMapped2022Controls)
{
    const auto& list = cat().controls(isms::Edition::Iso27001_2013);
    ASSERT_EQ(list.size(), 114u);
    for (const isms::Control* c : list)
    {
        SCOPED_TRACE(c->canonical);
        std::string expected;
        for (const isms::Control* t : c->mapped)
            expected += (expected.empty() ? "" : ", ") + t->canonical;
        ASSERT_FALSE(expected.empty());
        const CellMigration m = migrate(c->canonical);
        EXPECT_TRUE(m.changed);
        EXPECT_EQ(u8(m.text), expected);
        EXPECT_EQ(m.migrated, std::vector<std::string>{c->canonical});
        EXPECT_EQ(hasNote(m, MigrationNoteKind::Ambiguous), c->mapped.size() > 1);
        const bool merged =
            std::any_of(c->mapped.begin(), c->mapped.end(),
                        [](const isms::Control* t) { return t->mapped.size() > 1; });
        EXPECT_EQ(hasNote(m, MigrationNoteKind::Merged), merged);
        // the other spellings the parser accepts
        // without "A.": a number that is also a clause of ISO/IEC 27001 (6.1.2, 9.2.1) stays
        // as written unless the column writes its 2013 ids bare
        const std::string bare = c->canonical.substr(2);
        if (isms::isManagementClause(bare))
        {
            const CellMigration kept = migrate(bare);
            EXPECT_FALSE(kept.changed) << bare;
            EXPECT_TRUE(hasNote(kept, MigrationNoteKind::Clause)) << bare;
            isms::MigrationContext bareColumn;
            bareColumn.bareIdsAreControls = true;
            EXPECT_EQ(u8(isms::migrateCellText(isms::toUtf16(bare), cat(), bareColumn).text),
                      expected);
        }
        else
            EXPECT_EQ(after(bare), expected) << "without A.";
        EXPECT_EQ(after("a" + c->canonical.substr(1)), expected);
    }
}

TEST(Migration, ReplacesTitlesInTheLanguageOfTheOriginalTitle)
{
    EXPECT_EQ(after("A.9.2.3 Management of privileged access rights"),
              "8.2 " + title("8.2", Lang::En));
    EXPECT_EQ(after("A.9.2.3 特権的アクセス権の管理"), "8.2 " + title("8.2", Lang::Ja));
    EXPECT_EQ(after("A.9.2.3: Management of privileged access"), "8.2: " + title("8.2", Lang::En));
    EXPECT_EQ(after("A.9.2.3 - Management of privileged access"),
              "8.2 - " + title("8.2", Lang::En));
    EXPECT_EQ(after("A.9.2.3　特権的アクセス権の管理"), "8.2　" + title("8.2", Lang::Ja));
    EXPECT_EQ(after("A.9.2.3特権的アクセス権の管理"), "8.2" + title("8.2", Lang::Ja));
    EXPECT_EQ(after("A.9.2.3 (Management of privileged access)"),
              "8.2 (" + title("8.2", Lang::En) + ")");
    EXPECT_EQ(after("A.9.2.3（特権的アクセス権の管理）"), "8.2（" + title("8.2", Lang::Ja) + "）");
    // a title that contains a separator is one title
    EXPECT_EQ(after("A.13.2.1 Information transfer policies/procedures, A.9.2.3"),
              "5.14 " + title("5.14", Lang::En) + ", 8.2");
}

TEST(Migration, KeepsSeparatorsAndLineBreaks)
{
    EXPECT_EQ(after("A.9.2.3, A.12.4.1"), "8.2, 8.15");
    EXPECT_EQ(after("A.9.2.3,A.12.4.1"), "8.2,8.15");
    EXPECT_EQ(after("A.9.2.3、A.12.4.1"), "8.2、8.15");
    EXPECT_EQ(after("A.9.2.3; A.12.4.1"), "8.2; 8.15");
    EXPECT_EQ(after("A.9.2.3 / A.12.4.1"), "8.2 / 8.15");
    EXPECT_EQ(after("A.9.2.3\nA.12.4.1"), "8.2\n8.15");
    EXPECT_EQ(after("  A.9.2.3 ,  A.12.4.1  "), "  8.2 ,  8.15  ");
    EXPECT_EQ(after("A.9.2.3 Management of privileged access\nA.12.4.1 Event logging"),
              "8.2 " + title("8.2", Lang::En) + "\n8.15 " + title("8.15", Lang::En));
}

TEST(Migration, ReadsFullWidthAndOtherSpellings)
{
    EXPECT_EQ(after("Ａ．９．２．３"), "8.2");
    EXPECT_EQ(after("Ａ．９．２．３、Ａ．１２．４．１"), "8.2、8.15");
    EXPECT_EQ(after("A9.2.3"), "8.2");
    EXPECT_EQ(after("9.2.3"), "8.2");
    EXPECT_EQ(after("A.9.2.3."), "8.2.");
}

TEST(Migration, WritesEveryTargetOfAnAmbiguousControlAndSaysSo)
{
    const CellMigration m = migrate("A.18.2.3");
    EXPECT_EQ(u8(m.text), "5.36, 8.8");
    ASSERT_TRUE(hasNote(m, MigrationNoteKind::Ambiguous));
    const std::string en = isms::migrationNotesText(m.notes, Lang::En);
    EXPECT_NE(en.find("decide which applies"), std::string::npos) << en;
    EXPECT_NE(isms::migrationNotesText(m.notes, Lang::Ja).find("判断してください"),
              std::string::npos);
    EXPECT_EQ(after("A.12.4.1、A.18.2.3"), "8.15、5.36、8.8") << "the cell's separator";
    EXPECT_EQ(after("A.18.2.3 技術的順守のレビュー"),
              "5.36 " + title("5.36", Lang::Ja) + "、8.8 " + title("8.8", Lang::Ja));
    EXPECT_EQ(after("A.18.2.3 Technical compliance review"),
              "5.36 " + title("5.36", Lang::En) + ", 8.8 " + title("8.8", Lang::En));
}

TEST(Migration, ListsMergedControlsOnceAndNamesThem)
{
    CellMigration m = migrate("A.5.1.1, A.5.1.2");
    EXPECT_EQ(u8(m.text), "5.1");
    EXPECT_EQ(m.migrated, (std::vector<std::string>{"A.5.1.1", "A.5.1.2"}));
    ASSERT_TRUE(hasNote(m, MigrationNoteKind::Merged));
    std::string en = isms::migrationNotesText(m.notes, Lang::En);
    EXPECT_NE(en.find("A.5.1.1 and A.5.1.2"), std::string::npos) << en;
    EXPECT_NE(en.find("listed once"), std::string::npos) << en;

    EXPECT_EQ(after("A.8.1.1, A.9.2.3, A.8.1.2"), "5.9, 8.2") << "the repeat and its separator";
    EXPECT_EQ(after("A.5.1.1, 5.1"), "5.1") << "already written in 2022 numbering";

    m = migrate("A.5.1.1");
    EXPECT_EQ(u8(m.text), "5.1");
    en = isms::migrationNotesText(m.notes, Lang::En);
    EXPECT_NE(en.find("5.1 combines the 2013 controls A.5.1.1, A.5.1.2"), std::string::npos) << en;
    EXPECT_EQ(en.find("listed once"), std::string::npos) << en;
    EXPECT_NE(isms::migrationNotesText(m.notes, Lang::Ja).find("統合"), std::string::npos);
}

TEST(Migration, LeavesCloudAndUnknownIdsAsWritten)
{
    EXPECT_EQ(after("A.9.2.3, CLD.6.3.1"), "8.2, CLD.6.3.1");
    EXPECT_FALSE(migrate("CLD.6.3.1").changed);
    EXPECT_FALSE(migrate("CLD.9.5.1, CLD.12.1.5").changed);
    EXPECT_FALSE(migrate("A.19.1.1").changed) << "no such control";
    const CellMigration m = migrate("A.9.2.3, A.19.1.1");
    EXPECT_EQ(u8(m.text), "8.2, A.19.1.1");
    EXPECT_TRUE(hasNote(m, MigrationNoteKind::Unknown));
}

TEST(Migration, NeverTouchesTextThatIsNotAListOfIds)
{
    for (const char* s : {"",
                          " ",
                          "see policy 9.2",
                          "Laptop lost in a taxi; see A.11.2.6",
                          "Unpatched server (A.12.6.1)",
                          "Risk of data loss",
                          "Version 1.2.3",
                          "10.1.1.5",
                          "2013.9.2",
                          "5.15",
                          "8.2, 5.1",
                          "A.5.15",
                          "9.2",
                          "12",
                          "1.5",
                          "3.14159",
                          "情報漏えいのリスク",
                          "A.9",
                          "A.9.2",
                          "Controls: A.9.2.3",
                          "=A.9.2.3"})
    {
        SCOPED_TRACE(s);
        const CellMigration m = migrate(s);
        EXPECT_FALSE(m.changed);
        EXPECT_EQ(u8(m.text), s);
        EXPECT_TRUE(m.notes.empty());
        EXPECT_TRUE(m.migrated.empty());
    }
}

TEST(Migration, IsIdempotentOverEveryIdAndRandomCells)
{
    const auto& all13 = cat().controls(isms::Edition::Iso27001_2013);
    const auto& all22 = cat().controls(isms::Edition::Iso27001_2022);
    const auto& cloud = cat().controls(isms::Edition::Iso27017_2015);
    for (const isms::Control* c : all13)
        for (const std::string& form :
             {c->canonical, c->canonical + " " + c->title.en, c->canonical + " " + c->title.ja})
        {
            SCOPED_TRACE(form);
            const CellMigration once = migrate(form);
            ASSERT_TRUE(once.changed);
            const CellMigration twice = isms::migrateCellText(once.text, cat());
            EXPECT_FALSE(twice.changed) << u8(once.text) << " → " << u8(twice.text);
            EXPECT_EQ(twice.text, once.text);
        }
    std::mt19937 rng(20261127);
    const char* seps[] = {", ", "、", "; ", "\n", " / ", ","};
    for (int round = 0; round < 3000; ++round)
    {
        std::string cell;
        const int n = 1 + int(rng() % 5);
        const char* sep = seps[rng() % std::size(seps)];
        for (int k = 0; k < n; ++k)
        {
            const isms::Control* c = nullptr;
            switch (rng() % 4)
            {
            case 0:
            case 1:
                c = all13[rng() % all13.size()];
                break;
            case 2:
                c = all22[rng() % all22.size()];
                break;
            default:
                c = cloud[rng() % cloud.size()];
            }
            cell += (k ? sep : "") + c->canonical;
            switch (rng() % 3)
            {
            case 0:
                cell += " " + c->title.en;
                break;
            case 1:
                cell += " " + c->title.ja;
                break;
            default:
                break;
            }
        }
        SCOPED_TRACE(cell);
        const CellMigration once = migrate(cell);
        const CellMigration twice = isms::migrateCellText(once.text, cat());
        EXPECT_FALSE(twice.changed) << u8(once.text) << " → " << u8(twice.text);
        // nothing is lost: every 2022 target of every 2013 id is in the result
        const std::string out = u8(once.text);
        for (const std::string& id : once.migrated)
            for (const isms::Control* t : control(id).mapped)
                EXPECT_NE(out.find(t->canonical), std::string::npos) << id << " → " << out;
    }
}

TEST(Migration, FindsTheIdsAFormulaWouldNeedRewritten)
{
    EXPECT_EQ(isms::migratableIdsInFormula(u"=ORG.ISMSCALC.FUNCTIONS.CONTROL(\"A.9.2.3\")", cat()),
              std::vector<std::string>{"A.9.2.3"});
    EXPECT_EQ(
        isms::migratableIdsInFormula(u"=IF(A1=\"A.5.1.1, A.18.2.3\";\"A.5.1.1\";\"5.15\")", cat()),
        (std::vector<std::string>{"A.5.1.1", "A.18.2.3"}));
    EXPECT_TRUE(isms::migratableIdsInFormula(u"=ISMS.CONTROL(\"5.15\")", cat()).empty());
    EXPECT_TRUE(isms::migratableIdsInFormula(u"=SUM(A1:A9)", cat()).empty());
}

TEST(Migration, LogTextsInBothLanguages)
{
    EXPECT_EQ(isms::migrationLogSheetName().en, "Migration log");
    EXPECT_EQ(isms::migrationLogSheetName().ja, "移行ログ");
    ASSERT_EQ(isms::migrationLogHeadings().size(), 5u);
    for (const auto& h : isms::migrationLogHeadings())
    {
        EXPECT_FALSE(h.en.empty());
        EXPECT_FALSE(h.ja.empty());
    }
}

} // namespace

namespace
{

TEST(Migration, IdsWithoutSeparatorAreEachRewritten)
{
    EXPECT_EQ(after("A.12.1.1 A.18.1.1"), "5.37 5.31");
    EXPECT_EQ(after("\u201CA.9.2.3\u201D"), "\u201C8.2\u201D");
}

TEST(Migration, APersonsWordsAfterAnIdStayAsWritten)
{
    const CellMigration m = migrate("A.9.2.3 is mentioned here in free text");
    EXPECT_EQ(u8(m.text), "8.2 is mentioned here in free text");
    EXPECT_TRUE(hasNote(m, MigrationNoteKind::TextKept));
    EXPECT_EQ(after("A.9.2.3 ここで言及しているだけ"), "8.2 ここで言及しているだけ");
    // a title (ours, or one sharing its words) is replaced
    EXPECT_EQ(after("A.9.2.3 Privileged access rights management"),
              "8.2 " + title("8.2", Lang::En));
}

TEST(Migration, ClauseNumbersBesideAnnexIdsAreNeverRewritten)
{
    const CellMigration m = migrate("A.12.1.1, 6.1.2, 7.5.1");
    EXPECT_EQ(u8(m.text), "5.37, 6.1.2, 7.5.1");
    EXPECT_TRUE(hasNote(m, MigrationNoteKind::Clause));
    const CellMigration alone = migrate("6.1.2");
    EXPECT_FALSE(alone.changed);
    EXPECT_NE(isms::migrationNotesText(alone.notes, Lang::En).find("clause 6.1.2"),
              std::string::npos);
    EXPECT_NE(isms::migrationNotesText(alone.notes, Lang::Ja).find("箇条"), std::string::npos);
}

} // namespace

namespace
{

/// ASCII to full-width, spaces to ideographic spaces (as the fuzz target's texts).
std::u16string fullWidth(std::u16string s)
{
    for (char16_t& c : s)
        if (c >= 0x21 && c <= 0x7E)
            c = char16_t(c + 0xFEE0);
        else if (c == u' ')
            c = u'\u3000';
    return s;
}

/// Migrates, and checks what every migration must hold: `changed` says whether the text
/// changed, and migrating the result changes nothing.
CellMigration migrateChecked(std::u16string_view text)
{
    CellMigration m = isms::migrateCellText(text, cat());
    EXPECT_EQ(m.changed, m.text != text) << u8(text);
    const CellMigration again = isms::migrateCellText(m.text, cat());
    EXPECT_FALSE(again.changed) << u8(m.text) << " → " << u8(again.text);
    EXPECT_EQ(again.text, m.text);
    return m;
}

std::string afterChecked(std::string_view text)
{
    return u8(migrateChecked(u16(text)).text);
}

TEST(Migration, RepeatedIdWithTextBetweenIsRewrittenAtEachPlace)
{
    // regression: "A.18.1.1 xx A.18.1.1" became "5.31" (the text between and after was lost)
    EXPECT_EQ(afterChecked("A.18.1.1 xx A.18.1.1"), "5.31 xx 5.31");
    EXPECT_EQ(afterChecked("A.18.1.1 xx A.18.1.1 yy"), "5.31 xx 5.31 yy");
    EXPECT_EQ(afterChecked("A.9.2.3 see A.9.2.3"), "8.2 see 8.2");
    const CellMigration m = migrateChecked(u16("A.18.1.1 xx A.18.1.1"));
    EXPECT_TRUE(m.changed);
    EXPECT_EQ(m.migrated, (std::vector<std::string>{"A.18.1.1", "A.18.1.1"}));
    const std::string en = isms::migrationNotesText(m.notes, Lang::En);
    EXPECT_EQ(en.find("listed once"), std::string::npos) << en;
    // two 2013 controls merged into one 2022 control, with words between: both places kept
    EXPECT_EQ(afterChecked("A.5.1.1 xx A.5.1.2"), "5.1 xx 5.1");
    // a 2022 id already written by the migration, with words between: kept as written
    EXPECT_EQ(afterChecked("A.5.1.1 then 5.1 again"), "5.1 then 5.1 again");
    // full width
    EXPECT_EQ(u8(migrateChecked(fullWidth(u"A.18.1.1 xx A.18.1.1")).text),
              u8(u"5.31\u3000ｘｘ\u30005.31"));
    EXPECT_EQ(u8(migrateChecked(u"Ａ．１８．１．１　メモ　Ａ．１８．１．１").text),
              "5.31　メモ　5.31");
}

TEST(Migration, IdThenTitleThenTheSameIdKeepsTheWordsAfterIt)
{
    // regression: became "5.31" (everything after the first id was lost). The words are not
    // our title of A.18.1.1, so they stay as written too.
    const CellMigration m =
        migrateChecked(u16("A.18.1.1 Identification of applicable legislation, A.18.1.1 again"));
    EXPECT_EQ(u8(m.text), "5.31 Identification of applicable legislation, 5.31 again");
    EXPECT_TRUE(hasNote(m, MigrationNoteKind::TextKept));
    // our title is replaced, the repeat with its words is rewritten where it stands
    EXPECT_EQ(afterChecked("A.18.1.1 Recording the legal and contractual requirements that apply, "
                           "A.18.1.1 again"),
              "5.31 " + title("5.31", Lang::En) + ", 5.31 again");
    EXPECT_EQ(
        afterChecked("A.18.1.1 適用される法令・契約上の義務の洗い出しと文書化、A.18.1.1 再掲"),
        "5.31 " + title("5.31", Lang::Ja) + "、5.31 再掲");
    EXPECT_EQ(
        u8(migrateChecked(u"Ａ．１８．１．１　適用される法令・契約上の義務の洗い出しと文書化、"
                          u"Ａ．１８．１．１　再掲")
               .text),
        "5.31　" + title("5.31", Lang::Ja) + "、5.31　再掲");
    // the same id twice, each with its title: a pure list, written once
    EXPECT_EQ(afterChecked("A.18.1.1 Recording the legal and contractual requirements that apply, "
                           "A.18.1.1 Recording the legal and contractual requirements that apply"),
              "5.31 " + title("5.31", Lang::En));
}

TEST(Migration, RepeatedIdsInAListAreListedOnceAndNothingElseIsLost)
{
    EXPECT_EQ(afterChecked("A.18.1.1, A.18.1.1"), "5.31");
    EXPECT_EQ(afterChecked("A.18.1.1, A.9.2.3, A.18.1.1"), "5.31, 8.2");
    EXPECT_EQ(afterChecked("A.18.1.1、A.18.1.1、A.9.2.3"), "5.31、8.2");
    EXPECT_EQ(afterChecked("A.18.1.1\nA.18.1.1\nA.9.2.3"), "5.31\n8.2");
    EXPECT_EQ(afterChecked("\"A.5.1.1\", \"A.5.1.2\""), "\"5.1\"");
    EXPECT_EQ(u8(migrateChecked(fullWidth(u"A.18.1.1, A.9.2.3, A.18.1.1")).text),
              "5.31，\u30008.2");
    // not a pure list (a person's words after the first id): each is rewritten where it stands
    EXPECT_EQ(afterChecked("A.5.1.1 my words, A.5.1.2"), "5.1 my words, 5.1");
    EXPECT_EQ(afterChecked("A.18.1.1 see A.9.2.3 see A.18.1.1"), "5.31 see 8.2 see 5.31");
}

TEST(Migration, ClauseNumbersEndTheTitleBeforeThem)
{
    EXPECT_EQ(afterChecked("A.12.1.1 Documented operating procedures, 6.1.2"),
              "5.37 " + title("5.37", Lang::En) + ", 6.1.2");
}

TEST(Migration, ATitleKeepsTheBracketThatOpensTheNextId)
{
    // long-run fuzz finding id_cell/migration-title-before-bracketed-id.bin (now a seed):
    // "18.2.1 ＂ISMS（CLD-5.1.1" (full width) became "5.35 ＂<title>CLD-5.1.1": the bracket was
    // replaced with the title, and the next migration read "5.1.1" out of "…approachCLD-5.1.1"
    const std::string t535 = title("5.35", Lang::En);
    EXPECT_EQ(afterChecked("A.18.2.1 Independent review of information security (CLD.6.3.1)"),
              "5.35 " + t535 + " (CLD.6.3.1)");
    EXPECT_EQ(afterChecked("A.18.2.1 Independent review (A.9.2.3)"), "5.35 " + t535 + " (8.2)");
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理（A.9.2.4）"),
              "8.2 " + title("8.2", Lang::Ja) + "（5.17）");
    EXPECT_EQ(afterChecked("A.18.2.1 ISMS-CLD.6.3.1"), "5.35 " + t535 + "-CLD.6.3.1");
    EXPECT_EQ(u8(migrateChecked(fullWidth(u"18.2.1\"ISMS(CLD-5.1.1")).text),
              "5.35" + u8(fullWidth(u"\"")) + t535 + u8(fullWidth(u"(CLD-5.1.1")));
    // a full stop after the title stays, and so does a detail in brackets after it
    EXPECT_EQ(afterChecked("A.9.2.3 Management of privileged access."),
              "8.2 " + title("8.2", Lang::En) + ".");
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理（特権ID）"),
              "8.2 " + title("8.2", Lang::Ja) + "（特権ID）");
    // smoke-run findings (now seeds): a title, or a repeat that is dropped, that runs straight
    // into the next id stays as written when the new title would end in a letter: joined to
    // it, "…approachCLD-5.1.1" read as "5.1.1"
    const CellMigration glued =
        migrateChecked(u16("A.9.2.3 Management of privileged access rights→CLD.6.3.1"));
    EXPECT_EQ(u8(glued.text), "8.2 Management of privileged access rights→CLD.6.3.1");
    EXPECT_NE(isms::migrationNotesText(glued.notes, Lang::En).find("without a space"),
              std::string::npos);
    // glued to a word, "CLD.6.3.1" is no id; with it the text is no title: it stays, and the
    // CLD number with it
    EXPECT_EQ(afterChecked("A.9.2.3 Management of privileged access rightsCLD.6.3.1"),
              "8.2 Management of privileged access rightsCLD.6.3.1");
    // a Japanese title ends in a letter an id may follow
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理CLD.6.3.1"),
              "8.2 " + title("8.2", Lang::Ja) + "CLD.6.3.1");
    EXPECT_EQ(afterChecked("A.18.2.1 ISMS, A.18.2.1 ISMS (CLD-5.1.1)"),
              "5.35 " + t535 + " (CLD-5.1.1)");
    (void)migrateChecked(fullWidth(u"18.2.1\"ISMS\uFFFDCLD-5.1.1"));
    (void)migrateChecked(fullWidth(u"18.2.1\"ISMS(CLD-1.") + u"\uFFFD" +
                         fullWidth(u"A18.2.1\"ISMS(CLD-5.1.1-5.1.1MS(CLD-5.1.1-5.1.1"));
    // an id that became two: each title in its brackets, what follows after the last
    EXPECT_EQ(afterChecked("A.18.2.3 (Technical compliance review) (A.9.2.3)"),
              "5.36 (" + title("5.36", Lang::En) + "), 8.8 (" + title("8.8", Lang::En) + ") (8.2)");
}

TEST(Migration, AMarkOrDetailAfterATitleStays)
{
    // Japanese SoA workbooks mark titles with notes below the table: the mark is the person's,
    // the title is replaced
    const std::string ja82 = title("8.2", Lang::Ja), en82 = title("8.2", Lang::En);
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理※1"), "8.2 " + ja82 + "※1");
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理 ※"), "8.2 " + ja82 + " ※");
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理＊２"), "8.2 " + ja82 + "＊２");
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理（注1）"), "8.2 " + ja82 + "（注1）");
    EXPECT_EQ(afterChecked("A.9.2.3 Management of privileged access rights*3"),
              "8.2 " + en82 + "*3");
    EXPECT_EQ(afterChecked("A.9.2.3 Management of privileged access rights (note 2)"),
              "8.2 " + en82 + " (note 2)");
    EXPECT_EQ(afterChecked("A.9.2.3 Management of privileged access rights†"), "8.2 " + en82 + "†");
    // a mark inside the brackets the lead opened stays inside them
    EXPECT_EQ(afterChecked("A.9.2.3 (Management of privileged access rights※2)"),
              "8.2 (" + en82 + "※2)");
    // an id that became two: the mark once, after the last title
    EXPECT_EQ(afterChecked("A.18.2.3 Technical compliance review※1"),
              "5.36 " + title("5.36", Lang::En) + ", 8.8 " + title("8.8", Lang::En) + "※1");
    // the mark stands between the title and the next id: the title is replaced all the same
    EXPECT_EQ(afterChecked("A.9.2.3 Management of privileged access rights※CLD.6.3.1"),
              "8.2 " + en82 + "※CLD.6.3.1");
    // a repeat with a mark is not dropped: the mark would go with it
    EXPECT_EQ(afterChecked("A.9.2.3, A.9.2.3 Management of privileged access rights※1"),
              "8.2, 8.2 " + en82 + "※1");
    // any detail in brackets after the title is the person's; a bracket inside a title (JIS
    // writes "ぜい(脆)弱性") is part of it
    EXPECT_EQ(afterChecked("A.9.2.3 Management of privileged access rights (admin IDs)"),
              "8.2 " + en82 + " (admin IDs)");
    EXPECT_EQ(afterChecked("A.12.6.1 技術的ぜい(脆)弱性の管理"), "8.8 " + title("8.8", Lang::Ja));
    // the title again in the other language, in brackets: both are replaced, for each target
    // (the Japanese in the cell makes "、" the separator)
    EXPECT_EQ(
        afterChecked("A.9.2.3 Management of privileged access rights (特権的アクセス権の管理)"),
        "8.2 " + en82 + " (" + ja82 + ")");
    EXPECT_EQ(
        afterChecked("A.9.2.3 特権的アクセス権の管理（Management of privileged access rights）"),
        "8.2 " + ja82 + "（" + en82 + "）");
    EXPECT_EQ(
        afterChecked("A.18.2.3 Technical compliance review (" + title("5.36", Lang::Ja) + ")"),
        "5.36 " + title("5.36", Lang::En) + " (" + title("5.36", Lang::Ja) + ")、8.8 " +
            title("8.8", Lang::En) + " (" + title("8.8", Lang::Ja) + ")");
    // a note after the title, from "※", "注：" or "Note:" on, with the punctuation before it
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理　※詳細は別紙参照"),
              "8.2 " + ja82 + "　※詳細は別紙参照");
    EXPECT_EQ(afterChecked("A.9.2.3 特権的アクセス権の管理。注：年1回棚卸し"),
              "8.2 " + ja82 + "。注：年1回棚卸し");
    EXPECT_EQ(afterChecked("A.9.2.3 Management of privileged access rights. Note: reviewed yearly"),
              "8.2 " + en82 + ". Note: reviewed yearly");
    EXPECT_EQ(afterChecked("A.9.2.3 (Management of privileged access rights) ※1"),
              "8.2 (" + en82 + ") ※1");
    // a text that is only a mark is no title
    EXPECT_EQ(afterChecked("A.9.2.3 ※1"), "8.2 ※1");
    EXPECT_EQ(afterChecked("A.9.2.3 (注1)"), "8.2 (注1)");
}

TEST(Migration, FullWidthRepeatedIdsKeepEveryCharacterInPlace)
{
    // fuzz finding id_cell-migration-duplicates-text.bin (now a seed): the unknown "18.1" was
    // re-found inside "18.1.1", and the overlapping spans wrote a tail of the text twice
    std::u16string ascii = u"9.21 8.2 8.2@8.2\uFFFD8.2 8.2:18.1.1:18.1";
    ascii += char16_t(0);
    ascii += u"8.2\uFFFD8.2 8.2@8.2 8.2@8.2 8.2@8.2 8.2@8.2 8.2";
    const std::u16string text = fullWidth(ascii);
    const std::u16string id = fullWidth(u"18.1.1");
    const std::size_t at = text.find(id);
    ASSERT_NE(at, std::u16string::npos);
    std::u16string expected = text;
    expected.replace(at, id.size(), u"5.31");
    const CellMigration m = migrateChecked(text);
    EXPECT_TRUE(m.changed);
    EXPECT_EQ(u8(m.text), u8(expected));
    EXPECT_EQ(m.migrated, std::vector<std::string>{"A.18.1.1"});
    // the same, ASCII
    std::u16string asciiExpected = ascii;
    asciiExpected.replace(ascii.find(u"18.1.1"), 6, u"5.31");
    EXPECT_EQ(u8(migrateChecked(ascii).text), u8(asciiExpected));
    // an unknown id that is the start of a control id, before it
    EXPECT_EQ(afterChecked("A.19.1, 18.1.1 x 18.1"), "A.19.1, 5.31 x 18.1");
    EXPECT_EQ(afterChecked("A.19.1.1, A.18.1.1, A.19.1.1"), "A.19.1.1, 5.31, A.19.1.1");
}

TEST(Migration, NothingOutsideTheIdsChangesInRandomCellsWithRepeats)
{
    // ids with words between them (no list separator, no title): every 2013 id is rewritten
    // where it stands, every other character stays, in ASCII and in full width
    std::mt19937 rng(7);
    const char* ids[] = {"A.18.1.1", "A.9.2.3", "A.5.1.1", "A.5.1.2", "5.1", "8.2", "18.1"};
    const char* to[] = {"5.31", "8.2", "5.1", "5.1", nullptr, nullptr, nullptr};
    const char* words[] = {" xx ", " see ", "@", ":", " - ", " and ", "　メモ　"};
    for (int round = 0; round < 2000; ++round)
    {
        std::u16string in[2], expected[2];
        const int n = 2 + int(rng() % 5);
        for (int k = 0; k < n; ++k)
        {
            const std::size_t w = rng() % std::size(words);
            const std::size_t i = k ? rng() % std::size(ids) : rng() % 4;
            for (const bool wide : {false, true})
            {
                auto form = [&](const char* s) { return wide ? fullWidth(u16(s)) : u16(s); };
                if (k)
                {
                    in[wide] += form(words[w]);
                    expected[wide] += form(words[w]);
                }
                in[wide] += form(ids[i]);
                expected[wide] += to[i] ? u16(to[i]) : form(ids[i]);
            }
        }
        for (const bool wide : {false, true})
        {
            SCOPED_TRACE(u8(in[wide]));
            const CellMigration m = migrateChecked(in[wide]);
            EXPECT_TRUE(m.changed);
            EXPECT_EQ(u8(m.text), u8(expected[wide]));
        }
    }
}

} // namespace
