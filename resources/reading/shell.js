// The reading pane's page shell: loaded once, then fed rendered patterns over QWebChannel, so the
// page updates in place (no reload, no flicker, the scroll position kept when asked).
"use strict";

(function () {
    const article = document.getElementById("content");

    let bridge = null;

    function show(html, title, keepScroll, ticket) {
        const x = window.scrollX, y = window.scrollY;
        article.innerHTML = html;
        document.title = title;
        if (keepScroll)
            window.scrollTo(x, y);
        else
            window.scrollTo(0, 0);
        document.body.dataset.ready = "1";
        // Tell the app when this content is on screen: keystroke-to-preview is measured to here.
        requestAnimationFrame(function () {
            if (bridge)
                bridge.painted(ticket);
        });
    }

    function setMode(classes) {
        document.documentElement.className = classes;
    }

    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        bridge.contentChanged.connect(show);
        bridge.modeChanged.connect(setMode);
        // Links never navigate the page: the app decides where each one goes (a pattern in the
        // app, the web in the system browser) and keeps the page as it is.
        document.addEventListener("click", function (event) {
            const link = event.target.closest("a[href]");
            if (!link)
                return;
            event.preventDefault();
            if (event.button === 0 || event.button === 1)
                bridge.openLink(link.href);
        });
        document.addEventListener("auxclick", function (event) {
            if (event.target.closest("a[href]"))
                event.preventDefault();
        });
        bridge.shellReady();
    });
})();
