#include "commands/columns_dialog.hxx"

#include "functions/conversions.hxx"
#include "commands/dialog_model.hxx"
#include "strings.hxx"
#include "isms/column_form.hpp"
#include "isms/utf.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControl.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <algorithm>
#include <functional>
#include <vector>

namespace isms::addin
{
namespace
{

struct Form
{
    std::string title, intro;
    std::vector<std::string> choices;
    std::vector<std::pair<std::string, std::string>> fields; ///< label, current choice
    int headerRow1 = 1, headerRows = 1, maxHeaderRows = 1;
};

struct Answer
{
    int headerRow1 = 1, headerRows = 1;
    std::vector<std::string> texts; ///< per field, as the person left it
};

/// Shows the form until the person cancels or check() accepts the answer ("" = accepted,
/// else the reason in both languages, " / " between them).

/// Shows the form until the person cancels or the answer makes a valid map (toMap's error is
/// shown in the dialog), and returns that map.
template <typename ToMap>
auto askMap(const css::uno::Reference<css::uno::XComponentContext>& ctx,
            const css::uno::Reference<css::frame::XFrame>& frame, const Form& form, Lang lang,
            const ToMap& toMap) -> std::optional<std::decay_t<decltype(toMap(Answer{}).value())>>
{
    auto answer = ask(ctx, frame, form, lang,
                      [&](const Answer& a)
                      {
                          auto m = toMap(a);
                          return m.ok() ? std::string() : m.error().message;
                      });
    if (!answer)
        return std::nullopt;
    return toMap(*answer).value();
}

std::optional<Answer> ask(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                          const css::uno::Reference<css::frame::XFrame>& frame, const Form& form,
                          Lang lang, const std::function<std::string(const Answer&)>& check)
{
    const bool ja = lang == Lang::Ja;
    const sal_Int32 perColumn = sal_Int32((form.fields.size() + 1) / 2), top = 52, step = 15;
    const sal_Int32 height = top + perColumn * step + 44;
    auto model = newDialogModel(ctx, 440, height, form.title);
    auto intro =
        addControl(model, "com.sun.star.awt.UnoControlFixedTextModel", "intro", 8, 6, 424, 24);
    intro->setPropertyValue("MultiLine", css::uno::Any(true));
    intro->setPropertyValue("Label", css::uno::Any(toOUString(form.intro)));
    auto number = [&](const char* name, const UiText& label, sal_Int32 x, double value, double max)
    {
        auto l = addControl(model, "com.sun.star.awt.UnoControlFixedTextModel",
                            std::string(name) + "Label", x, 34, 90, 10);
        l->setPropertyValue("Label", css::uno::Any(toOUString(label.in(lang))));
        auto f = addControl(model, "com.sun.star.awt.UnoControlNumericFieldModel", name, x + 92, 32,
                            50, 12);
        f->setPropertyValue("DecimalAccuracy", css::uno::Any(sal_Int16(0)));
        f->setPropertyValue("ValueMin", css::uno::Any(1.0));
        f->setPropertyValue("ValueMax", css::uno::Any(max));
        f->setPropertyValue("Spin", css::uno::Any(true));
        f->setPropertyValue("Value", css::uno::Any(value));
    };
    number("headerRow", str::kColumnsHeaderRow, 8, form.headerRow1, 1000000.0);
    number("headerRows", str::kColumnsHeaderRows, 224, form.headerRows, double(form.maxHeaderRows));
    css::uno::Sequence<rtl::OUString> items(sal_Int32(form.choices.size()));
    for (std::size_t i = 0; i < form.choices.size(); ++i)
        items.getArray()[i] = toOUString(form.choices[i]);
    for (std::size_t f = 0; f < form.fields.size(); ++f)
    {
        const sal_Int32 x = sal_Int32(f) < perColumn ? 8 : 224;
        const sal_Int32 y = top + (sal_Int32(f) % perColumn) * step;
        auto label = addControl(model, "com.sun.star.awt.UnoControlFixedTextModel",
                                "label" + std::to_string(f), x, y + 2, 96, 10);
        label->setPropertyValue("Label", css::uno::Any(toOUString(form.fields[f].first)));
        auto box = addControl(model, "com.sun.star.awt.UnoControlComboBoxModel",
                              "field" + std::to_string(f), x + 98, y, 110, 12);
        box->setPropertyValue("Dropdown", css::uno::Any(true));
        box->setPropertyValue("LineCount", css::uno::Any(sal_Int16(12)));
        box->setPropertyValue("StringItemList", css::uno::Any(items));
        box->setPropertyValue("Text", css::uno::Any(toOUString(form.fields[f].second)));
    }
    auto status = addControl(model, "com.sun.star.awt.UnoControlFixedTextModel", "status", 8,
                             height - 42, 424, 18);
    status->setPropertyValue("MultiLine", css::uno::Any(true));
    auto ok =
        addControl(model, "com.sun.star.awt.UnoControlButtonModel", "ok", 322, height - 20, 52, 14);
    ok->setPropertyValue("PushButtonType", css::uno::Any(sal_Int16(css::awt::PushButtonType_OK)));
    ok->setPropertyValue("DefaultButton", css::uno::Any(true));
    ok->setPropertyValue("Label", css::uno::Any(toOUString(str::kSave.in(lang))));
    auto cancel = addControl(model, "com.sun.star.awt.UnoControlButtonModel", "cancel", 380,
                             height - 20, 52, 14);
    cancel->setPropertyValue("PushButtonType",
                             css::uno::Any(sal_Int16(css::awt::PushButtonType_CANCEL)));
    cancel->setPropertyValue("Label", css::uno::Any(toOUString(str::kCancel.in(lang))));

    auto dialog = newDialog(ctx, frame, model);
    css::uno::Reference<css::awt::XControlContainer> controls(dialog, css::uno::UNO_QUERY_THROW);
    std::optional<Answer> out;
    for (;;)
    {
        if (css::uno::Reference<css::awt::XDialog>(dialog, css::uno::UNO_QUERY_THROW)->execute() !=
            1)
            break;
        auto value = [&](const char* name)
        {
            return int(css::uno::Reference<css::awt::XNumericField>(
                           controls->getControl(rtl::OUString::createFromAscii(name)),
                           css::uno::UNO_QUERY_THROW)
                           ->getValue());
        };
        Answer a;
        a.headerRow1 = value("headerRow");
        a.headerRows = value("headerRows");
        // What each field shows, read from its window: the control's getText() answers from
        // its model, which LibreOffice 25.2 no longer updates when the text is set through
        // accessibility (a screen reader, a test), only when it is typed.
        auto shown = [&](std::size_t f)
        {
            auto control = controls->getControl(toOUString("field" + std::to_string(f)));
            css::uno::Reference<css::awt::XTextComponent> text(control->getPeer(),
                                                               css::uno::UNO_QUERY);
            if (!text.is())
                text.set(control, css::uno::UNO_QUERY_THROW);
            return text->getText();
        };
        for (std::size_t f = 0; f < form.fields.size(); ++f)
            a.texts.push_back(toUtf8(view(shown(f))));
        const std::string problem = check(a);
        if (problem.empty())
        {
            out = std::move(a);
            break;
        }
        // say what is wrong, in the person's language, and let them correct it
        const auto split = problem.find(" / ");
        status->setPropertyValue("Label",
                                 css::uno::Any(toOUString(split == std::string::npos ? problem
                                                          : ja ? problem.substr(split + 3)
                                                               : problem.substr(0, split))));
    }
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return out;
}

std::string intro(const std::string& sheet, const char* property, Lang lang)
{
    return fill(str::kColumnsIntro, lang, {sheet, property});
}

} // namespace

std::optional<RegisterMap>
askRegisterColumns(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                   const css::uno::Reference<css::frame::XFrame>& frame, const Grid& grid,
                   const RegisterMap& current, const std::string& sheet, Lang lang)
{
    Form form;
    form.title = str::kRegisterColumnsTitle.str(lang);
    form.intro = intro(sheet, "ISMS.RegisterMap", lang);
    form.choices = columnChoices(grid, current, lang);
    form.headerRow1 = current.headerRow + 1;
    form.headerRows = current.headerRows;
    form.maxHeaderRows = 3;
    for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
        form.fields.emplace_back(fieldLabel(RegisterField(f)).in(lang),
                                 choiceFor(grid, current, RegisterField(f), lang));
    auto toMap = [](const Answer& a)
    {
        std::vector<FieldChoice> chosen;
        for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
            chosen.push_back({RegisterField(f), a.texts[f]});
        return mapFromChoices(a.headerRow1, a.headerRows, chosen);
    };
    return askMap(ctx, frame, form, lang, toMap);
}

std::optional<SoaMap> askSoaColumns(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                                    const css::uno::Reference<css::frame::XFrame>& frame,
                                    const Grid& grid, const SoaMap& current, Lang lang)
{
    Form form;
    form.title = str::kSoaColumnsTitle.str(lang);
    form.intro = intro(current.sheet, "ISMS.SoaMap", lang);
    form.choices =
        columnChoices(grid, current.headerRow, current.headerRows,
                      *std::max_element(current.column.begin(), current.column.end()), lang);
    form.headerRow1 = current.headerRow + 1;
    form.headerRows = current.headerRows;
    form.maxHeaderRows = 2;
    for (SoaColumn c : soaFormFields())
        form.fields.emplace_back(soaColumnLabel(c).in(lang),
                                 columnChoice(grid, current.headerRow, current.headerRows,
                                              current.column[std::size_t(c)]));
    auto toMap = [&](const Answer& a)
    {
        std::vector<std::pair<SoaColumn, std::string>> chosen;
        for (std::size_t f = 0; f < soaFormFields().size(); ++f)
            chosen.emplace_back(soaFormFields()[f], a.texts[f]);
        return soaMapFromChoices(current.sheet, a.headerRow1, a.headerRows, chosen);
    };
    return askMap(ctx, frame, form, lang, toMap);
}

} // namespace isms::addin
