/*
 * Work-arounds for PrimeFaces 15 bugs that people meet on Attune's pages. Loaded at the end of every page.
 *
 * SelectOneMenu (the matching questions' menus) opens and closes its list with a CSS transition, and two races in it
 * reach people who use the keyboard or click quickly:
 *  - Escape, Space or a click pressed while the list is still opening can leave it stuck open over the page: the
 *    closing and the opening transitions' classes land in the same frame, no transition runs, and the list waits
 *    for a "transitionend" that never comes.
 *  - The menu remembers the choice to go back to (preShowValue) only once its list has finished opening. Escape
 *    before then made revert() read that undefined value and throw "Cannot read properties of undefined (reading
 *    'index')".
 * So this menu's list opens and closes at once, without the transition, and revert() falls back to the choice
 * selected now (nothing can have been chosen while the list was opening).
 */
(function () {
    var menu = window.PrimeFaces && PrimeFaces.widget && PrimeFaces.widget.SelectOneMenu;
    if (!menu) {
        return;
    }
    ['_show', 'hide'].forEach(function (name) {
        var original = menu.prototype[name];
        menu.prototype[name] = function () {
            var animated = PrimeFaces.animationEnabled;
            PrimeFaces.animationEnabled = false;
            try {
                return original.apply(this, arguments);
            } finally {
                PrimeFaces.animationEnabled = animated;
            }
        };
    });
    var revert = menu.prototype.revert;
    menu.prototype.revert = function () {
        if (!this.preShowValue) {
            this.preShowValue = this.options.filter(':selected');
        }
        return revert.apply(this, arguments);
    };
})();
