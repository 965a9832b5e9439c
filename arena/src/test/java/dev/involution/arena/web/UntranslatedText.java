package dev.involution.arena.web;

import dev.involution.arena.testkit.Browser;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.openqa.selenium.JavascriptExecutor;

/**
 * English left on a page shown in Chinese: every Latin word of three letters or more in the page's
 * visible text (and in the labels, titles, placeholders and alternative texts of what is displayed)
 * that no Chinese text of the message catalogue uses (as it does "HHI" or "CSV"), with the
 * catalogue key whose English has it. Names given (of matches, firms, tournaments, ids, in any
 * case) and web addresses are taken out first; numbers never count.
 */
final class UntranslatedText {
    private static final String SCRIPT = """
            const names = arguments[0];
            const done = arguments[arguments.length - 1];
            import('/js/messages.js').then(({MESSAGES}) => {
              const en = MESSAGES.en;
              const zh = MESSAGES['zh-CN'];
              const latin = text => text.replace(/\\{\\w+\\}/g, ' ').match(/[A-Za-z]{3,}/g) ?? [];
              const kept = new Set(Object.values(zh).flatMap(latin).map(w => w.toLowerCase()));
              const english = new Map();
              for (const [key, text] of Object.entries(en)) {
                if (text === zh[key]) continue;
                for (const w of latin(text)) {
                  const word = w.toLowerCase();
                  if (!kept.has(word) && !english.has(word)) english.set(word, key);
                }
              }
              const lines = document.body.innerText.split('\\n');
              for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], img[alt]')) {
                if (el.getClientRects().length === 0) continue;
                for (const a of ['aria-label', 'title', 'placeholder', 'alt']) {
                  if (el.hasAttribute(a)) lines.push(el.getAttribute(a));
                }
              }
              const found = new Set();
              for (const line of lines) {
                // names as they show (CSS may capitalize them), and addresses, are not texts of the arena
                let text = line.toLowerCase().replace(/https?:\\/\\/\\S+/g, ' ');
                for (const name of names) text = text.split(name.toLowerCase()).join(' ');
                for (const w of latin(text)) {
                  const word = w.toLowerCase();
                  if (kept.has(word)) continue;
                  const from = english.has(word) ? ` (as in ${english.get(word)})` : '';
                  found.add(`"${w}"${from} in: ${line.trim().slice(0, 140)}`);
                }
              }
              done([...found]);
            }, e => done([`the catalogue did not load: ${e}`]));
            """;

    private UntranslatedText() {
    }

    /** The English words the page shows now, each with the catalogue key it comes from and its line. */
    @SuppressWarnings("unchecked")
    static List<String> on(Browser browser, Collection<String> names) {
        List<String> longestFirst = names.stream().filter(n -> !n.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return (List<String>) ((JavascriptExecutor) browser.driver()).executeAsyncScript(SCRIPT, longestFirst);
    }
}
