import { render } from 'preact';
import { uiLanguage, t } from '../../platform/i18n';
import '../../ui/components/controls.css';
import './popup.css';
import { Popup } from './Popup';

document.documentElement.lang = uiLanguage();
document.title = t('popup_title');
render(<Popup />, document.getElementById('app')!);
