import { render } from 'preact';
import '../../components/letter/letter.css';
import { LetterApp } from '../../components/letter/LetterApp';
import { useStore } from '../../components/common/store';
import { createLetterStore } from '../../components/letter/letter-store';

const actions = createLetterStore(new URLSearchParams(location.search));

function Page() {
  const state = useStore(actions.store);
  document.documentElement.lang = state.document?.language ?? state.language;
  if (state.document) document.title = state.document.title;
  return <LetterApp state={state} onPrint={() => window.print()} />;
}

render(<Page />, document.getElementById('app')!);
void actions.load();
