/*
 * Mobilité FAIRE-ESS — client-side glue (served from 'self' so the Content-Security-Policy allows it).
 * When an Ajax request comes back with something that is not a Faces partial response (for
 * instance a login page after the server restarted), reload the page so the server can send the
 * person to the right place instead of leaving a button that silently does nothing.
 */
(function () {
    function install() {
        var api = window.faces || window.jsf;
        if (!api || !api.ajax) {
            return;
        }
        api.ajax.addOnError(function (data) {
            if (data && (data.status === "malformedXML" || data.status === "emptyResponse" || data.status === "httpError")) {
                window.location.reload();
            }
        });
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", install);
    } else {
        install();
    }
})();
