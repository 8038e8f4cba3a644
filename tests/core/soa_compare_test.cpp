// Comparing two Statements of Applicability: what an auditor sees at a surveillance audit when
// asking "what changed since last time?".

#include "isms/soa_compare.hpp"

#include "catalog_support.hpp"
#include "register_support.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace
{

using namespace isms;
using isms::test::cat;
using isms::test::makeGrid;
using isms::test::RowSpec;

/// An SoA sheet as a person would have typed it, read by the table reader.
SoaTable soa(const std::vector<RowSpec>& rows)
{
    const Grid g = makeGrid(rows);
    auto t = detectSoaTable(g, "SoA");
    EXPECT_TRUE(t.ok()) << (t.ok() ? "" : t.error().message);
    return t.ok() ? *t : SoaTable();
}

const RowSpec kEnglishHead = {u"Control ID",
                              u"Applicable?",
                              u"Reason for inclusion",
                              u"Justification for exclusion",
                              u"Implementation status",
                              u"Owner",
                              u"Evidence"};

/// Field changes as "field: before -> after", for readable expectations.
std::vector<std::string> fieldsOf(const SoaRowChange& r)
{
    std::vector<std::string> out;
    for (const SoaFieldChange& f : r.fields)
        out.push_back(soaColumnLabel(f.field).en + ": " + f.before + " -> " + f.after);
    return out;
}

const SoaRowChange* rowFor(const SoaComparison& c, const std::string& control)
{
    for (const SoaRowChange& r : c.rows)
        if (r.control == control)
            return &r;
    return nullptr;
}

bool hasNote(const std::vector<std::string>& notes, const std::string& part)
{
    for (const std::string& n : notes)
        if (n.find(part) != std::string::npos)
            return true;
    return false;
}

TEST(SoaCompare, TwoEditions2022ListExactlyTheChangedDecisionsStatusesAndTheRemovedRow)
{
    const SoaTable before = soa({
        kEnglishHead,
        {u"5.1", u"Yes", u"Policy framework", u"", u"Implemented", u"CISO", u"POL-01"},
        {u"5.2", u"Yes", u"", u"", u"Planned", u"CISO", u"-"},
        {u"5.7", u"No", u"", u"Not needed at our scale", u"-", u"-", u""},
        {u"5.23", u"No", u"", u"No cloud services used", u"", u"", u""},
        {u"7.4", u"Applicable", u"", u"", u"Implemented", u"Facilities", u"CCTV log"},
        {u"8.2", u"Yes", u"", u"", u"Planned", u"IT", u""},
    });
    const SoaTable after = soa({
        kEnglishHead,
        {u"5.1", u"Applicable", u"Policy framework", u"", u"Implemented", u"CISO", u"POL-01"},
        {u"5.2", u"Yes", u"", u"", u"Implemented", u"CISO", u"N/A"},
        {u"5.7", u"Yes", u"", u"", u"Planned", u"CISO", u""},
        {u"5.23", u"No", u"", u"We use no cloud services at all", u"", u"", u""},
        {u"8.2", u"Yes", u"", u"", u"Implemented", u"IT", u""},
    });
    ASSERT_EQ(before.edition, "2022");
    ASSERT_EQ(after.edition, "2022");

    const SoaComparison c = compareSoa(cat(), before, after);
    EXPECT_FALSE(c.throughMapping);
    EXPECT_EQ(c.compared, 5);
    EXPECT_EQ(c.changed, 4);
    EXPECT_EQ(c.unchanged, 1);
    EXPECT_EQ(c.added, 0);
    EXPECT_EQ(c.removed, 1);
    ASSERT_EQ(c.rows.size(), 5u);

    // the later SoA's order, the removed row last
    EXPECT_EQ(c.rows[0].control, "5.2");
    EXPECT_EQ(c.rows[0].kind, SoaChangeKind::Changed);
    EXPECT_EQ(fieldsOf(c.rows[0]),
              std::vector<std::string>{"Implementation status: Planned -> Implemented"});
    EXPECT_EQ(c.rows[0].oldRow, 2);
    EXPECT_EQ(c.rows[0].newRow, 2);
    EXPECT_EQ(c.rows[0].oldControls, std::vector<std::string>{"5.2"});

    EXPECT_EQ(c.rows[1].control, "5.7");
    EXPECT_EQ(fieldsOf(c.rows[1]),
              (std::vector<std::string>{"Applicability: No -> Yes",
                                        "Justification for exclusion: Not needed at our scale -> ",
                                        "Implementation status: - -> Planned",
                                        "Control owner: - -> CISO"}));

    EXPECT_EQ(c.rows[2].control, "5.23");
    EXPECT_EQ(fieldsOf(c.rows[2]),
              std::vector<std::string>{"Justification for exclusion: No cloud services used -> "
                                       "We use no cloud services at all"});

    EXPECT_EQ(c.rows[3].control, "8.2");
    EXPECT_EQ(fieldsOf(c.rows[3]),
              std::vector<std::string>{"Implementation status: Planned -> Implemented"});

    EXPECT_EQ(c.rows[4].control, "7.4");
    EXPECT_EQ(c.rows[4].kind, SoaChangeKind::Removed);
    EXPECT_EQ(c.rows[4].oldRow, 5);
    EXPECT_EQ(c.rows[4].newRow, -1);
    EXPECT_EQ(fieldsOf(c.rows[4]),
              (std::vector<std::string>{
                  "Applicability: Applicable -> ", "Implementation status: Implemented -> ",
                  "Control owner: Facilities -> ", "Evidence: CCTV log -> "}));
    EXPECT_TRUE(c.notesEn.empty()) << c.notesEn.front();
    EXPECT_EQ(c.notesEn.size(), c.notesJa.size());
}

TEST(SoaCompare, SameDecisionInOtherWordsIsNoChange)
{
    const SoaTable before = soa({
        kEnglishHead,
        {u"5.1", u"Yes", u"", u"", u"Implemented", u"CISO  office", u"POL-01"},
        {u"5.2", u"Y", u"", u"", u"", u"", u""},
        {u"5.3", u"Not applicable", u"", u"Too small", u"", u"", u""},
        {u"5.4", u"Yes", u"", u"", u"", u"", u""},
    });
    const SoaTable after = soa({
        kEnglishHead,
        {u"5.1", u"Applicable", u"", u"", u" Implemented", u"CISO office", u"POL-01\n"},
        {u"5.2", u"Included", u"", u"", u"", u"", u""},
        {u"5.3", u"Excluded", u"", u"Too  small", u"", u"", u""},
        {u"5.4", u"No", u"", u"", u"", u"", u""},
    });
    const SoaComparison c = compareSoa(cat(), before, after);
    EXPECT_EQ(c.compared, 4);
    EXPECT_EQ(c.unchanged, 3);
    ASSERT_EQ(c.rows.size(), 1u); // a change of decision still is one
    EXPECT_EQ(c.rows[0].control, "5.4");
    EXPECT_EQ(fieldsOf(c.rows[0]), std::vector<std::string>{"Applicability: Yes -> No"});
}

TEST(SoaCompare, JapaneseMarksAndPlaceholdersEqualTheirPlainForms)
{
    const RowSpec head = {u"管理策番号", u"適用可否", u"除外理由", u"実施状況", u"担当者", u"証跡"};
    const SoaTable before = soa({
        head,
        {u"5.1", u"○", u"", u"実施済み", u"情報システム部", u"未記入"},
        {u"5.2", u"適用", u"N/A", u"", u"-", u""},
        {u"5.3", u"適用", u"", u"計画中", u"", u""},
    });
    const SoaTable after = soa({
        head,
        {u"5.1", u"適用", u"", u"実施済み", u"情報システム部", u""},
        {u"5.2", u"○", u"", u"", u"", u"-"},
        {u"5.3", u"適用", u"", u"実施済み", u"", u""},
    });
    const SoaComparison c = compareSoa(cat(), before, after);
    EXPECT_EQ(c.compared, 3);
    EXPECT_EQ(c.unchanged, 2);
    ASSERT_EQ(c.rows.size(), 1u);
    EXPECT_EQ(c.rows[0].control, "5.3");
    ASSERT_EQ(c.rows[0].fields.size(), 1u);
    EXPECT_EQ(c.rows[0].fields[0].field, SoaColumn::Status);
    EXPECT_EQ(c.rows[0].fields[0].before, "計画中");
    EXPECT_EQ(c.rows[0].fields[0].after, "実施済み");
}

/// A 2013 SoA and the 2022 SoA written after the transition.
struct Transition
{
    SoaTable before = soa({
        kEnglishHead,
        {u"A.5.1.1", u"Yes", u"", u"", u"Implemented", u"CISO", u"POL-01"},
        {u"A.6.2.2", u"Yes", u"", u"", u"Implemented", u"HR", u"Telework rules"},
        {u"A.9.2.3", u"No", u"", u"No privileged accounts", u"", u"", u""},
        {u"A.12.6.1", u"Yes", u"", u"", u"Implemented", u"IT", u"Scan reports"},
        {u"A.18.2.2", u"Yes", u"", u"", u"Implemented", u"CISO", u"Audit reports"},
        {u"A.18.2.3", u"Yes", u"", u"", u"Implemented", u"IT", u"Pen test report"},
        {u"CLD.6.3.1", u"Yes", u"", u"", u"Implemented", u"CISO", u"Responsibility matrix"},
    });
    SoaTable after = soa({
        kEnglishHead,
        {u"5.1", u"Applicable", u"", u"", u"Implemented", u"CISO", u"POL-01"},
        {u"5.7", u"Applicable", u"", u"", u"Planned", u"CISO", u""},
        {u"5.36", u"Applicable", u"", u"", u"Implemented", u"CISO", u"Audit reports"},
        {u"8.2", u"Applicable", u"", u"", u"Implemented", u"IT", u"PAM logs"},
        {u"8.8", u"Applicable", u"", u"", u"Implemented", u"IT", u"Scan reports; Pen test report"},
        {u"CLD.6.3.1", u"Applicable", u"", u"", u"Implemented", u"CISO", u"Responsibility matrix"},
    });
};

TEST(SoaCompare, A2013SoaAgainstA2022SoaGoesThroughTheMapping)
{
    const Transition t;
    ASSERT_EQ(t.before.edition, "2013");
    ASSERT_EQ(t.after.edition, "2022");
    const SoaComparison c = compareSoa(cat(), t.before, t.after);
    EXPECT_TRUE(c.throughMapping);
    EXPECT_EQ(c.oldEdition, "2013");
    EXPECT_EQ(c.newEdition, "2022");
    ASSERT_FALSE(c.notesEn.empty());
    EXPECT_EQ(c.notesEn.front(), "Compared through the ISO/IEC 27001:2013 → 2022 mapping.");
    EXPECT_EQ(c.notesJa.front(), "ISO/IEC 27001:2013 から 2022 への対応表を使って比較しました。");

    // 5.1, 5.36, 8.2, 8.8, CLD.6.3.1 compared; 5.7 new in 2022; A.6.2.2 (now 6.7) gone
    EXPECT_EQ(c.compared, 5);
    EXPECT_EQ(c.changed, 2);
    EXPECT_EQ(c.unchanged, 3);
    EXPECT_EQ(c.added, 1);
    EXPECT_EQ(c.removed, 1);
    ASSERT_EQ(c.rows.size(), 4u);

    EXPECT_EQ(c.rows[0].control, "5.7");
    EXPECT_EQ(c.rows[0].kind, SoaChangeKind::Added);
    EXPECT_TRUE(c.rows[0].oldControls.empty());
    EXPECT_EQ(c.rows[0].oldRow, -1);
    EXPECT_EQ(c.rows[0].newRow, 2);

    // merged: A.18.2.2 and A.18.2.3 became 5.36 (A.18.2.3 also went into 8.8)
    EXPECT_EQ(c.rows[1].control, "5.36");
    EXPECT_EQ(c.rows[1].kind, SoaChangeKind::Changed);
    EXPECT_EQ(c.rows[1].oldControls, (std::vector<std::string>{"A.18.2.2", "A.18.2.3"}));
    EXPECT_EQ(c.rows[1].oldRow, 5);
    EXPECT_EQ(fieldsOf(c.rows[1]),
              (std::vector<std::string>{"Control owner: CISO; IT -> CISO",
                                        "Evidence: Audit reports; Pen test report -> Audit "
                                        "reports"}));

    // excluded in 2013, applicable in 2022
    EXPECT_EQ(c.rows[2].control, "8.2");
    EXPECT_EQ(c.rows[2].kind, SoaChangeKind::Changed);
    EXPECT_EQ(c.rows[2].oldControls, std::vector<std::string>{"A.9.2.3"});
    EXPECT_EQ(c.rows[2].oldRow, 3);
    EXPECT_EQ(c.rows[2].newRow, 4);
    EXPECT_EQ(fieldsOf(c.rows[2]),
              (std::vector<std::string>{"Applicability: No -> Applicable",
                                        "Justification for exclusion: No privileged accounts -> ",
                                        "Implementation status:  -> Implemented",
                                        "Control owner:  -> IT", "Evidence:  -> PAM logs"}));

    EXPECT_EQ(c.rows[3].control, "6.7");
    EXPECT_EQ(c.rows[3].kind, SoaChangeKind::Removed);
    EXPECT_EQ(c.rows[3].oldControls, std::vector<std::string>{"A.6.2.2"});
    EXPECT_EQ(c.rows[3].oldRow, 2);

    // 8.8 = A.12.6.1 + A.18.2.3 with the same values: not listed; CLD.6.3.1 matched itself
    EXPECT_EQ(rowFor(c, "8.8"), nullptr);
    EXPECT_EQ(rowFor(c, "CLD.6.3.1"), nullptr);
}

TEST(SoaCompare, JsonCarriesCountsRowsFieldsAndNotes)
{
    const Transition t;
    const SoaComparison c = compareSoa(cat(), t.before, t.after);
    const nlohmann::json j = nlohmann::json::parse(soaComparisonToJson(c));
    EXPECT_EQ(j["oldEdition"], "2013");
    EXPECT_EQ(j["newEdition"], "2022");
    EXPECT_EQ(j["throughMapping"], true);
    EXPECT_EQ(j["counts"]["compared"], 5);
    EXPECT_EQ(j["counts"]["changed"], 2);
    EXPECT_EQ(j["counts"]["added"], 1);
    EXPECT_EQ(j["counts"]["removed"], 1);
    EXPECT_EQ(j["counts"]["unchanged"], 3);
    ASSERT_EQ(j["rows"].size(), 4u);

    const nlohmann::json& added = j["rows"][0];
    EXPECT_EQ(added["kind"], "added");
    EXPECT_EQ(added["control"], "5.7");
    EXPECT_TRUE(added["oldControls"].empty());
    EXPECT_TRUE(added["oldRow"].is_null());
    EXPECT_EQ(added["newRow"], 3); // 1-based, as people count rows

    const nlohmann::json& changed = j["rows"][2];
    EXPECT_EQ(changed["kind"], "changed");
    EXPECT_EQ(changed["control"], "8.2");
    EXPECT_EQ(changed["oldControls"], nlohmann::json::array({"A.9.2.3"}));
    EXPECT_EQ(changed["oldRow"], 4);
    ASSERT_EQ(changed["fields"].size(), 5u);
    EXPECT_EQ(changed["fields"][0]["field"], "applicability");
    EXPECT_EQ(changed["fields"][0]["label"]["en"], "Applicability");
    EXPECT_EQ(changed["fields"][0]["label"]["ja"], "適用可否");
    EXPECT_EQ(changed["fields"][0]["before"], "No");
    EXPECT_EQ(changed["fields"][0]["after"], "Applicable");

    EXPECT_EQ(j["rows"][3]["kind"], "removed");
    EXPECT_TRUE(j["rows"][3]["newRow"].is_null());
    EXPECT_EQ(j["notes"]["en"].size(), c.notesEn.size());
    EXPECT_EQ(j["notes"]["ja"][0], "ISO/IEC 27001:2013 から 2022 への対応表を使って比較しました。");
}

TEST(SoaCompare, CsvInJapaneseHasJapaneseHeadingsAndOneLinePerFieldChange)
{
    const Transition t;
    const std::string csv = soaComparisonToCsv(compareSoa(cat(), t.before, t.after), Lang::Ja);
    const std::string head =
        "変更の種類,管理策,前回の管理策,前回の行,今回の行,項目,変更前,変更後\r\n";
    ASSERT_EQ(csv.substr(0, head.size()), head);
    EXPECT_NE(csv.find("\r\n変更,8.2,A.9.2.3,4,5,適用可否,No,Applicable\r\n"), std::string::npos)
        << csv;
    EXPECT_NE(csv.find("\r\n変更,5.36,A.18.2.2、A.18.2.3,6,4,管理策の責任者,CISO; IT,CISO\r\n"),
              std::string::npos)
        << csv;
    EXPECT_NE(csv.find("\r\n追加,5.7,,,3,適用可否,,Applicable\r\n"), std::string::npos) << csv;
    EXPECT_NE(csv.find("\r\n削除,6.7,A.6.2.2,3,,適用可否,Yes,\r\n"), std::string::npos) << csv;
    // 5.7 fills 3 fields, 5.36 changes 2, 8.2 changes 5, A.6.2.2 filled 4: 14 lines and the head
    std::size_t lines = 0;
    for (std::size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2))
        ++lines;
    EXPECT_EQ(lines, 15u);

    const std::string en = soaComparisonToCsv(compareSoa(cat(), t.before, t.after), Lang::En);
    EXPECT_EQ(en.substr(0, en.find("\r\n")),
              "Change,Control,Earlier controls,Earlier row,Later row,Field,Before,After");
    EXPECT_NE(en.find("\r\nRemoved,6.7,A.6.2.2,3,,Applicability,Yes,\r\n"), std::string::npos);
}

