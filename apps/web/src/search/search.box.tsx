import { href, type Route } from '../router';
import { useDraft } from '../ui/use-draft';

/** The search box of the header, on every page: it opens the results page. */
export function SearchBox({ route }: { route: Route }) {
  const shown = route.path[0] === 'search' ? (route.query.get('q') ?? '') : '';
  const [words, setWords] = useDraft(shown, shown);
  return (
    <form
      class="header-search"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        if (words.trim()) location.hash = href(['search'], { q: words.trim() });
      }}
    >
      <label for="header-search" class="visually-hidden">
        Search everything
      </label>
      <input
        id="header-search"
        type="search"
        placeholder="Search quotes, sources, subjects…"
        maxLength={200}
        value={words}
        onInput={(e) => setWords(e.currentTarget.value)}
      />
    </form>
  );
}
