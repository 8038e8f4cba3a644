#include "isms/cell_controls.hpp"
#include "isms/text_list.hpp"

#include "isms/utf.hpp"

#include <algorithm>

namespace isms
{

std::vector<const Control*> controlsInCell(std::u16string_view text, const Catalog& cat)
{
    std::vector<const Control*> out;
    if (text.empty())
        return out;
    // A controls cell first: "A.5.23; 8.2" would otherwise read as A.5.23 with a title.
    std::vector<CitedControl> found;
    std::vector<std::u16string> unknown;
    parseControlsCell(text, cat, found, unknown);
    for (const CitedControl& f : found)
        if (f.control && std::find(out.begin(), out.end(), f.control) == out.end())
            out.push_back(f.control);
    if (out.empty())
        if (auto one = cat.lookup(text); one.ok())
            out.push_back(*one);
    return out;
}

CitationIndex::CitationIndex(const Register& reg, const Catalog& cat)
    : m_byControl(cat.size()), m_risks(reg.risks.size())
{
    for (const RiskRow& risk : reg.risks)
    {
        std::string id;
        if (const GridCell* c = risk.get(RegisterField::RiskId); c && !c->empty())
            id = toUtf8(c->text);
        else
            id = "row " + std::to_string(risk.row + 1);
        auto add = [&](const Control* c)
        {
            auto& list = m_byControl[c->index];
            if (list.empty() || list.back() != id)
                list.push_back(id);
        };
        auto& rowControls = m_byRow[risk.row];
        for (const CitedControl& cited : risk.controls)
        {
            if (!cited.control)
                continue;
            if (std::find(rowControls.begin(), rowControls.end(), cited.control) ==
                rowControls.end())
                rowControls.push_back(cited.control);
            add(cited.control);
            for (const Control* m : cited.control->mapped)
                add(m);
        }
    }
}

const std::vector<std::string>& CitationIndex::risksCiting(const Control& c) const noexcept
{
    static const std::vector<std::string> none;
    return c.index < m_byControl.size() ? m_byControl[c.index] : none;
}

const std::vector<const Control*>* CitationIndex::controlsOfRow(int row) const noexcept
{
    const auto it = m_byRow.find(row);
    return it == m_byRow.end() ? nullptr : &it->second;
}

SoaIndex::SoaIndex(const std::vector<SoaRow>& rows, const Catalog& cat) : m_rows(rows)
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
    {
        const GridCell& id = m_rows[i].at(SoaColumn::Control);
        if (id.empty())
            continue;
        if (auto c = cat.lookup(std::u16string_view(id.text)); c.ok())
            m_byControl.try_emplace((*c)->index, i);
    }
}

std::vector<std::pair<const Control*, const SoaRow*>> SoaIndex::rowsFor(const Control& c) const
{
    std::vector<std::pair<const Control*, const SoaRow*>> out;
    auto add = [&](const Control* k)
    {
        if (const auto it = m_byControl.find(k->index); it != m_byControl.end())
            out.emplace_back(k, &m_rows[it->second]);
    };
    if (c.edition == Edition::Iso27001_2013)
        for (const Control* m : c.mapped)
            add(m);
    else
        add(&c);
    return out;
}

namespace
{

std::string pick(Lang lang, std::string_view en, std::string_view ja)
{
    return std::string(lang == Lang::Ja ? ja : en);
}

} // namespace

