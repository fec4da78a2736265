import { render } from 'preact';
import { Popup } from '../../components/popup/Popup';
import '../../components/popup/popup.css';

performance.mark('bl-main'); // popup timeline (measured by the e2e test)
render(<Popup />, document.getElementById('app')!);
