#pragma once

#include "format/diagnostic.h"
#include "language/linkgraph.h"
#include "language/validator_p.h"

#include <QList>
#include <QStringList>

namespace pb {

class Language;

// A language's link graph and diagnostics, kept up to date as its patterns change. A value type:
// a snapshot handed to a worker thread and back.
//
// When a few patterns change, only their checks are run again, and, if what other patterns' checks
// read of them changed (id, name, link lists, whether they could be read), those of the patterns
// whose links or references name their old or new ids, or that share their ids or names: what any
// pattern's diagnostics depend on. The link graph and the checks of the language as a whole
// (reachability, cycles, the root) are linear in the links and run in full each time.
class LanguageAnalysis
{
public:
    LanguageAnalysis() = default;

    static LanguageAnalysis build(const Language &language);
    static LanguageAnalysis build(const Language &language, const LinkGraph &graph);

    // The analysis of `language`, which is `previous`'s language with the patterns at `changed`
    // (indices) replaced: the same files in the same order. A change of the file list, or of
    // SCALES.md, needs build().
    static LanguageAnalysis update(const LanguageAnalysis &previous, const Language &language,
                                   const QList<int> &changed);

    const LinkGraph &graph() const { return m_graph; }
    const Diagnostics &diagnostics() const { return m_diagnostics; }
    // How many patterns' own checks the last build() or update() ran (for tests and benchmarks).
    int patternsChecked() const { return m_checked; }

private:
    // What the checks of other patterns read of a pattern. Shared with the pattern, not copied.
    struct Face
    {
        int id = 0;
        QString name;
        bool broken = false;
        QList<int> context;
        QList<int> completion;
        bool operator==(const Face &) const = default;
    };
    static Face faceOf(const Pattern &pattern);

    void checkAll(const Language &language);
    void assemble(const Language &language);

    LinkGraph m_graph;
    validation::SharedKeys m_shared;
    QList<Face> m_faces;         // per pattern
    QStringList m_names;         // per pattern: the folded name m_shared holds it under
    QList<Diagnostics> m_checks; // per pattern: what checkPattern() said of it
    Diagnostics m_diagnostics;
    int m_checked = 0;
};

} // namespace pb
