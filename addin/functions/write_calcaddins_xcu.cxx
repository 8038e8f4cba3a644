// Build tool: writes CalcAddIns.xcu from the function table, so Calc can list the functions
// (English and Japanese) without loading the extension at start-up.
// Usage: write_calcaddins_xcu OUT.xcu

#include "xml_text.hxx"
#include "functions/function_table.hxx"

#include <fstream>
#include <iostream>
#include <string>

namespace
{

using isms::addin::xmlText;

void localized(std::ostream& o, const char* indent, const char* prop, std::string_view en,
               std::string_view ja)
{
    o << indent << "<prop oor:name=\"" << prop << "\">\n"
      << indent << "  <value xml:lang=\"en-US\">" << xmlText(en) << "</value>\n"
      << indent << "  <value xml:lang=\"ja\">" << xmlText(ja) << "</value>\n"
      << indent << "</prop>\n";
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2)
    {
        std::cerr << "usage: write_calcaddins_xcu OUT.xcu\n";
        return 2;
    }
    std::ofstream o(argv[1]);
    o << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<!-- Generated from addin/function_table.cxx by write_calcaddins_xcu. -->\n"
         "<oor:component-data xmlns:oor=\"http://openoffice.org/2001/registry\" "
         "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" oor:name=\"CalcAddIns\" "
         "oor:package=\"org.openoffice.Office\">\n"
         "  <node oor:name=\"AddInInfo\">\n"
      << "    <node oor:name=\"" << isms::addin::kServiceName << "\" oor:op=\"replace\">\n"
      << "      <node oor:name=\"AddInFunctions\">\n";
    for (const auto& f : isms::addin::functionTable())
    {
        o << "        <node oor:name=\"" << f.method << "\" oor:op=\"replace\">\n";
        localized(o, "          ", "DisplayName", f.displayName, f.displayName);
        localized(o, "          ", "Description", f.descEn, f.descJa);
        o << "          <prop oor:name=\"Category\"><value>" << isms::addin::kCategory
          << "</value></prop>\n"
          << "          <prop oor:name=\"CompatibilityName\"><value xml:lang=\"en-US\">"
          << f.displayName << "</value></prop>\n"
          << "          <node oor:name=\"Parameters\">\n";
        for (const auto& p : f.params)
        {
            o << "            <node oor:name=\"" << p.name << "\" oor:op=\"replace\">\n";
            localized(o, "              ", "DisplayName", p.displayEn, p.displayJa);
            localized(o, "              ", "Description", p.descEn, p.descJa);
            o << "            </node>\n";
        }
        o << "          </node>\n"
          << "        </node>\n";
    }
    o << "      </node>\n"
         "    </node>\n"
         "  </node>\n"
         "</oor:component-data>\n";
    return o.good() ? 0 : 1;
}
