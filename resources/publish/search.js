// Patternbook's offline search: names, tags and text of every pattern, from search-index.js,
// which the export wrote beside this file. No network, no library: it runs from file://.
(function () {
    "use strict";
    var data = window.PATTERNBOOK_SEARCH || { patterns: [] };
    var input = document.getElementById("q");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list || !status) return;

    // Case and accents do not matter: "Conway" finds "conway", "manoeuvre" finds "Manœuvre" as far
    // as Unicode decomposition goes.
    function fold(text) {
        return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
    }
    var entries = data.patterns.map(function (p) {
        return { p: p, name: fold(p.name), tags: p.tags.map(fold), text: fold(p.text) };
    });

    function parse(query) {
        var words = [], tags = [];
        fold(query).split(/\s+/).forEach(function (w) {
            if (!w) return;
            if (w.charAt(0) === "#" && w.length > 1) tags.push(w.slice(1));
            else words.push(w);
        });
        return { words: words, tags: tags };
    }

    // Every word must appear somewhere; a name match ranks above a tag, a tag above the text.
    function score(e, q) {
        var total = 0;
        for (var i = 0; i < q.tags.length; i++) {
            if (e.tags.indexOf(q.tags[i]) < 0) return -1;
            total += 5;
        }
        for (var j = 0; j < q.words.length; j++) {
            var w = q.words[j];
            // A number is an id, as in the app's search field.
            if (/^\d+$/.test(w)) {
                if (String(e.p.id) !== w) return -1;
                total += 100;
            } else if (e.name.indexOf(w) === 0) total += 30;
            else if (e.name.indexOf(w) >= 0) total += 20;
            else if (e.tags.some(function (t) { return t.indexOf(w) >= 0; })) total += 10;
            else if (e.text.indexOf(w) >= 0) total += 1;
            else return -1;
        }
        return total;
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) node.className = className;
        if (text !== undefined) node.textContent = text;
        return node;
    }

    // A few words around the first match in the text, the match marked.
    function snippet(e, q) {
        var text = e.p.text.replace(/\s+/g, " ");
        var folded = fold(text);
        var at = -1, length = 0;
        for (var i = 0; i < q.words.length && at < 0; i++) {
            at = folded.indexOf(q.words[i]);
            length = q.words[i].length;
        }
        var p = element("p", "summary");
        if (at < 0) {
            p.textContent = text.slice(0, 160) + (text.length > 160 ? "\u2026" : "");
            return p;
        }
        var start = Math.max(0, at - 70), end = Math.min(text.length, at + length + 90);
        p.appendChild(document.createTextNode((start > 0 ? "\u2026" : "") + text.slice(start, at)));
        p.appendChild(element("mark", "", text.slice(at, at + length)));
        p.appendChild(document.createTextNode(text.slice(at + length, end) + (end < text.length ? "\u2026" : "")));
        return p;
    }

    function show(query) {
        var q = parse(query);
        list.textContent = "";
        if (!q.words.length && !q.tags.length) {
            status.textContent = data.patterns.length + " patterns to search.";
            return;
        }
        var found = [];
        entries.forEach(function (e) {
            var s = score(e, q);
            if (s >= 0) found.push({ e: e, s: s });
        });
        found.sort(function (a, b) { return b.s - a.s || (a.e.p.id - b.e.p.id); });
        status.textContent = found.length === 0 ? "No pattern matches." :
            found.length === 1 ? "One pattern matches." : found.length + " patterns match.";
        found.slice(0, 200).forEach(function (f) {
            var li = element("li");
            var a = element("a");
            a.href = f.e.p.url;
            if (f.e.p.id > 0) a.appendChild(element("span", "pattern-id", String(f.e.p.id)));
            a.appendChild(document.createTextNode(" " + f.e.p.name));
            li.appendChild(a);
            if (f.e.p.stars > 0) {
                var stars = element("span", "stars", " " + "\u2605\u2605".slice(0, f.e.p.stars));
                stars.setAttribute("aria-label", "Confidence " + f.e.p.stars);
                li.appendChild(stars);
            }
            li.appendChild(snippet(f.e, q));
            list.appendChild(li);
        });
    }

    var initial = new URLSearchParams(window.location.search).get("q") || "";
    input.value = initial;
    show(initial);
    input.addEventListener("input", function () {
        show(input.value);
        try {
            history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
        } catch (e) {
            // Some browsers refuse to change a file:// address; the search works all the same.
        }
    });
    input.form.addEventListener("submit", function (event) {
        event.preventDefault();
        show(input.value);
    });
})();
