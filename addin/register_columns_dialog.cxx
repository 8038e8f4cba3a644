#include "register_columns_dialog.hxx"

#include "conversions.hxx"
#include "dialog_model.hxx"
#include "isms/register_form.hpp"
#include "isms/utf.hpp"

#include <com/sun/star/awt/PushButtonType.hpp>
#include <com/sun/star/awt/XControlContainer.hpp>
#include <com/sun/star/awt/XDialog.hpp>
#include <com/sun/star/awt/XNumericField.hpp>
#include <com/sun/star/awt/XTextComponent.hpp>
#include <com/sun/star/lang/XComponent.hpp>

#include <vector>

namespace isms::addin
{
namespace
{

std::string key(RegisterField f)
{
    return "col_" + std::string(fieldKey(f));
}

} // namespace

std::optional<RegisterMap>
askRegisterColumns(const css::uno::Reference<css::uno::XComponentContext>& ctx,
                   const css::uno::Reference<css::frame::XFrame>& frame, const Grid& grid,
                   const RegisterMap& current, const std::string& sheet, Lang lang)
{
    const bool ja = lang == Lang::Ja;
    constexpr sal_Int32 kRowsPerColumn = 12, kTop = 52, kStep = 15;
    auto model = newDialogModel(ctx, 440, 278,
                                ja ? "ISMS: リスク台帳の列" : "ISMS: Risk register columns");
    auto intro = addControl(model, "com.sun.star.awt.UnoControlFixedTextModel", "intro", 8, 6,
                            424, 24);
    intro->setPropertyValue("MultiLine", css::uno::Any(true));
    intro->setPropertyValue(
        "Label",
        css::uno::Any(toOUString(
            ja ? "シート「" + sheet +
                     "」。各項目の列を選ぶか、列の文字(E など)を入力してください。ない項目は空欄の"
                     "ままにします。保存先は文書のプロパティ ISMS.RegisterMap で、検出で上書きされる"
                     "ことはありません。"
               : "Sheet '" + sheet +
                     "'. Pick each field's column, or type its letter (such as E); leave a "
                     "field empty when the register has none. Saved in the document property "
                     "ISMS.RegisterMap; detection never overwrites it.")));
    auto rowLabel = addControl(model, "com.sun.star.awt.UnoControlFixedTextModel", "headerRowLabel",
                               8, 34, 90, 10);
    rowLabel->setPropertyValue("Label", css::uno::Any(toOUString(ja ? "見出し行" : "Header row")));
    auto row = addControl(model, "com.sun.star.awt.UnoControlNumericFieldModel", "headerRow", 100,
                          32, 50, 12);
    row->setPropertyValue("DecimalAccuracy", css::uno::Any(sal_Int16(0)));
    row->setPropertyValue("ValueMin", css::uno::Any(1.0));
    row->setPropertyValue("ValueMax", css::uno::Any(1000000.0));
    row->setPropertyValue("Spin", css::uno::Any(true));
    row->setPropertyValue("Value", css::uno::Any(double(current.headerRow + 1)));
    auto rowsLabel = addControl(model, "com.sun.star.awt.UnoControlFixedTextModel",
                                "headerRowsLabel", 170, 34, 100, 10);
    rowsLabel->setPropertyValue("Label",
                                css::uno::Any(toOUString(ja ? "見出しの行数" : "Header rows")));
    auto rows = addControl(model, "com.sun.star.awt.UnoControlNumericFieldModel", "headerRows",
                           272, 32, 40, 12);
    rows->setPropertyValue("DecimalAccuracy", css::uno::Any(sal_Int16(0)));
    rows->setPropertyValue("ValueMin", css::uno::Any(1.0));
    rows->setPropertyValue("ValueMax", css::uno::Any(3.0));
    rows->setPropertyValue("Spin", css::uno::Any(true));
    rows->setPropertyValue("Value", css::uno::Any(double(current.headerRows)));

    const std::vector<std::string> choices = columnChoices(grid, current, lang);
    css::uno::Sequence<rtl::OUString> items(sal_Int32(choices.size()));
    for (std::size_t i = 0; i < choices.size(); ++i)
        items.getArray()[i] = toOUString(choices[i]);
    for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
    {
        const auto field = RegisterField(f);
        const sal_Int32 x = f < std::size_t(kRowsPerColumn) ? 8 : 224;
        const sal_Int32 y = kTop + sal_Int32(f % std::size_t(kRowsPerColumn)) * kStep;
        auto label = addControl(model, "com.sun.star.awt.UnoControlFixedTextModel",
                                "label_" + std::string(fieldKey(field)), x, y + 2, 96, 10);
        label->setPropertyValue("Label", css::uno::Any(toOUString(fieldLabel(field).in(lang))));
        auto box = addControl(model, "com.sun.star.awt.UnoControlComboBoxModel", key(field),
                              x + 98, y, 110, 12);
        box->setPropertyValue("Dropdown", css::uno::Any(true));
        box->setPropertyValue("LineCount", css::uno::Any(sal_Int16(12)));
        box->setPropertyValue("StringItemList", css::uno::Any(items));
        box->setPropertyValue("Text",
                              css::uno::Any(toOUString(choiceFor(grid, current, field, lang))));
    }
    auto status = addControl(model, "com.sun.star.awt.UnoControlFixedTextModel", "status", 8, 236,
                             424, 18);
    status->setPropertyValue("MultiLine", css::uno::Any(true));
    auto ok = addControl(model, "com.sun.star.awt.UnoControlButtonModel", "ok", 322, 258, 52, 14);
    ok->setPropertyValue("PushButtonType", css::uno::Any(sal_Int16(css::awt::PushButtonType_OK)));
    ok->setPropertyValue("DefaultButton", css::uno::Any(true));
    ok->setPropertyValue("Label", css::uno::Any(toOUString(ja ? "保存" : "Save")));
    auto cancel =
        addControl(model, "com.sun.star.awt.UnoControlButtonModel", "cancel", 380, 258, 52, 14);
    cancel->setPropertyValue("PushButtonType",
                             css::uno::Any(sal_Int16(css::awt::PushButtonType_CANCEL)));
    cancel->setPropertyValue("Label", css::uno::Any(toOUString(ja ? "キャンセル" : "Cancel")));

    auto dialog = newDialog(ctx, frame, model);
    css::uno::Reference<css::awt::XControlContainer> controls(dialog, css::uno::UNO_QUERY_THROW);
    std::optional<RegisterMap> out;
    for (;;)
    {
        if (css::uno::Reference<css::awt::XDialog>(dialog, css::uno::UNO_QUERY_THROW)->execute() !=
            1)
            break;
        auto number = [&](const char* name)
        {
            return int(css::uno::Reference<css::awt::XNumericField>(
                           controls->getControl(rtl::OUString::createFromAscii(name)),
                           css::uno::UNO_QUERY_THROW)
                           ->getValue());
        };
        std::vector<FieldChoice> chosen;
        for (std::size_t f = 0; f < kRegisterFieldCount; ++f)
        {
            const auto field = RegisterField(f);
            const rtl::OUString text = css::uno::Reference<css::awt::XTextComponent>(
                                           controls->getControl(toOUString(key(field))),
                                           css::uno::UNO_QUERY_THROW)
                                           ->getText();
            chosen.push_back({field, toUtf8(view(text))});
        }
        auto map = mapFromChoices(number("headerRow"), number("headerRows"), chosen);
        if (map.ok())
        {
            out = std::move(map).value();
            break;
        }
        // say what is wrong, in the person's language, and let them correct it
        const std::string& m = map.error().message;
        const auto split = m.find(" / ");
        status->setPropertyValue(
            "Label", css::uno::Any(toOUString(split == std::string::npos
                                                  ? m
                                                  : (ja ? m.substr(split + 3) : m.substr(0, split)))));
    }
    css::uno::Reference<css::lang::XComponent>(dialog, css::uno::UNO_QUERY_THROW)->dispose();
    return out;
}

} // namespace isms::addin
