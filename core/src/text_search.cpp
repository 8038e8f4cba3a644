#include "isms/text_search.hpp"

#include <algorithm>
#include <cstdint>
#include <deque>
#include <utility>

namespace isms
{

namespace
{

/// The automaton: a trie of the needles with failure and output links.
class Automaton
{
public:
    explicit Automaton(const std::vector<std::u16string>& needles)
    {
        m_nodes.emplace_back();
        for (std::size_t i = 0; i < needles.size(); ++i)
            if (!needles[i].empty())
                add(needles[i], i);
        for (Node& n : m_nodes)
            std::sort(n.edges.begin(), n.edges.end());
        link();
    }

    /// Marks every needle that occurs in the text.
    void search(std::u16string_view text, std::vector<bool>& found)
    {
        int state = 0;
        for (const char16_t c : text)
        {
            state = step(state, c);
            // Each node's outputs (and those along its output links) are marked once.
            for (int n = state; n > 0 && !m_nodes[std::size_t(n)].reported;
                 n = m_nodes[std::size_t(n)].output)
            {
                Node& node = m_nodes[std::size_t(n)];
                node.reported = true;
                for (const std::size_t needle : node.needles)
                    found[needle] = true;
            }
        }
    }

private:
    struct Node
    {
        std::vector<std::pair<char16_t, int>> edges; // sorted by character once built
        std::vector<std::size_t> needles;            // the needles that end here
        int fail = 0;
        int output = 0; // the nearest node along the failure links that ends a needle (0: none)
        bool reported = false;
    };

    [[nodiscard]] int child(int node, char16_t c) const
    {
        const auto& e = m_nodes[std::size_t(node)].edges;
        const auto it = std::lower_bound(e.begin(), e.end(), std::pair<char16_t, int>{c, -1});
        return it != e.end() && it->first == c ? it->second : -1;
    }

    void add(const std::u16string& needle, std::size_t index)
    {
        int node = 0;
        for (const char16_t c : needle)
        {
            auto& e = m_nodes[std::size_t(node)].edges;
            const auto it =
                std::find_if(e.begin(), e.end(), [c](const auto& p) { return p.first == c; });
            if (it != e.end())
            {
                node = it->second;
                continue;
            }
            m_nodes.emplace_back();
            const int next = int(m_nodes.size() - 1);
            m_nodes[std::size_t(node)].edges.emplace_back(c, next);
            node = next;
        }
        m_nodes[std::size_t(node)].needles.push_back(index);
    }

    void link()
    {
        std::deque<int> queue;
        for (const auto& [c, next] : m_nodes[0].edges)
            queue.push_back(next);
        while (!queue.empty())
        {
            const int node = queue.front();
            queue.pop_front();
            for (const auto& [c, next] : m_nodes[std::size_t(node)].edges)
            {
                Node& n = m_nodes[std::size_t(next)];
                n.fail = step(m_nodes[std::size_t(node)].fail, c);
                if (n.fail == next)
                    n.fail = 0;
                const Node& f = m_nodes[std::size_t(n.fail)];
                n.output = f.needles.empty() ? f.output : n.fail;
                queue.push_back(next);
            }
        }
    }

    [[nodiscard]] int step(int state, char16_t c) const
    {
        for (;;)
        {
            const int next = child(state, c);
            if (next >= 0)
                return next;
            if (state == 0)
                return 0;
            state = m_nodes[std::size_t(state)].fail;
        }
    }

    std::vector<Node> m_nodes;
};

} // namespace

std::vector<bool> occurringIn(std::u16string_view text, const std::vector<std::u16string>& needles)
{
    std::vector<bool> found(needles.size(), false);
    Automaton automaton(needles);
    automaton.search(text, found);
    return found;
}

} // namespace isms
