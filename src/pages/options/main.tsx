import { render } from 'preact';

render(<main><h1>Lateral</h1></main>, document.getElementById('app')!);
