import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import '../../ui/components/controls.css';
import './welcome.css';
import { Welcome } from './Welcome';

document.documentElement.lang = uiLanguage();
document.title = t('welcome_title');
render(<Welcome />, document.getElementById('app')!);
