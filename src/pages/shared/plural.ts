/** Counted messages for the extension pages, in the browser's UI language. */
import { t, uiLanguage } from '../../platform/i18n';
import { makeTn } from '../../ui/components/plural';

export const tn = makeTn(t, uiLanguage);
