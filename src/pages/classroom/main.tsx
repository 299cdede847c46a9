import { render } from 'preact';
import { packs } from 'virtual:lateral/packs';
import { browser } from '../../platform/browser';
import { uiLanguage } from '../../platform/i18n';
import { ClassroomApp } from '../../ui/classroom/ClassroomApp';
import { setClassroomI18n } from '../../ui/classroom/i18n';
import '../../ui/classroom/classroom.css';
import { loadExercises } from './exercises';

setClassroomI18n((key, substitutions) => browser.i18n.getMessage(key, substitutions), uiLanguage);
document.documentElement.lang = uiLanguage();
// Everything the page shows is bundled (packs and exercises), so it works offline.
render(<ClassroomApp packs={packs} exercises={loadExercises()} />, document.getElementById('app')!);