ControlView describeControl(const Control& c, const Texts& texts, const ControlContext& context,
                            Lang lang)
{
    ControlView v;
    v.heading = c.canonical + "  " + std::string(texts.title(c, lang));
    switch (c.edition)
    {
    case Edition::Iso27001_2013:
        v.edition = pick(lang, "ISO/IEC 27001:2013 Annex A", "ISO/IEC 27001:2013 附属書A");
        break;
    case Edition::Iso27001_2022:
        v.edition = pick(lang, "ISO/IEC 27001:2022 Annex A", "ISO/IEC 27001:2022 附属書A");
        if (c.isNew)
            v.edition += pick(lang, " (new in 2022)", "(2022 年版で新設)");
        break;
    case Edition::Iso27017_2015:
        v.edition =
            pick(lang, "ISO/IEC 27017:2015 cloud control", "ISO/IEC 27017:2015 クラウドの管理策");
        break;
    }

    // 2013 ↔ 2022 (and CLD beside 2022).
    if (c.mapped.empty())
        v.mapping = c.edition == Edition::Iso27001_2022
                        ? pick(lang, "No 27001:2013 predecessor.",
                               "27001:2013 に対応する管理策はありません。")
                        : pick(lang, "No 27001:2022 counterpart.",
                               "27001:2022 に対応する管理策はありません。");
    else
    {
        v.mapping = c.edition == Edition::Iso27001_2013
                        ? pick(lang, "In 27001:2022:", "27001:2022 では:")
                    : c.edition == Edition::Iso27001_2022
                        ? pick(lang, "In 27001:2013:", "27001:2013 では:")
                        : pick(lang, "Beside 27001:2022:", "27001:2022 の関連管理策:");
        for (const Control* m : c.mapped)
            v.mapping += "\n" + m->canonical + "  " + std::string(texts.title(*m, lang));
    }

    // 27017 guidance for the workbook's role(s).
    const std::string_view customer = texts.guidance(c, Role::Customer, lang);
    const std::string_view provider = texts.guidance(c, Role::Provider, lang);
    const std::string none = pick(lang, "(none for this role)", "(この立場への手引はありません)");
    if (customer.empty() && provider.empty())
        v.customer = pick(lang, "ISO/IEC 27017 adds no cloud guidance to this control.",
                          "ISO/IEC 27017 によるクラウドの実施の手引はありません。");
    else
    {
        if (has(context.roles, Role::Customer))
            v.customer = pick(lang, "Cloud service customer:", "クラウドサービスカスタマ:") + "\n" +
                         (customer.empty() ? none : std::string(customer));
        if (has(context.roles, Role::Provider))
            v.provider = pick(lang, "Cloud service provider:", "クラウドサービスプロバイダ:") +
                         "\n" + (provider.empty() ? none : std::string(provider));
    }

    // Risks of the register citing it.
    if (!context.risks)
        v.risks = pick(lang, "No risk register found.", "リスク台帳が見つかりません。");
    else if (const auto& ids = context.risks->risksCiting(c); ids.empty())
        v.risks = pick(lang, "No risk in the register cites it.",
                       "この管理策を引用しているリスクはありません。");
    else
        v.risks = pick(lang, "Risks citing it (", "引用しているリスク(") +
                  std::to_string(ids.size()) + pick(lang, "): ", " 件): ") + joinList(ids, 20);

    // Statement of Applicability.
    if (!context.soa)
        v.soa = pick(lang, "No Statement of Applicability yet (Generate SoA creates it).",
                     "適用宣言書はまだありません(「適用宣言書の作成」で作成します)。");
    else
    {
        const auto rows = context.soa->rowsFor(c);
        if (rows.empty())
            v.soa = pick(lang, "Not in the Statement of Applicability.",
                         "適用宣言書に行がありません。");
        for (const auto& [control, row] : rows)
        {
            const GridCell& decision = row->at(SoaColumn::Applicability);
            const GridCell& status = row->at(SoaColumn::Status);
            if (!v.soa.empty())
                v.soa += "\n";
            v.soa += pick(lang, "SoA ", "適用宣言書 ") + control->canonical + ": " +
                     (decision.empty() ? pick(lang, "not decided", "未決定") : cellUtf8(decision)) +
                     " · " +
                     (status.empty() ? pick(lang, "status not recorded", "実施状況の記載なし")
                                     : cellUtf8(status));
        }
    }
    return v;
}

} // namespace isms