TEST(SoaCompare, AColumnOnlyOneTableHasIsNotComparedAndSaidSo)
{
    const SoaTable before = soa({
        kEnglishHead,
        {u"5.1", u"Yes", u"", u"", u"Implemented", u"CISO", u"POL-01"},
        {u"5.2", u"Yes", u"", u"", u"Implemented", u"CISO", u"ROLES-01"},
    });
    const SoaTable after = soa({
        {u"Control ID", u"Applicable?", u"Reason for inclusion", u"Justification for exclusion",
         u"Implementation status", u"Evidence"},
        {u"5.1", u"Yes", u"", u"", u"Implemented", u"POL-01"},
        {u"5.2", u"Yes", u"", u"", u"Planned", u"ROLES-01"},
    });
    ASSERT_TRUE(before.has(SoaColumn::Owner));
    ASSERT_FALSE(after.has(SoaColumn::Owner));
    const SoaComparison c = compareSoa(cat(), before, after);
    EXPECT_EQ(c.compared, 2);
    EXPECT_EQ(c.unchanged, 1);
    ASSERT_EQ(c.rows.size(), 1u);
    EXPECT_EQ(fieldsOf(c.rows[0]),
              std::vector<std::string>{"Implementation status: Implemented -> Planned"});
    ASSERT_EQ(c.notesEn.size(), 1u);
    EXPECT_EQ(c.notesEn[0], "Not compared: the later SoA has no Control owner column.");
    EXPECT_EQ(c.notesJa[0],
              "今回の適用宣言書に「管理策の責任者」の列がないため、比較していません。");
}

