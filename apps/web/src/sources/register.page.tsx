import type { Me } from '../api/types';
import { roleAtLeast } from '../roles';
import { href } from '../router';
import { SourceForm } from './source-form';

/** Register a source by pasting its article: its figures are then offered on its page. */
export function RegisterSourcePage({ me }: { me: Me }) {
  if (!roleAtLeast(me.role, 'editor')) {
    return <p class="empty">Registering sources is for editors.</p>;
  }
  return (
    <section aria-labelledby="register-title" class="register-page">
      <p class="crumbs">
        <a href="#/sources">Sources</a> <span aria-hidden="true">›</span> new
      </p>
      <h1 id="register-title">Register a source</h1>
      <SourceForm onSaved={(s) => (location.hash = href(['sources', s.id]))} onCancel={() => history.back()} />
    </section>
  );
}
