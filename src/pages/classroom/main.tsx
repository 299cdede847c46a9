import { render } from 'preact';
import { packs } from 'virtual:lateral/packs';
import { uiLanguage } from '../../platform/i18n';
import { ClassroomApp } from '../../ui/classroom/ClassroomApp';
import '../../ui/classroom/classroom.css';
import { loadExercises } from './exercises';

document.documentElement.lang = uiLanguage();
// Everything the page shows is bundled (packs and exercises), so it works offline.
render(<ClassroomApp packs={packs} exercises={loadExercises()} />, document.getElementById('app')!);