TEST(SoaCompare, RowsWithoutAnIdAndRepeatedIdsAreLeftOutAndSaidSo)
{
    const SoaTable before = soa({
        kEnglishHead,
        {u"5 Organizational controls"},
        {u"5.1", u"Yes", u"", u"", u"Implemented", u"CISO", u""},
        {u"(reserved)", u"Yes", u"", u"", u"", u"", u""},
    });
    const SoaTable after = soa({
        kEnglishHead,
        {u"5.1", u"Yes", u"", u"", u"Implemented", u"CISO", u""},
        {u"5.1", u"No", u"", u"Copied by mistake", u"", u"", u""},
    });
    const SoaComparison c = compareSoa(cat(), before, after);
    EXPECT_EQ(c.compared, 1);
    EXPECT_EQ(c.unchanged, 1); // the first 5.1 of the later SoA is the one compared
    EXPECT_TRUE(c.rows.empty());
    // the section heading is no row without an id; "(reserved)" is
    EXPECT_TRUE(hasNote(c.notesEn, "1 row of the earlier SoA names no control"));
    EXPECT_TRUE(hasNote(c.notesJa, "前回の適用宣言書の 1 行は管理策番号がないため"));
    EXPECT_TRUE(hasNote(c.notesEn, "Control 5.1 appears more than once in the later SoA (rows "
                                   "2, 3): only row 2 was compared."));
    EXPECT_TRUE(hasNote(c.notesJa, "今回の適用宣言書で管理策 5.1 が複数の行にあります"));
}

TEST(SoaCompare, ChangeKindLabelsInBothLanguages)
{
    EXPECT_EQ(soaChangeKindLabel(SoaChangeKind::Changed).en, "Changed");
    EXPECT_EQ(soaChangeKindLabel(SoaChangeKind::Changed).ja, "変更");
    EXPECT_EQ(soaChangeKindLabel(SoaChangeKind::Added).en, "Added");
    EXPECT_EQ(soaChangeKindLabel(SoaChangeKind::Added).ja, "追加");
    EXPECT_EQ(soaChangeKindLabel(SoaChangeKind::Removed).en, "Removed");
    EXPECT_EQ(soaChangeKindLabel(SoaChangeKind::Removed).ja, "削除");
}

} // namespace
