import { render } from 'preact';
import { t, uiLanguage } from '../../platform/i18n';
import '../../ui/components/controls.css';
import './options.css';
import { Options } from './Options';

document.documentElement.lang = uiLanguage();
document.title = t('options_title');
render(<Options />, document.getElementById('app')!);
