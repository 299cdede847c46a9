import { render } from 'preact';
import { activePacks } from '../../core/pack-install/available';
import { browser } from '../../platform/browser';
import { uiLanguage } from '../../platform/i18n';
import { ClassroomApp } from '../../ui/classroom/ClassroomApp';
import { exerciseInLanguage, packInLanguage } from '../../ui/components/pack-language';
import { setClassroomI18n } from '../../ui/classroom/i18n';
import '../../ui/classroom/classroom.css';
import { loadAvailablePacks, onPacksChanged } from '../shared/available-packs';
import { loadExercises } from './exercises';

setClassroomI18n((key, substitutions) => browser.i18n.getMessage(key, substitutions), uiLanguage);
document.documentElement.lang = uiLanguage();
// Exercises are bundled; the packs are the bundled ones and those installed from a file,
// as far as they are switched on. Nothing is fetched, so the page works offline. Text comes
// in the reader's language where a translation has it, else in the pack's own.
const language = uiLanguage();
const exercises = loadExercises().map((exercise) => exerciseInLanguage(exercise, language));
const root = document.getElementById('app')!;
const show = async () => {
  const packs = activePacks(await loadAvailablePacks()).map((pack) => packInLanguage(pack, language));
  render(<ClassroomApp packs={packs} exercises={exercises} />, root);
};
void show();
// A pack installed or switched in the options page shows up here without a reload.
onPacksChanged(() => void show());
